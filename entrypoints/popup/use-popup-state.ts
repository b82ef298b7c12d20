import { browser } from '#imports';
import { useEffect, useState } from 'preact/hooks';
import type { PageRoles } from '../../lib/messages';
import { sendToTab } from '../../lib/messages';
import { pageAccess, type PageAccess } from '../../lib/page-access';
import { isSiteEnabled } from '../../lib/site-switch';
import type { Settings } from '../../lib/settings';

/** The tab the popup is about: the active tab, or `?tab=<id>` (tests open the popup as a tab of its own). */
export interface PopupTab {
  readonly id: number | undefined;
  /** Known when the browser grants it (activeTab, on clicking the RoleLens button). */
  readonly url: string | undefined;
}

export function usePopupTab(): PopupTab | undefined {
  const [tab, setTab] = useState<PopupTab>();
  useEffect(() => {
    const forced = Number(new URLSearchParams(window.location.search).get('tab'));
    const find =
      Number.isInteger(forced) && forced > 0
        ? browser.tabs.get(forced)
        : browser.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0]);
    void find.then((t) => setTab({ id: t?.id, url: t?.url })).catch(() => setTab({ id: undefined, url: undefined }));
  }, []);
  return tab;
}

/** What the popup knows about the page. */
export type PageState =
  | { readonly kind: 'loading' }
  /** Browsers do not let extensions run here. */
  | { readonly kind: 'restricted' }
  /** A page RoleLens could run on, but no content script answers (opened before RoleLens, or a file). */
  | { readonly kind: 'unreachable'; readonly access: PageAccess }
  | { readonly kind: 'ready'; readonly roles: PageRoles };

/** How long the popup waits for a page that is still loading before it says RoleLens is not there. */
const ATTEMPTS = 12;
const ATTEMPT_MS = 250;

/**
 * Asks the page's content script what it found, again while its first read is not complete, and
 * again whenever settings change (the site switch changes what is found), until the page's answer
 * agrees with them.
 */
export function usePageState(tab: PopupTab | undefined, settings: Settings | undefined): PageState {
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  useEffect(() => {
    if (!tab) return;
    const access = pageAccess(tab.url);
    if (access === 'restricted') {
      setState({ kind: 'restricted' });
      return;
    }
    if (tab.id === undefined) {
      setState({ kind: 'unreachable', access });
      return;
    }
    const tabId = tab.id;
    // The page has read itself and follows the settings just changed. (The popup and the page hear of
    // a change at about the same time: an answer given before the page heard of it is stale.)
    const settled = (roles: PageRoles) =>
      roles.complete && (settings === undefined || roles.active === isSiteEnabled(roles.site, settings));
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async (attempt: number) => {
      const roles = await sendToTab(tabId, 'getPageRoles', undefined).catch(() => undefined);
      if (cancelled) return;
      if (roles) setState({ kind: 'ready', roles });
      else if (attempt >= ATTEMPTS) setState({ kind: access === 'unknown' ? 'restricted' : 'unreachable', access });
      if (!(roles && settled(roles)) && attempt < ATTEMPTS * 4)
        timer = setTimeout(() => void ask(attempt + 1), ATTEMPT_MS);
    };
    void ask(1);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [tab, settings]);
  return state;
}
