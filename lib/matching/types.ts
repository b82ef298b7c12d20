import type { RoleId } from '../../data/role-ids';

/** How a mention was recognised; the hover card explains abbreviations with it. */
export type MentionVia =
  /** A full title or synonym ("Senior Product Manager", "VP of Product"). */
  | 'title'
  /** An abbreviation bound by a definition on the page ("Product Owner (PO)"). */
  | 'definition'
  /** An abbreviation read from the page's own full-title mentions (no definition). */
  | 'context'
  /** An abbreviation read as the reader told RoleLens to read it on this site. */
  | 'correction';

/** One role mention, located in the document's list of text blocks. */
export interface Mention {
  /** Index of the block in the list given to the matcher. */
  readonly block: number;
  /** Offsets in the block's text, `end` exclusive. */
  readonly start: number;
  readonly end: number;
  readonly roleId: RoleId;
  /** The text as written on the page. */
  readonly surface: string;
  readonly via: MentionVia;
  /** For abbreviation mentions: the abbreviation, upper case and singular ("PM" for "PMs"). */
  readonly abbreviation?: string;
}

/** What an abbreviation stands for at some place in a document. */
export type Meaning =
  | { readonly kind: 'role'; readonly roleId: RoleId }
  /** Not a role; `label` names the meaning when known (e.g. "Chief Privacy Officer"). */
  | { readonly kind: 'other'; readonly label: string };

export interface TitleHit {
  readonly start: number;
  readonly end: number;
  readonly roleId: RoleId;
  readonly surface: string;
}

export interface AbbreviationHit {
  /** Start includes seniority words written before it ("Senior PM"). */
  readonly start: number;
  readonly end: number;
  /** Upper case, singular. */
  readonly abbreviation: string;
  readonly surface: string;
  /** Set when this occurrence is itself a definition ("Product Owner (PO)", "CPO (Chief…)"). */
  readonly definition?: Meaning;
}

/** A phrase naming a non-role meaning of an abbreviation ("purchase order"). */
export interface PhraseHit {
  readonly start: number;
  readonly end: number;
  readonly abbreviation: string;
  readonly label: string;
}

/**
 * Everything the matcher reads from one block of text. It depends on that text only, so the DOM
 * side can keep it per block and re-scan just the blocks that changed; resolving abbreviations then
 * combines the scans of the whole document.
 */
export interface BlockScan {
  /** Length of the block's text: places hits in the document for "nearest" rules. */
  readonly length: number;
  readonly titles: readonly TitleHit[];
  /** Abbreviation occurrences that passed the negative-context rules. */
  readonly abbreviations: readonly AbbreviationHit[];
  readonly phrases: readonly PhraseHit[];
}

/** A reader's correction for one site: what an abbreviation means there (issue: corrections). */
export type AbbreviationOverrides = Readonly<Record<string, Meaning>>;
