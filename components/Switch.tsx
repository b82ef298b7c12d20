export interface SwitchProps {
  readonly id: string;
  readonly label: string;
  readonly checked: boolean;
  readonly disabled?: boolean;
  /** A second line under the label. */
  readonly hint?: string;
  readonly onChange: (checked: boolean) => void;
}

/** An on/off switch: a native checkbox with the switch role, so keyboards and screen readers know it. */
export function Switch({ id, label, checked, disabled, hint, onChange }: SwitchProps) {
  return (
    <div class="rl-switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        class="rl-switch__input"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id} class="rl-switch__label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="rl-switch__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
