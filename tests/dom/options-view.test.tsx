import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsView, type OptionsViewProps } from '../../components/OptionsView';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

let container: HTMLElement;
function mount(overrides: Partial<OptionsViewProps> = {}, settings: Partial<Settings> = {}) {
  const props: OptionsViewProps = {
    settings: { ...DEFAULT_SETTINGS, ...settings },
    onChange: vi.fn(),
    onReset: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
    ...overrides,
  };
  container = document.createElement('div');
  document.body.append(container);
  render(<OptionsView {...props} />, container);
  return { el: container, props };
}
afterEach(() => {
  render(null, container);
  container.remove();
});

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const byText = (el: Element, selector: string, wanted: string) =>
  [...el.querySelectorAll<HTMLElement>(selector)].find((e) => text(e) === wanted);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('OptionsView', () => {
  it('shows the current settings, with a label on every control', () => {
    const { el } = mount({}, { highlightStyle: 'background', cardTheme: 'dark', firstMentionOnly: true });
    expect(el.querySelector<HTMLInputElement>('#highlight-style-background')?.checked).toBe(true);
    expect(el.querySelector<HTMLInputElement>('#card-theme-dark')?.checked).toBe(true);
    expect(el.querySelector<HTMLInputElement>('#opt-first-mention')?.checked).toBe(true);
    expect(el.querySelector<HTMLInputElement>('#opt-hover-delay')?.value).toBe('350');
    expect(text(el.querySelector('output'))).toBe('350 ms');
    for (const input of el.querySelectorAll('input:not([type="file"])')) {
      expect(el.querySelector(`label[for="${input.id}"]`), input.id).not.toBeNull();
    }
    expect(text(el.querySelector('input[type="file"]')?.closest('label'))).toBe('Import settings…');
  });

  it('reports each change by the setting it belongs to', () => {
    const onChange = vi.fn();
    const { el } = mount({ onChange });
    el.querySelector<HTMLInputElement>('#highlight-style-hover-only')?.click();
    el.querySelector<HTMLInputElement>('#card-theme-light')?.click();
    el.querySelector<HTMLInputElement>('#opt-first-mention')?.click();
    el.querySelector<HTMLInputElement>('#opt-paused')?.click();
    expect(onChange.mock.calls).toEqual([
      ['highlightStyle', 'hover-only'],
      ['cardTheme', 'light'],
      ['firstMentionOnly', true],
      ['enabled', false],
    ]);
  });

  it('saves the hover delay when the slider is let go, showing it while it moves', async () => {
    const onChange = vi.fn();
    const { el } = mount({ onChange });
    const slider = el.querySelector<HTMLInputElement>('#opt-hover-delay') as HTMLInputElement;
    slider.value = '900';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await flush();
    expect(text(el.querySelector('output'))).toBe('900 ms');
    expect(onChange).not.toHaveBeenCalled();
    slider.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onChange).toHaveBeenCalledWith('hoverDelayMs', 900);
  });

  it('lists the sites where RoleLens is off, removes one, or all', () => {
    const onChange = vi.fn();
    const { el } = mount({ onChange }, { disabledSites: ['indeed.com', 'linkedin.com'] });
    const list = el.querySelector('[aria-label="Sites where RoleLens is off"]');
    expect([...(list?.querySelectorAll('.rl-options__site') ?? [])].map(text)).toEqual(['indeed.com', 'linkedin.com']);
    el.querySelector<HTMLButtonElement>('[aria-label="Turn RoleLens back on for indeed.com"]')?.click();
    byText(el, 'button', 'Turn back on everywhere')?.click();
    expect(onChange.mock.calls).toEqual([
      ['disabledSites', ['linkedin.com']],
      ['disabledSites', []],
    ]);
  });

  it('explains an empty site list and an empty corrections list', () => {
    const { el } = mount();
    expect(text(el)).toContain('None: RoleLens is on on every site.');
    expect(text(el)).toContain('None yet. When RoleLens reads an abbreviation wrongly');
    expect(byText(el, 'button', 'Turn back on everywhere')).toBeUndefined();
  });

  it('lists corrections in words and forgets one', () => {
    const onChange = vi.fn();
    const corrections: Settings['corrections'] = {
      'example.com': {
        PM: { kind: 'role', roleId: 'project-manager' },
        PO: { kind: 'other', label: 'purchase order' },
      },
      'jobs.test': { CPO: { kind: 'role', roleId: 'chief-product-owner' } },
    };
    const { el } = mount({ onChange }, { corrections });
    const rows = [...el.querySelectorAll('[aria-label="Corrections"] li span')].map(text);
    expect(rows).toEqual([
      'On example.com, PM means Project Manager',
      'On example.com, PO means purchase order',
      'On jobs.test, CPO means Chief Product Owner',
    ]);
    el.querySelector<HTMLButtonElement>('[aria-label="Forget: On example.com, PM means Project Manager"]')?.click();
    el.querySelector<HTMLButtonElement>('[aria-label="Forget: On jobs.test, CPO means Chief Product Owner"]')?.click();
    expect(onChange.mock.calls).toEqual([
      ['corrections', { 'example.com': { PO: corrections['example.com']?.PO }, 'jobs.test': corrections['jobs.test'] }],
      ['corrections', { 'example.com': corrections['example.com'] }],
    ]);
  });

  it('shows the keyboard shortcuts, and says when one is not set', () => {
    const onEditShortcuts = vi.fn();
    const { el } = mount({
      onEditShortcuts,
      shortcuts: [
        { name: 'toggle-site', description: 'Turn RoleLens on or off on this site', shortcut: 'Alt+Shift+L' },
        { name: 'next-mention', description: 'Go to the next role title', shortcut: '' },
      ],
    });
    const rows = [...el.querySelectorAll('.rl-options__shortcuts div')].map((row) => [
      text(row.querySelector('dt')),
      text(row.querySelector('dd')),
    ]);
    expect(rows).toEqual([
      ['Turn RoleLens on or off on this site', 'Alt+Shift+L'],
      ['Go to the next role title', 'not set'],
    ]);
    byText(el, 'button', 'Change shortcuts…')?.click();
    expect(onEditShortcuts).toHaveBeenCalledOnce();
  });

  it('resets only after a confirmation, and can be cancelled', async () => {
    const onReset = vi.fn();
    const { el } = mount({ onReset });
    byText(el, 'button', 'Reset to defaults…')?.click();
    await flush();
    expect(text(el)).toContain('Set every option back to its default?');
    byText(el, 'button', 'Cancel')?.click();
    await flush();
    expect(text(el)).not.toContain('Set every option back to its default?');
    expect(onReset).not.toHaveBeenCalled();
    byText(el, 'button', 'Reset to defaults…')?.click();
    await flush();
    byText(el, 'button', 'Reset')?.click();
    expect(onReset).toHaveBeenCalledOnce();
  });

  it('exports on request, imports the chosen file, and announces the outcome', () => {
    const onExport = vi.fn();
    const onImport = vi.fn();
    const { el } = mount({ onExport, onImport, status: { kind: 'refused', text: 'Nothing was imported: no.' } });
    byText(el, 'button', 'Export settings')?.click();
    expect(onExport).toHaveBeenCalledOnce();
    const input = el.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
    const chosen = new File(['{}'], 'settings.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [chosen], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onImport).toHaveBeenCalledWith(chosen);
    const status = el.querySelector('[role="status"]');
    expect(text(status)).toBe('Nothing was imported: no.');
    expect(status?.getAttribute('data-kind')).toBe('refused');
  });
});
