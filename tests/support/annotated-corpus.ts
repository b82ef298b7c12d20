import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Mention } from '../../lib/matching';

/**
 * The annotated evaluation corpus (tests/fixtures/corpus/): documents written and annotated apart from
 * the matcher, `[[surface|role-id]]` marking each mention, blank lines separating blocks.
 */
export interface GoldMention {
  readonly block: number;
  readonly start: number;
  readonly end: number;
  readonly roleId: string;
  readonly surface: string;
}

export interface AnnotatedDocument {
  readonly name: string;
  readonly blocks: string[];
  readonly gold: GoldMention[];
}

export const CORPUS_DIR = join(import.meta.dirname, '..', 'fixtures', 'corpus');

const ANNOTATION = /\[\[([^\]|]+)\|([a-z-]+)\]\]/g;

export function parseAnnotated(name: string, source: string): AnnotatedDocument {
  const blocks: string[] = [];
  const gold: GoldMention[] = [];
  const rawBlocks = source.replace(/\r\n/g, '\n').split(/\n[ \t]*\n/);
  for (const raw of rawBlocks) {
    if (raw.trim() === '') continue;
    const block = blocks.length;
    let text = '';
    let last = 0;
    for (const m of raw.matchAll(ANNOTATION)) {
      text += raw.slice(last, m.index);
      const surface = m[1] as string;
      gold.push({ block, start: text.length, end: text.length + surface.length, roleId: m[2] as string, surface });
      text += surface;
      last = (m.index as number) + m[0].length;
    }
    text += raw.slice(last);
    if (text.includes('[[') || text.includes(']]'))
      throw new Error(`${name}: malformed annotation in "${raw.slice(0, 80)}"`);
    blocks.push(text);
  }
  return { name, blocks, gold };
}

/** The held-out corpus: written apart from the matcher and never used to tune it (its README). */
export const HOLDOUT_DIR = join(import.meta.dirname, '..', 'fixtures', 'corpus-holdout');

export function readCorpus(dir: string = CORPUS_DIR): AnnotatedDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseAnnotated(f, readFileSync(join(dir, f), 'utf8')));
}

export interface Score {
  predicted: number;
  gold: number;
  /** Predicted mentions overlapping a gold mention of the same role in the same block. */
  truePositives: number;
  /** Of those, how many have exactly the gold span. */
  exactSpans: number;
  /** Gold abbreviation mentions (surface in upper case) and how many were found with the right role. */
  goldAbbreviations: number;
  abbreviationsRight: number;
  falsePositives: Mention[];
  misses: GoldMention[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function score(doc: AnnotatedDocument, predicted: readonly Mention[]): Score {
  const used = new Set<GoldMention>();
  const falsePositives: Mention[] = [];
  let exactSpans = 0;
  for (const p of predicted) {
    const match = doc.gold.find((g) => !used.has(g) && g.block === p.block && g.roleId === p.roleId && overlaps(g, p));
    if (match) {
      used.add(match);
      if (match.start === p.start && match.end === p.end) exactSpans++;
    } else falsePositives.push(p);
  }
  const isAbbreviation = (g: GoldMention) => /^(?:[A-Z][a-z.]*\s+)*[A-Z]{2,4}(?:s|['’]s|s['’])?$/.test(g.surface);
  const goldAbbreviations = doc.gold.filter(isAbbreviation);
  return {
    predicted: predicted.length,
    gold: doc.gold.length,
    truePositives: used.size,
    exactSpans,
    goldAbbreviations: goldAbbreviations.length,
    abbreviationsRight: goldAbbreviations.filter((g) => used.has(g)).length,
    falsePositives,
    misses: doc.gold.filter((g) => !used.has(g)),
  };
}

export function total(scores: readonly Score[]): Omit<Score, 'falsePositives' | 'misses'> {
  const sum = (k: 'predicted' | 'gold' | 'truePositives' | 'exactSpans' | 'goldAbbreviations' | 'abbreviationsRight') =>
    scores.reduce((s, x) => s + x[k], 0);
  return {
    predicted: sum('predicted'),
    gold: sum('gold'),
    truePositives: sum('truePositives'),
    exactSpans: sum('exactSpans'),
    goldAbbreviations: sum('goldAbbreviations'),
    abbreviationsRight: sum('abbreviationsRight'),
  };
}
