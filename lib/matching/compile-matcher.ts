import type { AbbreviationInfo } from '../../data/abbreviations';
import type { RoleId } from '../../data/role-ids';
import { compilePattern, type PatternRole } from './compile-pattern';
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
 * Compiles the glossary into a matcher, once: one combined pattern for every title, synonym,
 * abbreviation and non-role phrase, plus the rules that resolve abbreviations per document.
 */
export function compileMatcher(roles: readonly PatternRole[], abbreviations: readonly AbbreviationInfo[]): Matcher {
  const pattern = compilePattern(roles, abbreviations);
  const roleAbbreviations = new Map<string, readonly string[]>(roles.map((r) => [r.id, r.abbreviations]));
  const rules = new Map<string, AbbreviationRule>(
    abbreviations.map((info) => [
      info.abbreviation,
      { roles: Object.keys(info.expansions) as RoleId[], contextRule: info.contextRule },
    ]),
  );
  const scan = (text: string) => scanBlock(pattern, roleAbbreviations, text);
  const resolve = (scans: readonly BlockScan[], overrides?: AbbreviationOverrides, positions?: readonly number[]) =>
    resolveMentions(scans, rules, overrides, positions);
  return { scanBlock: scan, resolve, find: (blocks, overrides) => resolve(blocks.map(scan), overrides) };
}
