import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from '../../data/abbreviations';
import { ROLES } from '../../data/roles';
import { compileMatcher, matcherFromPlan, planMatcher } from '../../lib/matching/compile-matcher';
import { readCorpus } from '../support/annotated-corpus';

describe('matcher plan (worked out at build time)', () => {
  it('survives JSON, as the build passes it to the bundle', () => {
    const plan = planMatcher(ROLES, ABBREVIATIONS);
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it('makes a matcher that finds exactly what a freshly compiled one finds', () => {
    const fromPlan = matcherFromPlan(JSON.parse(JSON.stringify(planMatcher(ROLES, ABBREVIATIONS))));
    const fresh = compileMatcher(ROLES, ABBREVIATIONS);
    for (const doc of readCorpus()) expect(fromPlan.find(doc.blocks)).toEqual(fresh.find(doc.blocks));
  });
});
