import type { ContentScriptContext } from '#imports';
import { type CardRole, getCardRoles } from '../../lib/card-roles';
import type { RoleId } from '../../data/role-ids';
import type { AbbreviationOverrides, Meaning } from '../../lib/matching';
import { meaningsOf } from '../../lib/settings-values';
import { getRoleMatcher } from '../../lib/matching/role-matcher';
import { sendToExtension } from '../../lib/messages';
import { CardView } from './hover/card-view';
import { HitTester } from './hover/hit-test';
import { CLOSE_DELAY_MS, DEFAULT_OPEN_DELAY_MS, HoverController } from './hover/hover-controller';
import { trackPointer } from './hover/pointer-tracker';
import { PageMentions } from './page-mentions';
import { readSelection } from './read-selection';
import { HighlightPainter, type PaintedMention, pageTarget } from './painter/highlight-painter';
import { highlightLook } from './painter/highlight-look';
import type { HighlightStyle } from '../../lib/settings-values';
import type { PageIndex } from './scanner/page-index';
import { PageScanner } from './scanner/page-scanner';

/** What a mount exposes to the entrypoint (messages from the popup, keyboard commands). */
export interface RoleLensMount {
  readonly mentions: PageMentions;
  readonly painter: HighlightPainter;
  readonly hover: HoverController;
  /** Resolves when the first full read of the page is done. */
  readonly ready: Promise<void>;
  /** Scrolls to the next mention of a role (after the one shown last) and opens its card. */
  showNextMention(roleId: RoleId): boolean;
  /** Applies changed preferences at once (the options page or a correction changed them). */
  preferencesChanged(previous: PagePreferences): void;
  /**
   * Keyboard commands: moves to the next (1) or previous (-1) mention of any role in document order,
   * scrolls it into view, paints it active, opens its card and moves focus into the card.
   */
  stepMention(direction: 1 | -1): Promise<boolean>;
  /** "Explain with RoleLens": a card for the role the selection names, else a note saying why not. */
  explainSelection(): Promise<'role' | 'note' | 'none'>;
}

/** What the page side asks of the rest of RoleLens. */
export interface MountActions {
  /** Remembers, for this site, what an abbreviation means ("Not this meaning" on the card). */
  correct(abbreviation: string, meaning: Meaning): void;
}

/** Preferences the page side reads when it needs them. */
export interface PagePreferences {
  readonly hoverDelayMs: number;
  readonly cardTheme: 'auto' | 'light' | 'dark';
  /** This site's corrections: what an abbreviation means here. */
  readonly overrides: AbbreviationOverrides;
  readonly highlightStyle: HighlightStyle;
  readonly firstMentionOnly: boolean;
}

const rolesById = new Map<RoleId, CardRole>(getCardRoles().map((r) => [r.id, r]));

/** The block of a mention that is not on the page's index: a selection explained from the context menu. */
const EXPLAINED = { key: -1 } as unknown as PaintedMention['block'];

/**
 * RoleLens on one page: scanner → mentions → painter, and the hover card. Everything it creates
 * (observer, listeners, highlights, card, timers) ends when `signal` aborts: the site switch turned
 * off, or the extension was reloaded or updated (conventions, 4).
 */
export function mountRoleLens(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  preferences: () => PagePreferences,
  actions: MountActions,
  /**
   * False once the extension was reloaded or updated under this page. Asked at every event RoleLens
   * handles, so an orphaned script tears itself down on the next event instead of lingering.
   */
  alive: () => boolean = () => true,
  doc: Document = document,
): RoleLensMount {
  const matcher = getRoleMatcher();
  const target = pageTarget();
  const painter = new HighlightPainter(target);
  const look = highlightLook(doc, (css) => target.shadowStyles?.setExtraCss(css));
  const applyLook = (p: PagePreferences) => {
    painter.setFirstOnly(p.firstMentionOnly);
    look.set(p.highlightStyle);
  };
  applyLook(preferences());
  signal.addEventListener(
    'abort',
    () => {
      painter.dispose();
      look.dispose();
    },
    { once: true },
  );

  const mentions: PageMentions = new PageMentions(
    (): PageIndex => scanner.index,
    matcher,
    painter,
    () => preferences().overrides,
    // `hover` is created below; this runs only once scanning has started.
    () => {
      painter.flush();
      hover.revalidate((p) => p.block === EXPLAINED || painter.mentionsOf(p.block).includes(p));
    },
  );
  const scanner: PageScanner = new PageScanner(doc, matcher, mentions, signal, alive);
  const hits = new HitTester(doc, painter);
  signal.addEventListener('abort', () => hits.dispose(), { once: true });

  // The card anchors to the line the pointer was on when a mention wraps over two lines.
  let pointerY = 0;
  const anchorRect = (painted: PaintedMention) => {
    const rects = hits.rectsOf(painted);
    return rects.find((r) => pointerY >= r.top - 1 && pointerY <= r.bottom + 1) ?? rects[0];
  };
  const card = new CardView(
    {
      roleById: (id) => rolesById.get(id),
      anchorRect,
      onCompare: (a, b) => void sendToExtension('openCompare', { a, b }).catch(() => undefined),
      onCloseRequest: () => (explainedNote ? closeNote() : hover.escape()),
      theme: () => preferences().cardTheme,
      otherMeanings: (painted) => {
        const { abbreviation, roleId } = painted.mention;
        if (!abbreviation) return [];
        return meaningsOf(abbreviation)
          .filter((m) => !(m.kind === 'role' && m.roleId === roleId))
          .map((m) => ({
            label: m.kind === 'role' ? (rolesById.get(m.roleId)?.title ?? m.roleId) : m.label,
            onChoose: () => {
              hover.hide();
              actions.correct(abbreviation, m);
            },
          }));
      },
      onGlossary: () => {
        hover.hide();
        void sendToExtension('openGlossary', undefined).catch(() => undefined);
      },
    },
    signal,
  );
  const hover = new HoverController(
    {
      show: (painted) => {
        explainedNote = undefined;
        painter.setActive(painted);
        void card.show(painted);
      },
      hide: () => {
        painter.setActive(undefined);
        card.hide();
      },
    },
    { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
    { openDelayMs: () => preferences().hoverDelayMs ?? DEFAULT_OPEN_DELAY_MS, closeDelayMs: CLOSE_DELAY_MS },
  );
  signal.addEventListener('abort', () => hover.hide(), { once: true });
  const controller = hover;

  // Per pointer move: a Map lookup. Only over an element holding mentions, over the card, or while a
  // card is open or pending does a frame measure anything.
  const isOwnUi = (target: EventTarget | null) => target !== null && target === card.host;
  trackPointer(
    doc,
    (sample) => isOwnUi(sample.outer) || hits.candidates(sample.target) !== undefined || controller.busy,
    (sample) => {
      if (!alive()) return;
      const overCard = isOwnUi(sample.outer);
      const candidates = overCard ? undefined : hits.candidates(sample.target);
      const hit = candidates ? hits.at(candidates, sample.x, sample.y) : undefined;
      if (hit) pointerY = sample.y;
      controller.pointer(hit?.painted, overCard);
    },
    signal,
    scanner.isShadowHost,
  );

  const listen = { capture: true, signal } as const;
  const closeNote = () => {
    explainedNote = undefined;
    painter.setActive(undefined);
    card.hide();
  };
  doc.addEventListener(
    'keydown',
    (event) => alive() && event.key === 'Escape' && (explainedNote ? closeNote() : controller.escape()),
    listen,
  );
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (!alive() || (card.host !== undefined && event.composedPath().includes(card.host))) return;
      if (explainedNote) closeNote();
      else if (controller.open) controller.hide();
    },
    listen,
  );
  let scrollFrame = 0;
  doc.defaultView?.addEventListener('resize', () => hits.forgetRects(), { passive: true, signal });
  doc.addEventListener(
    'scroll',
    () => {
      hits.forgetRects();
      if (!alive() || !controller.open || scrollFrame) return;
      scrollFrame = requestAnimationFrame(() => {
        scrollFrame = 0;
        const open = controller.open;
        if (!open) return;
        const rect = anchorRect(open);
        const visible = !!rect && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth;
        controller.scrolled(visible);
        if (visible) card.reposition();
      });
    },
    { ...listen, passive: true },
  );

  const lastShown = new Map<RoleId, PaintedMention>();
  const showNextMention = (roleId: RoleId): boolean => {
    const list = mentions.inDocumentOrder(roleId);
    if (list.length === 0) return false;
    const previous = lastShown.get(roleId);
    const next = list[(previous ? list.indexOf(previous) + 1 : 0) % list.length] as PaintedMention;
    lastShown.set(roleId, next);
    next.range.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      inline: 'nearest',
      behavior: 'instant',
    });
    const rect = hits.rectsOf(next)[0];
    if (rect) pointerY = rect.top + rect.height / 2;
    controller.showNow(next);
    return true;
  };

  const preferencesChanged = (previous: PagePreferences) => {
    const now = preferences();
    applyLook(now);
    if (JSON.stringify(now.overrides) !== JSON.stringify(previous.overrides)) {
      controller.hide();
      mentions.repaintAll();
    }
  };

  // Keyboard: next / previous mention of any role, from the one open or shown last.
  let stepped: PaintedMention | undefined;
  const stepMention = async (direction: 1 | -1): Promise<boolean> => {
    const list = mentions.allInDocumentOrder();
    if (list.length === 0) return false;
    const from = controller.open ?? stepped;
    const at = from ? list.indexOf(from) : -1;
    const next =
      list[at === -1 ? (direction === 1 ? 0 : list.length - 1) : (at + direction + list.length) % list.length];
    if (!next) return false;
    stepped = next;
    reveal(next);
    controller.showNow(next);
    if (!(await card.show(next))) return false;
    card.focus();
    return true;
  };
  const reveal = (painted: PaintedMention) => {
    painted.range.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      inline: 'nearest',
      behavior: 'instant',
    });
    hits.forgetRects();
    const rect = hits.rectsOf(painted)[0];
    if (rect) pointerY = rect.top + rect.height / 2;
  };

  const explainSelection = async (): Promise<'role' | 'note' | 'none'> => {
    const selection = doc.getSelection();
    const text = selection?.toString().replace(/\s+/g, ' ').trim() ?? '';
    if (!selection || selection.rangeCount === 0 || !text) return 'none';
    const live = selection.getRangeAt(0);
    const range = new StaticRange({
      startContainer: live.startContainer,
      startOffset: live.startOffset,
      endContainer: live.endContainer,
      endOffset: live.endOffset,
    });
    const found = readSelection(text, matcher, mentions.readings(), preferences().overrides);
    const at: PaintedMention = {
      mention:
        'mention' in found
          ? found.mention
          : {
              block: 0,
              start: 0,
              end: text.length,
              roleId: 'product-manager',
              via: 'title',
              surface: text,
            },
      block: EXPLAINED,
      range,
    };
    if ('mention' in found) {
      controller.showNow(at);
      if (!(await card.show(at))) return 'none';
      card.focus();
      return 'role';
    }
    controller.hide();
    painter.setActive(at);
    explainedNote = at;
    if (!(await card.showNote(at, text, found.note))) return 'none';
    card.focus();
    return 'note';
  };
  let explainedNote: PaintedMention | undefined;

  const ready = scanner.start();
  return {
    mentions,
    painter,
    hover: controller,
    ready,
    showNextMention,
    preferencesChanged,
    stepMention,
    explainSelection,
  };
}
