/**
 * Astro's server bundle of the pages, kept in the cache folder between builds, so a rebuild renders its few changed
 * pages without a new Astro build.
 *
 * An Astro build first bundles the pages' code with Vite and Rollup (the pages, the components and the modules they
 * import, compiled), then imports that bundle and renders every path of every route through it, then deletes it.
 * The bundle depends only on the rendering code and the build options, never on the model (the pages read it with
 * getModel at render time), so for the same code it is the same every build; bundling it took most of a one-story
 * rebuild's render stage (about 10 s of a 1,000-story rebuild's 43 s, bench/RESULTS.md). So the build keeps a copy
 * of the bundle, keyed by the code version it was made from (keepBundle), and a later build with the same version
 * imports it and renders each path with Astro's container API (renderFromBundle), the way Astro's static build
 * renders it: the same component code, props and params, so the same bytes (tests/incremental.test.ts compares a
 * rebuild with a fresh build, every file). Anything else — no bundle, another version, a bundle that fails — runs
 * the full Astro build, which writes the bundle again.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { mapLimited } from '../util/concurrency.ts';
import { compactHtml } from './compact-html.ts';

/** A kept bundle: its folder, and each route's source (relative to src/pages) with the bundle file of its page module. */
export interface KeptBundle {
  dir: string;
  routes: { route: string; file: string }[];
}

/** What bundle.json records: the version the bundle was made for, and its routes. */
interface BundleManifest {
  version: string;
  routes: KeptBundle['routes'];
}

const MANIFEST = 'bundle.json';
/** Astro's virtual module for a page's entry: `\0@astro-page:<component>@_@<extension>` (astro/dist/core/build/plugins/util.js). */
const PAGE_ENTRY = /^\0@astro-page:(.*)@_@(\w+)$/;
/** Paths rendered at once, as astro.config.mjs's `build.concurrency` asks of Astro. */
const PATHS_AT_ONCE = 4;
/**
 * Paths rendered by one of Astro's containers. A container adds every path it renders to a list (its manifest's
 * routes) that it searches from the start on each render (ContainerPipeline.headElements) and never empties, so
 * rendering costs grow with the square of the pages: one container for BBC's 16,300 pages spent 8.4 s of a 48 s
 * render in that search (a CPU profile, session 39), and Reuters' 95,000 would spend minutes. A fresh container
 * every so many paths keeps the list short; each path is rendered as before, so the bytes are the same.
 */
const PATHS_PER_CONTAINER = 200;

/** The folder of the bundle made for `version`: a version of its own, so a process never imports a stale module. */
export const bundleDir = (cacheDir: string, version: string) =>
  path.join(cacheDir, 'render', `bundle-${createHash('sha256').update(version).digest('hex').slice(0, 16)}`);

/**
 * A Vite plugin that copies the server bundle Astro writes (before Astro deletes it) into `bundleDir(cacheDir,
 * version)`, with a manifest of its page routes, and removes bundles of other versions. `root` is Astro's project
 * root, against which the page entries name their components; `pagesDir` the folder of the routes.
 */
export function keepBundle(cacheDir: string, version: string, root: string, pagesDir: string): Plugin {
  return {
    name: 'chronicle:keep-bundle',
    async writeBundle(options, bundle) {
      const routes: KeptBundle['routes'] = [];
      for (const chunk of Object.values(bundle)) {
        const entry = chunk.type === 'chunk' && chunk.facadeModuleId ? PAGE_ENTRY.exec(chunk.facadeModuleId) : null;
        if (entry) routes.push({ route: path.relative(pagesDir, path.resolve(root, `${entry[1]}.${entry[2]}`)).split(path.sep).join('/'), file: chunk.fileName });
      }
      // The client build (and any other) has no page entries: only the server bundle is kept.
      if (!routes.length || !options.dir) return;
      routes.sort((a, b) => (a.route < b.route ? -1 : a.route > b.route ? 1 : 0));
      const dir = bundleDir(cacheDir, version);
      const tmp = `${dir}.${process.pid}.tmp`;
      await fs.rm(tmp, { recursive: true, force: true });
      const files = Object.values(bundle).filter((c) => c.type === 'chunk').map((c) => c.fileName);
      await mapLimited(files, 16, async (file) => {
        await fs.mkdir(path.dirname(path.join(tmp, file)), { recursive: true });
        await fs.copyFile(path.join(options.dir!, file), path.join(tmp, file));
      });
      await fs.writeFile(path.join(tmp, MANIFEST), JSON.stringify({ version, routes } satisfies BundleManifest));
      const render = path.dirname(dir);
      for (const name of await fs.readdir(render)) if (name.startsWith('bundle-') && !name.includes('.tmp')) await fs.rm(path.join(render, name), { recursive: true, force: true });
      await fs.rename(tmp, dir);
    },
  };
}

/** The bundle kept for `version`, or null. */
export async function findBundle(cacheDir: string, version: string): Promise<KeptBundle | null> {
  const dir = bundleDir(cacheDir, version);
  try {
    const manifest = JSON.parse(await fs.readFile(path.join(dir, MANIFEST), 'utf8')) as BundleManifest;
    return manifest.version === version && Array.isArray(manifest.routes) && manifest.routes.length ? { dir, routes: manifest.routes } : null;
  } catch {
    return null;
  }
}

/** A page module of Astro's bundle: an Astro component (a page) or a GET handler (an endpoint, such as the stylesheet). */
interface PageModule {
  default?: unknown;
  GET?: (context: { params: Record<string, string>; props: Record<string, unknown> }) => Response | Promise<Response>;
  getStaticPaths?: () => { params: Record<string, string | undefined>; props?: Record<string, unknown> }[] | Promise<{ params: Record<string, string | undefined>; props?: Record<string, unknown> }[]>;
}

/**
 * Renders every path of every route of the bundle into `outDir`, from the model set for the pages (src/site/model.ts):
 * each route's getStaticPaths (or its one path), each path to the file Astro's static build writes for it with
 * `build.format: 'file'`. `dependencies` is the folder whose node_modules resolves the bundle's own imports;
 * `routes` picks the routes rendered (default all).
 */
export async function renderFromBundle(bundle: KeptBundle, outDir: string, dependencies: string, routes: (route: string) => boolean = () => true): Promise<void> {
  await fs.symlink(dependencies, path.join(bundle.dir, 'node_modules'), 'junction').catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'EEXIST') throw e;
  });
  const container = await containers(PATHS_PER_CONTAINER);
  // Each folder is made once, not once a page (BBC: 17,000 pages in a few folders).
  const folders = new Map<string, Promise<unknown>>();
  const folder = (dir: string) => folders.get(dir) ?? folders.set(dir, fs.mkdir(dir, { recursive: true })).get(dir)!;
  for (const { route, file } of bundle.routes.filter((r) => routes(r.route))) {
    const mod = ((await import(pathToFileURL(path.join(bundle.dir, file)).href)) as { page: () => PageModule | Promise<PageModule> }).page;
    const page = await mod();
    const paths = page.getStaticPaths ? await page.getStaticPaths() : [{ params: {} }];
    await mapLimited(paths, PATHS_AT_ONCE, async ({ params, props = {} }) => {
      const out = outputFile(route, params as Record<string, string>, !page.default);
      // Compacted here as Astro's static build compacts through the middleware (src/middleware.ts), which the
      // container does not run.
      const body = page.default
        ? Buffer.from(compactHtml(await (await container()).renderToString(page.default as never, { props, params, partial: false, request: new Request(`http://localhost/${out}`) })))
        : Buffer.from(await (await page.GET!({ params: params as Record<string, string>, props })).arrayBuffer());
      // Astro writes no file for an empty body.
      if (!body.length) return;
      await folder(path.dirname(path.join(outDir, out)));
      await fs.writeFile(path.join(outDir, out), body);
    });
  }
}

type Container = Awaited<ReturnType<(typeof import('astro/container'))['experimental_AstroContainer']['create']>>;

/** A function giving the container for the next render: a new one every `per` renders (PATHS_PER_CONTAINER). */
export async function containers(per: number): Promise<() => Promise<Container>> {
  const { experimental_AstroContainer } = await import('astro/container');
  let current: Promise<Container> | undefined;
  let renders = 0;
  return () => {
    if (renders++ % per === 0) current = experimental_AstroContainer.create();
    return current!;
  };
}

/**
 * The file Astro's static build writes for a path of a route with `build.format: 'file'`: the route's path with its
 * parameters filled in; a page's with `.html` (`index.astro` → `index.html`, `404.astro` → `404.html`), an
 * endpoint's as named (`[stylesheet].css.ts` → `style.<hash>.css`). Chronicle's routes have no rest parameters and
 * no nested index pages, which Astro names otherwise.
 */
export function outputFile(route: string, params: Record<string, string | undefined>, endpoint: boolean): string {
  const filled = route.replace(/\.(astro|ts|js|mjs)$/, '').replace(/\[(\w+)\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`route ${route} has no parameter ${name}`);
    return value;
  });
  return endpoint ? filled : `${filled}.html`;
}
