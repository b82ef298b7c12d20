import type { RoleId } from '../data/role-ids';
import type { Role, RoleFamily } from '../data/types';

export interface RolePickerProps {
  readonly id: string;
  readonly label: string;
  readonly roles: readonly Role[];
  /** The chosen role, or undefined when none is (an unknown id in a URL). */
  readonly value: RoleId | undefined;
  readonly onChange: (id: RoleId) => void;
}

const FAMILY_LABELS: Readonly<Record<RoleFamily, string>> = {
  product: 'Product',
  leadership: 'Leadership',
  agile: 'Agile',
  delivery: 'Delivery',
  marketing: 'Marketing',
  analysis: 'Analysis',
};

/** A labelled list of roles, grouped by family. */
export function RolePicker({ id, label, roles, value, onChange }: RolePickerProps) {
  const families = [...new Set(roles.map((r) => r.family))];
  return (
    <div class="rl-picker">
      <label for={id} class="rl-picker__label">
        {label}
      </label>
      <select
        id={id}
        class="rl-picker__select"
        value={value ?? ''}
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as RoleId)}
      >
        {value === undefined && (
          <option value="" disabled>
            Choose a role
          </option>
        )}
        {families.map((family) => (
          <optgroup key={family} label={FAMILY_LABELS[family]}>
            {roles
              .filter((r) => r.family === family)
              .map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
