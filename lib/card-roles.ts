import { ROLES } from '../data/roles';
import type { Role } from '../data/types';

/** Key responsibilities the card shows; the full list is on the compare page. */
export const CARD_RESPONSIBILITIES = 3;

/** What the hover card shows of a role: the content script carries only this, not the whole glossary. */
export type CardRole = Pick<Role, 'id' | 'title' | 'family' | 'summary' | 'responsibilities' | 'confusedWith'>;

export function cardRoleOf(role: Role): CardRole {
  const { id, title, family, summary, responsibilities, confusedWith } = role;
  return {
    id,
    title,
    family,
    summary,
    responsibilities: responsibilities.slice(0, CARD_RESPONSIBILITIES),
    confusedWith,
  };
}

/**
 * The card's roles, worked out at build time (wxt.config.ts defines them) so that every page and
 * frame parses a few kilobytes instead of the whole glossary. Absent in tests and scripts, where
 * they are worked out here instead.
 */
declare const __ROLELENS_CARD_ROLES__: readonly CardRole[] | undefined;

export function getCardRoles(): readonly CardRole[] {
  return typeof __ROLELENS_CARD_ROLES__ !== 'undefined' ? __ROLELENS_CARD_ROLES__ : ROLES.map(cardRoleOf);
}
