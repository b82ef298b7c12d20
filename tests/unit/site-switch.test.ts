import { describe, expect, it } from 'vitest';
import { isSiteEnabled, isValidSiteKey, siteKey, withSite } from '../../lib/site-switch';

describe('siteKey', () => {
  it.each([
    ['www.linkedin.com', 'linkedin.com'],
    ['LinkedIn.com', 'linkedin.com'],
    ['jobs.lever.co', 'jobs.lever.co'],
    ['example.com.', 'example.com'],
    ['', ''],
  ])('%s → %s', (hostname, key) => expect(siteKey(hostname)).toBe(key));
});

describe('isSiteEnabled', () => {
  const on = { enabled: true, disabledSites: ['linkedin.com', 'jobs.lever.co'] };
  it.each([
    ['on everywhere by default', 'example.com', { enabled: true, disabledSites: [] }, true],
    ['off where switched off', 'linkedin.com', on, false],
    ['www. folded', 'www.linkedin.com', on, false],
    ['case folded', 'LINKEDIN.COM', on, false],
    ['subdomain is another site', 'de.linkedin.com', on, true],
    ['other sites stay on', 'indeed.com', on, true],
    ['global switch off wins', 'indeed.com', { enabled: false, disabledSites: [] }, false],
    ['local files', '', { enabled: true, disabledSites: [''] }, false],
  ] as const)('%s', (_name, hostname, settings, expected) => {
    expect(isSiteEnabled(hostname, settings)).toBe(expected);
  });
});

describe('withSite', () => {
  it('adds a site once, sorted, and removes it', () => {
    const off = withSite(withSite(['b.com'], 'www.a.com', false), 'a.com', false);
    expect(off).toEqual(['a.com', 'b.com']);
    expect(withSite(off, 'www.a.com', true)).toEqual(['b.com']);
  });
});

describe('isValidSiteKey', () => {
  it.each([
    ['linkedin.com', true],
    ['', true],
    ['[::1]', true],
    ['127.0.0.1', true],
    ['not a host', false],
    ['a'.repeat(300), false],
    [42, false],
    [null, false],
  ])('%s → %s', (value, valid) => expect(isValidSiteKey(value)).toBe(valid));
});
