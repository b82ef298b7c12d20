import type { RoleId } from '../data/role-ids';
import type { Role } from '../data/types';
import { RolePicker } from './RolePicker';

export interface ComparePickersProps {
  readonly idPrefix: string;
  readonly roles: readonly Role[];
  readonly a: RoleId | undefined;
  readonly b: RoleId | undefined;
  readonly onChange: (a: RoleId | undefined, b: RoleId | undefined) => void;
}

/** Two role pickers and a swap action. */
export function ComparePickers({ idPrefix, roles, a, b, onChange }: ComparePickersProps) {
  return (
    <div class="rl-pickers">
      <RolePicker id={`${idPrefix}-a`} label="First role" roles={roles} value={a} onChange={(id) => onChange(id, b)} />
      <button
        type="button"
        class="rl-button rl-button--quiet rl-pickers__swap"
        aria-label="Swap the two roles"
        title="Swap"
        onClick={() => onChange(b, a)}
      >
        ⇄
      </button>
      <RolePicker id={`${idPrefix}-b`} label="Second role" roles={roles} value={b} onChange={(id) => onChange(a, id)} />
    </div>
  );
}
