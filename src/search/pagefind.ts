/**
 * Index: Pagefind's Node API over the written pages (after Astro, so the index matches what readers see).
 * Pages opt in with `data-pagefind-body` and carry their `kind` filter and `date` sort key (src/site/Layout.astro).
 */
import path from 'node:path';
import * as pagefind from 'pagefind';

export async function indexSite(outDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: path.resolve(outDir), glob: '**/*.html' });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(path.resolve(outDir), 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
