import type { RoleId } from './role-ids';

/**
 * What an abbreviation can mean besides the roles that list it in `roles.ts`.
 *
 * The matcher uses `otherMeanings` twice: a definition such as "Chief Privacy Officer (CPO)" binds the
 * abbreviation to a non-role meaning (so later bare "CPO" is not highlighted), and a page that merely
 * mentions "chief privacy officer" counts as evidence against reading CPO as a product role.
 * Phrases are lower case, singular, words separated by single spaces; they must not contain a role
 * title (the data test checks), or they would hide real mentions.
 */
export interface AbbreviationInfo {
  /** Upper-case token, exactly as written on pages. */
  readonly abbreviation: string;
  /** Expansion shown to users for each role reading, e.g. "Associate Product Manager". */
  readonly expansions: Readonly<Partial<Record<RoleId, string>>>;
  /** Non-role meanings: a label for people and the phrases that signal it on a page. */
  readonly otherMeanings: readonly { readonly label: string; readonly phrases: readonly string[] }[];
  /**
   * How page context decides between meanings when the page defines none:
   * - `strongest`: the meaning whose full titles are nearer and more frequent wins, if clearly ahead;
   * - `unique`: a role is read only if its title is the only meaning present on the page
   *   (architecture: "CPO is chief-product-officer only if that title appears and no other CPO
   *   meaning does").
   */
  readonly contextRule: 'strongest' | 'unique';
}

export const ABBREVIATIONS = [
  {
    abbreviation: 'PM',
    expansions: { 'product-manager': 'Product Manager', 'project-manager': 'Project Manager' },
    otherMeanings: [
      { label: 'a time of day (post meridiem)', phrases: ['post meridiem'] },
      { label: 'Prime Minister', phrases: ['prime minister'] },
      { label: 'particulate matter (air quality)', phrases: ['particulate matter'] },
      { label: 'preventive maintenance', phrases: ['preventive maintenance', 'preventative maintenance'] },
      { label: 'Property Manager', phrases: ['property manager'] },
      { label: 'private message', phrases: ['private message', 'direct message'] },
    ],
    contextRule: 'strongest',
  },
  {
    abbreviation: 'PO',
    expansions: { 'product-owner': 'Product Owner' },
    otherMeanings: [
      { label: 'purchase order', phrases: ['purchase order'] },
      { label: 'post office (PO Box)', phrases: ['post office', 'post office box'] },
      { label: 'Petty Officer', phrases: ['petty officer'] },
      { label: 'Parole Officer', phrases: ['parole officer'] },
    ],
    contextRule: 'strongest',
  },
  {
    abbreviation: 'CPO',
    expansions: {
      'chief-product-officer': 'Chief Product Officer',
      'chief-product-owner': 'Chief Product Owner',
    },
    otherMeanings: [
      { label: 'Chief Privacy Officer', phrases: ['chief privacy officer'] },
      { label: 'Chief People Officer', phrases: ['chief people officer'] },
      { label: 'Chief Procurement Officer', phrases: ['chief procurement officer'] },
      { label: 'Chief Purchasing Officer', phrases: ['chief purchasing officer'] },
      { label: 'Certified Pre-Owned (vehicles)', phrases: ['certified pre-owned', 'certified preowned'] },
      { label: 'Chief Petty Officer', phrases: ['chief petty officer'] },
    ],
    contextRule: 'unique',
  },
  {
    abbreviation: 'TPM',
    expansions: { 'program-manager': 'Technical Program Manager' },
    otherMeanings: [
      { label: 'Trusted Platform Module (security chip)', phrases: ['trusted platform module'] },
      { label: 'Total Productive Maintenance', phrases: ['total productive maintenance'] },
      { label: 'third-party maintenance', phrases: ['third-party maintenance', 'third party maintenance'] },
    ],
    contextRule: 'strongest',
  },
  {
    abbreviation: 'PMM',
    expansions: { 'product-marketing-manager': 'Product Marketing Manager' },
    otherMeanings: [],
    contextRule: 'strongest',
  },
  {
    abbreviation: 'APM',
    expansions: { 'product-manager': 'Associate Product Manager' },
    otherMeanings: [
      {
        label: 'Application Performance Monitoring',
        phrases: ['application performance monitoring', 'application performance management'],
      },
      { label: 'Association for Project Management', phrases: ['association for project management'] },
    ],
    contextRule: 'strongest',
  },
  {
    abbreviation: 'GPM',
    expansions: { 'product-manager': 'Group Product Manager' },
    otherMeanings: [{ label: 'gallons per minute', phrases: ['gallons per minute', 'gallon per minute'] }],
    contextRule: 'strongest',
  },
  {
    abbreviation: 'BA',
    expansions: { 'business-analyst': 'Business Analyst' },
    otherMeanings: [
      { label: 'Bachelor of Arts (degree)', phrases: ['bachelor of arts', "bachelor's degree", 'bachelor degree'] },
      { label: 'British Airways', phrases: ['british airways'] },
    ],
    contextRule: 'strongest',
  },
] as const satisfies readonly AbbreviationInfo[];
