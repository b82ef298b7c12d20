import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompactComparison } from '../../components/CompactComparison';
import { ComparePickers } from '../../components/ComparePickers';
import { ComparisonView } from '../../components/ComparisonView';
import { GlossaryView } from '../../components/GlossaryView';
import { PageRolesList } from '../../components/PageRolesList';
import { RoleCard } from '../../components/RoleCard';
import { Switch } from '../../components/Switch';
import { COMPARISON_DIMENSIONS } from '../../data/types';
import { ALL_ROLES, findComparison, roleById, searchRoles } from '../../lib/glossary';

let container: HTMLElement;
function mount(node: preact.ComponentChild): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(node, container);
  return container;
}
afterEach(() => {
  render(null, container);
  container.remove();
});

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('ComparisonView', () => {
  it('shows every dimension for an authored pair, in the order asked', () => {
    const pm = roleById('product-manager');
    const po = roleById('product-owner');
    const el = mount(<ComparisonView a={po} b={pm} authored={findComparison('product-owner', 'product-manager')} />);
    const heads = [...el.querySelectorAll('thead th')].map(text);
    expect(heads.slice(1)).toEqual(['Product Owner', 'Product Manager']);
    const rows = el.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(COMPARISON_DIMENSIONS.length);
    const stored = findComparison('product-manager', 'product-owner')?.comparison;
    // Stored as (PM, PO); asked as (PO, PM): the PO text is in the first column.
    expect(text(rows[0]?.querySelectorAll('td')[0])).toBe(stored?.dimensions.focus.b);
    for (const h of [
      'Key differences',
      'Where they overlap',
      'Can one person be both?',
      'Sources disagree',
      'Sources',
    ]) {
      expect([...el.querySelectorAll('h3')].map(text)).toContain(h);
    }
  });

  it('falls back to the roles’ own fields, saying no comparison is written', () => {
    const el = mount(
      <ComparisonView a={roleById('scrum-master')} b={roleById('business-analyst')} authored={undefined} />,
    );
    expect(text(el.querySelector('[role="note"]'))).toContain('No direct comparison is written');
    expect([...el.querySelectorAll('tbody th')].map(text)).toContain('Key responsibilities');
    expect(text(el)).toContain(roleById('scrum-master').summary);
  });
});

describe('CompactComparison', () => {
  it('shows both summaries and up to three differences', () => {
    const el = mount(
      <CompactComparison
        a={roleById('product-manager')}
        b={roleById('project-manager')}
        authored={findComparison('product-manager', 'project-manager')}
      />,
    );
    expect(el.querySelectorAll('dd')).toHaveLength(2);
    expect(el.querySelectorAll('li').length).toBe(3);
  });

  it('asks for two different roles when both pickers show the same one', () => {
    const pm = roleById('product-manager');
    expect(text(mount(<CompactComparison a={pm} b={pm} authored={undefined} />))).toBe(
      'Choose two different roles to compare.',
    );
  });
});

describe('ComparePickers', () => {
  it('labels both pickers, lists every role, and swaps', () => {
    const onChange = vi.fn();
    const el = mount(
      <ComparePickers idPrefix="t" roles={ALL_ROLES} a="product-manager" b="scrum-master" onChange={onChange} />,
    );
    const selects = el.querySelectorAll('select');
    expect(selects).toHaveLength(2);
    for (const select of selects) {
      expect(el.querySelector(`label[for="${select.id}"]`)).not.toBeNull();
      expect(select.querySelectorAll('option')).toHaveLength(ALL_ROLES.length);
    }
    (el.querySelector('button') as HTMLButtonElement).click();
    expect(onChange).toHaveBeenCalledWith('scrum-master', 'product-manager');
    const second = selects[1] as HTMLSelectElement;
    second.value = 'business-analyst';
    second.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onChange).toHaveBeenLastCalledWith('product-manager', 'business-analyst');
  });

  it('offers “Choose a role” when the address named no known role', () => {
    const el = mount(
      <ComparePickers idPrefix="t" roles={ALL_ROLES} a={undefined} b="scrum-master" onChange={() => {}} />,
    );
    expect(text(el.querySelector('select option'))).toBe('Choose a role');
  });
});

describe('PageRolesList', () => {
  it('explains itself when the page has no roles', () => {
    const el = mount(<PageRolesList roles={[]} onChoose={() => {}} />);
    expect(text(el.querySelector('[role="status"]'))).toContain('No role titles found on this page.');
  });

  it('lists roles with counts and reports the one chosen', () => {
    const onChoose = vi.fn();
    const el = mount(
      <PageRolesList
        roles={[
          {
            role: roleById('product-owner'),
            count: 3,
            readings: ['PO is read as Product Owner: defined on this page'],
          },
          { role: roleById('scrum-master'), count: 1 },
        ]}
        onChoose={onChoose}
      />,
    );
    const buttons = [...el.querySelectorAll('button')];
    expect(buttons.map(text)).toEqual(['Product Owner 3 mentions', 'Scrum Master 1 mention']);
    buttons[1]?.click();
    expect(onChoose).toHaveBeenCalledWith('scrum-master');
    expect(text(el)).toContain('defined on this page');
  });
});

describe('GlossaryView', () => {
  it('lists what the search finds, with links to comparisons', () => {
    const el = mount(
      <GlossaryView query="PO" roles={searchRoles('PO')} onQuery={() => {}} compareHref={(a, b) => `?a=${a}&b=${b}`} />,
    );
    expect(text(el.querySelector('.rl-glossary__title'))).toBe('Product Owner (PO)');
    expect(el.querySelector('a')?.getAttribute('href')).toMatch(/^\?a=product-owner&b=/);
  });

  it('says when nothing matches', () => {
    const el = mount(<GlossaryView query="astronaut" roles={[]} onQuery={() => {}} compareHref={() => ''} />);
    expect(text(el)).toContain('No role matches “astronaut”.');
  });
});

describe('RoleCard', () => {
  it('shows title, summary, three responsibilities, confusions, reading and actions', () => {
    const onCompare = vi.fn();
    const role = roleById('product-owner');
    const el = mount(
      <RoleCard
        role={role}
        reading="PO is read as Product Owner: defined on this page"
        confusedWith={role.confusedWith.map(roleById)}
        compareWith={roleById('product-manager')}
        titleId="t"
        onCompare={onCompare}
        onClose={() => {}}
      />,
    );
    expect(el.querySelector('[role="dialog"]')?.getAttribute('aria-labelledby')).toBe('t');
    expect(text(el.querySelector('#t'))).toBe('Product Owner');
    expect(el.querySelectorAll('li')).toHaveLength(3);
    expect(text(el)).toContain(role.summary);
    expect(text(el)).toContain('Often confused with: Product Manager');
    (el.querySelector('.rl-card__compare') as HTMLButtonElement).click();
    expect(onCompare).toHaveBeenCalled();
    expect(el.querySelector('.rl-card__close')?.getAttribute('aria-label')).toBe('Close');
  });
});

describe('Switch', () => {
  it('is a labelled switch', () => {
    const onChange = vi.fn();
    const el = mount(<Switch id="s" label="Highlight roles on example.com" checked={true} onChange={onChange} />);
    const input = el.querySelector('input') as HTMLInputElement;
    expect(input.getAttribute('role')).toBe('switch');
    expect(text(el.querySelector('label[for="s"]'))).toBe('Highlight roles on example.com');
    input.click();
    expect(onChange).toHaveBeenCalledWith(false);
  });
});
