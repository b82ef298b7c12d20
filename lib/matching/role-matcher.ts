import { ABBREVIATIONS } from '../../data/abbreviations';
import { ROLES } from '../../data/roles';
import { type Matcher, type MatcherPlan, matcherFromPlan, planMatcher } from './compile-matcher';

/**
 * The matcher plan worked out at build time (wxt.config.ts defines it), so page loads skip that work.
 * Absent in tests and scripts, where the plan is worked out here instead.
 */
declare const __ROLELENS_MATCHER_PLAN__: MatcherPlan | undefined;

let compiled: Matcher | undefined;

/** The matcher for RoleLens's glossary, made on first use and kept. */
export function getRoleMatcher(): Matcher {
  compiled ??= matcherFromPlan(
    typeof __ROLELENS_MATCHER_PLAN__ !== 'undefined' ? __ROLELENS_MATCHER_PLAN__ : planMatcher(ROLES, ABBREVIATIONS),
  );
  return compiled;
}
