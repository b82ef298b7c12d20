import type { Role } from '../data/types';

export interface RoleCardProps {
  readonly role: Role;
  /** For an abbreviation: how its meaning was decided ("PM is read as Product Manager: …"). */
  readonly reading?: string;
  /** Roles it is often confused with, most often first. */
  readonly confusedWith: readonly Role[];
  /** The role the Compare action compares with (the most likely confusion). */
  readonly compareWith?: Role;
  /** Id of the element that names the card (for `aria-labelledby`). */
  readonly titleId?: string;
  /** Colours: the system's (default), or always light or dark. */
  readonly theme?: 'light' | 'dark';
  readonly onCompare?: () => void;
  readonly onClose?: () => void;
}

/** Key responsibilities the card shows; the full list is on the compare page. */
export const CARD_RESPONSIBILITIES = 3;

/**
 * The hover card: what a role is, in a few lines. A pure view: props in, events out; text is
 * rendered from data, never from HTML strings.
 */
export function RoleCard({
  role,
  reading,
  confusedWith,
  compareWith,
  titleId,
  theme,
  onCompare,
  onClose,
}: RoleCardProps) {
  return (
    <div class="rl-card" role="dialog" aria-labelledby={titleId} aria-modal="false" data-theme={theme}>
      <header class="rl-card__header">
        <p class="rl-card__family">{role.family}</p>
        <h2 class="rl-card__title" id={titleId}>
          {role.title}
        </h2>
        {onClose && (
          <button type="button" class="rl-card__close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
            ×
          </button>
        )}
      </header>
      {reading && <p class="rl-card__reading">{reading}</p>}
      <p class="rl-card__summary">{role.summary}</p>
      <h3 class="rl-card__heading">Key responsibilities</h3>
      <ul class="rl-card__list">
        {role.responsibilities.slice(0, CARD_RESPONSIBILITIES).map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {confusedWith.length > 0 && (
        <p class="rl-card__confused">
          <span class="rl-card__label">Often confused with: </span>
          {confusedWith.map((r) => r.title).join(', ')}
        </p>
      )}
      {compareWith && onCompare && (
        <footer class="rl-card__actions">
          <button type="button" class="rl-card__compare" onClick={onCompare}>
            Compare with {compareWith.title}
          </button>
        </footer>
      )}
    </div>
  );
}
