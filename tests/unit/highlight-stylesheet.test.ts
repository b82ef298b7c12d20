import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../data/role-ids';

const css = readFileSync(join(import.meta.dirname, '..', '..', 'public', 'highlights.css'), 'utf8');

describe('the manifest-injected highlight stylesheet', () => {
  it.each(ROLE_IDS.map((id) => [id]))('styles rolelens-%s', (id) => {
    expect(css).toContain(`::highlight(rolelens-${id})`);
  });
  it('styles the active mention', () => expect(css).toContain('::highlight(rolelens-active)'));
});
