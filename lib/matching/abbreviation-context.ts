import type { Meaning, PhraseHit, TitleHit } from './types';
import { INITIALS_STOP_WORDS, NEGATIVE_CONTEXTS } from './vocabulary';

/** How much text around an abbreviation the context rules look at. */
const CONTEXT_CHARS = 48;

/**
 * Abbreviation rule 1 (architecture): contexts that never name a role, such as "9 AM to 5 PM",
 * "PO Box", "PO-1234" or "BA degree". Returns the reason, or undefined when none applies.
 */
export function negativeContext(
  text: string,
  tokenStart: number,
  tokenEnd: number,
  abbreviation: string,
  singular: boolean,
): string | undefined {
  const before = text.slice(Math.max(0, tokenStart - CONTEXT_CHARS), tokenStart);
  const after = text.slice(tokenEnd, tokenEnd + CONTEXT_CHARS);
  for (const rule of NEGATIVE_CONTEXTS) {
    if (rule.only && !rule.only.includes(abbreviation)) continue;
    if (rule.singularOnly && !singular) continue;
    if (rule.before?.test(before) || rule.after?.test(after)) return rule.reason;
  }
  return undefined;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * True when the first letters of `words` (small words such as "of" skipped, hyphenated parts counted
 * as words) spell the abbreviation: "Chief Privacy Officer" → CPO, "Bachelor of Arts" → BA,
 * "Certified Pre-Owned" → CPO.
 */
export function initialsSpell(words: readonly string[], abbreviation: string): boolean {
  const content = words.filter((w) => !INITIALS_STOP_WORDS.has(w.toLowerCase()));
  if (content.length !== abbreviation.length) return false;
  return content.every((w, i) => w[0]?.toUpperCase() === abbreviation[i]);
}

/** The last words of `text` (at most `count` content words, plus skipped small words). */
function trailingWords(text: string, count: number): string[] {
  const words = text.match(WORD) ?? [];
  const out: string[] = [];
  let content = 0;
  for (let i = words.length - 1; i >= 0 && content < count; i--) {
    const word = words[i] as string;
    out.unshift(word);
    if (!INITIALS_STOP_WORDS.has(word.toLowerCase())) content++;
  }
  // A leading small word ("of Arts") cannot start a phrase; drop it so "Bachelor of Arts" is tried whole.
  while (out.length > 0 && INITIALS_STOP_WORDS.has((out[0] as string).toLowerCase())) out.shift();
  return out;
}

const OPENING = /\(\s*(?:or|aka|a\.k\.a\.?|also|also\s+known\s+as|i\.e\.,?|hereafter|hereinafter)?\s*$/i;
const CLOSING = /^\s*\)/;
const OPENING_AFTER = /^\s*\(\s*(?:(?:the|a|an)\s+|i\.e\.,?\s*)?/i;
const OR_BEFORE = /,?\s+(?:or|aka|a\.k\.a\.?)\s+$/i;

/** The meaning named by a phrase hit, or a generic "not a role" when only the initials tell. */
function phraseMeaning(hit: PhraseHit | undefined, abbreviation: string): Meaning {
  return hit && hit.abbreviation === abbreviation
    ? { kind: 'other', label: hit.label }
    : { kind: 'other', label: `something other than a role (${abbreviation})` };
}

/**
 * Abbreviation rule 2 (architecture): is this occurrence an explicit definition? Recognised forms:
 * "Product Owner (PO)", "product managers (or PMs)", "CPO (Chief Product Owner)",
 * "Product Owners, or POs," and the same with a non-role phrase ("purchase order (PO)",
 * "Chief Privacy Officer (CPO)"), where a phrase counts as a definition when it is a known meaning or
 * its initials spell the abbreviation.
 */
export function definitionAt(
  text: string,
  tokenStart: number,
  tokenEnd: number,
  abbreviation: string,
  titles: readonly TitleHit[],
  phrases: readonly PhraseHit[],
  roleAbbreviations: ReadonlyMap<string, readonly string[]>,
): Meaning | undefined {
  const before = text.slice(Math.max(0, tokenStart - CONTEXT_CHARS), tokenStart);
  const after = text.slice(tokenEnd, tokenEnd + 120);

  // Form A: "<definition> (ABBR)".
  const opening = OPENING.exec(before);
  if (opening && CLOSING.test(after)) {
    const paren = tokenStart - opening[0].length;
    const stem = text.slice(0, paren).replace(/\s+$/, '');
    const title = titles.find((t) => t.end === stem.length);
    if (title) return { kind: 'role', roleId: title.roleId };
    const phrase = phrases.find((p) => p.end === stem.length);
    if (phrase) return phraseMeaning(phrase, abbreviation);
    const words = trailingWords(stem.slice(-CONTEXT_CHARS * 2), abbreviation.length);
    if (initialsSpell(words, abbreviation)) return phraseMeaning(undefined, abbreviation);
    return undefined;
  }

  // Form B: "ABBR (<definition>)".
  const openingAfter = OPENING_AFTER.exec(after);
  if (openingAfter?.[0].includes('(')) {
    const inner = tokenEnd + openingAfter[0].length;
    const title = titles.find((t) => t.start === inner);
    if (title && CLOSING.test(text.slice(title.end, title.end + 8))) return { kind: 'role', roleId: title.roleId };
    const phrase = phrases.find((p) => p.start === inner);
    if (phrase && CLOSING.test(text.slice(phrase.end, phrase.end + 8))) return phraseMeaning(phrase, abbreviation);
    const close = text.indexOf(')', inner);
    if (close !== -1 && close - inner <= 80) {
      const words = text.slice(inner, close).match(WORD) ?? [];
      if (!title && initialsSpell(words, abbreviation)) return phraseMeaning(undefined, abbreviation);
    }
    return undefined;
  }

  // Form C: "Product Owners, or POs," — only when the abbreviation is one of that role's own.
  const or = OR_BEFORE.exec(before);
  if (or) {
    const end = tokenStart - or[0].length;
    const title = titles.find((t) => t.end === end);
    if (title && roleAbbreviations.get(title.roleId)?.includes(abbreviation)) {
      return { kind: 'role', roleId: title.roleId };
    }
  }
  return undefined;
}
