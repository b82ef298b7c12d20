import { useState } from 'preact/hooks';
import { meaningLabel } from '../lib/glossary';
import type { Settings } from '../lib/settings';
import { type CardTheme, type HighlightStyle, HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS } from '../lib/settings-values';
import { ChoiceGroup } from './ChoiceGroup';
import { Switch } from './Switch';

/** A keyboard command as the browser reports it (`commands.getAll`). */
export interface Shortcut {
  readonly name: string;
  readonly description: string;
  /** Empty when the reader (or a clash with another extension) left it unassigned. */
  readonly shortcut: string;
}

/** The outcome of the last export, import or reset, announced to screen readers. */
export interface OptionsStatus {
  readonly kind: 'done' | 'refused';
  readonly text: string;
}

export interface OptionsViewProps {
  readonly settings: Settings;
  /** Undefined while the browser has not answered. */
  readonly shortcuts?: readonly Shortcut[];
  readonly status?: OptionsStatus;
  readonly onChange: <N extends keyof Settings>(name: N, value: Settings[N]) => void;
  readonly onReset: () => void;
  readonly onExport: () => void;
  readonly onImport: (file: File) => void;
  /** Opens the browser's page for changing extension shortcuts, where it has one. */
  readonly onEditShortcuts?: () => void;
}

const HIGHLIGHT_STYLES: readonly { value: HighlightStyle; label: string; hint: string }[] = [
  { value: 'underline', label: 'Dotted underline', hint: 'The default: visible, and quiet enough to read past.' },
  { value: 'background', label: 'Soft background', hint: 'Easier to spot when skimming a long page.' },
  {
    value: 'hover-only',
    label: 'Nothing until hovered',
    hint: 'Titles are not marked; the card still opens when the pointer rests on one.',
  },
];

const CARD_THEMES: readonly { value: CardTheme; label: string; hint?: string }[] = [
  {
    value: 'auto',
    label: 'Follow the page',
    hint: 'Dark on dark pages, light on light ones; else the system setting.',
  },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The options page: every preference, the site list, corrections, shortcuts, backup and reset. */
export function OptionsView(props: OptionsViewProps) {
  const { settings, onChange } = props;
  return (
    <main class="rl-options">
      <header class="rl-options__header">
        <img src="/icon/32.png" alt="" width="28" height="28" />
        <h1>RoleLens options</h1>
      </header>
      <p class="rl-note">Changes apply at once, in every open tab.</p>

      <section class="rl-options__section" aria-labelledby="opt-general">
        <h2 id="opt-general">RoleLens</h2>
        <Switch
          id="opt-paused"
          label="Pause RoleLens everywhere"
          checked={!settings.enabled}
          hint="While paused, RoleLens marks nothing on any site."
          onChange={(paused) => onChange('enabled', !paused)}
        />
      </section>

      <section class="rl-options__section" aria-labelledby="opt-highlights">
        <h2 id="opt-highlights">Highlights</h2>
        <ChoiceGroup
          name="highlight-style"
          legend="How role titles are marked"
          choices={HIGHLIGHT_STYLES}
          value={settings.highlightStyle}
          onChange={(value) => onChange('highlightStyle', value)}
        />
        <Switch
          id="opt-first-mention"
          label="Mark only the first mention of each role"
          checked={settings.firstMentionOnly}
          hint="Later mentions of the same role on the page are left unmarked."
          onChange={(on) => onChange('firstMentionOnly', on)}
        />
      </section>

      <section class="rl-options__section" aria-labelledby="opt-card">
        <h2 id="opt-card">Card</h2>
        <HoverDelay value={settings.hoverDelayMs} onChange={(ms) => onChange('hoverDelayMs', ms)} />
        <ChoiceGroup
          name="card-theme"
          legend="Card colours"
          choices={CARD_THEMES}
          value={settings.cardTheme}
          onChange={(value) => onChange('cardTheme', value)}
        />
      </section>

      <section class="rl-options__section" aria-labelledby="opt-sites">
        <h2 id="opt-sites">Sites where RoleLens is off</h2>
        <SiteList sites={settings.disabledSites} onChange={(sites) => onChange('disabledSites', sites)} />
      </section>

      <section class="rl-options__section" aria-labelledby="opt-corrections">
        <h2 id="opt-corrections">Corrections</h2>
        <CorrectionsList corrections={settings.corrections} onChange={(value) => onChange('corrections', value)} />
      </section>

      <section class="rl-options__section" aria-labelledby="opt-shortcuts">
        <h2 id="opt-shortcuts">Keyboard shortcuts</h2>
        <ShortcutList shortcuts={props.shortcuts} onEdit={props.onEditShortcuts} />
      </section>

      <section class="rl-options__section" aria-labelledby="opt-backup">
        <h2 id="opt-backup">Back up and reset</h2>
        <Backup {...props} />
      </section>
    </main>
  );
}

/** The delay before a card opens. The value is saved when the slider is let go, not on every step. */
function HoverDelay({ value, onChange }: { value: number; onChange: (ms: number) => void }) {
  // While the slider moves, the value it shows; then the saved value again.
  const [moving, setMoving] = useState<number>();
  const shown = moving ?? value;
  return (
    <div class="rl-range">
      <label for="opt-hover-delay">Wait before opening the card</label>
      <div class="rl-range__row">
        <input
          id="opt-hover-delay"
          type="range"
          min={HOVER_DELAY_MIN_MS}
          max={HOVER_DELAY_MAX_MS}
          step={50}
          value={shown}
          aria-valuetext={`${shown} milliseconds`}
          onInput={(event) => setMoving(Number((event.currentTarget as HTMLInputElement).value))}
          onChange={(event) => {
            onChange(Number((event.currentTarget as HTMLInputElement).value));
            setMoving(undefined);
          }}
        />
        <output for="opt-hover-delay" class="rl-range__value" aria-live="off">
          {shown} ms
        </output>
      </div>
    </div>
  );
}

function SiteList({ sites, onChange }: { sites: readonly string[]; onChange: (sites: string[]) => void }) {
  if (sites.length === 0) {
    return (
      <p class="rl-note">
        None: RoleLens is on on every site. Turn it off for a site from the RoleLens button, the context menu or the
        keyboard shortcut.
      </p>
    );
  }
  return (
    <>
      <ul class="rl-options__list" aria-label="Sites where RoleLens is off">
        {sites.map((site) => (
          <li key={site} class="rl-options__row">
            <span class="rl-options__site">{site || 'local files'}</span>
            <button
              type="button"
              class="rl-button rl-button--quiet"
              aria-label={`Turn RoleLens back on for ${site || 'local files'}`}
              onClick={() => onChange(sites.filter((s) => s !== site))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="rl-button rl-button--quiet" onClick={() => onChange([])}>
        Turn back on everywhere
      </button>
    </>
  );
}

function CorrectionsList({
  corrections,
  onChange,
}: {
  corrections: Settings['corrections'];
  onChange: (value: Settings['corrections']) => void;
}) {
  const rows = Object.entries(corrections).flatMap(([site, perSite]) =>
    Object.entries(perSite).map(([abbreviation, meaning]) => ({ site, abbreviation, meaning })),
  );
  if (rows.length === 0) {
    return (
      <p class="rl-note">
        None yet. When RoleLens reads an abbreviation wrongly, choose “Not this meaning” on its card; your choice for
        that site is kept here.
      </p>
    );
  }
  const without = (site: string, abbreviation: string): Settings['corrections'] => {
    const { [abbreviation]: _removed, ...rest } = corrections[site] ?? {};
    const { [site]: _site, ...others } = corrections;
    return Object.keys(rest).length > 0 ? { ...others, [site]: rest } : others;
  };
  return (
    <ul class="rl-options__list" aria-label="Corrections">
      {rows.map(({ site, abbreviation, meaning }) => {
        const text = `On ${site || 'local files'}, ${abbreviation} means ${meaningLabel(meaning)}`;
        return (
          <li key={`${site} ${abbreviation}`} class="rl-options__row">
            <span>{text}</span>
            <button
              type="button"
              class="rl-button rl-button--quiet"
              aria-label={`Forget: ${text}`}
              onClick={() => onChange(without(site, abbreviation))}
            >
              Forget
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function ShortcutList({ shortcuts, onEdit }: { shortcuts?: readonly Shortcut[]; onEdit?: () => void }) {
  if (!shortcuts) return null;
  return (
    <>
      <dl class="rl-options__shortcuts">
        {shortcuts.map((s) => (
          <div key={s.name}>
            <dt>{s.description}</dt>
            <dd>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="rl-note">not set</span>}</dd>
          </div>
        ))}
      </dl>
      {onEdit ? (
        <button type="button" class="rl-button rl-button--quiet" onClick={onEdit}>
          Change shortcuts…
        </button>
      ) : (
        <p class="rl-note">Change them in the browser’s extension shortcut settings.</p>
      )}
    </>
  );
}

function Backup({ status, onExport, onImport, onReset }: OptionsViewProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <div class="rl-options__actions">
        <button type="button" class="rl-button" onClick={onExport}>
          Export settings
        </button>
        <label class="rl-button rl-button--quiet rl-file">
          Import settings…
          <input
            type="file"
            accept="application/json,.json"
            class="rl-visually-hidden"
            onChange={(event) => {
              const input = event.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              input.value = ''; // The same file can be chosen again after fixing it.
              if (file) onImport(file);
            }}
          />
        </label>
        {!confirming && (
          <button type="button" class="rl-button rl-button--quiet" onClick={() => setConfirming(true)}>
            Reset to defaults…
          </button>
        )}
      </div>
      {confirming && (
        <div class="rl-options__confirm" role="group" aria-labelledby="opt-reset-question">
          <p id="opt-reset-question">
            Set every option back to its default? RoleLens will be on on every site again and your corrections will be
            forgotten.
          </p>
          <button
            type="button"
            class="rl-button"
            onClick={() => {
              setConfirming(false);
              onReset();
            }}
          >
            Reset
          </button>{' '}
          <button type="button" class="rl-button rl-button--quiet" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      <p class="rl-options__status" role="status" data-kind={status?.kind}>
        {status?.text}
      </p>
    </>
  );
}
