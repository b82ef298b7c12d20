import { isRoleId, type RoleId } from '../data/role-ids';

/**
 * The compare page's addresses (architecture, contract 4): `compare.html?a=<roleId>&b=<roleId>` opens
 * a comparison; `compare.html?view=glossary` (and `&q=` for a search) the glossary. Pure.
 */

export function comparePath(a: RoleId, b: RoleId): `/compare.html?${string}` {
  return `/compare.html?${compareSearch(a, b)}`;
}

export function compareSearch(a: RoleId | undefined, b: RoleId | undefined): string {
  const params = new URLSearchParams();
  if (a) params.set('a', a);
  if (b) params.set('b', b);
  return params.toString();
}

export function glossarySearch(query = ''): string {
  const params = new URLSearchParams({ view: 'glossary' });
  if (query.trim()) params.set('q', query);
  return params.toString();
}

export function glossaryPath(query = ''): `/compare.html?${string}` {
  return `/compare.html?${glossarySearch(query)}`;
}

export type CompareLocation =
  | {
      readonly view: 'compare';
      readonly a: RoleId | undefined;
      readonly b: RoleId | undefined;
      /** Ids in the address that name no role, to say so instead of showing a blank page. */
      readonly unknown: readonly string[];
    }
  | { readonly view: 'glossary'; readonly query: string };

/** What an address asks for. No `a` or `b` at all shows the glossary. */
export function parseCompareLocation(search: string): CompareLocation {
  const params = new URLSearchParams(search);
  const a = params.get('a');
  const b = params.get('b');
  if (params.get('view') === 'glossary' || (a === null && b === null)) {
    return { view: 'glossary', query: params.get('q') ?? '' };
  }
  const unknown = [a, b].filter((v): v is string => v !== null && !isRoleId(v));
  return {
    view: 'compare',
    a: isRoleId(a) ? a : undefined,
    b: isRoleId(b) ? b : undefined,
    unknown,
  };
}
