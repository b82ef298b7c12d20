/**
 * Extreme pages for the reliability tests, made up at test time (they are too large to keep as files).
 * Each says how many mentions RoleLens should paint on it once it has read it all.
 */
export interface ExtremePage {
  readonly name: string;
  readonly html: string;
  /** Mentions expected in the top document (frames are counted separately). */
  readonly expected: number;
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/**
 * 200,000 text nodes: 20,000 job cards of ten text nodes each, with no white space between tags;
 * every 50th card is a Product Owner's (400 mentions).
 */
export function manyTextNodes(): ExtremePage {
  const cards: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    const title = i % 50 === 0 ? 'Product Owner' : 'Site Reliability Engineer';
    cards.push(
      `<li><b>${title}</b><i>Card ${i}</i><span>Berlin</span><span>Hybrid</span><span>€70k</span>` +
        `<span>Full-time</span><span>Equity</span><em>New</em><small>${i % 30} days ago</small><u>Apply</u></li>`,
    );
  }
  return { name: '200,000 text nodes', html: page('Jobs', `<ul>${cards.join('')}</ul>`), expected: 400 };
}

/**
 * Elements nested 5,000 deep, built by a script (HTML parsers stop nesting at 512), with a title
 * above and one at the bottom. `tag` is `span` (inline) or `div` shown as `display: contents` (5,000
 * nested blocks for RoleLens; plain 5,000-deep block boxes crash Chromium's renderer with or
 * without any extension).
 */
export function deepNesting(tag: 'span' | 'div'): ExtremePage {
  const style = tag === 'div' ? `d.style.display = 'contents';` : '';
  const script =
    `let el = document.getElementById('deep');` +
    `for (let i = 0; i < 5000; i++) { const d = document.createElement('${tag}'); ${style} el.append(d); el = d; }` +
    `el.textContent = 'At the very bottom, our Scrum Master runs the retrospective.';`;
  return {
    name: `5,000 nested <${tag}>`,
    html: page('Deep', `<p>Our Product Owner writes at the top.</p><div id="deep"></div><script>${script}</script>`),
    expected: 2,
  };
}

/** One text node of 5 MB: sentences, with a Senior Product Manager every 50,000 characters (100). */
export function hugeTextNode(): ExtremePage {
  const sentence = 'The team ships on Tuesdays and reviews its work together on Fridays. ';
  const filler = sentence.repeat(Math.ceil(50_000 / sentence.length)).slice(0, 50_000 - 40);
  const text = Array.from({ length: 100 }, (_, i) => `${filler}Ask our Senior Product Manager ${i}. `).join('');
  return { name: 'one 5 MB text node', html: page('Huge', `<p>${text}</p>`), expected: 100 };
}

/** 50 iframes, every other one from another origin, each with one mention; one more on the page. */
export function manyFrames(otherOrigin: string): ExtremePage {
  const frames = Array.from(
    { length: 50 },
    (_, i) => `<iframe src="${i % 2 ? otherOrigin : ''}/extreme/frame.html?${i}" width="220" height="70"></iframe>`,
  ).join('');
  return { name: '50 iframes', html: page('Frames', `<p>Our Product Owner is here.</p>${frames}`), expected: 1 };
}

export const FRAME_PAGE = page('Frame', '<p>Our Business Analyst writes the rules.</p>');

/**
 * A page that rewrites its text 100 times a second for 10 seconds: a headline changed in place (as
 * frameworks do) and a list that gains an item and loses its oldest each time. Calm afterwards, with
 * `document.title` set to "calm"; then the headline reads "Product Manager 1000" and the list holds the
 * last 50 Scrum Master items: 51 mentions.
 */
export function rewriteStorm(): ExtremePage {
  const script = `
    const headline = document.getElementById('headline').firstChild;
    const list = document.getElementById('list');
    let n = 0;
    const timer = setInterval(() => {
      n += 1;
      headline.data = (n % 2 ? 'Product Owner ' : 'Product Manager ') + n;
      const li = document.createElement('li');
      li.textContent = 'Scrum Master ' + n;
      list.append(li);
      if (list.children.length > 50) list.firstElementChild.remove();
      if (n === 1000) {
        clearInterval(timer);
        document.title = 'calm';
      }
    }, 10);`;
  return {
    name: 'text rewritten 100 times a second for 10 s',
    html: page('Storm', `<h1 id="headline">Product Manager 0</h1><ul id="list"></ul><script>${script}</script>`),
    expected: 51,
  };
}
