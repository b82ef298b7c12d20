import { ABBREVIATIONS } from '../../data/abbreviations';
import { ROLES } from '../../data/roles';
import { compileMatcher, type Matcher } from './compile-matcher';

let compiled: Matcher | undefined;

/** The matcher for RoleLens's glossary, compiled on first use and kept. */
export function getRoleMatcher(): Matcher {
  compiled ??= compileMatcher(ROLES, ABBREVIATIONS);
  return compiled;
}
