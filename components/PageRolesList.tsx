import type { RoleId } from '../data/role-ids';
import type { Role } from '../data/types';

export interface PageRole {
  readonly role: Role;
  readonly count: number;
  /** How the page's abbreviations for this role were read, e.g. "PM: this page is about product managers". */
  readonly readings?: readonly string[];
}

export interface PageRolesListProps {
  readonly roles: readonly PageRole[];
  /** Show the next mention of this role on the page, with its card. */
  readonly onChoose: (roleId: RoleId) => void;
}

/** "On this page": the roles found, most frequent first; choosing one shows its next mention. */
export function PageRolesList({ roles, onChoose }: PageRolesListProps) {
  if (roles.length === 0) {
    return (
      <div class="rl-empty" role="status">
        <p class="rl-empty__title">No role titles found on this page.</p>
        <p class="rl-empty__text">
          RoleLens looks for titles such as Product Manager, Product Owner or Scrum Master. Abbreviations like PM or CPO
          count only when the page makes their meaning clear.
        </p>
      </div>
    );
  }
  return (
    <ul class="rl-page-roles">
      {roles.map(({ role, count, readings }) => (
        <li key={role.id} class="rl-page-roles__item">
          <button
            type="button"
            class="rl-page-roles__button"
            title="Show the next mention on the page"
            onClick={() => onChoose(role.id)}
          >
            <span class="rl-page-roles__title">{role.title}</span>{' '}
            <span class="rl-page-roles__count">
              {count}
              <span class="rl-visually-hidden">{count === 1 ? ' mention' : ' mentions'}</span>
            </span>
          </button>
          {readings && readings.length > 0 && <p class="rl-page-roles__reading">{readings.join('; ')}</p>}
        </li>
      ))}
    </ul>
  );
}
