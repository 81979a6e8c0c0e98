/**
 * What a built site weighs, by kind of file, and the floor of a build: the time to read the input and write the
 * output's bytes with no work done in between. A build can never be faster than its floor on the same machine, so
 * build ÷ floor says how much of a build is work, on a machine whose speed drifts (bench/RESULTS.md).
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { mapLimited } from '../src/util/concurrency.ts';

/** The kinds of file in a site, by the folder or name they are written under (src/util/urls.ts). */
export const SITE_KINDS = ['entities', 'events', 'articles', 'listings', 'search index', 'offline index', 'previews', 'data', 'assets'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

/** The kind of one output file, by its '/'-separated path relative to the site root. */
export function siteKind(rel: string): SiteKind {
  const top = rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : '';
  if (top === 'entities' || top === 'events' || top === 'articles') return top;
  if (top === 'pagefind') return 'search index';
  if (top === 'search') return 'offline index';
  if (top === 'previews' || rel === 'previews.js') return 'previews';
  if (rel.endsWith('.html')) return 'listings';
  if (/^(graph\.json|feed\.xml|sitemap\.xml|\.?chronicle-[\w-]+\.json)$/.test(rel)) return 'data';
  return 'assets';
}

export interface SiteFile { rel: string; size: number }

/** Every file of a site with its size, sorted by path. */
export async function listSite(dir: string): Promise<SiteFile[]> {
  const entries = (await fs.readdir(dir, { withFileTypes: true, recursive: true })).filter((e) => e.isFile());
  const rels = entries.map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort();
  const sizes = await mapLimited(rels, 64, async (rel) => (await fs.stat(path.join(dir, rel))).size);
  return rels.map((rel, i) => ({ rel, size: sizes[i]! }));
}

export interface KindTotal { files: number; bytes: number }

/** Files and bytes (apparent size) per kind, and the total. */
export function bytesByKind(files: readonly SiteFile[]): { kinds: Record<SiteKind, KindTotal>; total: KindTotal } {
  const kinds = Object.fromEntries(SITE_KINDS.map((k) => [k, { files: 0, bytes: 0 }])) as Record<SiteKind, KindTotal>;
  const total = { files: 0, bytes: 0 };
  for (const f of files) {
    const k = kinds[siteKind(f.rel)];
    k.files++;
    k.bytes += f.size;
    total.files++;
    total.bytes += f.size;
  }
  return { kinds, total };
}

/** A content hash of every file of a site: what a rebuild changed is where two of these differ. */
export async function hashSite(dir: string, files: readonly SiteFile[]): Promise<Map<string, string>> {
  const hashes = await mapLimited(files, 32, async (f) => createHash('sha256').update(await fs.readFile(path.join(dir, f.rel))).digest('hex'));
  return new Map(files.map((f, i) => [f.rel, hashes[i]!]));
}

/** The files of `after` that are new or other than in `before`. */
export function changedFiles(before: Map<string, string>, after: Map<string, string>, files: readonly SiteFile[]): SiteFile[] {
  return files.filter((f) => before.get(f.rel) !== after.get(f.rel));
}

/**
 * The floor: read every input file (32 at a time, as the build does) and write `files` (their paths and sizes)
 * into a fresh folder `scratch`, 64 at a time, in this process (no start-up). Returns seconds.
 */
export async function floorSeconds(input: string, files: readonly SiteFile[], scratch: string): Promise<number> {
  await fs.rm(scratch, { recursive: true, force: true });
  const inputs = (await fs.readdir(input, { withFileTypes: true, recursive: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const largest = files.reduce((m, f) => Math.max(m, f.size), 0);
  const bytes = Buffer.alloc(largest, 'x');
  const started = performance.now();
  let read = 0;
  await mapLimited(inputs, 32, async (p) => void (read += (await fs.readFile(p)).length));
  const dirs = [...new Set(files.map((f) => path.dirname(f.rel)))].sort();
  for (const d of dirs) await fs.mkdir(path.join(scratch, d), { recursive: true });
  await mapLimited(files, 64, (f) => fs.writeFile(path.join(scratch, f.rel), bytes.subarray(0, f.size)));
  const seconds = (performance.now() - started) / 1000;
  await fs.rm(scratch, { recursive: true, force: true });
  if (read === 0 && inputs.length > 0) throw new Error('floor: read nothing');
  return seconds;
}

const MB = 1024 * 1024;
export const mb = (b: number) => `${(b / MB).toFixed(1)} MB`;

/** One Markdown table row per kind: files, bytes, share, bytes per article. */
export function bytesTable(name: string, files: readonly SiteFile[], articles: number): string[] {
  const { kinds, total } = bytesByKind(files);
  const rows = [`| ${name} | total | ${total.files} | ${mb(total.bytes)} | 100% | ${((total.bytes / Math.max(1, articles)) / 1024).toFixed(1)} KB |`];
  for (const k of SITE_KINDS) {
    const t = kinds[k];
    rows.push(`| ${name} | ${k} | ${t.files} | ${mb(t.bytes)} | ${((t.bytes / Math.max(1, total.bytes)) * 100).toFixed(1)}% | ${((t.bytes / Math.max(1, articles)) / 1024).toFixed(1)} KB |`);
  }
  return rows;
}

/** Files that differ between two folders (or exist in one only); empty when they are byte-identical. */
export async function differentFiles(a: string, b: string): Promise<string[]> {
  const list = async (dir: string) =>
    (await fs.readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
  const [x, y] = await Promise.all([list(a), list(b)]);
  const xs = new Set(x);
  const ys = new Set(y);
  const diff = [...x.filter((f) => !ys.has(f)), ...y.filter((f) => !xs.has(f))];
  for (const f of x.filter((f) => ys.has(f))) {
    const [p, q] = await Promise.all([fs.readFile(path.join(a, f)), fs.readFile(path.join(b, f))]);
    if (!p.equals(q)) diff.push(f);
  }
  return diff;
}
