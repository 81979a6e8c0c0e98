/**
 * `npm run bench:big [-- --runs N]`: build time of the two very large inputs of issue 7 — a 5 MB transcript and a
 * 1.4 MB file that is one single line (tests/helpers/big-article.ts makes both, same bytes every run) — each built
 * alone, N times (default 3), reported as the median with its stage timings and peak RSS. The seed site is built
 * the same way in the same run as the reference: the ratio shows what the big file costs beyond a build's fixed
 * start-up (Astro, Vite, Pagefind), which on a loaded machine is itself several seconds. Every build is a full one
 * (`--no-cache`): the extraction cache would otherwise make every run after the first skip extraction.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { parseArgs } from 'node:util';
import { bigInputs } from '../tests/helpers/big-article.ts';
import { ROOT, chronicleBuild, formatStages, load, median, type Run } from './measure.ts';

const TARGET_SECONDS = 20;
const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const runs = Number(values.runs ?? 3);

function build(input: string, out: string): Run {
  // Every build is a full one: the extraction cache would make every run after the first skip extraction.
  return chronicleBuild(input, out, ['--no-cache']);
}

const work = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-bench-big-'));
try {
  const inputs: { name: string; dir: string }[] = [{ name: 'seeds (reference)', dir: path.join(ROOT, 'seeds') }];
  for (const { file, text } of bigInputs()) {
    const dir = path.join(work, file);
    await fs.mkdir(dir);
    await fs.writeFile(path.join(dir, file), text);
    inputs.push({ name: `${file} (${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB)`, dir });
  }
  const results = new Map<string, Run[]>();
  // Interleaved, so a burst of load elsewhere falls on all inputs alike.
  for (let run = 0; run < runs; run++) {
    for (const input of inputs) {
      const m = build(input.dir, path.join(work, `out-${run}-${path.basename(input.dir)}`));
      results.set(input.name, [...(results.get(input.name) ?? []), m]);
      console.error(`run ${run + 1}/${runs} ${input.name}: ${m.seconds.toFixed(1)} s (${formatStages(m.stages)})`);
    }
  }
  const reference = median(results.get(inputs[0]!.name)!.map((m) => m.seconds));
  console.log(`\n${os.cpus().length} cores, ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}, load average ${load()}, ${runs} runs each\n`);
  console.log('| input | median build | × seeds build | peak RSS | stage timings (median run) | under 20 s |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const input of inputs) {
    const ms = results.get(input.name)!;
    const seconds = median(ms.map((m) => m.seconds));
    const mid = ms.find((m) => m.seconds === seconds)!;
    const verdict = input === inputs[0] ? '—' : seconds < TARGET_SECONDS ? 'yes' : 'NO';
    console.log(`| ${input.name} | ${seconds.toFixed(1)} s | ${(seconds / reference).toFixed(2)} | ${Math.round(median(ms.map((m) => m.peakRssMb)))} MB | ${formatStages(mid.stages)} | ${verdict} |`);
  }
} finally {
  await fs.rm(work, { recursive: true, force: true });
}
