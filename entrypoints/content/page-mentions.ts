import type { RoleId } from '../../data/role-ids';
import type { AbbreviationOverrides, Matcher, Mention } from '../../lib/matching';
import type { AbbreviationReading } from '../../lib/messages';
import type { HighlightPainter, PaintedMention } from './painter/highlight-painter';
import type { IndexedBlock, PageIndex } from './scanner/page-index';
import type { ScanListener } from './scanner/page-scanner';

/** Plain order for ASCII ids (`localeCompare` would load a collator: milliseconds, cold). */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Mentions of a block's full titles: these need nothing but the block itself. */
function titleMentions(indexed: IndexedBlock): Mention[] {
  return indexed.scan.titles.map((t) => ({ block: 0, ...t, via: 'title' as const }));
}

function sameMentions(a: readonly Mention[], b: readonly Mention[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => {
      const n = b[i] as Mention;
      return m.start === n.start && m.end === n.end && m.roleId === n.roleId && m.via === n.via;
    })
  );
}

/**
 * Decides what to paint as the scanner reads: full titles at once, block by block; abbreviations by
 * the whole page's evidence (architecture, abbreviation rules), so when any block changes, every
 * block with hits is resolved again and only those whose mentions differ are repainted. Pages without
 * abbreviations never pay for that.
 */
export class PageMentions implements ScanListener {
  private abbreviationMentions = 0;

  constructor(
    private readonly index: () => PageIndex,
    private readonly matcher: Matcher,
    private readonly painter: HighlightPainter,
    private readonly overrides: () => AbbreviationOverrides,
    private readonly afterPaint: () => void = () => {},
  ) {}

  onBlocks(changed: readonly IndexedBlock[], removed: readonly IndexedBlock[]): void {
    for (const block of removed) this.painter.clear(block);
    const index = this.index();
    // Abbreviations are read from the whole page's evidence: not before the first full read.
    if (index.complete && (index.abbreviations > 0 || this.abbreviationMentions > 0)) this.resolveAll(changed);
    else for (const block of changed) this.painter.paint(block, titleMentions(block));
    this.afterPaint();
  }

  onStale(blocks: readonly IndexedBlock[]): void {
    for (const block of blocks) this.painter.clear(block);
    this.afterPaint();
  }

  /** Paints everything again (after a correction changed how abbreviations read). */
  repaintAll(): void {
    this.resolveAll(this.index().hitBlocks(), true);
    this.afterPaint();
  }

  /** Roles on the page with their number of mentions, most frequent first. */
  roleCounts(): { roleId: RoleId; count: number }[] {
    const counts = new Map<RoleId, number>();
    for (const painted of this.painter.all()) {
      counts.set(painted.mention.roleId, (counts.get(painted.mention.roleId) ?? 0) + 1);
    }
    return [...counts]
      .map(([roleId, count]) => ({ roleId, count }))
      .sort((a, b) => b.count - a.count || byCodeUnits(a.roleId, b.roleId));
  }

  /** Every painted mention, of all roles, in document order. */
  allInDocumentOrder(): PaintedMention[] {
    return [...this.painter.all()].sort((x, y) => x.block.key - y.block.key || x.mention.start - y.mention.start);
  }

  /** A role's painted mentions in document order. */
  inDocumentOrder(roleId: RoleId): PaintedMention[] {
    return [...this.painter.all()]
      .filter((p) => p.mention.roleId === roleId)
      .sort((x, y) => x.block.key - y.block.key || x.mention.start - y.mention.start);
  }

  /** How each abbreviation was read on the page, and how often. */
  readings(): AbbreviationReading[] {
    const counts = new Map<string, AbbreviationReading>();
    for (const { mention } of this.painter.all()) {
      if (!mention.abbreviation) continue;
      const key = `${mention.abbreviation}|${mention.roleId}|${mention.via}`;
      const seen = counts.get(key);
      counts.set(key, {
        abbreviation: mention.abbreviation,
        roleId: mention.roleId,
        via: mention.via,
        count: (seen?.count ?? 0) + 1,
      });
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || byCodeUnits(a.abbreviation, b.abbreviation));
  }

  private resolveAll(changed: readonly IndexedBlock[], force = false): void {
    const blocks = this.index().hitBlocks();
    const mentions = this.matcher.resolve(
      blocks.map((b) => b.scan),
      this.overrides(),
      blocks.map((b) => b.key),
    );
    const byBlock = new Map<number, Mention[]>();
    let abbreviations = 0;
    for (const m of mentions) {
      if (m.via !== 'title') abbreviations++;
      const list = byBlock.get(m.block);
      if (list) list.push(m);
      else byBlock.set(m.block, [m]);
    }
    this.abbreviationMentions = abbreviations;
    const mustPaint = new Set(changed);
    blocks.forEach((block, i) => {
      const next = byBlock.get(i) ?? [];
      const now = this.painter.mentionsOf(block).map((p) => p.mention);
      if (force || mustPaint.has(block) || !sameMentions(now, next)) this.painter.paint(block, next);
      mustPaint.delete(block);
    });
    // Changed blocks without hits: nothing to paint, but whatever was there goes.
    for (const block of mustPaint) this.painter.paint(block, []);
  }
}
