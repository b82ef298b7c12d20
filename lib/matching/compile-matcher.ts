import type { AbbreviationInfo } from '../../data/abbreviations';
import type { RoleId } from '../../data/role-ids';
import {
  compilePattern,
  deserializePattern,
  type PatternRole,
  type SerializedPattern,
  serializePattern,
} from './compile-pattern';
import { type AbbreviationRule, resolveMentions } from './resolve-abbreviations';
import { scanBlock } from './scan-block';
import type { AbbreviationOverrides, BlockScan, Mention } from './types';

export interface Matcher {
  /** Reads one block's text. Pure; cache it per block and re-scan only blocks whose text changed. */
  scanBlock(text: string): BlockScan;
  /**
   * Combines the scans of a whole document, in document order, into its mentions. `positions` gives
   * each block's place in the document in characters (default: consecutive, by text length); blocks
   * without hits may be left out when positions are given.
   */
  resolve(scans: readonly BlockScan[], overrides?: AbbreviationOverrides, positions?: readonly number[]): Mention[];
  /** `resolve(blocks.map(scanBlock))`: the mentions of a document given as a list of block texts. */
  find(blocks: readonly string[], overrides?: AbbreviationOverrides): Mention[];
}

/**
 * Everything a matcher needs, worked out from the glossary, as plain data: the build computes it
 * once (wxt.config.ts), so a page load does not (see `matcherFromPlan`).
 */
export interface MatcherPlan {
  readonly pattern: SerializedPattern;
  readonly roleAbbreviations: readonly (readonly [string, readonly string[]])[];
  readonly rules: readonly (readonly [string, AbbreviationRule])[];
}

/** Works out the combined pattern and the abbreviation rules from the glossary. */
export function planMatcher(roles: readonly PatternRole[], abbreviations: readonly AbbreviationInfo[]): MatcherPlan {
  return {
    pattern: serializePattern(compilePattern(roles, abbreviations)),
    roleAbbreviations: roles.map((r) => [r.id, r.abbreviations] as const),
    rules: abbreviations.map(
      (info) =>
        [
          info.abbreviation,
          { roles: Object.keys(info.expansions) as RoleId[], contextRule: info.contextRule },
        ] as const,
    ),
  };
}

/** A matcher from a plan: one pattern for every title, synonym, abbreviation and non-role phrase. */
export function matcherFromPlan(plan: MatcherPlan): Matcher {
  const pattern = deserializePattern(plan.pattern);
  const roleAbbreviations = new Map<string, readonly string[]>(plan.roleAbbreviations);
  const rules = new Map<string, AbbreviationRule>(plan.rules);
  const scan = (text: string) => scanBlock(pattern, roleAbbreviations, text);
  const resolve = (scans: readonly BlockScan[], overrides?: AbbreviationOverrides, positions?: readonly number[]) =>
    resolveMentions(scans, rules, overrides, positions);
  return { scanBlock: scan, resolve, find: (blocks, overrides) => resolve(blocks.map(scan), overrides) };
}

/**
 * Compiles the glossary into a matcher, once: one combined pattern for every title, synonym,
 * abbreviation and non-role phrase, plus the rules that resolve abbreviations per document.
 */
export function compileMatcher(roles: readonly PatternRole[], abbreviations: readonly AbbreviationInfo[]): Matcher {
  return matcherFromPlan(planMatcher(roles, abbreviations));
}
