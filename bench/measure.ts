/** Running a timed `chronicle build` for the benchmarks: wall time, peak RSS (GNU time), per-stage timings, load. */
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Run { seconds: number; peakRssMb: number; stages: Record<string, number>; summary: string; load: string }

export const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');

export function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): { seconds: number; peakRssMb: number; stderr: string; stdout: string } {
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr.slice(-3000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  return { seconds, peakRssMb: rss ? Number(rss[1]) / 1024 : NaN, stderr: r.stderr, stdout: r.stdout };
}

/** `chronicle build` with its per-stage timings (CHRONICLE_TIMINGS) and the machine's load when it started. */
export function chronicleBuild(input: string, out: string, flags: string[]): Run {
  const before = load();
  const r = timed(process.execPath, ['bin/chronicle.js', 'build', '--input', input, '--out', out, ...flags], { CHRONICLE_TIMINGS: '1', ASTRO_TELEMETRY_DISABLED: '1' });
  const stages: Record<string, number> = {};
  const line = /timings: (.*)/.exec(r.stderr)?.[1] ?? '';
  for (const m of line.matchAll(/([a-z ]+?) ([\d.]+)s/g)) stages[m[1]!.trim()] = Number(m[2]);
  return { seconds: r.seconds, peakRssMb: r.peakRssMb, stages, summary: r.stdout.trim().split('\n').at(-1) ?? '', load: `${before} → ${load()}` };
}

/** Stage timings as the CLI prints them: "extract 4.4s, render 6.3s". */
export const formatStages = (stages: Record<string, number>) => Object.entries(stages).map(([s, t]) => `${s} ${t.toFixed(1)}s`).join(', ');
