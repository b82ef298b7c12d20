import type { SourceId } from '../data/sources';
import { sourceById } from '../lib/glossary';

/** Sources as a list of links (followed only if the reader clicks; RoleLens fetches nothing). */
export function SourcesList({ ids }: { readonly ids: readonly SourceId[] }) {
  return (
    <ul class="rl-sources">
      {ids.map((id) => {
        const source = sourceById(id);
        return (
          <li key={id}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>
            <span class="rl-sources__meta">
              {' '}
              ({source.publisher}, {source.year})
            </span>
          </li>
        );
      })}
    </ul>
  );
}
