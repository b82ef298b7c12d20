import { describe, expect, it } from 'vitest';
import { pluralOf, readingExplanation } from '../../lib/reading';

describe('how the card explains an abbreviation', () => {
  it.each([
    ['definition', 'PM is read as Product Manager: defined on this page'],
    ['context', 'PM is read as Product Manager: this page is about product managers'],
    ['correction', 'PM is read as Product Manager: your choice for this site'],
  ] as const)('%s', (via, text) => expect(readingExplanation('PM', 'Product Manager', via)).toBe(text));

  it('says nothing for full titles', () =>
    expect(readingExplanation('PM', 'Product Manager', 'title')).toBeUndefined());

  it.each([
    ['Product Manager', 'Product Managers'],
    ['Head of Product', 'Heads of Product'],
    ['Business Analyst', 'Business Analysts'],
  ])('plural of %s', (title, plural) => expect(pluralOf(title)).toBe(plural));
});
