// `node bench/cpuprofile-top.mjs FILE.cpuprofile [N]` (session 44, speed57): the N functions with the most self time
// and the 2N with the most inclusive time (a function counted once per stack) of a `node --cpu-prof` profile — one file
// per thread, so `--cpu-prof-dir D` on a build with workers gives each extraction worker's own.
import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const N = Number(process.argv[3] ?? 25);
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const dt = new Map();
for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const key = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*\/(src|node_modules)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
const self = new Map(), total = new Map();
let all = 0;
for (const n of p.nodes) {
  const t = (dt.get(n.id) ?? 0) / 1e6; all += t;
  const k = key(n); self.set(k, (self.get(k) ?? 0) + t);
  const seen = new Set();
  for (let id = n.id; id !== undefined; id = parent.get(id)) { const kk = key(byId.get(id)); if (seen.has(kk)) continue; seen.add(kk); total.set(kk, (total.get(kk) ?? 0) + t); }
}
console.log(`sampled ${all.toFixed(2)} s`);
console.log('--- self');
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, N)) console.log(t.toFixed(2), k);
console.log('--- total');
for (const [k, t] of [...total].sort((a, b) => b[1] - a[1]).slice(0, N * 2)) console.log(t.toFixed(2), k);
