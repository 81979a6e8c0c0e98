/**
 * compromise's share of a CPU profile, and who asks for it (issue 15 item 2, issue 17 item 2): reads a profile that
 * `node --cpu-prof` wrote and prints the profile's total, the time spent in or under compromise's code (its parses
 * and its module's loading), and that time split by the first two Chronicle functions above compromise and
 * src/extract/nlp.ts, with their compiled files (function@file:line of the code Chronicle runs, `.cache/src-*`).
 *
 *   node --cpu-prof --cpu-prof-dir=PROF bin/chronicle.js extract --input DIR --json OUT --no-cache --workers 1
 *   node --import tsx bench/compromise-profile.ts PROF/*.cpuprofile [N rows]
 *
 * Times are sampled wall time on the profiled thread: under load they stretch, so compare shares, not milliseconds,
 * between profiles (session 34, speed44).
 */
import { readFileSync } from 'node:fs';

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** A frame inside compromise's package, or nlp.ts, Chronicle's one home of it. */
const inCompromise = (f: CallFrame) => /node_modules\/compromise\//.test(f.url) || /\/extract\/nlp\.[jt]s$/.test(f.url);
const fileOf = (url: string) => url.replace(/^.*\//, '');
const frameName = (f: CallFrame) => `${f.functionName || '(anonymous)'}@${fileOf(f.url)}:${f.lineNumber + 1}`;

export interface CompromiseShare { total: number; compromise: number; byCaller: [string, number][] }

/** Total and compromise's sampled milliseconds of a profile, compromise's split by the callers above it. */
export function compromiseShare(profile: Profile): CompromiseShare {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    self.set(id, (self.get(id) ?? 0) + dt);
    total += dt;
  });
  let compromise = 0;
  const callers = new Map<string, number>();
  for (const [id, dt] of self) {
    // The stack from the root down to the sampled frame.
    const stack: CallFrame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.unshift(byId.get(at)!.callFrame);
    const outer = stack.findIndex(inCompromise);
    if (outer < 0) continue;
    compromise += dt;
    // (The memo a text's tags pass through, util/memo.ts, is no caller.)
    const above = stack.slice(0, outer).filter((f) => !/\/util\/memo\.[jt]s$/.test(f.url));
    const key = above.slice(-2).reverse().map(frameName).join(' < ') || '(root)';
    callers.set(key, (callers.get(key) ?? 0) + dt);
  }
  const ms = (us: number) => us / 1000;
  return { total: ms(total), compromise: ms(compromise), byCaller: [...callers].map(([k, us]): [string, number] => [k, ms(us)]).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)) };
}

if (process.argv[1]?.endsWith('compromise-profile.ts')) {
  const [file, rows] = process.argv.slice(2);
  if (!file) throw new Error('usage: bench/compromise-profile.ts PROFILE.cpuprofile [rows]');
  const share = compromiseShare(JSON.parse(readFileSync(file, 'utf8')) as Profile);
  console.log(`profile ${share.total.toFixed(0)} ms; compromise and its callers' use of it ${share.compromise.toFixed(0)} ms (${((100 * share.compromise) / share.total).toFixed(1)}%)`);
  for (const [caller, ms] of share.byCaller.slice(0, Number(rows ?? 20))) console.log(`${ms.toFixed(0).padStart(7)}  ${caller}`);
}
