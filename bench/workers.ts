/**
 * `npm run bench:workers [-- --rounds N] [--limit N]`: the extraction speed-up of 2 workers over 1, on the BBC
 * corpus (read from ../shared/corpus at run time), as a median over N rounds (default 7: an odd count, so that the
 * median is one round's own figure).
 *
 * This machine's speed drifts by tens of percent from one minute to the next, so one 1-worker run against one
 * 2-worker run says little. Each round runs `chronicle extract --no-cache` once with each worker count, back to
 * back, in alternating order (1, 2 then 2, 1) so that a drift in one direction does not always favour the same
 * count; the speed-up is reported per round, as the median of the rounds' ratios and as the ratio of the medians.
 * Every round also checks that the two graph.json files are byte-identical.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { parseArgs } from 'node:util';
import { prepareBbc } from './corpora.ts';
import { chronicleExtract, median, type Run } from './measure.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string' }, limit: { type: 'string' } } });
const rounds = Number(values.rounds ?? 7);
const limit = values.limit ? Number(values.limit) : Infinity;
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number from 1, not "${values.rounds}"`);

const work = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-bench-workers-'));
try {
  const input = path.join(work, 'bbc');
  const articles = await prepareBbc(input, limit);
  const rows: { one: Run; two: Run }[] = [];
  const run = (workers: number) => chronicleExtract(input, path.join(work, `graph-${workers}.json`), ['--workers', String(workers), '--no-cache']);
  for (let round = 0; round < rounds; round++) {
    let one: Run, two: Run;
    if (round % 2 === 0) {
      one = run(1);
      two = run(2);
    } else {
      two = run(2);
      one = run(1);
    }
    const [a, b] = await Promise.all([1, 2].map((w) => fs.readFile(path.join(work, `graph-${w}.json`))));
    if (!a!.equals(b!)) throw new Error(`round ${round + 1}: graph.json differs between 1 and 2 workers`);
    rows.push({ one, two });
    console.error(`round ${round + 1}/${rounds}: extract ${extractSeconds(one).toFixed(1)} s with 1 worker, ${extractSeconds(two).toFixed(1)} s with 2 (${ratio(one, two).toFixed(2)}×); graph.json identical`);
  }

  const ones = rows.map((r) => extractSeconds(r.one));
  const twos = rows.map((r) => extractSeconds(r.two));
  const ratios = rows.map((r) => ratio(r.one, r.two));
  console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${articles} BBC articles, ${rounds} rounds\n`);
  console.log('| round | order | 1 worker: extract stage (whole command, cores used) | 2 workers: extract stage (whole command, cores used) | speed-up | load before 1 → after; before 2 → after |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  rows.forEach(({ one, two }, i) => {
    const cell = (r: Run) => `${extractSeconds(r).toFixed(1)} s (${r.seconds.toFixed(1)} s, ${(r.cpuSeconds / r.seconds).toFixed(2)})`;
    console.log(`| ${i + 1} | ${i % 2 === 0 ? '1, 2' : '2, 1'} | ${cell(one)} | ${cell(two)} | ${ratios[i]!.toFixed(2)}× | ${one.load}; ${two.load} |`);
  });
  console.log('');
  console.log(
    `Extraction speed-up on 2 workers: **${median(ratios).toFixed(2)}×** (median of ${rounds} rounds; range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×); ` +
      `ratio of the medians ${median(ones).toFixed(1)} s / ${median(twos).toFixed(1)} s = ${(median(ones) / median(twos)).toFixed(2)}×; graph.json byte-identical in every round.`,
  );
} finally {
  await fs.rm(work, { recursive: true, force: true });
}

function extractSeconds(r: Run): number {
  const s = r.stages.extract;
  if (s === undefined) throw new Error(`no extract timing in the command's output (stages: ${Object.keys(r.stages).join(', ') || 'none'})`);
  return s;
}

function ratio(one: Run, two: Run): number {
  return extractSeconds(one) / extractSeconds(two);
}
