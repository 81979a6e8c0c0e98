/**
 * Search without a server. Browsers block module scripts, fetch and WebAssembly on file:// pages, so Pagefind
 * cannot run there (Pagefind #202, #241). The fallback is two classic scripts that only the search page loads:
 * `search/minisearch.js` (MiniSearch's UMD build, copied from node_modules) and `search/records.js`, which sets a
 * global with the search records; the search page indexes them in the browser with MiniSearch. The page's own
 * script (`search/search.js`, from search-page.js) is a file too, so the Content-Security-Policy needs no inline code.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promises as fs } from 'node:fs';
import type { SearchRecord } from './records.ts';
import { OFFLINE_BOOST } from './ranking.ts';

const require = createRequire(import.meta.url);
export const OFFLINE_DIR = 'search';

export async function writeOfflineSearch(outDir: string, records: SearchRecord[]): Promise<{ bytes: number }> {
  const dir = path.join(outDir, OFFLINE_DIR);
  await fs.mkdir(dir, { recursive: true });
  // The UMD build is not in the package's export map; find it from the CommonJS entry point.
  const umd = path.join(path.dirname(require.resolve('minisearch')), '..', 'umd', 'index.js');
  await fs.copyFile(umd, path.join(dir, 'minisearch.js'));
  await fs.copyFile(fileURLToPath(new URL('./search-page.js', import.meta.url)), path.join(dir, 'search.js'));
  // Columns instead of objects keep the file small; `</` is escaped so the data can never close a script.
  const columns = ['url', 'title', 'kind', 'date', 'aliases', 'text'] as const;
  const rows = records.map((r) => columns.map((c) => r[c] ?? ''));
  // The ranking travels with the records, so the page script ranks as Pagefind does (src/search/ranking.ts).
  const json = JSON.stringify({ columns, rows, boost: OFFLINE_BOOST }).replace(/</g, '\\u003c');
  const script = `/* Chronicle offline search records: ${records.length} pages. */\nwindow.__chronicleSearch = ${json};\n`;
  await fs.writeFile(path.join(dir, 'records.js'), script);
  return { bytes: Buffer.byteLength(script) };
}
