import { useState } from 'preact/hooks';
import { CARD_RESPONSIBILITIES, type CardRole } from '../lib/card-roles';

/** Another meaning a reader can choose for an abbreviation ("Not this meaning"). */
export interface OtherMeaning {
  /** "Project Manager", "a time of day (post meridiem)". */
  readonly label: string;
  readonly onChoose: () => void;
}

export interface RoleCardProps {
  readonly role: CardRole;
  /** For an abbreviation: how its meaning was decided ("PM is read as Product Manager: …"). */
  readonly reading?: string;
  /** Roles it is often confused with, most often first. */
  readonly confusedWith: readonly CardRole[];
  /** The role the Compare action compares with (the most likely confusion). */
  readonly compareWith?: CardRole;
  /** Id of the element that names the card (for `aria-labelledby`). */
  readonly titleId?: string;
  /** Colours: the system's (default), or always light or dark. */
  readonly theme?: 'light' | 'dark';
  readonly onCompare?: () => void;
  readonly onClose?: () => void;
  /** For an abbreviation: the abbreviation and the other meanings it may have on this site. */
  readonly correction?: { readonly abbreviation: string; readonly meanings: readonly OtherMeaning[] };
}

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
  correction,
}: RoleCardProps) {
  const [choosing, setChoosing] = useState(false);
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
      {((compareWith && onCompare) || correction) && (
        <footer class="rl-card__actions">
          {compareWith && onCompare && (
            <button type="button" class="rl-card__compare" onClick={onCompare}>
              Compare with {compareWith.title}
            </button>
          )}
          {correction && correction.meanings.length > 0 && (
            <button
              type="button"
              class="rl-card__not-this"
              aria-expanded={choosing}
              onClick={() => setChoosing(!choosing)}
            >
              Not this meaning
            </button>
          )}
        </footer>
      )}
      {correction && choosing && (
        <div class="rl-card__meanings" role="group" aria-label={`What ${correction.abbreviation} means on this site`}>
          <p class="rl-card__label">On this site, {correction.abbreviation} means:</p>
          <ul class="rl-card__meaning-list">
            {correction.meanings.map((m) => (
              <li key={m.label}>
                <button type="button" class="rl-card__meaning" onClick={m.onChoose}>
                  {m.label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

export interface RoleNoteProps {
  /** What was asked about, as the reader selected it. */
  readonly text: string;
  /** Why there is no card: not a role, or an abbreviation the page does not explain. */
  readonly message: string;
  readonly titleId?: string;
  readonly theme?: 'light' | 'dark';
  readonly onGlossary: () => void;
  readonly onClose: () => void;
}

/** The small note shown when "Explain with RoleLens" finds no role in the selection. */
export function RoleNote({ text, message, titleId, theme, onGlossary, onClose }: RoleNoteProps) {
  return (
    <div class="rl-card rl-card--note" role="dialog" aria-labelledby={titleId} aria-modal="false" data-theme={theme}>
      <header class="rl-card__header">
        <h2 class="rl-card__title" id={titleId}>
          “{text.length > 60 ? `${text.slice(0, 57)}…` : text}”
        </h2>
        <button type="button" class="rl-card__close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="rl-card__summary">{message}</p>
      <footer class="rl-card__actions">
        <button type="button" class="rl-card__compare" onClick={onGlossary}>
          Open the glossary
        </button>
      </footer>
    </div>
  );
}
