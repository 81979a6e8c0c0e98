/** Render: hands the site model to Astro and runs its static build into `outDir`. */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { build } from 'astro';
import type { SiteModel } from '../graph/site-model.ts';
import { PROJECT_ROOT } from '../pipeline.ts';
import { setModel } from './model.ts';

export async function renderSite(opts: { model: SiteModel; outDir: string; base?: string; site?: string }): Promise<{ pages: number }> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  setModel(opts.model, opts.site);
  const outDir = path.resolve(opts.outDir);
  await fs.mkdir(outDir, { recursive: true });
  await build({
    root: PROJECT_ROOT,
    outDir,
    logLevel: 'error',
    // Astro caches between builds in the project; keep each output's cache beside nothing it could leak into.
    cacheDir: path.join(PROJECT_ROOT, 'node_modules', '.astro-cache'),
  });
  // Astro's content layer leaves two empty module stubs in the output of a static build; they are not pages.
  for (const stub of ['content-assets.mjs', 'content-modules.mjs']) await fs.rm(path.join(outDir, stub), { force: true });
  return { pages: await countHtml(outDir) };
}

async function countHtml(dir: string): Promise<number> {
  let n = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith('.html')) n++;
  return n;
}
