import type { RoleId } from '../data/role-ids';

/** The compare page for two roles (architecture, contract 4: `compare.html?a=<roleId>&b=<roleId>`). */
export function comparePath(a: RoleId, b: RoleId): `/compare.html?${string}` {
  return `/compare.html?${new URLSearchParams({ a, b }).toString()}`;
}
