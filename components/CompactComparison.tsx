import type { Role } from '../data/types';
import type { OrientedComparison } from '../lib/glossary';

export interface CompactComparisonProps {
  readonly a: Role;
  readonly b: Role;
  readonly authored: OrientedComparison | undefined;
  /** How many key differences to show. */
  readonly differences?: number;
}

/** The popup's quick comparison: each role's summary line and the main differences. */
export function CompactComparison({ a, b, authored, differences = 3 }: CompactComparisonProps) {
  if (a.id === b.id) {
    return <p class="rl-note">Choose two different roles to compare.</p>;
  }
  return (
    <div class="rl-compact">
      <dl class="rl-compact__summaries">
        <dt>{a.title}</dt>
        <dd>{a.summary}</dd>
        <dt>{b.title}</dt>
        <dd>{b.summary}</dd>
      </dl>
      {authored ? (
        <>
          <h3 class="rl-compact__heading">Main differences</h3>
          <ul class="rl-compact__list">
            {authored.comparison.differences.slice(0, differences).map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </>
      ) : (
        <p class="rl-note">
          No direct comparison is written for these two roles; the full page shows them side by side.
        </p>
      )}
    </div>
  );
}
