import { browser } from '#imports';
import { useEffect, useState } from 'preact/hooks';
import { CompactComparison } from '../../components/CompactComparison';
import { ComparePickers } from '../../components/ComparePickers';
import { PageRolesList, type PageRole } from '../../components/PageRolesList';
import { Switch } from '../../components/Switch';
import type { RoleId } from '../../data/role-ids';
import { comparePath, glossarySearch } from '../../lib/compare-url';
import { ALL_ROLES, defaultPair, findComparison, roleById } from '../../lib/glossary';
import { sendToTab } from '../../lib/messages';
import { readingExplanation } from '../../lib/reading';
import { saveSetting } from '../../lib/settings';
import { isSiteEnabled, withSite } from '../../lib/site-switch';
import { useSettings } from '../../lib/use-settings';
import { type PageState, usePageState, usePopupTab } from './use-popup-state';

/** The popup: wiring only (storage, messages) around pure views from components/. */
export function App() {
  const tab = usePopupTab();
  const settings = useSettings();
  const page = usePageState(tab, settings);
  const found = page.kind === 'ready' ? page.roles.roles : [];
  const [pair, setPair] = useState<[RoleId | undefined, RoleId | undefined]>();

  // The pickers start on the page's two most frequent roles, once the page has been read.
  const complete = page.kind !== 'loading' && (page.kind !== 'ready' || page.roles.complete);
  useEffect(() => {
    if (complete && !pair) setPair(defaultPair(found));
  }, [complete]);
  const [a, b] = pair ?? defaultPair(found);

  const site = page.kind === 'ready' ? page.roles.site : undefined;
  // A relative address opens RoleLens's own page (tabs.create resolves it against the extension).
  const openExtensionPage = (path: string) => {
    void browser.tabs.create({ url: path });
    window.close();
  };

  return (
    <div class="rl-popup">
      <header class="rl-popup__header">
        <img src="/icon/32.png" alt="" width="24" height="24" />
        <h1>RoleLens</h1>
      </header>

      <section aria-label="Switches">
        {site !== undefined && settings && (
          <Switch
            id="site-switch"
            label={`Highlight roles on ${site || 'local files'}`}
            checked={isSiteEnabled(site, { ...settings, enabled: true })}
            disabled={!settings.enabled}
            hint={settings.enabled ? undefined : 'RoleLens is paused everywhere.'}
            onChange={(on) => void saveSetting('disabledSites', withSite(settings.disabledSites, site, on))}
          />
        )}
        <PageNotice page={page} />
        {settings && (
          <Switch
            id="global-switch"
            label="Pause RoleLens everywhere"
            checked={!settings.enabled}
            onChange={(paused) => void saveSetting('enabled', !paused)}
          />
        )}
      </section>

      {page.kind === 'ready' && page.roles.active && (
        <section aria-labelledby="on-this-page">
          <h2 id="on-this-page">On this page</h2>
          <PageRolesList
            roles={pageRoles(page)}
            onChoose={(roleId) =>
              tab?.id !== undefined && void sendToTab(tab.id, 'showNextMention', { roleId }).catch(() => undefined)
            }
          />
        </section>
      )}

      <section aria-labelledby="compare-title">
        <h2 id="compare-title">Compare</h2>
        <ComparePickers idPrefix="popup" roles={ALL_ROLES} a={a} b={b} onChange={(x, y) => setPair([x, y])} />
        {a && b && <CompactComparison a={roleById(a)} b={roleById(b)} authored={findComparison(a, b)} />}
        {a && b && a !== b && (
          <div class="rl-popup__actions">
            <button type="button" class="rl-button" onClick={() => openExtensionPage(comparePath(a, b))}>
              Open full comparison
            </button>
          </div>
        )}
      </section>

      <footer class="rl-popup__footer">
        <button type="button" onClick={() => openExtensionPage(`/compare.html?${glossarySearch()}`)}>
          Glossary of roles
        </button>
        <button
          type="button"
          onClick={() => {
            void browser.runtime.openOptionsPage();
            window.close();
          }}
        >
          Options
        </button>
      </footer>
    </div>
  );
}

/** The page's roles for the list, with how their abbreviations were read. */
function pageRoles(page: Extract<PageState, { kind: 'ready' }>): PageRole[] {
  return page.roles.roles.map(({ roleId, count }) => {
    const role = roleById(roleId);
    const readings = page.roles.readings
      .filter((r) => r.roleId === roleId)
      .map((r) => readingExplanation(r.abbreviation, role.title, r.via) ?? '');
    return { role, count, readings };
  });
}

/** Why there is no site switch or list, in plain words. */
function PageNotice({ page }: { page: PageState }) {
  switch (page.kind) {
    case 'loading':
      return <p class="rl-note">Looking at this page…</p>;
    case 'restricted':
      return (
        <p class="rl-note" role="status">
          RoleLens cannot run on this page: browsers keep their own pages and extension stores closed to extensions.
          Open a job posting or an article to see it work.
        </p>
      );
    case 'unreachable':
      return (
        <p class="rl-note" role="status">
          {page.access === 'file'
            ? 'RoleLens is not reading this file. To use it on local files, allow file access for RoleLens in the browser’s extension settings.'
            : 'RoleLens has not read this page yet. Reload the page to start.'}
        </p>
      );
    case 'ready':
      if (!page.roles.active) {
        return (
          <p class="rl-note" role="status">
            RoleLens is off on this page.
          </p>
        );
      }
      return null;
  }
}
