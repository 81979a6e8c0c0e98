/**
 * `chronicle` — the command line of CONTRACT.md:
 *
 *   chronicle build   [--input seeds] [--out dist] [--base /] [--strict]
 *   chronicle extract [--input seeds] [--json graph.json] [--strict]
 *
 * plus `serve` (npm run preview) and `dev` (build, serve, rebuild on change) for people working on a site.
 * Exit 0 when the output was written, 1 when --strict saw a problem or the build failed, 2 for usage errors.
 */
import path from 'node:path';
import { promises as fs, watch } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { buildGraph, formatProblem } from './pipeline.ts';
import { serializeGraphJson } from './graph/graph-json.ts';
import { terminalProgress, type Progress } from './util/progress.ts';
import { defaultCacheFolder } from './util/cache-folder.ts';
import { OutputRefused, abandonStaging, beginStaging, commitStaging, planOutput } from './site/output-folder.ts';
import type { Graph } from './types.ts';

export const USAGE = `usage: chronicle build   [--input seeds] [--out dist] [--base /] [--site URL] [--workers N] [--cache DIR | --no-cache] [--force] [--strict]
       chronicle extract [--input seeds] [--json graph.json] [--workers N] [--cache DIR | --no-cache] [--strict]
       chronicle snapshot [--from dist] [--out FILE.zip]
       chronicle verify  FILE.zip
       chronicle serve   [--out dist] [--port 4321]
       chronicle dev     [--input seeds] [--out dist] [--port 4321] [--force]`;

class UsageError extends Error {}

const OPTIONS = {
  build: { input: { type: 'string' }, out: { type: 'string' }, base: { type: 'string' }, site: { type: 'string' }, workers: { type: 'string' }, cache: { type: 'string' }, 'no-cache': { type: 'boolean' }, force: { type: 'boolean' }, strict: { type: 'boolean' } },
  extract: { input: { type: 'string' }, json: { type: 'string' }, workers: { type: 'string' }, cache: { type: 'string' }, 'no-cache': { type: 'boolean' }, strict: { type: 'boolean' } },
  serve: { out: { type: 'string' }, port: { type: 'string' } },
  snapshot: { from: { type: 'string' }, out: { type: 'string' } },
  verify: {},
  dev: { input: { type: 'string' }, out: { type: 'string' }, port: { type: 'string' }, force: { type: 'boolean' } },
} satisfies Record<string, ParseArgsConfig['options']>;

type Command = keyof typeof OPTIONS;

export interface Io {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Where live progress bars are drawn when it is a terminal; otherwise progress is one `stderr` line per stage. */
  tty?: NodeJS.WriteStream;
}

const defaultIo: Io = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  tty: process.stderr,
};

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let command: Command;
  let values: Record<string, string | boolean | undefined>;
  try {
    const name = argv[0];
    if (name === undefined || name === '--help' || name === '-h') throw new UsageError('no command given');
    if (!(name in OPTIONS)) throw new UsageError(`unknown command "${name}"`);
    command = name as Command;
    try {
      const parsed = parseArgs({ args: argv.slice(1), options: OPTIONS[command], strict: true, allowPositionals: command === 'verify' });
      values = parsed.values as Record<string, string | boolean | undefined>;
      if (command === 'verify') {
        if (parsed.positionals.length !== 1) throw new UsageError('verify takes one archive file');
        values.file = parsed.positionals[0];
      }
    } catch (err) {
      throw new UsageError((err as Error).message.split('\n')[0] ?? 'bad arguments');
    }
    if (typeof values.input === 'string') await assertFolder(values.input, '--input');
    if (typeof values.port === 'string' && !/^\d{1,5}$/.test(values.port)) throw new UsageError(`--port must be a number, not "${values.port}"`);
    if (typeof values.workers === 'string' && !/^[1-9]\d{0,2}$/.test(values.workers)) throw new UsageError(`--workers must be a whole number from 1, not "${values.workers}"`);
    if (values.cache !== undefined && values['no-cache']) throw new UsageError('--cache and --no-cache exclude each other');
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`chronicle: ${err.message}`);
    io.stderr(USAGE);
    return 2;
  }

  const input = path.resolve(str(values.input) ?? 'seeds');
  const out = path.resolve(str(values.out) ?? 'dist');
  const strict = values.strict === true;
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  try {
    switch (command) {
      case 'extract': {
        const jsonPath = path.resolve(str(values.json) ?? 'graph.json');
        const cacheDir = cacheFolder(values, input);
        const progress = terminalProgress(io.stderr, io.tty);
        const graph = await extract(input, io, { ...(workers ? { workers } : {}), ...(cacheDir ? { cacheDir } : {}) }, progress);
        await fs.mkdir(path.dirname(jsonPath), { recursive: true });
        await fs.writeFile(jsonPath, serializeGraphJson(graph));
        printTimings(io, progress);
        io.stdout(`${summary(graph)} → ${path.relative(process.cwd(), jsonPath) || jsonPath}`);
        return strict && graph.problems.length > 0 ? 1 : 0;
      }
      case 'build': {
        const site = str(values.site);
        if (site !== undefined && !/^https?:\/\/[^/]+/.test(site)) throw new UsageError(`--site must be an http(s) URL, not "${site}"`);
        const cacheDir = cacheFolder(values, input);
        const graph = await build(input, out, { base: str(values.base) ?? '/', site, force: values.force === true, ...(workers ? { workers } : {}), ...(cacheDir ? { cacheDir } : {}) }, io);
        return strict && graph.problems.length > 0 ? 1 : 0;
      }
      case 'snapshot': {
        const { createSnapshot } = await import('./snapshot.ts');
        const from = path.resolve(str(values.from) ?? 'dist');
        const manifest0 = JSON.parse(await fs.readFile(path.join(from, 'chronicle-build.json'), 'utf8').catch(() => '{}')) as { built?: string | null };
        const file = path.resolve(str(values.out) ?? `chronicle-snapshot-${manifest0.built ?? 'undated'}.zip`);
        const manifest = await createSnapshot(from, file);
        io.stdout(`${manifest.files.length} files, ${manifest.inputs.length} input articles, built ${manifest.built ?? 'undated'} → ${path.relative(process.cwd(), file) || file}`);
        return 0;
      }
      case 'verify': {
        const { verifySnapshot } = await import('./snapshot.ts');
        const result = await verifySnapshot(path.resolve(str(values.file)!));
        for (const d of result.differences) io.stderr(d);
        io.stdout(result.ok ? `OK: ${result.files} files match the manifest` : `FAILED: ${result.differences.length} difference(s)`);
        return result.ok ? 0 : 1;
      }
      case 'serve': {
        await serve(out, Number(str(values.port) ?? 4321), io);
        return 0;
      }
      case 'dev': {
        // Rebuilds on change are incremental: only what the change touched is extracted and rendered again.
        const devOpts = { base: '/', force: values.force === true, cacheDir: cacheFolder(values, input)! };
        await build(input, out, devOpts, io);
        await serve(out, Number(str(values.port) ?? 4321), io);
        watch(input, { recursive: true }, debounce(() => void build(input, out, devOpts, io).catch((e) => io.stderr(String(e))), 300));
        await new Promise(() => {});
        return 0;
      }
    }
  } catch (err) {
    if (err instanceof UsageError || err instanceof OutputRefused) {
      io.stderr(`chronicle ${command}: ${err.message}`);
      return 2;
    }
    io.stderr(`chronicle ${command}: ${(err as Error).stack ?? String(err)}`);
    return 1;
  }
}

/** With CHRONICLE_TIMINGS set, every stage's wall time on one line of stderr, for the benchmarks (bench/measure.ts). */
function printTimings(io: Io, progress: Progress): void {
  if (process.env.CHRONICLE_TIMINGS) io.stderr(`timings: ${progress.timings.map(([s, ms]) => `${s} ${(ms / 1000).toFixed(1)}s`).join(', ')}`);
}

async function extract(input: string, io: Io, opts: { workers?: number; cacheDir?: string }, progress: Progress): Promise<Graph> {
  const graph = await buildGraph({ input, progress, ...opts });
  for (const p of graph.problems) io.stderr(formatProblem(p));
  for (const note of graph.notes) io.stderr(`note: ${note}`);
  return graph;
}

/**
 * The whole site: pages (Astro), graph.json, feeds, then the search indexes over what was written — built in a
 * staging folder and put in place of `out` only when all of it succeeded (src/site/output-folder.ts).
 */
export async function build(
  input: string,
  out: string,
  opts: { base: string; site?: string; workers?: number; cacheDir?: string; force?: boolean },
  io: Io,
): Promise<Graph> {
  const plan = await planOutput(out, { input, force: opts.force === true });
  const staging = await beginStaging(plan.out);
  try {
    const graph = await buildInto(input, staging.site, plan.out, opts, io);
    await commitStaging(plan, staging);
    return graph;
  } finally {
    await abandonStaging(staging);
  }
}

async function buildInto(
  input: string,
  out: string,
  live: string,
  opts: { base: string; site?: string; workers?: number; cacheDir?: string },
  io: Io,
): Promise<Graph> {
  const started = Date.now();
  const progress = terminalProgress(io.stderr, io.tty);
  // Loaded only here so `chronicle extract` never pays for Astro; started now so loading overlaps extraction.
  const modules = Promise.all([
    import('./graph/site-model.ts'),
    import('./site/render.ts'),
    import('./site/feeds.ts'),
    import('./search/pagefind.ts'),
    import('./search/records.ts'),
    import('./search/offline.ts'),
    import('./snapshot.ts'),
  ]);
  modules.catch(() => {}); // a loading error is reported where the modules are awaited
  const graph = await extract(input, io, { ...(opts.workers ? { workers: opts.workers } : {}), ...(opts.cacheDir ? { cacheDir: opts.cacheDir } : {}) }, progress);
  const [{ buildSiteModel }, { renderSite }, { writeFeeds }, { indexSite }, { searchRecords }, { writeOfflineSearch }, { writeBuildInfo }] = await modules;
  // With a cache, unchanged pages and index parts are carried over from the published site.
  const carry = opts.cacheDir ? { liveDir: live, cacheDir: opts.cacheDir } : {};
  progress.start('model', 1);
  const model = buildSiteModel(graph);
  progress.done();
  const rendered = await renderSite({ model, outDir: out, base: opts.base, progress, ...(opts.site ? { site: opts.site } : {}), ...carry });
  progress.start('write', 3);
  await fs.writeFile(path.join(out, 'graph.json'), serializeGraphJson(graph));
  await writeFeeds(out, model, opts.site);
  await writeBuildInfo(out, graph, model);
  progress.done();
  const records = searchRecords(model);
  const indexed = await indexSite(out, records, { progress, ...carry, ...partLimit() });
  progress.start('offline', 1);
  const offline = await writeOfflineSearch(out, records);
  progress.done();
  printTimings(io, progress);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const perThousand = graph.articles.length ? Math.round((offline.bytes / graph.articles.length) * 1000 / 1024) : 0;
  io.stdout(
    `${summary(graph)}; ${rendered.pages} pages (${rendered.reused} unchanged), ${indexed.pages} indexed${indexed.parts > 1 ? ` in ${indexed.parts} parts (${indexed.reusedParts} unchanged)` : ''}, offline search ${Math.round(offline.bytes / 1024)} KB ` +
      `(${perThousand} KB per 1,000 articles) → ${path.relative(process.cwd(), live) || live} in ${seconds}s`,
  );
  return graph;
}

/** CHRONICLE_INDEX_PART_RECORDS sets the records per search-index part: tests use it to build small sites in parts. */
function partLimit(): { maxPartRecords?: number } {
  const n = Number(process.env.CHRONICLE_INDEX_PART_RECORDS);
  return Number.isInteger(n) && n > 0 ? { maxPartRecords: n } : {};
}

async function serve(out: string, port: number, io: Io): Promise<void> {
  const { serveStatic } = await import('./serve.ts');
  const server = await serveStatic(out, port);
  io.stdout(`Serving ${out} at ${server.url} (Ctrl+C to stop)`);
}

function summary(graph: Graph): string {
  const duplicates = graph.articles.filter((a) => a.duplicateOf !== undefined).length;
  const errors = graph.problems.filter((p) => p.severity === 'error').length;
  return (
    `${graph.articles.length} articles (${duplicates} duplicates), ${graph.entities.length} entities, ` +
    `${graph.events.length} events, ${graph.problems.length} problems (${errors} files skipped)`
  );
}

async function assertFolder(dir: string, flag: string): Promise<void> {
  const stat = await fs.stat(dir).catch(() => null);
  if (!stat?.isDirectory()) throw new UsageError(`${flag} ${dir}: not a folder`);
}

/** The cache folder (extraction results, render state): `--cache DIR`, none with `--no-cache`, else defaultCacheFolder. */
function cacheFolder(values: Record<string, string | boolean | undefined>, input: string): string | undefined {
  if (values['no-cache'] === true) return undefined;
  const given = str(values.cache);
  return given === undefined ? defaultCacheFolder(input) : path.resolve(given);
}

function str(v: string | boolean | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function debounce(fn: () => void, ms: number): () => void {
  let timer: NodeJS.Timeout | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}
