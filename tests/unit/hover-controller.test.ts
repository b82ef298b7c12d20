import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverController } from '../../entrypoints/content/hover/hover-controller';
import type { PaintedMention } from '../../entrypoints/content/painter/highlight-painter';

const mention = (name: string) => ({ name }) as unknown as PaintedMention;
const a = mention('a');
const b = mention('b');

describe('hover card timing', () => {
  let shown: PaintedMention[];
  let hidden: number;
  let hover: HoverController;

  beforeEach(() => {
    vi.useFakeTimers();
    shown = [];
    hidden = 0;
    hover = new HoverController(
      { show: (p) => shown.push(p), hide: () => hidden++ },
      { setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id) },
      { openDelayMs: () => 350, closeDelayMs: 250 },
    );
  });

  it('opens only after the pointer rests on a mention', () => {
    hover.pointer(a, false);
    vi.advanceTimersByTime(349);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual([a]);
  });

  it('does not open for a pointer passing over', () => {
    hover.pointer(a, false);
    vi.advanceTimersByTime(200);
    hover.pointer(undefined, false);
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual([]);
  });

  it('stays open while the pointer is over the card, closes a little after it leaves both', () => {
    hover.pointer(a, false);
    vi.advanceTimersByTime(350);
    hover.pointer(undefined, false);
    vi.advanceTimersByTime(100);
    hover.pointer(undefined, true); // reached the card
    vi.advanceTimersByTime(2000);
    expect(hidden).toBe(0);
    hover.pointer(undefined, false);
    vi.advanceTimersByTime(249);
    expect(hidden).toBe(0);
    vi.advanceTimersByTime(1);
    expect(hidden).toBe(1);
  });

  it('closes on Escape and stays closed for that mention until the pointer leaves it', () => {
    hover.pointer(a, false);
    vi.advanceTimersByTime(350);
    hover.escape();
    expect(hidden).toBe(1);
    hover.pointer(a, false);
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual([a]);
    hover.pointer(undefined, false);
    hover.pointer(a, false);
    vi.advanceTimersByTime(350);
    expect(shown).toEqual([a, a]);
  });

  it('moves to another mention after the same rest', () => {
    hover.pointer(a, false);
    vi.advanceTimersByTime(350);
    hover.pointer(b, false);
    vi.advanceTimersByTime(350);
    expect(shown).toEqual([a, b]);
  });

  it('closes when the mention scrolls out of view or leaves the page', () => {
    hover.pointer(a, false);
    vi.advanceTimersByTime(350);
    hover.scrolled(true);
    expect(hidden).toBe(0);
    hover.scrolled(false);
    expect(hidden).toBe(1);
    hover.showNow(b);
    hover.revalidate((p) => p !== b);
    expect(hidden).toBe(2);
  });
});
