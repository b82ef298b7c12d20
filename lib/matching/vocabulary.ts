/**
 * Lexical knowledge of the recognition rules (architecture, "Recognition rules"). Kept apart from the
 * glossary: these words say how titles are written, not what roles mean.
 */

/**
 * Seniority and specialty words that belong to a title when they stand right before it
 * ("Senior Product Manager" is one mention). The architecture lists Senior, Sr., Junior, Associate,
 * Lead, Principal, Staff, Group and Technical; Jr. is Junior abbreviated. Words that say how a post
 * is held rather than its level (Interim, Acting) stay outside the mention, as both annotated corpora
 * have them ("our interim [Programme Manager]").
 * Matched case-insensitively; a trailing "." is optional on the page ("Sr." or "Sr").
 */
export const SENIORITY_WORDS = [
  'senior',
  'sr.',
  'junior',
  'jr.',
  'associate',
  'lead',
  'principal',
  'staff',
  'group',
  'technical',
] as const;

/**
 * Level suffixes after a title ("Product Manager II", "Product Manager 2"). Roman numerals only in
 * upper case and never a bare "I" (a pronoun: "the product manager I met").
 */
export const LEVEL_SUFFIXES = ['II', 'III', 'IV', '1', '2', '3', '4'] as const;

/**
 * A digit after a title is a level only if no unit follows it: "Product Manager 2 years" is not
 * "Product Manager 2".
 */
export const NOT_A_LEVEL_AFTER = /^\s*(?:\+|%|[-–]\s*\d|[.,]\d|(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?)\b)/i;

/**
 * Words that, right after a leadership title ending in "Product", make it another role: a head or VP
 * of product *design* or *marketing* leads that discipline, not the product organisation
 * (architecture: "leadership titles name the product organisation only when no discipline narrows
 * them"). "Management" is not here: "Head of Product Management" is a head of product.
 */
export const NARROWING_DISCIPLINES = new Set([
  'analytics',
  'communications',
  'compliance',
  'content',
  'data',
  'design',
  'designer',
  'designers',
  'development',
  'documentation',
  'education',
  'enablement',
  'engineering',
  'finance',
  'legal',
  'marketing',
  'operations',
  'ops',
  'quality',
  'research',
  'sales',
  'safety',
  'security',
  'support',
  'training',
]);

/** Small words skipped when checking that a phrase's initials spell an abbreviation. */
export const INITIALS_STOP_WORDS = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', 'a', 'an']);

/**
 * Negative contexts for abbreviations (architecture, abbreviation rule 1). Each tests the text right
 * before (`before`, ending at the abbreviation) or right after (`after`, starting after it).
 */
export interface NegativeContext {
  /** Why this context is not a role; shows up in test names. */
  readonly reason: string;
  /** Abbreviations it applies to; all when absent. */
  readonly only?: readonly string[];
  /** Applies only to the singular token ("3 PMs" are people, "3 PM" is a time). */
  readonly singularOnly?: boolean;
  readonly before?: RegExp;
  readonly after?: RegExp;
}

const DEGREES = 'B\\.?S\\.?c?|B\\.?Sc|BEng|BBA|BFA|M\\.?A\\.?|M\\.?S\\.?c?|MBA|MEng|Ph\\.?D\\.?|JD|AA|AS';

export const NEGATIVE_CONTEXTS: readonly NegativeContext[] = [
  // "9 AM to 5 PM", "4 PM ET", "10:30 PM", "11.45 PM". ("6PM" never matches: no word boundary.)
  { reason: 'a time', only: ['PM'], singularOnly: true, before: /\d(?:[:.]\d\d)?\s*$/ },
  { reason: 'a time (AM/PM)', only: ['PM'], singularOnly: true, before: /\bAM\s*(?:\/|-|–|and|or|to)\s*$/ },
  { reason: 'a time (PM/AM)', only: ['PM'], singularOnly: true, after: /^\s*(?:\/|-|–|and|or)\s*AM\b/ },
  {
    reason: 'a time zone follows',
    only: ['PM'],
    singularOnly: true,
    after: /^\s+(?:[A-Z]{1,2}[SD]?T|UTC|GMT|CET|CEST)\b/,
  },
  // "PO Box", "P.O." (never matched), "PO number", "PO #5521", "PO-1234", "PO 4500012345", "PM2.5".
  { reason: 'a post office box', after: /^\s*box\b/i },
  { reason: 'a number or code follows', after: /^\s*(?:[-#:/]\s*)?\d/ },
  { reason: 'a number label follows', after: /^\s*(?:#|no\.|nos?\b|num\b|number\b|numbers\b|ref\b|id\b)/i },
  { reason: 'a code joined by a hyphen', after: /^-[A-Z]*\d/ },
  // Things, not people: "PM tools", "APM platform", "TPM chip", "CPO certified".
  {
    reason: 'a thing, not a person, follows',
    after:
      /^\s+(?:tools?|software|platforms?|solutions?|systems?|modules?|chips?|agents?|vendors?|dashboards?|certified|certification|certificates?)\b/i,
  },
  // "BA degree", "BA or BS", "BA/BS", "BA in Economics", "BA (Hons)", "MA, BA".
  {
    reason: 'a degree',
    only: ['BA'],
    singularOnly: true,
    after: new RegExp(
      `^(?:\\s*(?:degrees?|in\\b|from\\b|\\(?hons\\)?|\\(?honou?rs\\)?)|\\s*(?:\\/|,|or\\b|and\\b|&)\\s*(?:${DEGREES})\\b)`,
      'i',
    ),
  },
  {
    reason: 'a degree',
    only: ['BA'],
    singularOnly: true,
    before: new RegExp(`(?:\\b(?:${DEGREES})\\s*(?:\\/|,|or|and|&)\\s*|\\bbachelor'?s?\\s+of\\s+arts\\s*,?\\s*)$`, 'i'),
  },
];
