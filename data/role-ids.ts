/**
 * The role ids RoleLens knows. These ten are a product contract (architecture, contract 3):
 * highlight names (`rolelens-<id>`), compare-page URLs and tests rely on them. Add new ids at the end.
 */
export const ROLE_IDS = [
  'product-manager',
  'product-owner',
  'chief-product-officer',
  'chief-product-owner',
  'head-of-product',
  'project-manager',
  'program-manager',
  'scrum-master',
  'product-marketing-manager',
  'business-analyst',
] as const;

export type RoleId = (typeof ROLE_IDS)[number];

export function isRoleId(value: unknown): value is RoleId {
  return typeof value === 'string' && (ROLE_IDS as readonly string[]).includes(value);
}
