import { COMPARISON_DIMENSIONS, DIMENSION_LABELS, type Role, type UsageContext } from '../data/types';
import { dimension, type OrientedComparison } from '../lib/glossary';
import { SourcesList } from './SourcesList';

const VERDICT_LABELS = {
  yes: 'Yes',
  sometimes: 'Sometimes',
  'not-recommended': 'Possible, but not recommended',
  no: 'No',
} as const;

const USAGE_LABELS: Readonly<Record<UsageContext, string>> = {
  scrum: 'Scrum',
  'scaled-frameworks': 'Scaled frameworks',
  startups: 'Startups',
  enterprises: 'Enterprises',
  'plan-driven': 'Plan-driven projects',
  'public-sector': 'Public sector',
};

export interface ComparisonViewProps {
  readonly a: Role;
  readonly b: Role;
  /** The authored comparison, oriented as asked; undefined shows the two roles' own fields. */
  readonly authored: OrientedComparison | undefined;
}

/** The full side-by-side comparison of two roles. */
export function ComparisonView({ a, b, authored }: ComparisonViewProps) {
  return (
    <article class="rl-comparison" aria-labelledby="rl-comparison-title">
      <h2 id="rl-comparison-title" class="rl-comparison__title">
        {a.title} <span class="rl-comparison__vs">vs</span> {b.title}
      </h2>
      {authored ? <AuthoredComparison a={a} b={b} authored={authored} /> : <RolesSideBySide a={a} b={b} />}
    </article>
  );
}

function AuthoredComparison({ a, b, authored }: { a: Role; b: Role; authored: OrientedComparison }) {
  const c = authored.comparison;
  return (
    <>
      <table class="rl-table">
        <caption class="rl-visually-hidden">
          {a.title} and {b.title}, dimension by dimension
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <span class="rl-visually-hidden">Dimension</span>
            </th>
            <th scope="col">{a.title}</th>
            <th scope="col">{b.title}</th>
          </tr>
        </thead>
        <tbody>
          {COMPARISON_DIMENSIONS.map((key) => {
            const cell = dimension(authored, key);
            return (
              <tr key={key}>
                <th scope="row">{DIMENSION_LABELS[key]}</th>
                <td>{cell.a}</td>
                <td>{cell.b}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <section aria-labelledby="rl-differences" class="rl-block">
        <h3 id="rl-differences">Key differences</h3>
        <ul>
          {c.differences.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="rl-overlaps" class="rl-block">
        <h3 id="rl-overlaps">Where they overlap</h3>
        <ul>
          {c.overlaps.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="rl-both" class="rl-block">
        <h3 id="rl-both">Can one person be both?</h3>
        <p>
          <strong class="rl-verdict">{VERDICT_LABELS[c.canOnePersonBeBoth.verdict]}.</strong>{' '}
          {c.canOnePersonBeBoth.explanation}
        </p>
      </section>
      {'sourcesDisagree' in c && c.sourcesDisagree && (
        <aside class="rl-disagree" aria-labelledby="rl-disagree-title">
          <h3 id="rl-disagree-title">Sources disagree</h3>
          <p>{c.sourcesDisagree}</p>
        </aside>
      )}
      <section aria-labelledby="rl-sources" class="rl-block">
        <h3 id="rl-sources">Sources</h3>
        <SourcesList ids={c.sources} />
      </section>
    </>
  );
}

/** For pairs without an authored comparison: each role's own fields, side by side. */
export function RolesSideBySide({ a, b }: { a: Role; b: Role }) {
  const rows: { label: string; cell: (r: Role) => preact.ComponentChild }[] = [
    { label: 'Summary', cell: (r) => r.summary },
    { label: 'Description', cell: (r) => r.description },
    { label: 'Key responsibilities', cell: (r) => <List items={r.responsibilities} /> },
    { label: 'Core skills', cell: (r) => <List items={r.skills} /> },
    {
      label: 'Where the title is used',
      cell: (r) => <List items={r.usedIn.map((u) => `${USAGE_LABELS[u.context]}: ${u.note}`)} />,
    },
    { label: 'Typical reporting line', cell: (r) => r.reportsTo },
    { label: 'Career ladder', cell: (r) => (r.careerLadder ? r.careerLadder.join(' → ') : 'No common ladder') },
    { label: 'Sources', cell: (r) => <SourcesList ids={r.sources} /> },
  ];
  return (
    <>
      <p class="rl-note" role="note">
        No direct comparison is written for these two roles yet. Here are their own descriptions side by side.
      </p>
      <table class="rl-table">
        <caption class="rl-visually-hidden">
          {a.title} and {b.title}, side by side
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <span class="rl-visually-hidden">Field</span>
            </th>
            <th scope="col">{a.title}</th>
            <th scope="col">{b.title}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.cell(a)}</td>
              <td>{row.cell(b)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function List({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((i) => (
        <li key={i}>{i}</li>
      ))}
    </ul>
  );
}
