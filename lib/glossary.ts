import { COMPARISONS } from '../data/comparisons';
import { isRoleId, ROLE_IDS, type RoleId } from '../data/role-ids';
import { ROLES } from '../data/roles';
import { SOURCES, type SourceId } from '../data/sources';
import type { Comparison, ComparisonDimension, Role, Source } from '../data/types';
import type { Meaning } from './matching/types';

/** Lookups over the glossary for the popup, the compare page and the card. Pure. */

const byId = new Map<RoleId, Role>(ROLES.map((r) => [r.id, r]));

export function roleById(id: RoleId): Role {
  const role = byId.get(id);
  if (!role) throw new Error(`No role ${id}`);
  return role;
}

export function maybeRole(id: unknown): Role | undefined {
  return isRoleId(id) ? byId.get(id) : undefined;
}

export const ALL_ROLES: readonly Role[] = ROLE_IDS.map(roleById);

export function sourceById(id: SourceId): Source {
  return SOURCES[id];
}

/** An authored comparison seen from the side the reader asked for (`a` on the left). */
export interface OrientedComparison {
  readonly comparison: Comparison;
  /** True when the comparison is stored the other way round (its `a` is the reader's `b`). */
  readonly flipped: boolean;
}

export function findComparison(a: RoleId, b: RoleId): OrientedComparison | undefined {
  for (const comparison of COMPARISONS) {
    if (comparison.a === a && comparison.b === b) return { comparison, flipped: false };
    if (comparison.a === b && comparison.b === a) return { comparison, flipped: true };
  }
  return undefined;
}

/** One dimension of an oriented comparison, left (`a`) and right (`b`) as the reader asked. */
export function dimension(oriented: OrientedComparison, key: ComparisonDimension): { a: string; b: string } {
  const cell = oriented.comparison.dimensions[key];
  return oriented.flipped ? { a: cell.b, b: cell.a } : { a: cell.a, b: cell.b };
}

/** The roles a role has an authored comparison with. */
export function comparedWith(id: RoleId): RoleId[] {
  return COMPARISONS.flatMap((c) => (c.a === id ? [c.b] : c.b === id ? [c.a] : []));
}

/**
 * The pair the compare pickers start with: the two most frequent roles on the page, else the pair
 * people ask about most (Product Manager and Product Owner).
 */
export function defaultPair(pageRoles: readonly { roleId: RoleId }[] = []): [RoleId, RoleId] {
  const [first, second] = pageRoles.map((r) => r.roleId);
  if (first && second) return [first, second];
  if (first)
    return [
      first,
      first === 'product-manager' ? 'product-owner' : (roleById(first).confusedWith[0] ?? 'product-manager'),
    ];
  return ['product-manager', 'product-owner'];
}

/**
 * Roles matching a search, by title, synonym or abbreviation ("pm", "VP of Product", "scrum"), best
 * matches first: abbreviation or whole title, then start of a word, then anywhere.
 */
export function searchRoles(query: string): Role[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (q === '') return [...ALL_ROLES];
  const scored = ALL_ROLES.map((role) => {
    const names = [role.title, ...role.aliases].map((n) => n.toLowerCase());
    const abbreviations = role.abbreviations.map((a) => a.toLowerCase());
    let score = 0;
    if (abbreviations.includes(q) || names.includes(q)) score = 3;
    else if (names.some((n) => n.startsWith(q) || n.includes(` ${q}`))) score = 2;
    else if (names.some((n) => n.includes(q)) || role.summary.toLowerCase().includes(q)) score = 1;
    return { role, score };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((x, y) => y.score - x.score)
    .map((s) => s.role);
}

/** What a reader sees for a meaning of an abbreviation: the role's title, or the other meaning's name. */
export function meaningLabel(meaning: Meaning): string {
  return meaning.kind === 'role' ? (maybeRole(meaning.roleId)?.title ?? meaning.roleId) : meaning.label;
}
