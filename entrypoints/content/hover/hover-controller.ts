import type { PaintedMention } from '../painter/highlight-painter';

/** Shows and hides the card; the controller decides when. */
export interface CardPresenter {
  show(painted: PaintedMention): void;
  hide(): void;
}

export interface HoverTimers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface HoverTiming {
  /** Pointer rest before the card opens (architecture: about 350 ms, configurable). */
  readonly openDelayMs: () => number;
  /** Delay before closing once the pointer has left both mention and card (about 250 ms). */
  readonly closeDelayMs: number;
}

export const DEFAULT_OPEN_DELAY_MS = 350;
export const CLOSE_DELAY_MS = 250;

/**
 * When the card opens and closes (architecture, hover card): after the pointer rests on a mention,
 * not as it passes; it stays open while the pointer is over the mention or the card, closes a
 * little after the pointer leaves both, at once on Escape (and stays closed for that mention until
 * the pointer leaves it), and when the mention scrolls out of view or leaves the page.
 */
export class HoverController {
  private shown: PaintedMention | undefined;
  private candidate: PaintedMention | undefined;
  private dismissed: PaintedMention | undefined;
  private openTimer: number | undefined;
  private closeTimer: number | undefined;

  constructor(
    private readonly presenter: CardPresenter,
    private readonly timers: HoverTimers,
    private readonly timing: HoverTiming,
  ) {}

  get open(): PaintedMention | undefined {
    return this.shown;
  }

  /** True while a card is shown or about to open or close: pointer moves matter then. */
  get busy(): boolean {
    return !!(this.shown || this.candidate || this.closeTimer !== undefined);
  }

  /** What is under the pointer now: a mention, the card, or neither. */
  pointer(over: PaintedMention | undefined, overCard: boolean): void {
    if (overCard) {
      this.cancelOpen();
      this.cancelClose();
      return;
    }
    if (over !== this.dismissed) this.dismissed = undefined;
    if (over && over === this.shown) {
      this.cancelOpen();
      this.cancelClose();
      return;
    }
    if (over && over !== this.dismissed) {
      if (over !== this.candidate) {
        this.cancelOpen();
        this.candidate = over;
        this.openTimer = this.timers.setTimeout(() => this.show(over), this.timing.openDelayMs());
      }
      if (this.shown) this.scheduleClose();
      return;
    }
    this.cancelOpen();
    if (this.shown) this.scheduleClose();
  }

  /** Opens the card for a mention at once (keyboard, popup, context menu). */
  showNow(painted: PaintedMention): void {
    this.dismissed = undefined;
    this.show(painted);
  }

  escape(): void {
    if (!this.shown && !this.candidate) return;
    this.dismissed = this.shown ?? this.candidate;
    this.hide();
  }

  /** The open mention scrolled: close when it is out of view. */
  scrolled(stillVisible: boolean): void {
    if (this.shown && !stillVisible) this.hide();
  }

  /** Some mentions were repainted: forget any that are gone. */
  revalidate(isPainted: (p: PaintedMention) => boolean): void {
    if (this.candidate && !isPainted(this.candidate)) this.cancelOpen();
    if (this.shown && !isPainted(this.shown)) this.hide();
  }

  /** Closes the card and forgets any mention waiting to open. */
  hide(): void {
    this.cancelOpen();
    this.closeCard();
  }

  /** Closes the open card only: a mention the pointer is resting on may still open after it. */
  private closeCard(): void {
    this.cancelClose();
    if (this.shown) {
      this.shown = undefined;
      this.presenter.hide();
    }
  }

  private show(painted: PaintedMention): void {
    this.cancelOpen();
    this.cancelClose();
    this.shown = painted;
    this.presenter.show(painted);
  }

  private scheduleClose(): void {
    if (this.closeTimer === undefined) {
      this.closeTimer = this.timers.setTimeout(() => this.closeCard(), this.timing.closeDelayMs);
    }
  }

  private cancelOpen(): void {
    this.candidate = undefined;
    if (this.openTimer !== undefined) this.timers.clearTimeout(this.openTimer);
    this.openTimer = undefined;
  }

  private cancelClose(): void {
    if (this.closeTimer !== undefined) this.timers.clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}
