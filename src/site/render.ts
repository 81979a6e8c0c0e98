/** Render: hands the site model to Astro and runs its static build into `outDir`. */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { build } from 'astro';
import type { SiteModel } from '../graph/site-model.ts';
import { PROJECT_ROOT } from '../util/project.ts';
import { setModel } from './model.ts';
import { shortHash } from '../util/slug.ts';

export async function renderSite(opts: { model: SiteModel; outDir: string; base?: string; site?: string }): Promise<{ pages: number }> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  setModel(opts.model, opts.site);
  const outDir = path.resolve(opts.outDir);
  await fs.mkdir(outDir, { recursive: true });
  // Astro's cache and intermediate server chunks go to a private temporary folder. When the output is outside the
  // project, Astro still stages pages in <project>/.astro/, so builds from one installation take turns.
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-astro-'));
  const release = await acquireLock(path.join(os.tmpdir(), `chronicle-build-${shortHash(PROJECT_ROOT)}.lock`));
  try {
    await build({
      root: PROJECT_ROOT,
      outDir,
      logLevel: 'error',
      cacheDir: path.join(work, 'cache'),
      build: { server: path.join(work, 'server'), client: outDir },
    });
  } finally {
    await release();
    await fs.rm(work, { recursive: true, force: true });
  }
  // Astro's content layer leaves two empty module stubs in the output of a static build; they are not pages.
  for (const stub of ['content-assets.mjs', 'content-modules.mjs']) await fs.rm(path.join(outDir, stub), { force: true });
  return { pages: await countHtml(outDir) };
}

async function countHtml(dir: string): Promise<number> {
  let n = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith('.html')) n++;
  return n;
}

/** An exclusive lock file; a lock older than ten minutes is taken to be left over from a crashed build. */
async function acquireLock(file: string): Promise<() => Promise<void>> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  for (;;) {
    try {
      const handle = await fs.open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => fs.rm(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const stat = await fs.stat(file).catch(() => null);
      if (stat && Date.now() - stat.mtimeMs > 10 * 60_000) await fs.rm(file, { force: true });
      else await new Promise((r) => setTimeout(r, 200));
    }
  }
}
