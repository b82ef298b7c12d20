import { browser } from '#imports';
import type { RoleId } from '../data/role-ids';
import type { MentionVia } from './matching';

/**
 * The few messages storage cannot carry (conventions, 7), in one typed protocol. Each entry maps a
 * message name to its data and its answer. Handlers are named by intent.
 */
export interface Protocol {
  /** Content script → background: open the compare page for two roles in a new tab. */
  openCompare: { data: { a: RoleId; b: RoleId }; answer: void };
  /** Popup → content script (top frame): what RoleLens found on this page. */
  getPageRoles: { data: undefined; answer: PageRoles };
  /** Popup → content script (top frame): scroll to the role's next mention and open its card. */
  showNextMention: { data: { roleId: RoleId }; answer: { shown: boolean } };
  /**
   * Background → content script (top frame), for the keyboard commands: move to the next (1) or
   * previous (-1) mention of any role, scroll it into view, paint it active, open its card and focus it.
   */
  stepMention: { data: { direction: 1 | -1 }; answer: { shown: boolean } };
  /**
   * Background → content script (the frame the context menu was opened in): explain the selection.
   * `role`: a card opened for the role it names; `note`: a note says it is not a role RoleLens knows
   * (or that the page does not say which meaning an abbreviation has); `none`: nothing is selected.
   */
  explainSelection: { data: undefined; answer: { shown: 'role' | 'note' | 'none' } };
  /** Content script → background: open the glossary in a new tab (from the "not a role" note). */
  openGlossary: { data: undefined; answer: void };
  /**
   * Extension page → background: run a keyboard command or context-menu action exactly as the
   * browser's listener would (the popup's own buttons and the tests use this; same code path).
   */
  runCommand: { data: { command: string; tabId: number }; answer: { done: boolean } };
  runMenuAction: {
    data: { menuItemId: string; tabId: number; frameId: number };
    answer: { done: boolean };
  };
}

/** The roles found on a page, for the popup's "On this page". */
export interface PageRoles {
  /** The page's hostname, as the site switch keys it. */
  readonly site: string;
  /** False when RoleLens is switched off for this page (nothing is scanned or painted). */
  readonly active: boolean;
  /** True once the first full read of the page is done. */
  readonly complete: boolean;
  /** Roles with their number of mentions, most frequent first. */
  readonly roles: readonly { readonly roleId: RoleId; readonly count: number }[];
  /** How each abbreviation on the page was read, and how often. */
  readonly readings: readonly AbbreviationReading[];
}

export interface AbbreviationReading {
  readonly abbreviation: string;
  readonly roleId: RoleId;
  readonly via: MentionVia;
  readonly count: number;
}

export type MessageName = keyof Protocol;

interface Envelope<K extends MessageName = MessageName> {
  readonly rolelens: K;
  readonly data: Protocol[K]['data'];
}

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && typeof (value as { rolelens?: unknown }).rolelens === 'string';
}

/** Sends a message to the extension's background and pages. */
export function sendToExtension<K extends MessageName>(
  name: K,
  data: Protocol[K]['data'],
): Promise<Protocol[K]['answer']> {
  const envelope: Envelope<K> = { rolelens: name, data };
  return browser.runtime.sendMessage(envelope) as Promise<Protocol[K]['answer']>;
}

/** Sends a message to the content script of one tab (its top frame unless a frame is named). */
export function sendToTab<K extends MessageName>(
  tabId: number,
  name: K,
  data: Protocol[K]['data'],
  frameId = 0,
): Promise<Protocol[K]['answer']> {
  const envelope: Envelope<K> = { rolelens: name, data };
  return browser.tabs.sendMessage(tabId, envelope, { frameId }) as Promise<Protocol[K]['answer']>;
}

type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

/**
 * Answers one message. Returns the function that stops answering. Messages that are not RoleLens's,
 * or not this one, are left for other listeners.
 */
export function onMessage<K extends MessageName>(
  name: K,
  handler: (data: Protocol[K]['data'], sender: Sender) => Protocol[K]['answer'] | Promise<Protocol[K]['answer']>,
): () => void {
  const listener = (message: unknown, sender: Sender) => {
    if (!isEnvelope(message) || message.rolelens !== name) return undefined;
    return Promise.resolve(handler(message.data as Protocol[K]['data'], sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // Called after the extension was reloaded under a page: the listener went with the old context.
    }
  };
}
