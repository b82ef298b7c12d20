import type { RoleId } from './role-ids';
import type { SourceId } from './sources';

export type { RoleId } from './role-ids';
export type { SourceId } from './sources';

/** The part of an organisation a role belongs to; used to group roles in the glossary view. */
export type RoleFamily = 'product' | 'delivery' | 'agile' | 'leadership' | 'marketing' | 'analysis';

/** Settings in which a title is commonly used. */
export type UsageContext = 'scrum' | 'scaled-frameworks' | 'startups' | 'enterprises' | 'plan-driven' | 'public-sector';

/** A published reference the glossary relies on. */
export interface Source {
  /** Title of the document, book or article. */
  readonly title: string;
  /** Author(s) or publishing organisation. */
  readonly publisher: string;
  /** Year of the edition referred to. */
  readonly year: number;
  /** Canonical public address (shown as a link the user may follow; RoleLens never fetches it). */
  readonly url: string;
}

export interface UsageNote {
  readonly context: UsageContext;
  /** One sentence on how the title is used in that setting. */
  readonly note: string;
}

/** One role of the glossary. */
export interface Role {
  readonly id: RoleId;
  /** Display title, e.g. "Product Manager". */
  readonly title: string;
  /**
   * Full-title synonyms the matcher recognises, singular base forms in Title Case, including
   * `title` itself. Seniority and specialty words (Senior, Sr., Lead, Principal, Technical…),
   * plurals and possessives are handled by rule in `lib/matching/` and are never listed here.
   */
  readonly aliases: readonly string[];
  /**
   * Upper-case abbreviations that may stand for this role (PM, PO…). They are ambiguous by nature:
   * the matcher resolves them per document (see `data/abbreviations.ts`).
   */
  readonly abbreviations: readonly string[];
  readonly family: RoleFamily;
  /** One line shown in the hover card; at most 160 characters. */
  readonly summary: string;
  /** Two to four sentences. */
  readonly description: string;
  /** Five to eight key responsibilities, most important first (the card shows the first three). */
  readonly responsibilities: readonly string[];
  /** Four to six core skills. */
  readonly skills: readonly string[];
  /** Where the title is used, one note per setting. */
  readonly usedIn: readonly UsageNote[];
  /** Typical reporting line, one sentence. */
  readonly reportsTo: string;
  /** Roles it works with most. */
  readonly worksWith: readonly RoleId[];
  /** Roles it is often confused with, most often first. */
  readonly confusedWith: readonly RoleId[];
  /** Career ladder, junior to senior, where one exists. */
  readonly careerLadder?: readonly string[];
  readonly sources: readonly SourceId[];
}

/** The dimensions every comparison fills for both roles, in display order. */
export const COMPARISON_DIMENSIONS = [
  'focus',
  'timeHorizon',
  'question',
  'artefacts',
  'decides',
  'accountableFor',
  'reportsTo',
  'usedIn',
] as const;

export type ComparisonDimension = (typeof COMPARISON_DIMENSIONS)[number];

export const DIMENSION_LABELS: Readonly<Record<ComparisonDimension, string>> = {
  focus: 'Focus',
  timeHorizon: 'Time horizon',
  question: 'The question it answers',
  artefacts: 'Main artefacts',
  decides: 'Decides',
  accountableFor: 'Accountable for',
  reportsTo: 'Typical reporting line',
  usedIn: 'Where the title is used',
};

/** "Can one person be both?" */
export interface BothVerdict {
  readonly verdict: 'yes' | 'sometimes' | 'not-recommended' | 'no';
  /** Two or three sentences explaining the verdict. */
  readonly explanation: string;
}

/** An authored side-by-side comparison of two roles. */
export interface Comparison {
  readonly a: RoleId;
  readonly b: RoleId;
  /** Each dimension described for role `a` and role `b`, in one or two sentences each. */
  readonly dimensions: { readonly [K in ComparisonDimension]: { readonly a: string; readonly b: string } };
  /** Three to five key differences. */
  readonly differences: readonly string[];
  /** Two or three overlaps. */
  readonly overlaps: readonly string[];
  readonly canOnePersonBeBoth: BothVerdict;
  /** Where published sources disagree about these two roles, a plain note saying how. */
  readonly sourcesDisagree?: string;
  readonly sources: readonly SourceId[];
}
