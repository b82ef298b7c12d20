import { describe, expect, it } from 'vitest';
import { compareSearch, parseCompareLocation } from '../../lib/compare-url';
import { comparedWith, defaultPair, findComparison, searchRoles } from '../../lib/glossary';
import { pageAccess } from '../../lib/page-access';

describe('compare page addresses', () => {
  it.each([
    ['?a=product-manager&b=product-owner', { view: 'compare', a: 'product-manager', b: 'product-owner', unknown: [] }],
    ['?a=product-manager&b=nope', { view: 'compare', a: 'product-manager', b: undefined, unknown: ['nope'] }],
    ['?a=x', { view: 'compare', a: undefined, b: undefined, unknown: ['x'] }],
    ['', { view: 'glossary', query: '' }],
    ['?view=glossary&q=scrum', { view: 'glossary', query: 'scrum' }],
  ])('%s', (search, expected) => expect(parseCompareLocation(search)).toEqual(expected));

  it('round-trips a pair', () => {
    expect(parseCompareLocation(compareSearch('scrum-master', 'business-analyst'))).toMatchObject({
      a: 'scrum-master',
      b: 'business-analyst',
    });
  });
});

describe('glossary lookups', () => {
  it('finds comparisons either way round', () => {
    expect(findComparison('product-manager', 'product-owner')?.flipped).toBe(false);
    expect(findComparison('product-owner', 'product-manager')?.flipped).toBe(true);
    expect(findComparison('scrum-master', 'business-analyst')).toBeUndefined();
    expect(comparedWith('head-of-product')).toEqual(['chief-product-officer']);
  });

  it.each([
    [[], ['product-manager', 'product-owner']],
    [
      [{ roleId: 'scrum-master' }, { roleId: 'project-manager' }],
      ['scrum-master', 'project-manager'],
    ],
    [[{ roleId: 'scrum-master' }], ['scrum-master', 'project-manager']],
  ] as const)('default pair for %j', (roles, pair) => expect(defaultPair(roles)).toEqual(pair));

  it.each([
    ['PO', 'product-owner'],
    ['pm', 'product-manager'],
    ['vp of product', 'head-of-product'],
    ['scrum', 'scrum-master'],
    ['programme', 'program-manager'],
    ['BA', 'business-analyst'],
  ])('search %s finds %s first', (query, id) => expect(searchRoles(query)[0]?.id).toBe(id));

  it('search for nothing lists every role; nonsense lists none', () => {
    expect(searchRoles('  ')).toHaveLength(10);
    expect(searchRoles('astronaut')).toEqual([]);
  });
});

describe('page access', () => {
  it.each([
    ['https://www.linkedin.com/jobs/view/1', 'allowed'],
    ['http://127.0.0.1:8080/a.html', 'allowed'],
    ['file:///home/me/job.html', 'file'],
    ['chrome://extensions', 'restricted'],
    ['about:blank', 'restricted'],
    ['chrome-extension://abc/popup.html', 'restricted'],
    ['https://chromewebstore.google.com/detail/x', 'restricted'],
    ['https://chrome.google.com/webstore/detail/x', 'restricted'],
    ['https://addons.mozilla.org/en-US/firefox/', 'restricted'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'restricted'],
    [undefined, 'unknown'],
    ['not a url', 'unknown'],
  ])('%s → %s', (url, access) => expect(pageAccess(url)).toBe(access));
});
