/** Progress: a bar with counts and an ETA on a terminal, one line per stage without one, timings either way. */
import { describe, expect, it } from 'vitest';
import { formatBar, lineProgress, terminalProgress } from '../src/util/progress.ts';
import { markStartUp, printTimings } from '../src/commands/common.ts';

describe('formatBar', () => {
  it('shows counts, elapsed time and the ETA at the pace so far', () => {
    expect(formatBar('extract', 250, 1000, 10_000, 8)).toBe('extract  ██░░░░░░ 250/1000 10.0s eta 30s');
  });
  it('drops the ETA when nothing is done yet or everything is', () => {
    expect(formatBar('render', 0, 10, 500, 4)).toBe('render   ░░░░ 0/10 0.5s');
    expect(formatBar('render', 10, 10, 500, 4)).toBe('render   ████ 10/10 0.5s');
  });
});

describe('lineProgress', () => {
  it('writes one line per finished stage, with its notes, and keeps every stage timing', () => {
    const lines: string[] = [];
    const progress = lineProgress((l) => lines.push(l));
    progress.start('extract', 3);
    progress.tick();
    progress.tick(2);
    progress.note('2 cached, 1 extracted');
    progress.done();
    progress.start('render', 5);
    progress.done();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^extract: 3 in \d+\.\ds \(2 cached, 1 extracted\)$/);
    expect(lines[1]).toMatch(/^render: 5 in \d+\.\ds$/);
    expect(progress.timings.map(([stage]) => stage)).toEqual(['extract', 'render']);
  });

  it('is chosen when the stream is not a terminal', () => {
    const lines: string[] = [];
    const progress = terminalProgress((l) => lines.push(l), { isTTY: false } as NodeJS.WriteStream);
    progress.start('index', 1);
    progress.done();
    expect(lines).toHaveLength(1);
  });
});

describe('printTimings', () => {
  it('puts start-up (process start to the command, marked once) before the stages, with CHRONICLE_TIMINGS', () => {
    const lines: string[] = [];
    const progress = lineProgress(() => {});
    progress.start('read', 1);
    progress.done();
    markStartUp();
    const marked = performance.now();
    markStartUp(); // a later call does not move it
    const saved = process.env.CHRONICLE_TIMINGS;
    process.env.CHRONICLE_TIMINGS = '1';
    try {
      printTimings({ stdout: () => {}, stderr: (l) => lines.push(l) }, progress);
    } finally {
      if (saved === undefined) delete process.env.CHRONICLE_TIMINGS;
      else process.env.CHRONICLE_TIMINGS = saved;
    }
    const m = /^timings: start ([\d.]+)s, read [\d.]+s$/.exec(lines[0] ?? '');
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(0);
    expect(Number(m![1])).toBeLessThanOrEqual(Math.ceil(marked / 100) / 10);
  });
});
