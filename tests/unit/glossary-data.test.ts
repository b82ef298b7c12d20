import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from '../../data/abbreviations';
import { COMPARISONS } from '../../data/comparisons';
import { ROLE_IDS } from '../../data/role-ids';
import { ROLES } from '../../data/roles';
import { SOURCES } from '../../data/sources';
import { COMPARISON_DIMENSIONS } from '../../data/types';
import { getRoleMatcher } from '../../lib/matching/role-matcher';

const PLACEHOLDER = /\b(?:TBD|TODO|FIXME|XXX|lorem|ipsum|placeholder|coming soon)\b|\?\?\?/i;

/** Every string anywhere inside a value, with its path, for the "no empty or placeholder text" rule. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

function sentences(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=[A-Z"“(])/).filter((s) => s.trim().length > 0).length;
}

const REQUIRED_PAIRS = [
  ['product-manager', 'product-owner'],
  ['product-manager', 'chief-product-officer'],
  ['product-owner', 'chief-product-officer'],
  ['chief-product-owner', 'product-owner'],
  ['chief-product-owner', 'chief-product-officer'],
  ['chief-product-owner', 'product-manager'],
  ['product-manager', 'project-manager'],
  ['project-manager', 'program-manager'],
  ['product-owner', 'scrum-master'],
  ['product-manager', 'product-marketing-manager'],
  ['product-owner', 'business-analyst'],
  ['head-of-product', 'chief-product-officer'],
] as const;

const pairKey = (a: string, b: string) => [a, b].sort().join('|');

describe('roles', () => {
  it('have unique kebab-case ids, including the ten the architecture requires', () => {
    const ids = ROLES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect([...ids].sort()).toEqual([...ROLE_IDS].sort());
  });

  it('share no alias between two roles', () => {
    const seen = new Map<string, string>();
    for (const role of ROLES) {
      for (const alias of role.aliases) {
        const key = alias.toLowerCase().replace(/\s+/g, ' ');
        expect(seen.get(key), `${alias} is listed by ${seen.get(key)} and ${role.id}`).toBeUndefined();
        seen.set(key, role.id);
      }
    }
  });

  it.each(ROLES.map((r) => [r.id, r] as const))('%s: every alias is found by the matcher as this role', (id, role) => {
    expect(role.aliases).toContain(role.title);
    for (const alias of role.aliases) {
      const found = getRoleMatcher().find([`We are hiring a ${alias} today.`]);
      expect(found.map((m) => [m.surface, m.roleId])).toEqual([[alias, id]]);
    }
  });

  it.each(ROLES.map((r) => [r.id, r] as const))('%s: every abbreviation is found once defined', (id, role) => {
    for (const abbreviation of role.abbreviations) {
      expect(abbreviation).toMatch(/^[A-Z]{2,4}$/);
      const found = getRoleMatcher().find([`${role.title} (${abbreviation})`, `Ask the ${abbreviation}.`]);
      expect(found.filter((m) => m.abbreviation === abbreviation).map((m) => m.roleId)).toEqual([id, id]);
    }
  });

  it.each(ROLES.map((r) => [r.id, r] as const))('%s: fills every field within bounds', (_id, role) => {
    expect(role.summary.length).toBeGreaterThanOrEqual(40);
    expect(role.summary.length).toBeLessThanOrEqual(160);
    expect(role.summary).not.toContain('\n');
    expect(sentences(role.description)).toBeGreaterThanOrEqual(2);
    expect(sentences(role.description)).toBeLessThanOrEqual(4);
    expect(role.responsibilities.length).toBeGreaterThanOrEqual(5);
    expect(role.responsibilities.length).toBeLessThanOrEqual(8);
    expect(role.skills.length).toBeGreaterThanOrEqual(4);
    expect(role.skills.length).toBeLessThanOrEqual(6);
    expect(role.usedIn.length).toBeGreaterThan(0);
    expect(new Set(role.usedIn.map((u) => u.context)).size).toBe(role.usedIn.length);
    expect(role.worksWith.length).toBeGreaterThan(0);
    expect(role.confusedWith.length).toBeGreaterThan(0);
    expect(role.worksWith).not.toContain(role.id);
    expect(role.confusedWith).not.toContain(role.id);
    expect(role.sources.length).toBeGreaterThan(0);
    if ('careerLadder' in role && role.careerLadder) expect(role.careerLadder.length).toBeGreaterThanOrEqual(3);
    for (const [path, text] of strings(role)) {
      expect(text.trim(), `${role.id}${path} is empty`).not.toBe('');
      expect(text, `${role.id}${path} looks like a placeholder`).not.toMatch(PLACEHOLDER);
    }
  });
});

describe('comparisons', () => {
  it('cover the twelve required pairs, each once, between existing roles', () => {
    const keys = COMPARISONS.map((c) => pairKey(c.a, c.b));
    expect(new Set(keys).size).toBe(keys.length);
    for (const [a, b] of REQUIRED_PAIRS) expect(keys).toContain(pairKey(a, b));
    for (const c of COMPARISONS) {
      expect(ROLE_IDS).toContain(c.a);
      expect(ROLE_IDS).toContain(c.b);
      expect(c.a).not.toBe(c.b);
    }
  });

  it.each(COMPARISONS.map((c) => [`${c.a} vs ${c.b}`, c] as const))(
    '%s: fills every field within bounds',
    (name, c) => {
      for (const dimension of COMPARISON_DIMENSIONS) {
        expect(c.dimensions[dimension].a.length, `${name} ${dimension}`).toBeGreaterThan(10);
        expect(c.dimensions[dimension].b.length, `${name} ${dimension}`).toBeGreaterThan(10);
        expect(c.dimensions[dimension].a).not.toBe(c.dimensions[dimension].b);
      }
      expect(c.differences.length).toBeGreaterThanOrEqual(3);
      expect(c.differences.length).toBeLessThanOrEqual(5);
      expect(c.overlaps.length).toBeGreaterThanOrEqual(2);
      expect(c.overlaps.length).toBeLessThanOrEqual(3);
      expect(sentences(c.canOnePersonBeBoth.explanation)).toBeGreaterThanOrEqual(2);
      expect(c.sources.length).toBeGreaterThan(0);
      for (const [path, text] of strings(c)) {
        expect(text.trim(), `${name}${path} is empty`).not.toBe('');
        expect(text, `${name}${path} looks like a placeholder`).not.toMatch(PLACEHOLDER);
      }
    },
  );

  it('note where sources disagree on the pairs known to be disputed', () => {
    const disputed = [
      ['product-manager', 'product-owner'],
      ['chief-product-owner', 'chief-product-officer'],
      ['head-of-product', 'chief-product-officer'],
    ];
    for (const [a, b] of disputed) {
      const c = COMPARISONS.find((x) => pairKey(x.a, x.b) === pairKey(a as string, b as string));
      expect(c && 'sourcesDisagree' in c ? c.sourcesDisagree : '', `${a} vs ${b}`).toMatch(/\w{20,}|\w+ \w+ \w+/);
    }
  });
});

describe('sources', () => {
  it('are complete, public https addresses, and every one is used', () => {
    const used = new Set([...ROLES.flatMap((r) => r.sources), ...COMPARISONS.flatMap((c) => c.sources)]);
    for (const [key, source] of Object.entries(SOURCES)) {
      expect(key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(source.url).toMatch(/^https:\/\/[^\s]+$/);
      expect(source.title.trim()).not.toBe('');
      expect(source.publisher.trim()).not.toBe('');
      expect(source.year).toBeGreaterThan(1950);
      expect(used.has(key as never), `${key} is never cited`).toBe(true);
    }
  });
});

describe('abbreviations', () => {
  it('agree with the roles that list them', () => {
    for (const role of ROLES) {
      for (const abbreviation of role.abbreviations) {
        const info = ABBREVIATIONS.find((a) => a.abbreviation === abbreviation);
        expect(info, abbreviation).toBeDefined();
        expect(Object.keys(info?.expansions ?? {})).toContain(role.id);
      }
    }
    for (const info of ABBREVIATIONS) {
      for (const roleId of Object.keys(info.expansions)) {
        const role = ROLES.find((r) => r.id === roleId);
        expect(role?.abbreviations as readonly string[] | undefined, `${info.abbreviation} → ${roleId}`).toContain(
          info.abbreviation,
        );
      }
    }
  });

  it('have non-role phrases that hide no role title', () => {
    for (const info of ABBREVIATIONS) {
      for (const meaning of info.otherMeanings) {
        for (const phrase of meaning.phrases) {
          expect(phrase).toBe(phrase.toLowerCase());
          expect(getRoleMatcher().find([phrase]), phrase).toEqual([]);
        }
      }
    }
  });
});
