/**
 * Synthetic pages for the benchmark: a job-board list at any size (about ten text nodes a card), an
 * infinite-scroll board that appends batches of cards, and an article with 500 mentions for hover.
 * Deterministic: the same seed gives the same page.
 */

const ROLE_TITLES = [
  'Senior Product Manager',
  'Product Owner',
  'Scrum Master',
  'Technical Program Manager',
  'Business Analyst',
  'Project Manager',
  'Product Marketing Manager',
  'Head of Product',
  'Associate Product Manager',
  'Lead Product Owner',
];
const OTHER_TITLES = [
  'Software Engineer',
  'Data Analyst',
  'Product Designer',
  'DevOps Engineer',
  'Account Executive',
  'Customer Success Lead',
  'QA Engineer',
  'Site Reliability Engineer',
];
const COMPANIES = [
  'Acme Cloud',
  'Northwind',
  'Brightwater',
  'Kestrel Pay',
  'Lumen Health',
  'Fairway Bank',
  'Tillpoint',
];
const PLACES = ['Berlin', 'Austin, TX', 'Remote (EU)', 'London', 'Toronto', 'Lisbon', 'Singapore'];
const SNIPPETS = [
  'Join a small team shipping weekly to thousands of customers.',
  'You will work closely with engineering, design and support.',
  'Flexible hours, a learning budget and a calm on-call rotation.',
  'Experience with SQL and experiment design is a plus.',
  'We value clear writing and thoughtful code review.',
  'Office hours are 9 AM to 5 PM with a remote-first culture.',
];
const TAGS = ['Full-time', 'Hybrid', 'Remote', 'Senior', 'Visa sponsorship', 'Equity', 'Part-time'];

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}
const pick = <T>(list: readonly T[], r: () => number) => list[Math.floor(r() * list.length)] as T;

/** One job card: title, company, place, salary, snippet, two tags, date (about ten text nodes). */
function card(title: string, r: () => number): string {
  const salary = `$${90 + Math.floor(r() * 90)}k – $${180 + Math.floor(r() * 60)}k`;
  return (
    `<li class="card"><h3><a href="#job">${title}</a></h3><div class="company">${pick(COMPANIES, r)}</div>` +
    `<div class="meta"><span>${pick(PLACES, r)}</span> · <span>${salary}</span></div>` +
    `<p>${pick(SNIPPETS, r)}</p><ul class="tags"><li>${pick(TAGS, r)}</li><li>${pick(TAGS, r)}</li></ul>` +
    `<time>${1 + Math.floor(r() * 28)} days ago</time></li>`
  );
}

const STYLE =
  '<style>body{font:15px/1.5 system-ui;margin:0 auto;max-width:900px;padding:16px}.card{list-style:none;border:1px solid #ddd;border-radius:8px;padding:12px;margin:8px 0}.card h3{margin:0}.tags li{display:inline;margin-right:8px}</style>';

/** A job-board results page with `200 × scale` cards; half the titles are role titles. */
export function jobBoardPage(scale: number): string {
  const r = random(7);
  const cards: string[] = [];
  for (let i = 0; i < 200 * scale; i++) cards.push(card(i % 2 === 0 ? pick(ROLE_TITLES, r) : pick(OTHER_TITLES, r), r));
  return `<!doctype html><html><head><meta charset="utf-8"><title>Jobs</title>${STYLE}</head><body><header><h1>Jobs</h1><p>${200 * scale} results</p></header><ul id="results">${cards.join('')}</ul></body></html>`;
}

/** Cards per infinite-scroll batch; every card's title is one role title, and nothing else in it is. */
export const BATCH_SIZE = 50;

/**
 * An infinite-scroll board: `window.appendBatch(i)` appends batch `i` (50 cards) at once, as a
 * framework renders a page of results. Each batch holds exactly 50 role mentions.
 */
export function infiniteScrollPage(): string {
  const batches = JSON.stringify(
    Array.from({ length: 64 }, (_, b) => {
      const r = random(100 + b);
      return Array.from({ length: BATCH_SIZE }, () => card(pick(ROLE_TITLES, r), r)).join('');
    }),
  );
  return `<!doctype html><html><head><meta charset="utf-8"><title>Infinite jobs</title>${STYLE}</head><body><h1>Jobs</h1><ul id="results"></ul>
<script>
  const batches = ${batches};
  window.appendBatch = (i) => {
    const template = document.createElement('template');
    template.innerHTML = batches[i % batches.length];
    document.getElementById('results').append(template.content);
  };
</script></body></html>`;
}

/** An article with exactly `count` role mentions, one a paragraph, for the hover benchmark. */
/** The same page with no role title in it: what a pointer move costs where there is nothing to explain. */
export const noMentionsPage = (count: number) => manyMentionsPage(count, OTHER_TITLES);

export function manyMentionsPage(count: number, titles: readonly string[] = ROLE_TITLES): string {
  const r = random(3);
  const paragraphs = Array.from(
    { length: count },
    (_, i) => `<p>Note ${i}: the ${pick(titles, r)} meets the team every Tuesday to review the plan.</p>`,
  );
  return `<!doctype html><html><head><meta charset="utf-8"><title>Many mentions</title>${STYLE}</head><body><article>${paragraphs.join('')}</article></body></html>`;
}
