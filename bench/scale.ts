/**
 * `npm run bench:scale [-- --limit N] [--copies 4] [--work DIR]`: issue 17's scale test on Reuters-21578.
 *
 * 1. One copy of the corpus (its first N stories: `--limit`, default all 21,578) built with 2 workers and an empty
 *    cache: the reference, in the same run.
 * 2. The corpus `--copies` times over (`prepareReutersCopies`: each copy 52 weeks later than the one before, so no
 *    story is a copy of another) built the same way: time and peak memory as ratios of (1). The issue's target for
 *    4 copies: ≤ 4.5× the time and ≤ 2× the peak memory.
 * 3. The single copy built in 2 slices side by side on the machine's 2 cores (`extract --shard i/2`, then
 *    `build --shard i/2`, 1 worker each, then `build --stitch`): its wall time against (1), and its output compared
 *    byte for byte with (1).
 * Every figure is printed with the load average when it was taken; the machine may be shared.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { parseArgs } from 'node:util';
import { prepareReutersCopies } from './corpora.ts';
import { chronicleAsync, chronicleBuild, load, type Run, type Timed } from './measure.ts';
import { differentFiles } from './site-bytes.ts';

const { values } = parseArgs({ options: { limit: { type: 'string' }, copies: { type: 'string' }, work: { type: 'string' } } });
const limit = values.limit ? Number(values.limit) : Infinity;
const copies = Number(values.copies ?? 4);
const work = path.resolve(values.work ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-scale-'))));
await fs.mkdir(work, { recursive: true });

async function fullBuild(name: string, n: number): Promise<{ run: Run; articles: number; out: string; input: string }> {
  const input = path.join(work, `${name}-input`);
  const out = path.join(work, `${name}-out`);
  const cache = path.join(work, `${name}-cache`);
  for (const dir of [input, out, cache]) await fs.rm(dir, { recursive: true, force: true });
  const articles = await prepareReutersCopies(input, limit, n);
  const run = chronicleBuild(input, out, ['--workers', '2', '--cache', cache]);
  console.error(`${name}: ${articles} stories, ${run.seconds.toFixed(1)} s, peak ${run.peakRssMb.toFixed(0)} MB (load ${run.load})`);
  return { run, articles, out, input };
}

/** Both slices of a step at once; the step's wall time is the slower slice's, its peak the sum of both. */
async function sideBySide(step: (i: number) => string[]): Promise<{ seconds: number; peakRssMb: number }> {
  const started = performance.now();
  const runs: Timed[] = await Promise.all([1, 2].map((i) => chronicleAsync(step(i))));
  return { seconds: (performance.now() - started) / 1000, peakRssMb: runs.reduce((sum, r) => sum + r.peakRssMb, 0) };
}

async function shardedBuild(input: string): Promise<{ seconds: number; steps: string; out: string }> {
  const cache = path.join(work, 'sharded-cache');
  const parts = path.join(work, 'sharded-parts');
  const out = path.join(work, 'sharded-out');
  for (const dir of [cache, parts, out]) await fs.rm(dir, { recursive: true, force: true });
  const extract = await sideBySide((i) => ['extract', '--shard', `${i}/2`, '--input', input, '--cache', cache, '--workers', '1']);
  const render = await sideBySide((i) => ['build', '--shard', `${i}/2`, '--input', input, '--cache', cache, '--out', path.join(parts, String(i)), '--workers', '1']);
  const stitch = chronicleBuild(input, out, ['--stitch', parts, '--cache', cache, '--workers', '2']);
  const seconds = extract.seconds + render.seconds + stitch.seconds;
  const steps = `extract ${extract.seconds.toFixed(1)} s (peak ${extract.peakRssMb.toFixed(0)} MB), render ${render.seconds.toFixed(1)} s (peak ${render.peakRssMb.toFixed(0)} MB), stitch ${stitch.seconds.toFixed(1)} s (peak ${stitch.peakRssMb.toFixed(0)} MB)`;
  return { seconds, steps, out };
}

try {
  const one = await fullBuild('single', 1);
  const many = await fullBuild(`x${copies}`, copies);
  const sharded = await shardedBuild(one.input);
  const diff = await differentFiles(one.out, sharded.out);
  console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; load now ${load()}\n`);
  console.log('| build | stories | time | × single | peak RSS | × single | load before → after |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [name, b] of [['single copy', one], [`${copies} copies`, many]] as const) {
    console.log(`| ${name} | ${b.articles} | ${b.run.seconds.toFixed(1)} s | ${(b.run.seconds / one.run.seconds).toFixed(2)} | ${b.run.peakRssMb.toFixed(0)} MB | ${(b.run.peakRssMb / one.run.peakRssMb).toFixed(2)} | ${b.run.load} |`);
  }
  console.log(
    `\nSingle copy in 2 slices side by side: ${sharded.seconds.toFixed(1)} s = **${(one.run.seconds / sharded.seconds).toFixed(2)}× the speed of one build** ` +
      `(${sharded.steps}); output vs the single build: ${diff.length === 0 ? '**byte-identical**' : `**${diff.length} files differ** (first: ${diff.slice(0, 5).join(', ')})`}`,
  );
} finally {
  if (!values.work) await fs.rm(work, { recursive: true, force: true });
}
