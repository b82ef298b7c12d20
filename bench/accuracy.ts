/**
 * Precision and recall of the matcher on the annotated corpus (tests/fixtures/corpus/), per document
 * and in total, with every false positive and miss listed.
 *
 *   npm run bench:accuracy              (the corpus, tests/fixtures/corpus/)
 *   npm run bench:accuracy -- --holdout (the held-out corpus, tests/fixtures/corpus-holdout/)
 */
import { getRoleMatcher } from '../lib/matching/role-matcher';
import { CORPUS_DIR, HOLDOUT_DIR, readCorpus, score, total } from '../tests/support/annotated-corpus';

const docs = readCorpus(process.argv.includes('--holdout') ? HOLDOUT_DIR : CORPUS_DIR);
const scores = docs.map((doc) => ({ doc, s: score(doc, getRoleMatcher().find(doc.blocks)) }));
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
console.table(
  scores.map(({ doc, s }) => ({
    document: doc.name,
    gold: s.gold,
    found: s.predicted,
    precision: +ratio(s.truePositives, s.predicted).toFixed(3),
    recall: +ratio(s.truePositives, s.gold).toFixed(3),
  })),
);
for (const { doc, s } of scores) {
  for (const fp of s.falsePositives)
    console.log(`FALSE POSITIVE ${doc.name} #${fp.block}: "${fp.surface}" as ${fp.roleId} (${fp.via})`);
  for (const miss of s.misses) {
    const text = doc.blocks[miss.block] ?? '';
    console.log(
      `MISS ${doc.name} #${miss.block}: "${miss.surface}" as ${miss.roleId} in "…${text.slice(Math.max(0, miss.start - 50), miss.end + 30).replace(/\s+/g, ' ')}…"`,
    );
  }
}
const t = total(scores.map((x) => x.s));
console.log(
  `\n${docs.length} documents: ${t.gold} annotated mentions, ${t.predicted} found.` +
    `\nprecision ${ratio(t.truePositives, t.predicted).toFixed(3)}  recall ${ratio(t.truePositives, t.gold).toFixed(3)}` +
    `  exact spans ${ratio(t.exactSpans, t.truePositives).toFixed(3)}` +
    `  abbreviations read right ${t.abbreviationsRight}/${t.goldAbbreviations}`,
);
