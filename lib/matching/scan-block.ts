import { definitionAt, negativeContext } from './abbreviation-context';
import { type CompiledPattern, endsAtWordBoundary, normalisePhrase, startsAtWordBoundary } from './compile-pattern';
import type { AbbreviationHit, BlockScan, PhraseHit, TitleHit } from './types';
import { NARROWING_DISCIPLINES, NOT_A_LEVEL_AFTER } from './vocabulary';

const NEXT_WORD = /^\s+([\p{L}]+)/u;
/** A plural or possessive after an abbreviation: "PMs", "PM's", "PMs'" (the pattern ignores case). */
const ABBREVIATION_TAIL = /^(?:|s['\u2019]?|['\u2019]s)$/;
/** Level suffixes in upper case only (roman numerals) or digits. */
const LEVEL = /^\s+(?:II|III|IV|\d)$/;

const NONE: readonly never[] = Object.freeze([]);

/**
 * Reads one block of text in a single pass of the combined pattern: full titles, abbreviation
 * occurrences (after the negative-context rules, with definitions marked) and phrases that name
 * non-role meanings of abbreviations. Depends on the text only.
 */
export function scanBlock(
  pattern: CompiledPattern,
  roleAbbreviations: ReadonlyMap<string, readonly string[]>,
  text: string,
): BlockScan {
  const titles: TitleHit[] = [];
  const phrases: PhraseHit[] = [];
  const candidates: { start: number; tokenStart: number; tokenEnd: number; abbreviation: string; singular: boolean }[] =
    [];
  const { regex } = pattern;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    if (!startsAtWordBoundary(text, start) || !endsAtWordBoundary(text, end)) {
      regex.lastIndex = start + 1;
      continue;
    }
    const phrase = m[pattern.phraseGroup];
    if (phrase !== undefined) {
      const meaning = pattern.phrases.get(normalisePhrase(phrase));
      if (meaning) phrases.push({ start, end, ...meaning });
      continue;
    }
    const token = m[pattern.abbreviationGroup];
    if (token !== undefined) {
      const tail = m[pattern.abbreviationTailGroup] ?? '';
      // Abbreviations count only as written in upper case, with a lower-case plural (architecture).
      if (!pattern.abbreviations.has(token) || !ABBREVIATION_TAIL.test(tail)) {
        regex.lastIndex = start + 1;
        continue;
      }
      const tokenEnd = end;
      const tokenStart = end - tail.length - token.length;
      candidates.push({ start, tokenStart, tokenEnd, abbreviation: token, singular: !tail.startsWith('s') });
      continue;
    }
    const alias = pattern.aliasGroups.find((g) => m[g.group] !== undefined);
    if (!alias) continue;
    if (alias.endsWithProduct) {
      // "Head of Product Design" leads design, not the product organisation.
      const next = NEXT_WORD.exec(text.slice(end, end + 40))?.[1]?.toLowerCase();
      if (next !== undefined && NARROWING_DISCIPLINES.has(next)) continue;
    }
    const level = m[pattern.levelGroup];
    if (
      level !== undefined &&
      (!LEVEL.test(level) || (/\d/.test(level) && NOT_A_LEVEL_AFTER.test(text.slice(end, end + 24))))
    ) {
      // Not a level after all: "Product Manager ii", "Product Manager 2 years".
      end = start + m[0].lastIndexOf(level);
    }
    titles.push({ start, end, roleId: alias.roleId, surface: text.slice(start, end) });
  }

  const abbreviations: AbbreviationHit[] = [];
  for (const c of candidates) {
    if (negativeContext(text, c.tokenStart, c.tokenEnd, c.abbreviation, c.singular)) continue;
    const definition = definitionAt(text, c.tokenStart, c.tokenEnd, c.abbreviation, titles, phrases, roleAbbreviations);
    const hit = {
      start: c.start,
      end: c.tokenEnd,
      abbreviation: c.abbreviation,
      surface: text.slice(c.start, c.tokenEnd),
    };
    abbreviations.push(definition ? { ...hit, definition } : hit);
  }
  return {
    length: text.length,
    // Most blocks hold nothing: share one empty array instead of allocating three per block.
    titles: titles.length > 0 ? titles : NONE,
    abbreviations: abbreviations.length > 0 ? abbreviations : NONE,
    phrases: phrases.length > 0 ? phrases : NONE,
  };
}
