export { compileMatcher, type Matcher } from './compile-matcher';
export type { AbbreviationOverrides, BlockScan, Meaning, Mention, MentionVia } from './types';
