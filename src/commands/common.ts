/** What the commands share: their output channels, the extraction step, the summary line. */
import type { BuildContext } from '../config/context.ts';
import type { Graph } from '../types.ts';
import { buildGraph, formatProblem } from '../pipeline.ts';
import type { Progress } from '../util/progress.ts';
import type { MarkedGraph } from '../resolve/unchanged.ts';

export interface Io {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Where live progress bars are drawn when it is a terminal; otherwise progress is one `stderr` line per stage. */
  tty?: NodeJS.WriteStream;
}

/** The graph of `ctx.input`, its problems and notes printed on stderr. */
export async function extractGraph(ctx: BuildContext, io: Io, progress: Progress, mark = false): Promise<MarkedGraph> {
  const graph = await buildGraph({ input: ctx.input, progress, mark, ...(ctx.workers !== undefined ? { workers: ctx.workers } : {}), ...(ctx.cacheDir !== undefined ? { cacheDir: ctx.cacheDir } : {}) });
  for (const p of graph.problems) io.stderr(formatProblem(p));
  for (const note of graph.notes) io.stderr(`note: ${note}`);
  return graph;
}

/** When the command began, in ms since the process started: Node's own start and the loading of Chronicle's code. */
let startUp: number | undefined;

/** Called as a command begins (src/cli.ts `main`); the first call counts. */
export function markStartUp(): void {
  startUp ??= performance.now();
}

/**
 * With CHRONICLE_TIMINGS set, every stage's wall time on one line of stderr, for the benchmarks (bench/measure.ts),
 * start-up first (`start`, when known): what a rebuild pays before reading its input.
 */
export function printTimings(io: Io, progress: Progress): void {
  if (!process.env.CHRONICLE_TIMINGS) return;
  const stages: (readonly [string, number])[] = startUp === undefined ? progress.timings : [['start', startUp], ...progress.timings];
  io.stderr(`timings: ${stages.map(([s, ms]) => `${s} ${(ms / 1000).toFixed(1)}s`).join(', ')}`);
}

export function summary(graph: Graph): string {
  const duplicates = graph.articles.filter((a) => a.duplicateOf !== undefined).length;
  return (
    `${graph.articles.length} articles (${duplicates} duplicates), ${graph.entities.length} entities, ` +
    `${graph.events.length} events, ${graph.problems.length} problems (${skippedCounts(graph)})`
  );
}

/**
 * What the errors left out: whole files, and the lines or items of files that gave other articles (a JSON Lines
 * file's broken line, a feed's empty item). Counting every error as a file skipped overstated a dump's losses.
 */
export function skippedCounts(graph: Pick<Graph, 'articles' | 'problems'>): string {
  const used = new Set(graph.articles.map((a) => a.file));
  const errors = graph.problems.filter((p) => p.severity === 'error');
  const files = new Set(errors.filter((p) => !used.has(p.file)).map((p) => p.file)).size;
  const parts = errors.filter((p) => used.has(p.file)).length;
  return `${files} ${files === 1 ? 'file' : 'files'} skipped${parts > 0 ? `, ${parts} ${parts === 1 ? 'line or item' : 'lines or items'} skipped` : ''}`;
}
