/**
 * `npm run bench [-- --only bbc|reuters] [--limit N]`: full Chronicle builds of real corpora, read from
 * ../shared/corpus at run time, with a reference build of the same articles as plain pages by Hugo (Debian's
 * `hugo` package) in the same run, so figures can be read as ratios on a noisy machine.
 *
 * Prints, per corpus: per-stage wall time (extract, model, render, pagefind, offline search), peak RSS, articles/s,
 * pages/s, page and file counts, search index sizes, and time relative to Hugo. Results go to stdout as a
 * Markdown table; bench/RESULTS.md keeps the committed figures.
 */
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { promises as fs, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prepareBbc, prepareReuters } from './corpora.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { only: { type: 'string' }, limit: { type: 'string' }, runs: { type: 'string' } } });
const limit = values.limit ? Number(values.limit) : Infinity;
const runs = Number(values.runs ?? 1);

interface Run { seconds: number; peakRssMb: number; stages: Record<string, number>; summary: string }

function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): { seconds: number; peakRssMb: number; stderr: string; stdout: string } {
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr.slice(-3000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  return { seconds, peakRssMb: rss ? Number(rss[1]) / 1024 : NaN, stderr: r.stderr, stdout: r.stdout };
}

function chronicleBuild(input: string, out: string): Run {
  const r = timed(process.execPath, ['bin/chronicle.js', 'build', '--input', input, '--out', out], { CHRONICLE_TIMINGS: '1', ASTRO_TELEMETRY_DISABLED: '1' });
  const stages: Record<string, number> = {};
  const line = /timings: (.*)/.exec(r.stderr)?.[1] ?? '';
  for (const m of line.matchAll(/([a-z ]+?) ([\d.]+)s/g)) stages[m[1]!.trim()] = Number(m[2]);
  return { seconds: r.seconds, peakRssMb: r.peakRssMb, stages, summary: r.stdout.trim().split('\n').at(-1) ?? '' };
}

/** The reference: the same articles as plain Markdown pages, built by Hugo with a one-template theme. */
async function hugoBuild(input: string, work: string): Promise<{ seconds: number; peakRssMb: number; pages: number } | null> {
  if (spawnSync('hugo', ['version']).status !== 0) {
    console.error('REFERENCE MISSING: hugo is not installed (apt-get install hugo); no ratio is printed.');
    return null;
  }
  const site = path.join(work, 'hugo');
  await fs.mkdir(path.join(site, 'content', 'articles'), { recursive: true });
  await fs.mkdir(path.join(site, 'layouts', '_default'), { recursive: true });
  await fs.writeFile(path.join(site, 'hugo.toml'), 'baseURL = "/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n');
  await fs.writeFile(path.join(site, 'layouts', '_default', 'single.html'), '<!doctype html><html lang="en"><title>{{ .Title }}</title><h1>{{ .Title }}</h1>{{ .Content }}</html>\n');
  await fs.writeFile(path.join(site, 'layouts', '_default', 'list.html'), '<!doctype html><html lang="en"><title>{{ .Title }}</title><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></html>\n');
  let pages = 0;
  async function walk(dir: string): Promise<void> {
    for (const e of await fs.readdir(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else {
        const text = await fs.readFile(p, 'latin1');
        const lines = text.split('\n');
        const title = (lines.find((l) => l.trim() && !/^\s*date\s/.test(l)) ?? 'Untitled').trim().replace(/"/g, "'");
        await fs.writeFile(path.join(site, 'content', 'articles', `a${pages++}.md`), `---\ntitle: "${title}"\n---\n\n${lines.slice(1).join('\n')}\n`);
      }
    }
  }
  await walk(input);
  const r = timed('hugo', ['--quiet', '--source', site, '--destination', path.join(work, 'hugo-out')]);
  return { seconds: r.seconds, peakRssMb: r.peakRssMb, pages };
}

async function countFiles(dir: string): Promise<{ files: number; html: number; bytes: number; pagefindBytes: number; offlineBytes: number }> {
  let files = 0, html = 0, bytes = 0, pagefindBytes = 0, offlineBytes = 0;
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const p = path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name);
    const size = (await fs.stat(p)).size;
    files++;
    bytes += size;
    if (e.name.endsWith('.html')) html++;
    const rel = path.relative(dir, p);
    if (rel.startsWith('pagefind')) pagefindBytes += size;
    if (rel.startsWith(`search${path.sep}records.js`)) offlineBytes += size;
  }
  return { files, html, bytes, pagefindBytes, offlineBytes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;

const work = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-bench-'));
const corpora: [string, (dest: string, limit: number) => Promise<number>][] = [['bbc', prepareBbc], ['reuters', prepareReuters]];
const rows: string[] = [];
try {
  for (const [name, prepare] of corpora) {
    if (values.only && values.only !== name) continue;
    const input = path.join(work, `${name}-input`);
    const articles = await prepare(input, limit);
    const chronicle: Run[] = [];
    for (let i = 0; i < runs; i++) {
      const out = path.join(work, `${name}-out-${i}`);
      chronicle.push(chronicleBuild(input, out));
      if (i < runs - 1) await fs.rm(out, { recursive: true });
    }
    const counts = await countFiles(path.join(work, `${name}-out-${runs - 1}`));
    const hugo = await hugoBuild(input, path.join(work, `${name}-ref`));
    const seconds = median(chronicle.map((r) => r.seconds));
    const stage = (s: string) => median(chronicle.map((r) => r.stages[s] ?? NaN));
    rows.push(
      `| ${name} | ${articles} | ${seconds.toFixed(1)} s | ${['extract', 'model', 'render', 'pagefind', 'offline search'].map((s) => stage(s).toFixed(1)).join(' / ')} | ` +
        `${median(chronicle.map((r) => r.peakRssMb)).toFixed(0)} MB | ${(articles / seconds).toFixed(1)} | ${(counts.html / seconds).toFixed(0)} | ` +
        `${counts.html} / ${counts.files} | ${mb(counts.pagefindBytes)} / ${mb(counts.offlineBytes)} (${((counts.offlineBytes / articles) * 1000 / 1024 / 1024).toFixed(2)} MB per 1,000 articles) | ` +
        `${hugo ? `${hugo.seconds.toFixed(1)} s (×${(seconds / hugo.seconds).toFixed(1)})` : 'n/a'} |`,
    );
    console.error(`${name}: ${chronicle.at(-1)!.summary}`);
  }
} finally {
  await fs.rm(work, { recursive: true, force: true });
}
console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; median of ${runs} run(s)\n`);
console.log('| corpus | articles | build | extract / model / render / pagefind / offline (s) | peak RSS | articles/s | pages/s | pages / files | Pagefind / offline index | Hugo reference (ratio) |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(r);
if (!existsSync(path.join(ROOT, 'bench', 'RESULTS.md'))) console.error('Commit these figures to bench/RESULTS.md with the command that produced them.');
