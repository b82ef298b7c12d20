import { describe, expect, it } from 'vitest';
import { getRoleMatcher } from '../../lib/matching/role-matcher';
import { HOLDOUT_DIR, readCorpus, score, total } from '../support/annotated-corpus';

/**
 * The matcher against the annotated corpus, written and annotated apart from it (see the corpus
 * README). The quality bar is precision ≥ 0.97 and recall ≥ 0.95; `npm run bench:accuracy`
 * prints the details.
 */
describe('annotated corpus', () => {
  const docs = readCorpus();
  const scores = docs.map((doc) => score(doc, getRoleMatcher().find(doc.blocks)));

  it('holds enough material to mean something', () => {
    expect(docs.length).toBeGreaterThanOrEqual(24);
    expect(total(scores).gold).toBeGreaterThanOrEqual(300);
  });

  it('is matched with precision ≥ 0.97 and recall ≥ 0.95', () => {
    const t = total(scores);
    expect(t.truePositives / t.predicted).toBeGreaterThanOrEqual(0.97);
    expect(t.truePositives / t.gold).toBeGreaterThanOrEqual(0.95);
  });

  it('reads at least 95% of the abbreviations with the right role', () => {
    const t = total(scores);
    expect(t.abbreviationsRight / t.goldAbbreviations).toBeGreaterThanOrEqual(0.95);
  });

  it.each(docs.map((d, i) => [d.name, i] as const))('%s: no more than one error', (_name, i) => {
    const s = scores[i];
    expect((s?.falsePositives.length ?? 0) + (s?.misses.length ?? 0)).toBeLessThanOrEqual(1);
  });
});

/**
 * The held-out corpus (tests/fixtures/corpus-holdout/): written by someone who never saw the matcher,
 * and never used to tune it. The same bar; `npm run bench:accuracy -- --holdout` prints the details.
 */
describe('held-out corpus', () => {
  const docs = readCorpus(HOLDOUT_DIR);
  const t = total(docs.map((doc) => score(doc, getRoleMatcher().find(doc.blocks))));

  it('holds enough material to mean something', () => {
    expect(docs.length).toBeGreaterThanOrEqual(20);
    expect(t.gold).toBeGreaterThanOrEqual(250);
  });

  it('is matched with precision ≥ 0.97 and recall ≥ 0.95, abbreviations ≥ 95% right', () => {
    expect(t.truePositives / t.predicted).toBeGreaterThanOrEqual(0.97);
    expect(t.truePositives / t.gold).toBeGreaterThanOrEqual(0.95);
    expect(t.abbreviationsRight / t.goldAbbreviations).toBeGreaterThanOrEqual(0.95);
  });
});
