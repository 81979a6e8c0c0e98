/**
 * `npm run bench [-- --only bbc|reuters] [--limit N] [--runs N] [--workers-check bbc,reuters]`: full Chronicle builds
 * of real corpora, read from ../shared/corpus at run time, with a reference build of the same articles as plain
 * pages by Hugo (Debian's `hugo` package) in the same run, so figures can be read as ratios on a noisy machine.
 *
 * Per corpus:
 * 1. a full build with 2 workers and an empty cache (median of --runs): per-stage wall time, peak RSS, articles/s,
 *    pages/s, page and file counts, search index sizes, time relative to Hugo;
 * 2. search in Chromium (bench/search.ts): requests, bytes and median time to first results for the corpus's 20
 *    most-mentioned names, over loopback http, with 50 ms round trips, and from file://;
 * 3. one article added, then an incremental rebuild with the cache of (1): its time as a share of the full build;
 * 4. for corpora in --workers-check (default: bbc), a fresh build of the same input with 1 worker and no cache:
 *    a byte-for-byte comparison with the output of (2), which checks both "1 worker = 2 workers" and
 *    "incremental = fresh", and the extraction speed-up of 2 workers in this one pair of runs (bench/workers.ts
 *    measures it over several rounds, which this machine's drifting speed calls for).
 * Each figure is printed with the machine's load average when it was taken (the machine may be shared).
 *
 * `--work DIR` keeps the inputs, sites and caches in DIR (not a temporary folder) with the full build's figures;
 * `--rebuild-only` (with `--work`) then measures step 3 alone, as often as wanted, against DIR's full build: the site
 * and cache are copied (the site as hard links, as a rebuild never writes a published file in place) into scratch
 * folders, so DIR stays as the full build left it. Steps 2 and 4 are skipped unless `--workers-check` names the
 * corpus, which then compares the rebuild with a fresh build (byte for byte).
 *
 * `--donor N` adds the other corpus's Nth story; `--edit` appends a correction to the last article by path instead.
 *
 * `--packed` runs Chronicle as npm installs it (lib/, compiled by tsc at pack time) instead of the clone's src/
 * (compiled by esbuild on first use, scripts/compile-source.mjs; both start without tsx). Use it for both the
 * `--work` run and its `--rebuild-only` runs: the two forms keep separate caches.
 */
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { promises as fs, existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { prepareBbc, prepareReuters } from './corpora.ts';
import { ROOT, chronicleBuild, load, median, timed, usePackedCli, type Run } from './measure.ts';
import { bytesByKind, bytesTable, changedFiles, differentFiles, floorSeconds, hashSite, listSite, mb } from './site-bytes.ts';
import { formatFigures, measureSearch, topNames } from './search.ts';
import { asGraphJsonV2, type GraphJson } from '../src/graph/graph-json.ts';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    limit: { type: 'string' },
    runs: { type: 'string' },
    'workers-check': { type: 'string' },
    work: { type: 'string' },
    'rebuild-only': { type: 'boolean' },
    'dated-donor': { type: 'boolean' },
    packed: { type: 'boolean' },
    donor: { type: 'string' },
    edit: { type: 'boolean' },
  },
});
const limit = values.limit ? Number(values.limit) : Infinity;
const runs = Number(values.runs ?? 1);
const rebuildOnly = values['rebuild-only'] === true;
const donorNumber = Number(values.donor ?? 1);
if (rebuildOnly && !values.work) throw new Error('--rebuild-only needs --work DIR (a folder a run with --work filled)');
const workersCheck = new Set((values['workers-check'] ?? (rebuildOnly ? '' : 'bbc')).split(',').filter(Boolean));

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

// 'start': Node's start and loading Chronicle's code, before the first stage (src/commands/common.ts, printTimings).
const STAGES = ['start', 'read', 'ingest', 'extract', 'resolve', 'model', 'render', 'write', 'index', 'offline'];

/**
 * One article that is in neither corpus' input: a Reuters story for BBC, a BBC story for Reuters, in the form of
 * the corpus's own stories, as a newsroom's next story would come: BBC's have no date line, so the Reuters story
 * loses its own (added last by address: zz-added/). `--dated-donor` keeps it: a story dated before every other,
 * the worst case, as it becomes the first mention of every entity it names (their search records and parts change).
 * `--donor N` adds the other corpus's Nth story (default the first).
 */
/**
 * `--edit`: instead of adding a story, a correction appended to the input's last file by path (the newest story
 * where file names carry the date or a running number), as a newsroom corrects the story it just published; the
 * file is copied first, so the input of `--work` keeps the original (restoreBase puts it back).
 */
const CORRECTION = '\n\nCorrection: an earlier version of this story gave a wrong figure in its third paragraph.\n';
async function editLastArticle(input: string): Promise<string> {
  const files = (await fs.readdir(input, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && !e.parentPath.includes('zz-added')).map((e) => path.join(e.parentPath, e.name)).sort();
  const last = files.at(-1)!;
  await fs.copyFile(last, `${last}.orig`);
  await fs.rename(`${last}.orig`, path.join(path.dirname(input), `${path.basename(input)}-edited.orig`));
  await fs.appendFile(last, CORRECTION, 'latin1');
  return path.relative(input, last);
}
async function undoEdit(input: string): Promise<void> {
  const orig = path.join(path.dirname(input), `${path.basename(input)}-edited.orig`);
  if (!existsSync(orig)) return;
  const files = (await fs.readdir(input, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && !e.parentPath.includes('zz-added')).map((e) => path.join(e.parentPath, e.name)).sort();
  await fs.rename(orig, files.at(-1)!);
}

async function addOneArticle(name: string, input: string, work: string): Promise<void> {
  const donor = path.join(work, 'donor');
  await fs.rm(donor, { recursive: true, force: true });
  const n = await (name === 'bbc' ? prepareReuters : prepareBbc)(donor, donorNumber);
  if (n !== donorNumber) throw new Error('no article to add');
  const files = (await fs.readdir(donor, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
  await fs.mkdir(path.join(input, 'zz-added'), { recursive: true });
  const text = await fs.readFile(files[donorNumber - 1]!, 'latin1');
  const undated = name === 'bbc' && !values['dated-donor'] ? text.replace(/^\s*date\s[^\n]*\n/, '') : text;
  await fs.writeFile(path.join(input, 'zz-added', 'added.txt'), undated, 'latin1');
}

const work = values.work ? path.resolve(values.work) : await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-bench-'));
await fs.mkdir(work, { recursive: true });
if (values.packed) console.error(`running the packed package: ${await usePackedCli(path.join(work, 'package'))}`);
const corpora: [string, (dest: string, limit: number) => Promise<number>][] = [['bbc', prepareBbc], ['reuters', prepareReuters]];
const rows: string[] = [];
const extra: string[] = [];
const byteRows: string[] = [];

/** What step 3 needs of a full build: kept in the work folder (`--work`) for later `--rebuild-only` runs. */
interface FullFigures { articles: number; seconds: number; extract: number; load: string }

/** A copy of the site and cache as the full build left them (the site as hard links): what `--rebuild-only` restores. */
const baseOf = (dir: string) => `${dir}.base`;
function copyTree(from: string, to: string, links: boolean): void {
  const r = spawnSync('cp', [links ? '-al' : '-a', from, to]);
  if (r.status !== 0) throw new Error(`cp ${from} ${to} failed: ${r.stderr}`);
}
async function saveBase(out: string, cache: string, figures: FullFigures, file: string): Promise<void> {
  for (const [dir, links] of [[out, true], [cache, false]] as const) {
    await fs.rm(baseOf(dir), { recursive: true, force: true });
    copyTree(dir, baseOf(dir), links);
  }
  await fs.writeFile(file, JSON.stringify(figures));
}
async function restoreBase(input: string, out: string, cache: string, file: string): Promise<FullFigures> {
  for (const [dir, links] of [[out, true], [cache, false]] as const) {
    if (!existsSync(baseOf(dir))) throw new Error(`${baseOf(dir)} is missing: run the bench with --work ${work} first`);
    await fs.rm(dir, { recursive: true, force: true });
    copyTree(baseOf(dir), dir, links);
  }
  await fs.rm(path.join(input, 'zz-added'), { recursive: true, force: true });
  await undoEdit(input);
  return JSON.parse(await fs.readFile(file, 'utf8')) as FullFigures;
}

/** Step 1 (and 2): the full builds, their bytes, floor and Hugo reference, and search. */
async function fullBuilds(name: string, prepare: (dest: string, limit: number) => Promise<number>, input: string, out: string, cache: string): Promise<FullFigures> {
  await fs.rm(input, { recursive: true, force: true });
  const articles = await prepare(input, limit);
  const chronicle: Run[] = [];
  for (let i = 0; i < runs; i++) {
    await fs.rm(out, { recursive: true, force: true });
    await fs.rm(cache, { recursive: true, force: true });
    chronicle.push(chronicleBuild(input, out, ['--workers', '2', '--cache', cache]));
    console.error(`${name} full build ${i + 1}/${runs}: ${chronicle.at(-1)!.seconds.toFixed(1)} s (load ${chronicle.at(-1)!.load})`);
  }
  const site = await listSite(out);
  const { kinds, total } = bytesByKind(site);
  const html = site.filter((f) => f.rel.endsWith('.html')).length;
  byteRows.push(...bytesTable(name, site, articles));
  const floor = await floorSeconds(input, site, path.join(work, `${name}-floor`));
  const hugo = await hugoBuild(input, path.join(work, `${name}-ref`));
  const seconds = median(chronicle.map((r) => r.seconds));
  const stage = (s: string) => median(chronicle.map((r) => r.stages[s] ?? NaN));
  rows.push(
    `| ${name} | ${articles} | ${seconds.toFixed(1)} s | ${STAGES.map((s) => stage(s).toFixed(1)).join(' / ')} | ` +
      `${median(chronicle.map((r) => r.peakRssMb)).toFixed(0)} MB | ${(articles / seconds).toFixed(1)} | ${(html / seconds).toFixed(0)} | ` +
      `${html} / ${total.files} | ${mb(total.bytes)} | ${mb(kinds['search index'].bytes)} / ${mb(kinds['offline index'].bytes)} | ` +
      `${floor.toFixed(2)} s (×${(seconds / floor).toFixed(0)}) | ` +
      `${hugo ? `${hugo.seconds.toFixed(1)} s (×${(seconds / hugo.seconds).toFixed(1)})` : 'n/a'} | ${chronicle.map((r) => r.load).join('; ')} |`,
  );
  console.error(`${name}: ${chronicle.at(-1)!.summary}`);

  // Search: the 20 most-mentioned names, each in a fresh browser context, over loopback http, with 50 ms RTT,
  // and from file:// (bench/search.ts).
  const graph = asGraphJsonV2(JSON.parse(await fs.readFile(path.join(out, 'graph.json'), 'utf8')) as GraphJson);
  const names = topNames(graph, 20);
  const figures = [
    ...(await measureSearch(out, names.map((n) => n.name), { modes: ['http', 'file'] })),
    ...(await measureSearch(out, names.map((n) => n.name), { modes: ['http'], rttMs: 50 })),
  ];
  for (const f of figures) {
    const right = f.runs.filter((r, i) => r.firstUrl?.replace(/^\.?\/+/, '') === names[i]!.url).length;
    extra.push(`- ${name}, search (${f.mode}): ${formatFigures([f]).replace(/^[^:]*: /, '')}; entity page first for ${right}/${names.length} names; load ${load()}`);
    console.error(extra.at(-1));
  }
  return { articles, seconds, extract: stage('extract'), load: chronicle.map((r) => r.load).join('; ') };
}

/** Step 3: one article added, and a rebuild with the cache of the full build. */
async function rebuild(name: string, input: string, out: string, cache: string, full: FullFigures): Promise<void> {
  const before = await hashSite(out, await listSite(out));
  const what = values.edit ? `editing its last article (${await editLastArticle(input)})` : 'adding one article';
  if (!values.edit) await addOneArticle(name, input, work);
  const incremental = chronicleBuild(input, out, ['--workers', '2', '--cache', cache]);
  const rebuilt = await listSite(out);
  const changed = changedFiles(before, await hashSite(out, rebuilt), rebuilt);
  const rebuildFloor = await floorSeconds(input, changed, path.join(work, `${name}-floor`));
  extra.push(
    `- ${name}, rebuild after ${what} (cache of the full build): **${incremental.seconds.toFixed(1)} s = ` +
      `${((incremental.seconds / full.seconds) * 100).toFixed(0)}% of the full build** (${full.seconds.toFixed(1)} s${rebuildOnly ? `, load ${full.load}` : ''}); floor ${rebuildFloor.toFixed(2)} s (read the input, write the ` +
      `${changed.length} files that changed, ${mb(changed.reduce((n, f) => n + f.size, 0))}): ×${(incremental.seconds / rebuildFloor).toFixed(0)}; stages ${STAGES.map((s) => `${s} ${(incremental.stages[s] ?? NaN).toFixed(1)}`).join(', ')}; ` +
      `peak ${incremental.peakRssMb.toFixed(0)} MB; load ${incremental.load}; \`${incremental.summary.replace(/ → .*/, '')}\``,
  );
  console.error(extra.at(-1));
}

/** Step 4: a fresh build with 1 worker and no cache, compared byte for byte with the rebuilt site. */
async function freshCheck(name: string, input: string, out: string, extractSeconds: number | null): Promise<void> {
  const fresh = path.join(work, `${name}-out-1-worker`);
  const one = chronicleBuild(input, fresh, ['--workers', '1', '--no-cache']);
  const diff = await differentFiles(out, fresh);
  const speedup = extractSeconds === null ? '' : `, extract stage ${one.stages.extract?.toFixed(1)} s vs ${extractSeconds.toFixed(1)} s with 2 workers = **${((one.stages.extract ?? NaN) / extractSeconds).toFixed(2)}× speed-up** (one run each: \`npm run bench:workers\` gives a median)`;
  extra.push(
    `- ${name}, fresh build with 1 worker and no cache: ${one.seconds.toFixed(1)} s${speedup}; load ${one.load}; its output vs the incremental ` +
      `2-worker output above: ${diff.length === 0 ? '**byte-identical**' : `**${diff.length} files differ** (first: ${diff.slice(0, 5).join(', ')})`}`,
  );
  console.error(extra.at(-1));
  await fs.rm(fresh, { recursive: true, force: true });
}

try {
  for (const [name, prepare] of corpora) {
    if (values.only && values.only !== name) continue;
    const input = path.join(work, `${name}-input`);
    const out = path.join(work, `${name}-out`);
    const cache = path.join(work, `${name}-cache`);
    const figuresFile = path.join(work, `${name}-full.json`);
    const full = rebuildOnly ? await restoreBase(input, out, cache, figuresFile) : await fullBuilds(name, prepare, input, out, cache);
    if (values.work && !rebuildOnly) await saveBase(out, cache, full, figuresFile);
    await rebuild(name, input, out, cache, full);
    if (workersCheck.has(name)) await freshCheck(name, input, out, rebuildOnly ? null : full.extract);
  }
} finally {
  if (!values.work) await fs.rm(work, { recursive: true, force: true });
}
console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; median of ${runs} run(s)\n`);
console.log(`| corpus | articles | build | ${STAGES.join(' / ')} (s) | peak RSS | articles/s | pages/s | pages / files | site (apparent) | Pagefind / offline index | floor (build ÷ floor) | Hugo reference (ratio) | load (1/5/15 min) before → after |`);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(r);
console.log('');
for (const e of extra) console.log(e);
console.log('\nSite bytes by kind (apparent size; the floor is reading the input and writing these bytes with no work done):\n');
console.log('| corpus | kind | files | bytes | share | per article |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of byteRows) console.log(r);
if (!existsSync(path.join(ROOT, 'bench', 'RESULTS.md'))) console.error('Commit these figures to bench/RESULTS.md with the command that produced them.');
