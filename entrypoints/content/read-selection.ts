import { getCardRoles } from '../../lib/card-roles';
import type { AbbreviationOverrides, Matcher, Mention } from '../../lib/matching';
import type { AbbreviationReading } from '../../lib/messages';
import { meaningsOf } from '../../lib/settings-values';

/** What "Explain with RoleLens" makes of a selection: a role mention to explain, or a note saying why not. */
export type SelectionReading = { readonly mention: Mention } | { readonly note: string };

const titleOf = new Map(getCardRoles().map((r) => [r.id, r.title]));

/**
 * Reads selected text the way the page is read: its first full title; else its first abbreviation,
 * meaning what it means elsewhere on this page (or, with no page evidence, what the selection itself
 * says, corrections included). Pure: the page's readings are passed in.
 */
export function readSelection(
  text: string,
  matcher: Matcher,
  pageReadings: readonly AbbreviationReading[],
  overrides: AbbreviationOverrides,
): SelectionReading {
  const scan = matcher.scanBlock(text);
  const title = scan.titles[0];
  if (title) return { mention: { block: 0, ...title, via: 'title' } };
  const abbreviation = scan.abbreviations[0];
  if (!abbreviation)
    return { note: 'This is not a role title RoleLens knows. The glossary lists the roles it explains.' };
  const resolved =
    pageReadings.find((r) => r.abbreviation === abbreviation.abbreviation) ?? matcher.resolve([scan], overrides)[0];
  if (resolved) {
    return {
      mention: {
        block: 0,
        start: abbreviation.start,
        end: abbreviation.end,
        roleId: resolved.roleId,
        via: resolved.via,
        abbreviation: abbreviation.abbreviation,
        surface: abbreviation.abbreviation,
      },
    };
  }
  const options = meaningsOf(abbreviation.abbreviation)
    .slice(0, 3)
    .map((m) => (m.kind === 'role' ? (titleOf.get(m.roleId) ?? m.roleId) : m.label));
  return {
    note: `${abbreviation.abbreviation} can mean ${options.join(', ')} or something else, and this page does not say which. The glossary explains each role.`,
  };
}
