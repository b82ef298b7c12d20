export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  /** A second line under the label. */
  readonly hint?: string;
}

export interface ChoiceGroupProps<T extends string> {
  /** Names the radio buttons and prefixes their ids. */
  readonly name: string;
  readonly legend: string;
  readonly choices: readonly Choice<T>[];
  readonly value: T;
  readonly onChange: (value: T) => void;
}

/** One choice among a few, as native radio buttons in a fieldset (arrow keys move between them). */
export function ChoiceGroup<T extends string>({ name, legend, choices, value, onChange }: ChoiceGroupProps<T>) {
  return (
    <fieldset class="rl-choices">
      <legend class="rl-choices__legend">{legend}</legend>
      {choices.map((choice) => {
        const id = `${name}-${choice.value}`;
        return (
          <div key={choice.value} class="rl-choices__item">
            <input
              id={id}
              type="radio"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              aria-describedby={choice.hint ? `${id}-hint` : undefined}
              onChange={() => onChange(choice.value)}
            />
            <label for={id}>{choice.label}</label>
            {choice.hint && (
              <p id={`${id}-hint`} class="rl-choices__hint">
                {choice.hint}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
