import { describe, expect, it } from 'vitest';
import { pointAt } from '../../entrypoints/content/painter/block-offsets';
import {
  BlockWalker,
  cutPoint,
  MAX_BLOCK_CHARS,
  readBlocks,
  STEP_CHARS,
} from '../../entrypoints/content/scanner/read-blocks';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const texts = (root: Node) => readBlocks(root).map((b) => b.text.trim());

describe('reading blocks', () => {
  it('groups text by block element, inline elements joined', () => {
    const body = page('<h1>Senior <b>Product</b> Manager</h1><p>Works with the <a href="#">Scrum Master</a>.</p>');
    expect(texts(body)).toEqual(['Senior Product Manager', 'Works with the Scrum Master.']);
  });

  it('separates text that a nested block interrupts', () => {
    const body = page('<div>Product Owner<p>Middle</p>Scrum Master</div>');
    expect(texts(body)).toEqual(['Product Owner', 'Middle', 'Scrum Master']);
  });

  it('puts a space between inline elements that have none, so words do not run together', () => {
    const body = page('<div><span>Product Manager</span><span>Acme</span></div>');
    expect(texts(body)).toEqual(['Product Manager Acme']);
  });

  it('keeps words split by <wbr> whole', () => {
    const body = page('<p>Scrum<wbr>Master</p>');
    expect(texts(body)).toEqual(['ScrumMaster']);
  });

  it('attributes each block to its container', () => {
    const body = page('<section id="s">intro<p id="p">para</p>outro</section>');
    const blocks = readBlocks(body);
    expect(blocks.map((b) => (b.container as Element).id)).toEqual(['s', 'p', 's']);
  });

  it('reads only the root’s own runs when asked', () => {
    const body = page('<section id="s">intro<p>para</p>outro</section>');
    const section = body.querySelector('#s') as Element;
    expect(readBlocks(section, { nested: false }).map((b) => b.text)).toEqual(['intro', 'outro']);
  });

  it('reads inside open shadow roots, where the host stands', () => {
    const body = page('<p>before</p><div id="host">light</div><p>after</p>');
    const host = body.querySelector('#host') as Element;
    host.attachShadow({ mode: 'open' }).innerHTML = '<h3>Product Owner</h3>';
    const roots: ShadowRoot[] = [];
    const blocks = readBlocks(body, { onShadowRoot: (r) => roots.push(r) });
    expect(blocks.map((b) => b.text.trim())).toEqual(['before', 'Product Owner', 'light', 'after']);
    expect(roots).toEqual([host.shadowRoot]);
  });

  it('reads from an element to the end, then from the start up to it: the whole page, once', () => {
    const body = page(
      '<header>Jobs</header><main id="m">intro<section><p>one</p><p id="x">two <b>Product</b> Owner</p>' +
        '<p>three</p></section>outro</main><footer>end</footer>',
    );
    const x = body.querySelector('#x') as Element;
    const fromX = readBlocks(body, { from: x });
    const untilX = readBlocks(body, { until: x });
    expect(fromX.map((b) => b.text)).toEqual(['two Product Owner', 'three', 'outro', 'end']);
    expect(untilX.map((b) => b.text)).toEqual(['Jobs', 'intro', 'one']);
    expect([...untilX, ...fromX].map((b) => b.text)).toEqual(readBlocks(body).map((b) => b.text));
    // Text after the section, in <main>, belongs to <main> even though the walk began inside it.
    expect(fromX.find((b) => b.text === 'outro')?.container).toBe(body.querySelector('#m'));
  });

  it('resumes where it stopped', () => {
    const body = page(Array.from({ length: 500 }, (_, i) => `<p>Paragraph ${i}</p>`).join(''));
    const walker = new BlockWalker(body);
    const all: string[] = [];
    let steps = 0;
    while (!walker.finished) {
      let calls = 0;
      all.push(...walker.step(() => ++calls > 2).map((b) => b.text));
      steps++;
    }
    expect(steps).toBeGreaterThan(3);
    expect(all).toEqual(texts(body));
    expect(all).toHaveLength(500);
  });

  it('walks elements nested thousands deep without recursion', () => {
    const body = page('');
    let el: HTMLElement = body;
    for (let i = 0; i < 5000; i++) {
      const child = document.createElement('span');
      el.append(child);
      el = child;
    }
    el.textContent = 'Deep Product Owner';
    expect(texts(body)).toEqual(['Deep Product Owner']);
  });

  it('cuts a huge text node into pieces at white space, mapping back to the same node', () => {
    const body = page('');
    const word = 'lorem ';
    const node = document.createTextNode(`${word.repeat(10_000)}Product Owner ${word.repeat(10_000)}`);
    body.append(node);
    const blocks = readBlocks(body);
    expect(blocks.length).toBeGreaterThan(3);
    for (const b of blocks) expect(b.text.length).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
    expect(blocks.map((b) => b.text).join('')).toBe(node.data);
    const withTitle = blocks.find((b) => b.text.includes('Product Owner'));
    if (!withTitle) throw new Error('title lost');
    const at = withTitle.text.indexOf('Product Owner');
    const start = pointAt(withTitle, at, 'start');
    expect(start?.node).toBe(node);
    expect(node.data.slice(start?.offset ?? 0).startsWith('Product Owner')).toBe(true);
  });

  it('cuts a huge text at a sentence end near the limit, never inside a title', () => {
    const body = page('');
    // Sentences of 64 characters; every few, a title that a cut at white space could split.
    const sentence = 'Our Senior Product Manager and a Sr. Product Owner plan it well. ';
    const node = document.createTextNode(sentence.repeat(2_000));
    body.append(node);
    const blocks = readBlocks(body);
    expect(blocks.length).toBeGreaterThan(5);
    for (const b of blocks.slice(0, -1)) expect(b.text.endsWith('well.')).toBe(true);
    const titles = blocks.flatMap((b) => b.text.match(/Senior Product Manager|Sr\. Product Owner/g) ?? []);
    expect(titles).toHaveLength(4_000);
  });

  it('does not cut after "Sr." or "Jr."', () => {
    const text = `${'x'.repeat(100)} Sr. Product Owner ${'y'.repeat(100)}`;
    const limit = text.indexOf('Product') + 3;
    expect(cutPoint(text, 0, limit)).toBe(text.indexOf(' Product'));
  });

  it('hands out a huge node a piece per step, so scanning each step stays short', () => {
    const body = page('');
    body.append(document.createTextNode('lorem ipsum dolor. '.repeat(300_000)));
    const walker = new BlockWalker(body);
    let steps = 0;
    let chars = 0;
    while (!walker.finished) {
      const got = walker.step();
      steps++;
      const size = got.reduce((n, b) => n + b.text.length, 0);
      expect(size).toBeLessThanOrEqual(STEP_CHARS);
      chars += size;
    }
    expect(chars).toBe(5_700_000);
    expect(steps).toBeGreaterThan(300);
  });
});

describe('never reading, on a page too large for one query', () => {
  it('asks each element instead, with the same result', () => {
    const body = page('');
    const list = document.createElement('ul');
    for (let i = 0; i < 21_000; i++) list.append(document.createElement('li'));
    body.append(list);
    body.insertAdjacentHTML(
      'beforeend',
      '<p>Before</p><div contenteditable="true"><p>Product Manager</p></div><div hidden>Product Owner</div><p>After</p>',
    );
    expect(texts(body)).toEqual(['Before', 'After']);
  });
});

describe('never reading', () => {
  it.each([
    ['script', '<script>var t = "Product Manager"</script>'],
    ['style', '<style>.product-manager::after { content: "Product Manager" }</style>'],
    ['noscript', '<noscript>Product Manager</noscript>'],
    ['template', '<template><p>Product Manager</p></template>'],
    ['textarea', '<textarea>Product Manager</textarea>'],
    ['select and option', '<select><option>Product Manager</option></select>'],
    ['code', '<code>ProductManager Product Manager</code>'],
    ['pre', '<pre>Product Manager</pre>'],
    ['contenteditable', '<div contenteditable="true"><p>Product Manager</p></div>'],
    ['contenteditable (empty value)', '<div contenteditable=""><p>Product Manager</p></div>'],
    ['plaintext-only editor', '<div contenteditable="plaintext-only">Product Manager</div>'],
    ['hidden', '<div hidden>Product Manager</div>'],
    ['svg', '<svg><text>Product Manager</text></svg>'],
    ['its own UI', '<rolelens-ui>Product Manager</rolelens-ui>'],
  ])('%s', (_name, html) => {
    const body = page(`<p>Before</p>${html}<p>After</p>`);
    expect(texts(body)).toEqual(['Before', 'After']);
  });

  it('reads contenteditable="false" islands normally', () => {
    const body = page('<div contenteditable="false"><p>Product Manager</p></div>');
    expect(texts(body)).toEqual(['Product Manager']);
  });
});

describe('mapping block offsets back to nodes', () => {
  it('maps a mention that spans inline elements to a range across text nodes', () => {
    const body = page('<p>Our <strong>Product</strong> Manager</p>');
    const [block] = readBlocks(body);
    if (!block) throw new Error('no block');
    const start = block.text.indexOf('Product');
    const end = start + 'Product Manager'.length;
    const from = pointAt(block, start, 'start');
    const to = pointAt(block, end, 'end');
    const range = document.createRange();
    range.setStart(from?.node as Node, from?.offset ?? 0);
    range.setEnd(to?.node as Node, to?.offset ?? 0);
    expect(range.toString()).toBe('Product Manager');
    expect(from?.node.parentElement?.localName).toBe('strong');
  });

  it('never starts or ends a range on a virtual space', () => {
    const body = page('<div><span>Acme</span><span>Product Owner</span></div>');
    const [block] = readBlocks(body);
    if (!block) throw new Error('no block');
    expect(block.text).toBe('Acme Product Owner');
    const start = pointAt(block, 4, 'start'); // the virtual space
    expect(start?.node.data).toBe('Product Owner');
    expect(start?.offset).toBe(0);
    const end = pointAt(block, 5, 'end'); // just after the virtual space
    expect(end?.node.data).toBe('Acme');
    expect(end?.offset).toBe(4);
  });
});
