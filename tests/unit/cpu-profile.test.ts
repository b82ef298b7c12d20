import { describe, expect, it } from 'vitest';
import { type CpuProfile, cpuMsOf } from '../../tools/cpu-profile';
import { attributeLongTasks, causedByUs } from '../../tools/long-tasks';

/**
 * The CPU attribution the benchmark and the reliability tests rely on: native frames are charged to
 * the script that called them, and a sampling gap is not taken for work.
 */
const EXT = 'chrome-extension://id/content-scripts/content.js';
const PAGE = 'http://127.0.0.1/app.js';

// root → scan (extension) → setStart (native); root → app (page); root → (idle); root → clock mark (page)
const nodes: CpuProfile['nodes'] = [
  { id: 1, callFrame: { url: '', functionName: '(root)' }, children: [2, 4, 5, 6] },
  { id: 2, callFrame: { url: EXT, functionName: 'scan' }, children: [3] },
  { id: 3, callFrame: { url: '', functionName: 'setStart' } },
  { id: 4, callFrame: { url: PAGE, functionName: 'app' } },
  { id: 5, callFrame: { url: '', functionName: '(idle)' } },
  { id: 6, callFrame: { url: PAGE, functionName: 'rolelensBenchClockMark' } },
];
const owns = (url: string) => url.startsWith('chrome-extension://');

describe('cpuMsOf', () => {
  it('charges native frames to the script that called them, each sample until the next', () => {
    const profile = { nodes, samples: [2, 3, 4, 5], timeDeltas: [0, 100, 200, 300] };
    // scan (100 µs until the next sample) + setStart (200 µs), not app or idle.
    expect(cpuMsOf(profile, owns)).toBeCloseTo(0.3);
  });

  it('caps what one sample stands for when asked', () => {
    const profile = { nodes, samples: [2, 4], timeDeltas: [0, 40_000] };
    expect(cpuMsOf(profile, owns)).toBeCloseTo(40);
    expect(cpuMsOf(profile, owns, 1000)).toBeCloseTo(1);
  });
});

describe('attributeLongTasks', () => {
  // The profile clock starts at 1,000,000 µs; the clock mark, sampled at 2,000,000 µs, ran at page
  // time 1500 ms: page time 1000 ms is profile time 1,500,000 µs.
  function profileOf(samples: [id: number, timeUs: number][]) {
    const times = samples.map(([, t]) => t);
    return {
      nodes,
      startTime: 1_000_000,
      samples: samples.map(([id]) => id),
      timeDeltas: times.map((t, i) => t - (i === 0 ? 1_000_000 : (times[i - 1] as number))),
    };
  }

  it('charges the extension the CPU it used inside each long task', () => {
    // A 60 ms task at page time 1000 ms, two thirds of it ours.
    const samples: [number, number][] = [];
    for (let t = 0; t < 60_000; t += 100) samples.push([t < 40_000 ? 2 : 4, 1_500_000 + t]);
    samples.push([5, 1_560_000], [6, 2_000_000], [6, 2_000_100]);
    const [task] = attributeLongTasks(profileOf(samples), [[1000, 60]], 1500, owns);
    expect(task?.ownMs).toBeCloseTo(40, 0);
    expect(task && causedByUs(task)).toBe(true);
  });

  it('does not take a gap in the sampling for the extension’s work', () => {
    // One extension sample, then nothing for 45 ms (the sampler was not scheduled), then the page.
    const samples: [number, number][] = [[2, 1_500_000]];
    for (let t = 45_000; t < 60_000; t += 100) samples.push([4, 1_500_000 + t]);
    samples.push([5, 1_560_000], [6, 2_000_000], [6, 2_000_100]);
    const [task] = attributeLongTasks(profileOf(samples), [[1000, 60]], 1500, owns);
    expect(task?.ownMs).toBeLessThanOrEqual(1);
    expect(task && causedByUs(task)).toBe(false);
  });
});
