/**
 * `chronicle build`: the whole site — pages (Astro), graph.json, feeds, then the search indexes over what was
 * written — built in a staging folder and put in place of the output only when all of it succeeded
 * (src/site/output-folder.ts).
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import type { BuildContext } from '../config/context.ts';
import type { Graph } from '../types.ts';
import { serializeGraphJson } from '../graph/graph-json.ts';
import type { CarriedPages } from '../graph/page-reuse.ts';
import { terminalProgress } from '../util/progress.ts';
import { abandonStaging, beginStaging, commitStaging, planOutput } from '../site/output-folder.ts';
import { formatShard, type Shard } from '../util/shard.ts';
import { extractGraph, printTimings, summary, type Io } from './common.ts';

/**
 * What a build makes: the whole site; one slice of its pages (`--shard i/n`, src/util/shard.ts), for a stitch to
 * gather; or the whole site from the slices in `parts` (`--stitch`), rendering only what no slice holds.
 */
export type BuildMode = { shard: Shard } | { parts: string[] } | Record<string, never>;

export async function build(ctx: BuildContext, io: Io, mode: BuildMode = {}): Promise<Graph> {
  const plan = await planOutput(ctx.out, { input: ctx.input, force: ctx.force });
  const staging = await beginStaging(plan.out);
  try {
    const graph = 'shard' in mode ? await renderShardInto(ctx, staging.site, mode.shard, io) : await buildInto(ctx, staging.site, plan.out, io, 'parts' in mode ? mode.parts : []);
    await commitStaging(plan, staging);
    return graph;
  } finally {
    await abandonStaging(staging);
  }
}

/**
 * One slice of the pages, rendered into `out` (a staging folder) with its manifest: the graph is resolved from the
 * whole input (every extraction cached by `extract --shard`), so every slice renders its pages from the same model.
 */
async function renderShardInto(ctx: BuildContext, out: string, shard: Shard, io: Io): Promise<Graph> {
  const started = Date.now();
  const progress = terminalProgress(io.stderr, io.tty);
  const [{ buildSiteModel }, { renderSite }] = await Promise.all([import('../graph/site-model.ts'), import('../site/render.ts')]);
  const graph = await extractGraph(ctx, io, progress);
  progress.start('model', 1);
  const model = buildSiteModel(graph);
  progress.done();
  const rendered = await renderSite({ model, outDir: out, settings: ctx.site, progress, shard });
  printTimings(io, progress);
  io.stdout(`${summary(graph)}; shard ${formatShard(shard)}: ${rendered.rendered} pages rendered → ${path.relative(process.cwd(), ctx.out) || ctx.out} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return graph;
}

/** The keys of carried pages by URL. */
function memoKeys(carried: CarriedPages): Map<string, string> {
  const keys = new Map<string, string>();
  for (const list of [carried.articles, carried.entities, carried.events]) for (const { page, key } of list.values()) keys.set(page.url, key);
  return keys;
}

/**
 * The site for `ctx` written into `out` (a staging folder), carrying unchanged files over from `live` and the
 * pages of shard folders from `parts`.
 */
async function buildInto(ctx: BuildContext, out: string, live: string, io: Io, parts: readonly string[]): Promise<Graph> {
  const started = Date.now();
  const progress = terminalProgress(io.stderr, io.tty);
  // Loaded only here so `chronicle extract` never pays for Astro; started now so loading overlaps extraction.
  const modules = Promise.all([
    import('../graph/site-model.ts'),
    import('../site/render.ts'),
    import('../site/feeds.ts'),
    import('../search/pagefind.ts'),
    import('../search/records.ts'),
    import('../search/offline.ts'),
    import('../snapshot.ts'),
    import('../search/names.ts'),
    import('../graph/page-reuse.ts'),
  ]);
  modules.catch(() => {}); // a loading error is reported where the modules are awaited
  const graph = await extractGraph(ctx, io, progress, ctx.cacheDir !== undefined);
  const [{ siteModelOf }, { renderSite }, { writeFeeds }, { indexSite }, { searchRecords }, { writeOfflineSearch }, { writeBuildInfo }, { nameEvents }, { carriedPages, saveSiteMemo }] = await modules;
  // With a cache, unchanged pages and index parts are carried over from the published site.
  const carry = ctx.cacheDir !== undefined ? { liveDir: live, cacheDir: ctx.cacheDir } : {};
  progress.start('model', 1);
  // Pages whose inputs resolve marked unchanged come from the site memo with their keys (src/graph/page-reuse.ts).
  const carried = ctx.cacheDir !== undefined ? await carriedPages(ctx.cacheDir, graph) : null;
  const { model, light, complete } = siteModelOf(graph, carried ?? undefined);
  if (carried) progress.note(`${light.size} pages carried over in the model`);
  progress.done();
  const carriedKeys = carried ? { carried: { keys: memoKeys(carried), light, complete } } : {};
  const rendered = await renderSite({ model, outDir: out, settings: ctx.site, progress, parts, ...carry, ...carriedKeys });
  progress.start('write', 4);
  if (ctx.cacheDir !== undefined && graph.unchanged) await saveSiteMemo(ctx.cacheDir, model, rendered.keys, carried, graph.unchanged);
  await fs.writeFile(path.join(out, 'graph.json'), serializeGraphJson(graph, ctx.graphVersion));
  await writeFeeds(out, model, ctx.site);
  await writeBuildInfo(out, graph, model, ctx.site.title);
  if (ctx.site.logo) await fs.copyFile(ctx.site.logo.source, path.join(out, ctx.site.logo.file));
  progress.done();
  const records = searchRecords(model);
  const partSize = ctx.searchPartRecords !== undefined ? { maxPartRecords: ctx.searchPartRecords } : {};
  const indexed = await indexSite(out, records, { progress, ...carry, ...partSize });
  progress.start('offline', 1);
  const offline = await writeOfflineSearch(out, records, nameEvents(model), ctx.cacheDir !== undefined ? live : undefined, ctx.cacheDir);
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
