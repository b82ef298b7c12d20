import { describe, expect, it } from 'vitest';
import { readSelection } from '../../entrypoints/content/read-selection';
import { getRoleMatcher } from '../../lib/matching/role-matcher';

const matcher = getRoleMatcher();

describe('reading a selection (Explain with RoleLens)', () => {
  it.each([
    ['Scrum Master', 'scrum-master'],
    ['our Senior Product Owner for payments', 'product-owner'],
    ['Chief Product Officer (CPO)', 'chief-product-officer'],
  ])('finds the role in “%s”', (text, roleId) => {
    const read = readSelection(text, matcher, [], {});
    expect('mention' in read && read.mention.roleId).toBe(roleId);
  });

  it('reads an abbreviation as the page reads it', () => {
    const read = readSelection(
      'PM',
      matcher,
      [{ abbreviation: 'PM', roleId: 'project-manager', via: 'context', count: 3 }],
      {},
    );
    expect('mention' in read && [read.mention.roleId, read.mention.abbreviation]).toEqual(['project-manager', 'PM']);
  });

  it('follows the site’s correction when the page says nothing', () => {
    const read = readSelection('PO', matcher, [], { PO: { kind: 'role', roleId: 'product-owner' } });
    expect('mention' in read && read.mention.roleId).toBe('product-owner');
  });

  it('says when an abbreviation’s meaning is not given on the page', () => {
    const read = readSelection('PM', matcher, [], {});
    expect('note' in read && read.note).toMatch(/^PM can mean Product Manager, Project Manager, a time of day/);
  });

  it.each(['Engineering Manager', 'product management', '5 PM', ''])('finds no role in “%s”', (text) => {
    const read = readSelection(text, matcher, [], {});
    expect('note' in read).toBe(true);
  });
});
