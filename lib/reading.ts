import type { MentionVia } from './matching';

/**
 * How the hover card explains an abbreviation's reading (architecture, hover card): "PM is read as
 * Product Manager: defined on this page" / "…: this page is about product managers".
 */
export function readingExplanation(abbreviation: string, title: string, via: MentionVia): string | undefined {
  const read = `${abbreviation} is read as ${title}`;
  switch (via) {
    case 'definition':
      return `${read}: defined on this page`;
    case 'context':
      return `${read}: this page is about ${pluralOf(title).toLowerCase()}`;
    case 'correction':
      return `${read}: your choice for this site`;
    case 'title':
      return undefined;
  }
}

/** "Product Manager" → "Product Managers", "Head of Product" → "Heads of Product". */
export function pluralOf(title: string): string {
  const of = title.indexOf(' of ');
  if (of !== -1) return `${title.slice(0, of)}s${title.slice(of)}`;
  return /s$/.test(title) ? title : `${title}s`;
}
