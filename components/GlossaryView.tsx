import type { RoleId } from '../data/role-ids';
import type { Role } from '../data/types';
import { comparedWith, maybeRole } from '../lib/glossary';

export interface GlossaryViewProps {
  readonly query: string;
  /** Roles matching the query, best first. */
  readonly roles: readonly Role[];
  readonly onQuery: (query: string) => void;
  /** The address of the comparison of two roles (a link, so it opens in place, a new tab, or prints). */
  readonly compareHref: (a: RoleId, b: RoleId) => string;
}

/** Every role with its summary, searchable by title or abbreviation, each linking to its comparisons. */
export function GlossaryView({ query, roles, onQuery, compareHref }: GlossaryViewProps) {
  return (
    <section class="rl-glossary" aria-labelledby="rl-glossary-title">
      <h2 id="rl-glossary-title">Glossary</h2>
      <div class="rl-search">
        <label for="rl-glossary-search">Search roles by title or abbreviation</label>
        <input
          id="rl-glossary-search"
          type="search"
          value={query}
          placeholder="e.g. PO, Scrum, VP of Product"
          autocomplete="off"
          onInput={(event) => onQuery((event.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <p class="rl-visually-hidden" role="status">
        {roles.length === 1 ? '1 role' : `${roles.length} roles`}
      </p>
      {roles.length === 0 ? (
        <p class="rl-empty__title">No role matches “{query}”.</p>
      ) : (
        <ul class="rl-glossary__list">
          {roles.map((role) => {
            const others = comparedWith(role.id)
              .map(maybeRole)
              .filter((r): r is Role => r !== undefined);
            return (
              <li key={role.id} class="rl-glossary__item" id={`role-${role.id}`}>
                <h3 class="rl-glossary__title">
                  {role.title}
                  {role.abbreviations.length > 0 && (
                    <span class="rl-glossary__abbr"> ({role.abbreviations.join(', ')})</span>
                  )}
                </h3>
                <p>{role.summary}</p>
                {others.length > 0 && (
                  <p class="rl-glossary__links">
                    <span class="rl-glossary__label">Compare with: </span>
                    {others.map((other, i) => (
                      <span key={other.id}>
                        {i > 0 && ', '}
                        <a href={compareHref(role.id, other.id)}>{other.title}</a>
                      </span>
                    ))}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
