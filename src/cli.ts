/**
 * `chronicle` — the command line of CONTRACT.md: build, extract, init, snapshot, verify, serve and dev, with
 * --help and --version. The config file (src/config) and the flags are merged once, here, into the build context
 * every stage receives. Exit 0 when the output was written, 1 when --strict saw a problem or the build failed,
 * 2 for usage errors, config errors and output folders that must not be used.
 */
import path from 'node:path';
import { promises as fs, watch } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { GRAPH_JSON_VERSIONS, serializeGraphJson, type GraphJsonVersion } from './graph/graph-json.ts';
import { terminalProgress } from './util/progress.ts';
import { OutputRefused } from './site/output-folder.ts';
import { FileRefused, GRAPH_JSON_FILE, checkOwnFile, writeOwnFile } from './util/own-file.ts';
import { ConfigError, loadConfig } from './config/load.ts';
import { buildContext, type BuildContext, type Flags } from './config/context.ts';
import { extractGraph, markStartUp, printTimings, summary, type Io } from './commands/common.ts';
import { build, type BuildMode } from './commands/build.ts';
import { extractShard, formatProblem } from './pipeline.ts';
import { findShardParts, formatShard, parseShard, type Shard } from './util/shard.ts';
import { InitRefused, init } from './commands/init.ts';
import { CHRONICLE_VERSION } from './util/version.ts';

export type { Io } from './commands/common.ts';

export const USAGE = `usage: chronicle build   [--input seeds] [--out dist] [--config FILE] [--base /] [--site URL] [--workers N] [--cache DIR | --no-cache] [--force] [--strict] [--graph-version 1|2|3|4] [--shard i/n | --stitch DIR]
       chronicle extract [--input seeds] [--json graph.json] [--config FILE] [--workers N] [--cache DIR | --no-cache] [--force] [--strict] [--graph-version 1|2|3|4]
       chronicle extract --shard i/n [--input seeds] [--config FILE] [--workers N] [--cache DIR]
       chronicle init    [DIR]
       chronicle snapshot [--from dist] [--out FILE.zip] [--with-sources DIR] [--force]
       chronicle verify  FILE.zip | BAG-FOLDER
       chronicle serve   [--out dist] [--port 4321]
       chronicle dev     [--input seeds] [--out dist] [--config FILE] [--port 4321] [--force]
       chronicle --help | --version`;

class UsageError extends Error {}

const SOURCE = { input: { type: 'string' }, config: { type: 'string' }, workers: { type: 'string' }, cache: { type: 'string' }, 'no-cache': { type: 'boolean' } } as const;
const OPTIONS = {
  build: { ...SOURCE, out: { type: 'string' }, base: { type: 'string' }, site: { type: 'string' }, force: { type: 'boolean' }, strict: { type: 'boolean' }, 'graph-version': { type: 'string' }, shard: { type: 'string' }, stitch: { type: 'string' } },
  extract: { ...SOURCE, json: { type: 'string' }, force: { type: 'boolean' }, strict: { type: 'boolean' }, 'graph-version': { type: 'string' }, shard: { type: 'string' } },
  init: {},
  serve: { out: { type: 'string' }, port: { type: 'string' }, config: { type: 'string' } },
  snapshot: { from: { type: 'string' }, out: { type: 'string' }, 'with-sources': { type: 'string' }, force: { type: 'boolean' } },
  verify: {},
  dev: { input: { type: 'string' }, out: { type: 'string' }, config: { type: 'string' }, port: { type: 'string' }, force: { type: 'boolean' } },
} satisfies Record<string, ParseArgsConfig['options']>;

type Command = keyof typeof OPTIONS;
type Values = Record<string, string | boolean | undefined>;

const defaultIo: Io = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  tty: process.stderr,
};

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  markStartUp();
  if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
    io.stdout(USAGE);
    return 0;
  }
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    io.stdout(CHRONICLE_VERSION);
    return 0;
  }
  let command: Command;
  let values: Values;
  let positionals: string[];
  try {
    ({ command, values, positionals } = parseCommand(argv));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`chronicle: ${err.message}`);
    io.stderr(USAGE);
    return 2;
  }
  try {
    return await run(command, values, positionals, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof OutputRefused || err instanceof ConfigError || err instanceof InitRefused || err instanceof FileRefused) {
      const [first, ...rest] = err.message.split('\n');
      io.stderr(`chronicle ${command}: ${first}`);
      for (const line of rest) io.stderr(line);
      if (err instanceof UsageError) io.stderr(USAGE);
      return 2;
    }
    io.stderr(`chronicle ${command}: ${(err as Error).stack ?? String(err)}`);
    return 1;
  }
}

function parseCommand(argv: string[]): { command: Command; values: Values; positionals: string[] } {
  const name = argv[0];
  if (name === undefined) throw new UsageError('no command given');
  if (!(name in OPTIONS)) throw new UsageError(`unknown command "${name}"`);
  const command = name as Command;
  const takes = command === 'verify' ? [1, 1] : command === 'init' ? [0, 1] : [0, 0];
  let parsed;
  try {
    parsed = parseArgs({ args: argv.slice(1), options: OPTIONS[command], strict: true, allowPositionals: takes[1]! > 0 });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0] ?? 'bad arguments');
  }
  if (parsed.positionals.length < takes[0]! || parsed.positionals.length > takes[1]!) throw new UsageError(command === 'verify' ? 'verify takes one archive file or bag folder' : 'init takes at most one folder');
  const values = parsed.values as Values;
  if (typeof values.port === 'string' && !/^\d{1,5}$/.test(values.port)) throw new UsageError(`--port must be a number, not "${values.port}"`);
  if (typeof values.workers === 'string' && !/^[1-9]\d{0,2}$/.test(values.workers)) throw new UsageError(`--workers must be a whole number from 1, not "${values.workers}"`);
  if (values.cache !== undefined && values['no-cache']) throw new UsageError('--cache and --no-cache exclude each other');
  if (typeof values.site === 'string' && !/^https?:\/\/[^/]+/.test(values.site)) throw new UsageError(`--site must be an http(s) URL, not "${values.site}"`);
  if (typeof values.base === 'string' && !/^\/([^/?#\s]+\/)*$/.test(values.base)) throw new UsageError(`--base must start and end with "/", not "${values.base}"`);
  const graphVersion = values['graph-version'];
  if (typeof graphVersion === 'string' && graphVersionOf(graphVersion) === undefined) throw new UsageError(`--graph-version must be ${GRAPH_JSON_VERSIONS.slice(0, -1).join(', ')} or ${GRAPH_JSON_VERSIONS.at(-1)}, not "${graphVersion}"`);
  if (typeof values.shard === 'string' && typeof parseShard(values.shard) === 'string') throw new UsageError(parseShard(values.shard) as string);
  if (values.shard !== undefined && values.stitch !== undefined) throw new UsageError('--shard and --stitch exclude each other');
  if (values.shard !== undefined && values['no-cache']) throw new UsageError('--shard works through the cache: it cannot take --no-cache');
  if (command === 'extract' && values.shard !== undefined && (values.json !== undefined || graphVersion !== undefined)) throw new UsageError('extract --shard fills the cache and writes no graph.json; run extract without --shard for one');
  return { command, values, positionals: parsed.positionals };
}

/** The build context: the config file (found in the working directory or named by --config) and the flags. */
async function context(values: Values): Promise<BuildContext> {
  const ctx = await contextUnchecked(values);
  const input = await fs.stat(ctx.input).catch(() => null);
  if (!input?.isDirectory()) throw new UsageError(`--input ${ctx.input}: not a folder`);
  if (ctx.site.logo && !(await fs.stat(ctx.site.logo.source).catch(() => null))?.isFile()) {
    throw new ConfigError(`logo: ${ctx.site.logo.source} is not a file`);
  }
  return ctx;
}

async function contextUnchecked(values: Values): Promise<BuildContext> {
  const cwd = process.cwd();
  const { config, file } = await loadConfig({ cwd, ...(str(values.config) !== undefined ? { file: str(values.config)! } : {}) });
  const flags: Flags = {};
  for (const key of ['input', 'out', 'base', 'site', 'cache'] as const) if (typeof values[key] === 'string') flags[key] = values[key] as string;
  if (typeof values.workers === 'string') flags.workers = Number(values.workers);
  if (values['no-cache'] === true) flags.noCache = true;
  if (values.force === true) flags.force = true;
  if (values.strict === true) flags.strict = true;
  if (typeof values['graph-version'] === 'string') flags.graphVersion = graphVersionOf(values['graph-version'])!;
  return buildContext(config, file, flags, cwd);
}

async function run(command: Command, values: Values, positionals: string[], io: Io): Promise<number> {
  switch (command) {
    case 'init': {
      const dir = path.resolve(positionals[0] ?? '.');
      const files = await init(dir);
      io.stdout(`${files.join(', ')} → ${path.relative(process.cwd(), dir) || '.'}; now run: ${dir === process.cwd() ? '' : `cd ${path.relative(process.cwd(), dir)} && `}npx chronicle build`);
      return 0;
    }
    case 'extract': {
      const ctx = await context(values);
      if (typeof values.shard === 'string') return extractSlice(ctx, parseShard(values.shard) as Shard, io);
      const jsonPath = path.resolve(str(values.json) ?? 'graph.json');
      const progress = terminalProgress(io.stderr, io.tty);
      await checkOwnFile(jsonPath, GRAPH_JSON_FILE, ctx.force);
      const graph = await extractGraph(ctx, io, progress);
      await writeOwnFile(jsonPath, serializeGraphJson(graph, ctx.graphVersion), GRAPH_JSON_FILE, ctx.force);
      printTimings(io, progress);
      io.stdout(`${summary(graph)} → ${path.relative(process.cwd(), jsonPath) || jsonPath}`);
      return ctx.strict && graph.problems.length > 0 ? 1 : 0;
    }
    case 'build': {
      const ctx = await context(values);
      const graph = await build(ctx, io, await buildMode(values, io));
      return ctx.strict && graph.problems.length > 0 ? 1 : 0;
    }
    case 'snapshot': {
      const { createSnapshot, readBuildInfo } = await import('./snapshot.ts');
      const from = path.resolve(str(values.from) ?? 'dist');
      const sources = str(values['with-sources']);
      const built = (await readBuildInfo(from).catch(() => null))?.built;
      const file = path.resolve(str(values.out) ?? `chronicle-snapshot-${built ?? 'undated'}.zip`);
      const made = await createSnapshot(from, file, sources === undefined ? undefined : path.resolve(sources), values.force === true);
      io.stdout(`BagIt bag: ${made.siteFiles} site files${sources === undefined ? '' : `, ${made.sourceFiles} source articles`}, ${made.info.inputs.length} input hashes, built ${made.info.built ?? 'undated'} → ${path.relative(process.cwd(), file) || file}`);
      return 0;
    }
    case 'verify': {
      const { verifyArchive } = await import('./snapshot.ts');
      const result = await verifyArchive(path.resolve(positionals[0]!));
      for (const line of [...result.problems, ...result.notes]) io.stderr(line);
      io.stdout(result.ok ? `OK: ${result.checked} match their manifests` : `FAILED: ${result.problems.length} problem(s) in ${result.checked}`);
      return result.ok ? 0 : 1;
    }
    case 'serve': {
      await serve((await contextUnchecked(values)).out, Number(str(values.port) ?? 4321), io);
      return 0;
    }
    case 'dev': {
      // Rebuilds on change are incremental: only what the change touched is extracted and rendered again.
      const ctx = await context(values);
      await build(ctx, io);
      await serve(ctx.out, Number(str(values.port) ?? 4321), io);
      // Later builds: the folder is marked now, so no --force is needed again.
      watch(ctx.input, { recursive: true }, debounce(() => void build(ctx, io).catch((e) => io.stderr(String(e))), 300));
      await new Promise(() => {});
      return 0;
    }
  }
}

/** `extract --shard i/n`: one slice of the articles extracted into the cache. */
async function extractSlice(ctx: BuildContext, shard: Shard, io: Io): Promise<number> {
  if (ctx.cacheDir === undefined) throw new UsageError('extract --shard needs a cache folder (--cache DIR, or the config\'s cache)');
  const progress = terminalProgress(io.stderr, io.tty);
  const done = await extractShard({ input: ctx.input, progress, cacheDir: ctx.cacheDir, ...(ctx.workers !== undefined ? { workers: ctx.workers } : {}) }, shard);
  for (const p of done.problems) io.stderr(formatProblem(p));
  printTimings(io, progress);
  io.stdout(`shard ${formatShard(shard)}: ${done.slice} of ${done.articles} articles (${done.reused} cached, ${done.extracted} extracted) → ${path.relative(process.cwd(), ctx.cacheDir) || ctx.cacheDir}`);
  return ctx.strict && done.problems.length > 0 ? 1 : 0;
}

/** `--shard i/n` renders one slice; `--stitch DIR` builds the site from the shard folders in DIR. */
async function buildMode(values: Values, io: Io): Promise<BuildMode> {
  if (typeof values.shard === 'string') return { shard: parseShard(values.shard) as Shard };
  const stitch = str(values.stitch);
  if (stitch === undefined) return {};
  const found = await findShardParts(path.resolve(stitch)).catch(() => null);
  if (!found?.parts.length) throw new UsageError(`--stitch ${stitch}: no shard folder (written by build --shard) in it`);
  if (found.missing.length) io.stderr(`note: no folder holds shard ${found.missing.join(', ')}: their pages are rendered now`);
  return { parts: found.parts };
}

async function serve(out: string, port: number, io: Io): Promise<void> {
  const { serveStatic } = await import('./serve.ts');
  const server = await serveStatic(out, port);
  io.stdout(`Serving ${out} at ${server.url} (Ctrl+C to stop)`);
}

/** A --graph-version value Chronicle writes, or undefined. */
function graphVersionOf(flag: string): GraphJsonVersion | undefined {
  return GRAPH_JSON_VERSIONS.find((v) => String(v) === flag);
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
