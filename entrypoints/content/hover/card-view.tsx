import { render } from 'preact';
import tippy, { type Instance } from 'tippy.js';
import cardCss from '../../../components/role-card.css?inline';
import { type OtherMeaning, RoleCard, RoleNote } from '../../../components/RoleCard';
import type { RoleId } from '../../../data/role-ids';
import type { CardRole } from '../../../lib/card-roles';
import { readingExplanation } from '../../../lib/reading';
import type { PaintedMention } from '../painter/highlight-painter';
import type { CardPresenter } from './hover-controller';
import { pageScheme } from './page-scheme';
import { createUiHost } from './ui-host';

const TITLE_ID = 'rolelens-card-title';

export interface CardViewDeps {
  readonly roleById: (id: RoleId) => CardRole | undefined;
  /** The line box of the mention to anchor to (the hovered line when it wraps), if still on screen. */
  readonly anchorRect: (painted: PaintedMention) => DOMRect | undefined;
  readonly onCompare: (a: RoleId, b: RoleId) => void;
  /** The card asks to close (its close button, Escape inside it). */
  readonly onCloseRequest: () => void;
  /** For an abbreviation: the other meanings a reader may choose instead ("Not this meaning"). */
  readonly otherMeanings: (painted: PaintedMention) => readonly OtherMeaning[];
  /** The note's glossary link. */
  readonly onGlossary: () => void;
  /** Card colours: follow the page (its background where the mention is, else the system), or light or dark. */
  readonly theme: () => 'auto' | 'light' | 'dark';
}

interface Mounted {
  readonly host: HTMLElement;
  readonly container: HTMLElement;
  readonly tip: Instance;
  readonly content: HTMLElement;
  remove(): void;
}

/**
 * The hover card on the page: a tippy.js popup anchored to the mention's line box (a virtual
 * reference), rendered with Preact into `<rolelens-ui>`'s open shadow root so that page styles cannot
 * reach it. The host element is added on first use, so pages where nobody hovers get nothing.
 */
export class CardView implements CardPresenter {
  private mounting: Promise<Mounted | undefined> | undefined;
  private mounted: Mounted | undefined;
  private showing: PaintedMention | undefined;
  /** Where keyboard focus was before the card took it (given back when the card closes). */
  private returnFocus: Element | null = null;

  constructor(
    private readonly deps: CardViewDeps,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.dispose(), { once: true });
  }

  /** The host element, once the card has been shown. */
  get host(): HTMLElement | undefined {
    return this.mounted?.host;
  }

  /** Shows the card for a mention; resolves once it is on screen (false if it was replaced meanwhile). */
  show(painted: PaintedMention): Promise<boolean> {
    this.showing = painted;
    return this.mount().then((mounted) => {
      if (!mounted || this.showing !== painted || this.signal.aborted) return false;
      this.renderCard(mounted, painted);
      mounted.tip.show();
      mounted.tip.popperInstance?.update();
      return true;
    });
  }

  /**
   * Shows a note instead of a role card (the selection is not a role RoleLens knows), anchored like a
   * card to `at`, and moves focus into it. Closed like a card.
   */
  showNote(at: PaintedMention, text: string, message: string): Promise<boolean> {
    this.showing = at;
    return this.mount().then((mounted) => {
      if (!mounted || this.showing !== at || this.signal.aborted) return false;
      const chosen = this.deps.theme();
      render(
        <RoleNote
          text={text}
          message={message}
          titleId={TITLE_ID}
          theme={chosen === 'auto' ? pageScheme(at.range.startContainer.parentElement) : chosen}
          onGlossary={this.deps.onGlossary}
          onClose={this.deps.onCloseRequest}
        />,
        mounted.content,
      );
      mounted.tip.show();
      mounted.tip.popperInstance?.update();
      return true;
    });
  }

  hide(): void {
    this.showing = undefined;
    const mounted = this.mounted;
    if (!mounted) return;
    // Keyboard focus inside the card goes back where it was; a page is never left focusing nothing.
    const focusInside = mounted.host.shadowRoot?.activeElement ?? null;
    mounted.tip.hide();
    if (focusInside) {
      const back = this.returnFocus;
      this.returnFocus = null;
      if (back instanceof HTMLElement && back !== document.body && back.isConnected)
        back.focus({ preventScroll: true });
      if (mounted.host.shadowRoot?.activeElement) (focusInside as HTMLElement).blur();
    }
  }

  /** Follows the mention when the page scrolls (a virtual reference does not move by itself). */
  reposition(): void {
    if (this.showing) this.mounted?.tip.popperInstance?.update();
  }

  /**
   * Moves keyboard focus into the card (keyboard users and screen readers reach it this way): to the
   * card itself, which is named by its title, so the title and summary are read first. Focus is not
   * trapped: Tab leaves the card as from any element, and Escape gives focus back.
   */
  focus(): void {
    const card = this.mounted?.content.querySelector<HTMLElement>('.rl-card');
    if (!card) return;
    const active = document.activeElement;
    if (active !== this.mounted?.host) this.returnFocus = active;
    card.tabIndex = -1;
    card.focus({ preventScroll: true });
  }

  private renderCard(mounted: Mounted, painted: PaintedMention): void {
    const { mention } = painted;
    const role = this.deps.roleById(mention.roleId);
    if (!role) return;
    const confusedWith = role.confusedWith.map(this.deps.roleById).filter((r): r is CardRole => r !== undefined);
    const compareWith = confusedWith[0];
    const reading = mention.abbreviation
      ? readingExplanation(mention.abbreviation, role.title, mention.via)
      : undefined;
    const chosen = this.deps.theme();
    const theme = chosen === 'auto' ? pageScheme(painted.range.startContainer.parentElement) : chosen;
    render(
      <RoleCard
        role={role}
        reading={reading}
        confusedWith={confusedWith}
        compareWith={compareWith}
        titleId={TITLE_ID}
        theme={theme}
        onCompare={compareWith ? () => this.deps.onCompare(role.id, compareWith.id) : undefined}
        onClose={this.deps.onCloseRequest}
        correction={
          mention.abbreviation
            ? { abbreviation: mention.abbreviation, meanings: this.deps.otherMeanings(painted) }
            : undefined
        }
      />,
      mounted.content,
    );
  }

  private mount(): Promise<Mounted | undefined> {
    this.mounting ??= this.create().then((m) => {
      this.mounted = m;
      return m;
    });
    return this.mounting;
  }

  private async create(): Promise<Mounted | undefined> {
    if (this.signal.aborted) return undefined;
    const ui = createUiHost(document, cardCss);
    const { container } = ui;
    // tippy marks its reference element (aria-expanded, aria-describedby): it must be ours, inside
    // the shadow root, never a page element.
    const reference = document.createElement('span');
    const content = document.createElement('div');
    container.append(reference);
    container.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.deps.onCloseRequest();
    });
    const tip = tippy(reference, {
      content,
      appendTo: container,
      trigger: 'manual',
      interactive: true,
      hideOnClick: false,
      placement: 'bottom-start',
      offset: [0, 6],
      maxWidth: 'none',
      zIndex: 2147483647,
      arrow: false,
      // No fade for readers who asked their system for less motion.
      duration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : [120, 80],
      aria: { content: null, expanded: false },
      popperOptions: {
        strategy: 'fixed',
        modifiers: [
          // Below or above the mention; when neither has room, beside it, slid up or down to fit.
          // Never over the mention itself.
          { name: 'flip', options: { fallbackPlacements: ['top-start', 'right-start', 'left-start'], padding: 8 } },
          { name: 'preventOverflow', options: { altAxis: true, tether: false, padding: 8 } },
        ],
      },
      getReferenceClientRect: () => {
        const rect = this.showing ? this.deps.anchorRect(this.showing) : undefined;
        return rect ?? new DOMRect(-10000, -10000, 0, 0);
      },
    });
    let removed = false;
    return {
      host: ui.host,
      container,
      tip,
      content,
      remove: () => {
        if (removed) return;
        removed = true;
        tip.destroy();
        render(null, content);
        ui.remove();
      },
    };
  }

  private dispose(): void {
    this.showing = undefined;
    this.mounted?.remove();
    this.mounted = undefined;
    // A mount still on its way removes itself: `create` checks the signal after each await.
    void this.mounting?.then((m) => m?.remove());
  }
}
