import type { RoleId } from '../../data/role-ids';
import type { AbbreviationHit, AbbreviationOverrides, BlockScan, Meaning, Mention, MentionVia } from './types';

/** How the page context decides an abbreviation (see `data/abbreviations.ts`). */
export interface AbbreviationRule {
  /** Roles the abbreviation may stand for without a definition. */
  readonly roles: readonly RoleId[];
  readonly contextRule: 'strongest' | 'unique';
}

/**
 * Distance, in characters, over which a full-title mention's weight as evidence falls by e (about one
 * paragraph): "the nearer and more frequent wins" (architecture), so a page with a product
 * section and a project section reads each section's "PM" from its own section.
 */
const DECAY_CHARS = 400;
/**
 * Evidence after an occurrence counts half as much as evidence before it: an abbreviation usually
 * refers back to what the text has just been talking about.
 */
const FOLLOWING_WEIGHT = 0.5;
/** Far evidence never decays below this weight per mention, so a long page still has context. */
const FLOOR_WEIGHT = 1e-6;
/** The winning meaning must lead the next one by this factor; otherwise precision first: no mention. */
const LEAD_FACTOR = 1.5;

interface Occurrence {
  readonly block: number;
  readonly hit: AbbreviationHit;
  readonly pos: number;
}

const roleKey = (roleId: RoleId) => `role:${roleId}`;
const otherKey = (label: string) => `other:${label}`;

/** Index of the last definition at or before `pos`, else the first after it. */
function bindingDefinition(definitions: readonly { pos: number; meaning: Meaning }[], pos: number): Meaning {
  let lo = 0;
  let hi = definitions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((definitions[mid] as { pos: number }).pos <= pos) lo = mid + 1;
    else hi = mid;
  }
  const chosen = definitions[lo > 0 ? lo - 1 : 0] as { meaning: Meaning };
  return chosen.meaning;
}

interface Evidence {
  readonly pos: number;
  readonly key: string;
}

/**
 * For queries in ascending order, the decayed count of each meaning's evidence at or before each
 * query: one sweep, so the cost is linear in the number of hits.
 */
function sweepBefore(evidence: readonly Evidence[], queries: readonly number[], keys: readonly string[]): number[][] {
  const running = keys.map(() => 0);
  const out: number[][] = [];
  let last = 0;
  let e = 0;
  const moveTo = (pos: number) => {
    const factor = Math.exp(-(pos - last) / DECAY_CHARS);
    for (let k = 0; k < running.length; k++) running[k] = (running[k] as number) * factor;
    last = pos;
  };
  for (const query of queries) {
    for (; e < evidence.length && (evidence[e] as Evidence).pos <= query; e++) {
      const item = evidence[e] as Evidence;
      moveTo(item.pos);
      const k = keys.indexOf(item.key);
      running[k] = (running[k] as number) + 1;
    }
    moveTo(query);
    out.push([...running]);
  }
  return out;
}

/**
 * Each meaning's score at each occurrence: its evidence on both sides, weighted by nearness (and
 * by side), plus a small weight per mention anywhere on the page.
 */
function contextScores(evidence: readonly Evidence[], queries: readonly number[], keys: readonly string[]): number[][] {
  const totals = keys.map((k) => evidence.filter((e) => e.key === k).length);
  const before = sweepBefore(evidence, queries, keys);
  const mirror = (pos: number) => -pos;
  const after = sweepBefore(
    [...evidence].reverse().map((e) => ({ pos: mirror(e.pos), key: e.key })),
    [...queries].reverse().map(mirror),
    keys,
  ).reverse();
  return queries.map((_, i) =>
    keys.map(
      (_, k) => (before[i]?.[k] ?? 0) + FOLLOWING_WEIGHT * (after[i]?.[k] ?? 0) + FLOOR_WEIGHT * (totals[k] as number),
    ),
  );
}

/** The key clearly ahead of all others, if any. */
function winner(keys: readonly string[], scores: readonly number[]): string | undefined {
  let best = -1;
  let bestScore = 0;
  let second = 0;
  scores.forEach((value, k) => {
    if (value > bestScore) {
      second = bestScore;
      best = k;
      bestScore = value;
    } else if (value > second) second = value;
  });
  return best >= 0 && bestScore >= LEAD_FACTOR * second ? keys[best] : undefined;
}

/**
 * Turns per-block scans into the document's mentions: every full title, and every abbreviation whose
 * meaning the document makes clear (architecture, abbreviation rules 2–4). A reader's corrections for
 * the site come first. Blocks are placed by their text lengths, or by `positions` when the caller
 * knows where each block stands (the page index does).
 */
export function resolveMentions(
  scans: readonly BlockScan[],
  rules: ReadonlyMap<string, AbbreviationRule>,
  overrides: AbbreviationOverrides = {},
  positions?: readonly number[],
): Mention[] {
  const mentions: Mention[] = [];
  const titleEvidence = new Map<RoleId, { pos: number }[]>();
  const byAbbreviation = new Map<
    string,
    {
      occurrences: Occurrence[];
      definitions: { pos: number; meaning: Meaning }[];
      phrases: { pos: number; key: string }[];
    }
  >();
  const entry = (abbreviation: string) => {
    let value = byAbbreviation.get(abbreviation);
    if (!value) {
      value = { occurrences: [], definitions: [], phrases: [] };
      byAbbreviation.set(abbreviation, value);
    }
    return value;
  };

  let offset = 0;
  scans.forEach((scan, block) => {
    if (positions) offset = positions[block] ?? offset;
    for (const t of scan.titles) {
      mentions.push({ block, start: t.start, end: t.end, roleId: t.roleId, surface: t.surface, via: 'title' });
      const list = titleEvidence.get(t.roleId) ?? [];
      list.push({ pos: offset + t.start });
      titleEvidence.set(t.roleId, list);
    }
    for (const hit of scan.abbreviations) {
      const e = entry(hit.abbreviation);
      e.occurrences.push({ block, hit, pos: offset + hit.start });
      if (hit.definition) e.definitions.push({ pos: offset + hit.start, meaning: hit.definition });
    }
    for (const p of scan.phrases) entry(p.abbreviation).phrases.push({ pos: offset + p.start, key: otherKey(p.label) });
    offset += scan.length + 1;
  });

  for (const [abbreviation, { occurrences, definitions, phrases }] of byAbbreviation) {
    if (occurrences.length === 0) continue;
    const push = (o: Occurrence, meaning: Meaning | undefined, via: MentionVia) => {
      if (meaning?.kind !== 'role') return;
      const { start, end, surface } = o.hit;
      mentions.push({ block: o.block, start, end, roleId: meaning.roleId, surface, via, abbreviation });
    };

    const correction = overrides[abbreviation];
    if (correction) {
      for (const o of occurrences) push(o, correction, 'correction');
      continue;
    }
    if (definitions.length > 0) {
      for (const o of occurrences) push(o, o.hit.definition ?? bindingDefinition(definitions, o.pos), 'definition');
      continue;
    }

    const rule = rules.get(abbreviation);
    if (!rule) continue;
    const evidence = [
      ...rule.roles.flatMap((roleId) =>
        (titleEvidence.get(roleId) ?? []).map(({ pos }) => ({ pos, key: roleKey(roleId) })),
      ),
      ...phrases,
    ].sort((a, b) => a.pos - b.pos);
    if (evidence.length === 0) continue; // Rule 4: no evidence at all, no mention.

    if (rule.contextRule === 'unique') {
      const present = new Set(evidence.map((e) => e.key));
      const only = present.size === 1 ? [...present][0] : undefined;
      const roleId = rule.roles.find((r) => roleKey(r) === only);
      if (roleId) for (const o of occurrences) push(o, { kind: 'role', roleId }, 'context');
      continue;
    }

    const keys = [...new Set([...rule.roles.map(roleKey), ...phrases.map((p) => p.key)])];
    // Occurrences are in document order already (blocks are read in order).
    const scores = contextScores(
      evidence,
      occurrences.map((o) => o.pos),
      keys,
    );
    occurrences.forEach((o, i) => {
      const key = winner(keys, scores[i] ?? []);
      const roleId = rule.roles.find((r) => roleKey(r) === key);
      if (roleId) push(o, { kind: 'role', roleId }, 'context');
    });
  }

  return mentions.sort((a, b) => a.block - b.block || a.start - b.start);
}
