import type { AbbreviationInfo } from '../../data/abbreviations';
import type { RoleId } from '../../data/role-ids';
import { LEVEL_SUFFIXES, SENIORITY_WORDS } from './vocabulary';

/** The parts of a glossary the pattern is built from. */
export interface PatternRole {
  readonly id: RoleId;
  readonly aliases: readonly string[];
  readonly abbreviations: readonly string[];
}

/**
 * One combined regular expression for the whole glossary (one pass over the text, never one per
 * term), with the tables that turn its capture groups back into roles and meanings.
 */
export interface CompiledPattern {
  readonly regex: RegExp;
  /** Capture group numbers of the aliases, and the role and shape of each. */
  readonly aliasGroups: readonly {
    readonly group: number;
    readonly roleId: RoleId;
    readonly endsWithProduct: boolean;
  }[];
  readonly levelGroup: number;
  readonly abbreviationGroup: number;
  readonly abbreviationTailGroup: number;
  readonly phraseGroup: number;
  /** The abbreviations, exactly as they must be written (upper case). */
  readonly abbreviations: ReadonlySet<string>;
  /** Normalised phrase text → which abbreviation it is a non-role meaning of. */
  readonly phrases: ReadonlyMap<string, { readonly abbreviation: string; readonly label: string }>;
}

/** A compiled pattern as plain data (JSON), so it can be built once, ahead of time. */
export interface SerializedPattern extends Omit<CompiledPattern, 'regex' | 'abbreviations' | 'phrases'> {
  readonly source: string;
  readonly flags: string;
  readonly abbreviations: readonly string[];
  readonly phrases: readonly (readonly [string, { readonly abbreviation: string; readonly label: string }])[];
}

export function serializePattern(pattern: CompiledPattern): SerializedPattern {
  const { regex, abbreviations, phrases, ...rest } = pattern;
  return {
    ...rest,
    source: regex.source,
    flags: regex.flags,
    abbreviations: [...abbreviations],
    phrases: [...phrases],
  };
}

export function deserializePattern(data: SerializedPattern): CompiledPattern {
  const { source, flags, abbreviations, phrases, ...rest } = data;
  return {
    ...rest,
    regex: new RegExp(source, flags),
    abbreviations: new Set(abbreviations),
    phrases: new Map(phrases),
  };
}

/** Person nouns of titles: the word that takes the plural ("Heads of Product", "VPs, Product"). */
const PERSON_NOUNS = new Set([
  'manager',
  'owner',
  'officer',
  'master',
  'scrummaster',
  'analyst',
  'marketer',
  'director',
  'president',
  'head',
  'vp',
]);

const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}_]';
/**
 * The right-hand word boundary inside the pattern, for ASCII only: a pattern without the `u` flag
 * compiles several times faster on each page load. A letter beyond ASCII after a match is checked by
 * the scanner (`endsAtWordBoundary`).
 */
const ASCII_WORD_CHAR = '[a-z0-9_]';
const SPACE = '\\s+';
const APOSTROPHE = "['\u2019]";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const WORD_CHAR_TEST = new RegExp(WORD_CHAR, 'u');

/**
 * True when no letter, digit or underscore is glued to the left of `index`. The pattern has no
 * left-boundary lookbehind (tested at every position it would dominate the scan): the scanner checks
 * the character before each (rare) match instead.
 */
export function startsAtWordBoundary(text: string, index: number): boolean {
  if (index === 0) return true;
  const code = text.charCodeAt(index - 1);
  if (code < 128) {
    return !((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95);
  }
  const low = code >= 0xdc00 && code <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text[index - 1];
  return !WORD_CHAR_TEST.test(low as string);
}

/** True when no letter, digit or mark beyond ASCII follows at `index` (ASCII is checked by the pattern). */
export function endsAtWordBoundary(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code) || code < 128) return true;
  const next = code >= 0xd800 && code <= 0xdbff ? text.slice(index, index + 2) : text[index];
  return !WORD_CHAR_TEST.test(next as string);
}

/**
 * A literal for the pattern (matched regardless of case: the pattern has the `i` flag; the
 * case-sensitive parts, abbreviations and roman level suffixes, are checked on each match instead,
 * which keeps the pattern short and quick to compile on every page load). Both apostrophes match.
 */
export function literal(text: string): string {
  return escapeRegExp(text.toLowerCase()).replace(/['\u2019]/g, APOSTROPHE);
}

/** Words of a title joined by any run of white space (spaces, no-break spaces, line breaks). */
function wordsPattern(words: readonly string[], pluralAt: number): string {
  return words
    .map((word, i) => {
      const body = literal(word.replace(/,$/, ''));
      const comma = word.endsWith(',') ? ',' : '';
      return i === pluralAt ? `${body}s?${comma}` : `${body}${comma}`;
    })
    .join(SPACE);
}

export function aliasPattern(alias: string): { source: string; endsWithProduct: boolean } {
  const words = alias.trim().split(/\s+/);
  const bare = words.map((w) => w.replace(/[^\p{L}]/gu, '').toLowerCase());
  const personAt = bare.findIndex((w) => PERSON_NOUNS.has(w));
  const endsWithProduct = bare[bare.length - 1] === 'product';
  let source = wordsPattern(words, personAt === -1 ? words.length - 1 : personAt);
  if (endsWithProduct) {
    // "Head of Products", "Director of Product Management" (architecture: synonyms of head-of-product).
    source += `s?(?:${SPACE}management)?`;
  }
  return { source, endsWithProduct };
}

function seniorityPattern(): string {
  const words = SENIORITY_WORDS.map((w) => (w.endsWith('.') ? `${literal(w.slice(0, -1))}\\.?` : literal(w)));
  return `(?:(?:${words.join('|')})${SPACE})*`;
}

/** Lower case, single spaces, straight apostrophes: the key phrases are stored under. */
export function normalisePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\u2019/g, "'");
}

export function compilePattern(
  roles: readonly PatternRole[],
  abbreviations: readonly AbbreviationInfo[],
): CompiledPattern {
  // Longest aliases first: at one position the first alternative that matches wins.
  const aliases = roles
    .flatMap((role) => role.aliases.map((alias) => ({ alias, roleId: role.id })))
    .sort((a, b) => b.alias.length - a.alias.length);

  let group = 0;
  const aliasGroups: { group: number; roleId: RoleId; endsWithProduct: boolean }[] = [];
  const aliasSources = aliases.map(({ alias, roleId }) => {
    const { source, endsWithProduct } = aliasPattern(alias);
    aliasGroups.push({ group: ++group, roleId, endsWithProduct });
    return `(${source})`;
  });
  const levelGroup = ++group;
  const level = `(${SPACE}(?:${LEVEL_SUFFIXES.join('|')})(?!${ASCII_WORD_CHAR}))?`;
  const possessive = `(?:${APOSTROPHE}s|(?<=s)${APOSTROPHE})?`;

  const tokens = [...new Set([...roles.flatMap((r) => r.abbreviations), ...abbreviations.map((a) => a.abbreviation)])]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const abbreviationGroup = ++group;
  const abbreviationTailGroup = ++group;
  const abbreviation = `(${tokens.join('|')})(s${APOSTROPHE}?|${APOSTROPHE}s)?`;

  const phrases = new Map<string, { abbreviation: string; label: string }>();
  for (const info of abbreviations) {
    for (const meaning of info.otherMeanings) {
      for (const phrase of meaning.phrases) {
        const value = { abbreviation: info.abbreviation, label: meaning.label };
        phrases.set(normalisePhrase(phrase), value);
        phrases.set(normalisePhrase(`${phrase}s`), value);
      }
    }
  }
  const phraseGroup = ++group;
  const phraseSources = abbreviations
    .flatMap((info) => info.otherMeanings.flatMap((meaning) => meaning.phrases.map(normalisePhrase)))
    .sort((a, b) => b.length - a.length)
    .map((p) => `${p.split(' ').map(literal).join(SPACE)}${p.endsWith('s') ? '' : 's?'}`);

  // No left-boundary lookbehind here: tested at every position it would dominate the scan. The scanner
  // checks the character before each (rare) match instead (`startsAtWordBoundary`).
  const source =
    `(?:` +
    `${seniorityPattern()}(?:(?:${aliasSources.join('|')})${level}${possessive}|${abbreviation})` +
    `|(${phraseSources.join('|')})` +
    `)(?!${ASCII_WORD_CHAR})`;

  return {
    regex: new RegExp(source, 'gi'),
    aliasGroups,
    abbreviations: new Set(tokens.map((t) => t.replace(/\\/g, ''))),
    levelGroup,
    abbreviationGroup,
    abbreviationTailGroup,
    phraseGroup,
    phrases,
  };
}
