/**
 * Render: hands the site model to Astro and runs its static build into `outDir`.
 *
 * With a cache folder, rendering is incremental (src/site/incremental.ts): the article, entity and event pages
 * whose props did not change since the previous build into the same folder are carried over, and Astro renders
 * only the others plus the listing pages. Carried-over pages are the bytes Astro wrote for the same props with the
 * same code, so the folder ends up exactly as a full render would leave it. With a cache folder, Astro's server bundle
 * of the pages is also kept, and a later build with the same code renders through it instead of building it again
 * (src/site/bundle.ts).
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import type { Plugin } from 'vite';
import type { SiteSettings } from '../config/context.ts';
import type { SiteModel } from '../graph/site-model.ts';
import { PROJECT_ROOT } from '../util/project.ts';
import type { Progress } from '../util/progress.ts';
import { getModel, setModel } from './model.ts';
import { linkFiles } from '../util/files.ts';
import { dependencyFolder } from './output-folder.ts';
import { listingKeys, pageFiles, pageKeys, readState, renderCodeVersion, reusablePages, stateAfterRender, stateFile, writeState, type PageKey, type RenderState } from './incremental.ts';
import { SHARD_MANIFEST, formatShard, inShard, type Shard } from '../util/shard.ts';
import { ENTITY_TYPES } from '../types.ts';
import { codeVersion } from '../util/code-version.ts';
import { findBundle, keepBundle, renderFromBundle, type KeptBundle } from './bundle.ts';

export interface RenderOptions {
  model: SiteModel;
  /** Where the pages are written: a fresh staging folder (src/site/output-folder.ts). */
  outDir: string;
  /**
   * The published site this build will replace (default `outDir`): unchanged pages are carried over from it as
   * hard links, so it stays whole if the build fails, and the render state is kept per published folder.
   */
  liveDir?: string;
  /** The site's name, language, address…: handed to the pages as the virtual module `virtual:chronicle/site`. */
  settings: SiteSettings;
  /** The cache folder holding the render state; without it every page is rendered. */
  cacheDir?: string;
  /**
   * Render one slice of the article, entity and event pages and no listing (`chronicle build --shard i/n`), with a
   * manifest of their keys (SHARD_MANIFEST) for the stitch.
   */
  shard?: Shard;
  /** Folders written by `--shard` renders: pages whose key they hold are taken from them, not rendered (the stitch). */
  parts?: readonly string[];
  /**
   * Pages carried over in the model (src/graph/page-reuse.ts): their keys by URL, the URLs of their light copies,
   * and how to make those whole, for any whose file is not carried over.
   */
  carried?: { keys: ReadonlyMap<string, string>; light: ReadonlySet<string>; complete: (urls: ReadonlySet<string>) => void };
  progress?: Progress;
}

/** The manifest of a shard's render (SHARD_MANIFEST): a RenderState of its pages, and which slice it is. */
type ShardManifest = RenderState & { shard: string };

const SITE_MODULE = 'virtual:chronicle/site';

/** The render stage's note when the pages were rendered through the bundle kept by an earlier build (src/site/bundle.ts). */
export const BUNDLE_NOTE = 'through the page bundle of an earlier build';

/** Pages that are not article, entity, event or bounded listing pages (src/pages/*.astro, four type indexes); only sizes the bar. */
const FIXED_PAGES = 9;

export async function renderSite(opts: RenderOptions): Promise<{ pages: number; rendered: number; reused: number; keys: Map<string, string> }> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { model } = opts;
  const outDir = path.resolve(opts.outDir);
  const liveDir = path.resolve(opts.liveDir ?? opts.outDir);
  const shard = opts.shard;
  // A shard renders no listing page (the stitch does, once), so only a whole build keys them.
  const keys = shard ? pageKeys(model).filter((k) => inShard(k.file, shard)) : [...pageKeys(model, opts.carried?.keys), ...listingKeys(model.listings)];
  const version = `${renderCodeVersion()} settings=${JSON.stringify({ ...opts.settings, logo: opts.settings.logo?.file })}`;
  const state = opts.cacheDir && !shard ? await readState(stateFile(opts.cacheDir, liveDir)) : null;
  const fromLive = liveDir === outDir ? new Set<string>() : await reusablePages(keys, state, version, liveDir);
  const reuse = await withParts(fromLive, liveDir, keys, version, opts.parts ?? []);
  // A page carried over in the model as a light copy is made whole when its file is to be rendered.
  const toRender = [...(opts.carried?.light ?? [])].filter((url) => !reuse.has(url));
  if (toRender.length > 0) opts.carried!.complete(new Set(toRender));
  const listings = listingPagesWhere(model.listings, (url) => !shard && !reuse.has(url));
  const rendered = keys.reduce((n, k) => n + pageFiles(k).length, 0) - reuse.size + FIXED_PAGES;
  opts.progress?.start('render', rendered);

  const inSlice = shard ? new Set(keys.map((k) => k.file)) : null;
  const keep = <T extends { url: string }>(pages: T[]) => (reuse.size || inSlice ? pages.filter((p) => !reuse.has(p.url) && (!inSlice || inSlice.has(p.url))) : pages);
  setModel({ ...model, articles: keep(model.articles), entities: keep(model.entities), events: keep(model.events), listings });

  await fs.mkdir(outDir, { recursive: true });
  // The bundle also depends on how this file runs Astro (its Vite plugins and options).
  const bundleVersion = `${version} render=${codeVersion(['src/site/render.ts'])}`;
  const bundle = opts.cacheDir ? await findBundle(opts.cacheDir, bundleVersion) : null;
  // Counting means listing the output folder every second (95,000 files on Reuters): only for a live bar.
  const counting = opts.progress?.live ? countWhileRendering(outDir, opts.progress) : null;
  try {
    if (bundle && (await renderedFromBundle(bundle, outDir, opts.progress))) opts.progress?.note(BUNDLE_NOTE);
    else if (opts.cacheDir) await buildThenRenderPages(outDir, opts.settings, { cacheDir: opts.cacheDir, version: bundleVersion }, opts.progress);
    else await astroBuild(outDir, opts.settings, null);
  } finally {
    counting?.stop();
    setModel(model);
  }
  // Astro's content layer leaves two empty module stubs in the output of a static build; they are not pages.
  for (const stub of ['content-assets.mjs', 'content-modules.mjs']) await fs.rm(path.join(outDir, stub), { force: true });

  const copied = carryOver(reuse, outDir);
  if (shard) {
    const manifest: ShardManifest = { ...(await stateAfterRender(keys, version, outDir)), shard: formatShard(shard) };
    await writeState(path.join(outDir, SHARD_MANIFEST), manifest);
  } else if (opts.cacheDir) await writeState(stateFile(opts.cacheDir, liveDir), await stateAfter(keys, version, outDir, reuse, liveDir, copied, state));
  opts.progress?.done();
  return { pages: await countHtml(outDir), rendered, reused: reuse.size, keys: new Map(keys.map((k) => [k.file, k.key])) };
}

/**
 * Renders through the kept bundle (src/site/bundle.ts); false if that failed (the output folder is then emptied, and
 * Astro's full build runs, writing a new bundle).
 */
async function renderedFromBundle(bundle: KeptBundle, outDir: string, progress?: Progress, routes?: (route: string) => boolean): Promise<boolean> {
  try {
    await renderFromBundle(bundle, outDir, dependencyFolder(), routes);
    return true;
  } catch (e) {
    progress?.note(`the kept page bundle failed (${e instanceof Error ? e.message : String(e)}): building the pages again`);
    for (const name of await fs.readdir(outDir)) await fs.rm(path.join(outDir, name), { recursive: true, force: true });
    return false;
  }
}

/** The routes of the article, entity and event pages and their sub-pages: most of a site's pages. */
const PAGE_ROUTE = /^(articles|entities|events)\/\[id\](\/\[list\])?\.astro$/;

/**
 * A build with no kept bundle: Astro's static build bundles the pages, keeps the bundle, and renders the listing
 * and fixed pages; the article, entity and event pages (their routes given no paths while it runs) are then
 * rendered through the kept bundle, as a rebuild renders them (renderFromBundle). Astro's build wraps each page in
 * a request, a response read back through the middleware (src/middleware.ts) and a recursive mkdir: on BBC's
 * 17,000 pages the bundle renders the same bytes in less time (bench/RESULTS.md, session 29).
 */
async function buildThenRenderPages(outDir: string, settings: SiteSettings, keep: { cacheDir: string; version: string }, progress?: Progress): Promise<void> {
  const model = getModel();
  setModel({ ...model, articles: [], entities: [], events: [] });
  try {
    await astroBuild(outDir, settings, keep);
  } finally {
    setModel(model);
  }
  // Should the bundle not be kept or fail, the folder is emptied and Astro's build renders every page.
  const bundle = await findBundle(keep.cacheDir, keep.version);
  if (!bundle || !(await renderedFromBundle(bundle, outDir, progress, (route) => PAGE_ROUTE.test(route)))) await astroBuild(outDir, settings, keep);
}

/** Astro's static build of the pages into `outDir`; with `keep`, its server bundle is kept for later builds. */
async function astroBuild(outDir: string, settings: SiteSettings, keep: { cacheDir: string; version: string } | null): Promise<void> {
  const { build } = await import('astro');
  // Astro's project root is a private temporary folder: its caches, Vite's and the content layer's data store
  // (<root>/.astro/) go there, never into Chronicle's installed folder, which may not be writable. The pages and
  // the config stay where Chronicle is installed; a link there resolves Astro's own imports. Builds from one
  // installation share nothing, so they no longer take turns.
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-astro-'));
  await fs.symlink(dependencyFolder(), path.join(work, 'node_modules'), 'junction');
  const srcDir = path.join(PROJECT_ROOT, 'src');
  const plugins = [siteSettingsModule(settings), noDependencyPrebundling(), ...(keep ? [keepBundle(keep.cacheDir, keep.version, work, path.join(srcDir, 'pages'))] : [])];
  // A static build writes its server chunks into the output folder, but only when that folder is inside the
  // working directory; otherwise into <working directory>/.astro/, a folder of the user's (astro's
  // getOutDirWithinCwd). So Astro runs from the output's parent, our staging folder, where they also resolve
  // Chronicle's dependencies (src/site/output-folder.ts). Every path here is absolute.
  const cwd = process.cwd();
  process.chdir(path.dirname(outDir));
  try {
    await build({
      root: work,
      srcDir,
      publicDir: path.join(PROJECT_ROOT, 'public'),
      // Astro joins this to the root, absolute or not.
      configFile: path.relative(work, path.join(PROJECT_ROOT, 'astro.config.mjs')),
      outDir,
      logLevel: 'error',
      cacheDir: path.join(work, 'cache'),
      build: { server: path.join(work, 'server'), client: outDir },
      vite: { cacheDir: path.join(work, 'vite'), plugins },
    });
  } finally {
    process.chdir(cwd);
    await fs.rm(work, { recursive: true, force: true });
  }
}

/** The listings with only the pages `render` picks left to render (none for a shard; those not carried over otherwise). */
function listingPagesWhere(listings: SiteModel['listings'], render: (url: string) => boolean): SiteModel['listings'] {
  const pick = <T extends { pages: { url: string }[] }>(list: T): T => ({ ...list, pages: list.pages.filter((p) => render(p.url)) });
  const indexes = { ...listings.indexes };
  for (const type of ENTITY_TYPES) indexes[type] = pick(indexes[type]);
  return { timeline: pick(listings.timeline), archive: pick(listings.archive), indexes };
}

/**
 * Pages to carry over, each with the folder it comes from: the published site's unchanged pages, then those the
 * shard folders rendered with the same key and code. A shard folder is Chronicle's own output, moved between
 * machines (which may not keep modification times), so its pages are checked by key and size.
 */
async function withParts(fromLive: Set<string>, liveDir: string, keys: readonly PageKey[], version: string, parts: readonly string[]): Promise<Map<string, string>> {
  const reuse = new Map([...fromLive].map((f) => [f, liveDir]));
  for (const dir of parts) {
    const manifest = await readState(path.join(dir, SHARD_MANIFEST));
    const wanted = keys.filter((k) => !reuse.has(k.file));
    for (const file of await reusablePages(wanted, manifest, version, dir, { checkTime: false })) reuse.set(file, dir);
  }
  return reuse;
}

/**
 * The site settings as the virtual module `virtual:chronicle/site` (src/env.d.ts types it), as Starlight hands its
 * config to its pages: the pages import it, and nothing travels on globals.
 */
function siteSettingsModule(settings: SiteSettings): Plugin {
  const resolved = `\0${SITE_MODULE}`;
  return {
    name: 'chronicle:site-settings',
    resolveId: (id) => (id === SITE_MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? `export default ${JSON.stringify(settings)};` : undefined),
  };
}

/**
 * Astro's content-layer sync starts a Vite dev server, whose dependency optimizer bundled a few of Astro's own
 * dependencies with esbuild on every build (1–2 s of each rebuild's render, waited on) for a browser that never
 * connects; a static build bundles with Rollup and never reads them. Run after the plugins that ask for them.
 */
function noDependencyPrebundling(): Plugin {
  return {
    name: 'chronicle:no-dependency-prebundling',
    enforce: 'post',
    config(config) {
      config.optimizeDeps = { ...config.optimizeDeps, noDiscovery: true, include: [] };
    },
  };
}

/**
 * Unchanged pages of the published site, hard-linked into the new one (the published files stay where they are
 * until the new site replaces them). Returns the pages that had to be copied instead, where links are not possible.
 */
function carryOver(reuse: Map<string, string>, outDir: string): Set<string> {
  return linkFiles(reuse.keys(), (file) => reuse.get(file)!, outDir);
}

/**
 * The new state: pages linked from the published site keep their record (a link shares size and time); the others
 * are read from the output.
 */
async function stateAfter(
  keys: ReturnType<typeof pageKeys>,
  version: string,
  outDir: string,
  reuse: Map<string, string>,
  liveDir: string,
  copied: Set<string>,
  previous: RenderState | null,
): Promise<RenderState> {
  // A page is carried over with its sub-pages, so all of its files are linked from the published site, or none.
  const linked = (k: PageKey) => pageFiles(k).every((f) => reuse.get(f) === liveDir && !copied.has(f));
  const fresh = await stateAfterRender(keys.filter((k) => !linked(k)), version, outDir);
  const pages: RenderState['pages'] = {};
  for (const k of keys) for (const f of pageFiles(k)) pages[f] = linked(k) ? previous!.pages[f]! : fresh.pages[f]!;
  return { version, pages };
}

/**
 * Astro reports nothing while it writes pages, so progress counts the files appearing in the (freshly emptied)
 * output folder, once a second.
 */
function countWhileRendering(outDir: string, progress: Progress): { stop(): void } {
  let reported = 0;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    countHtml(outDir)
      .then((n) => {
        if (n > reported) progress.tick(n - reported);
        reported = Math.max(reported, n);
      })
      .catch(() => {})
      .finally(() => (busy = false));
  }, 1000);
  return { stop: () => clearInterval(timer) };
}

async function countHtml(dir: string): Promise<number> {
  let n = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith('.html')) n++;
  return n;
}
