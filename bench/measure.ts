/** Running a timed `chronicle build` or `chronicle extract` for the benchmarks: wall time, peak RSS (GNU time), per-stage timings, load. */
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promises as fs } from 'node:fs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Run { seconds: number; cpuSeconds: number; peakRssMb: number; stages: Record<string, number>; summary: string; load: string }

/** The middle value; of an even count, the upper of the two middle ones, so that it is always a run that happened. */
export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');

export interface Timed { seconds: number; cpuSeconds: number; peakRssMb: number; stderr: string; stdout: string }

/** What GNU time's `-v` report says of a finished command, with the wall time measured around it. */
function timeReport(cmd: string, args: string[], seconds: number, r: { status: number | null; stderr: string; stdout: string }): Timed {
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr.slice(-3000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const cpu = (what: string) => Number(new RegExp(`${what} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1] ?? NaN);
  return { seconds, cpuSeconds: cpu('User') + cpu('System'), peakRssMb: rss ? Number(rss[1]) / 1024 : NaN, stderr: r.stderr, stdout: r.stdout };
}

export function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Timed {
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  return timeReport(cmd, args, (performance.now() - started) / 1000, r);
}

/** As `timed`, without blocking: for commands that run side by side (the slices of a sharded build). */
export function timedAsync(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Timed> {
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-v', cmd, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) =>
    child.on('close', (status) => {
      try {
        resolve(timeReport(cmd, args, (performance.now() - started) / 1000, { status, stderr, stdout }));
      } catch (e) {
        reject(e as Error);
      }
    }),
  );
}

/** The `chronicle` the benchmarks run: the clone's (src/ compiled on first use) unless packedCli set an installed one. */
let cli = 'bin/chronicle.js';

/**
 * Runs Chronicle as npm installs it from now on: `npm pack` (which compiles src/ into lib/), the tarball unpacked in
 * `dir`, this clone's node_modules linked beside it; its bin runs the compiled JavaScript, no tsx (tests/pack.test.ts
 * installs it for real). Code versions differ from the clone's (installed library versions instead of
 * package-lock.json), so its caches are its own.
 */
export async function usePackedCli(dir: string): Promise<string> {
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true });
  const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr.slice(-2000)}`);
  const [tarball] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string }[];
  const untar = spawnSync('tar', ['-xzf', path.join(dir, tarball!.filename), '-C', dir]);
  if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
  await fs.symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'package', 'node_modules'));
  cli = path.join(dir, 'package', 'bin', 'chronicle.js');
  return cli;
}

/** A `chronicle` command with its per-stage timings (CHRONICLE_TIMINGS) and the machine's load when it started. */
function chronicleRun(args: string[]): Run {
  const before = load();
  const r = timed(process.execPath, [cli, ...args], { CHRONICLE_TIMINGS: '1', ASTRO_TELEMETRY_DISABLED: '1' });
  const stages: Record<string, number> = {};
  const line = /timings: (.*)/.exec(r.stderr)?.[1] ?? '';
  for (const m of line.matchAll(/([a-z ]+?) ([\d.]+)s/g)) stages[m[1]!.trim()] = Number(m[2]);
  return { seconds: r.seconds, cpuSeconds: r.cpuSeconds, peakRssMb: r.peakRssMb, stages, summary: r.stdout.trim().split('\n').at(-1) ?? '', load: `${before} → ${load()}` };
}

export const chronicleBuild = (input: string, out: string, flags: string[]): Run => chronicleRun(['build', '--input', input, '--out', out, ...flags]);

/** A `chronicle` command that runs beside others (its stage timings are not read). */
export const chronicleAsync = (args: string[]): Promise<Timed> => timedAsync(process.execPath, [cli, ...args], { ASTRO_TELEMETRY_DISABLED: '1' });

export const chronicleExtract = (input: string, json: string, flags: string[]): Run => chronicleRun(['extract', '--input', input, '--json', json, ...flags]);

/** Stage timings as the CLI prints them: "extract 4.4s, render 6.3s". */
export const formatStages = (stages: Record<string, number>) => Object.entries(stages).map(([s, t]) => `${s} ${t.toFixed(1)}s`).join(', ');
