/** Reading a built site in tests: its pages, their links, and where each link leads. */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { urls } from '../../src/util/urls.ts';

export interface PageLink {
  from: string;
  href: string;
  /** Root-relative file the link leads to (undefined for external or non-file links). */
  target?: string;
  anchor?: string;
}

export async function listFiles(root: string, dir = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(root, rel)));
    else out.push(rel);
  }
  return out.sort();
}

/** Files that differ between two site folders, or exist in only one: empty when they are byte for byte the same. */
export async function siteDifferences(a: string, b: string): Promise<string[]> {
  const [x, y] = await Promise.all([listFiles(a), listFiles(b)]);
  const diff = [...x.filter((f) => !y.includes(f)).map((f) => `only in first: ${f}`), ...y.filter((f) => !x.includes(f)).map((f) => `only in second: ${f}`)];
  for (const f of x.filter((f) => y.includes(f))) {
    const [p, q] = await Promise.all([fs.readFile(path.join(a, f)), fs.readFile(path.join(b, f))]);
    if (!p.equals(q)) diff.push(`differs: ${f}`);
  }
  return diff;
}

export class BuiltSite {
  private cache = new Map<string, HTMLElement>();
  private linkCache = new Map<string, PageLink[]>();
  constructor(readonly root: string) {}

  async page(rel: string): Promise<HTMLElement> {
    let doc = this.cache.get(rel);
    if (!doc) {
      doc = parse(await fs.readFile(path.join(this.root, rel), 'utf8'));
      this.cache.set(rel, doc);
    }
    return doc;
  }

  async exists(rel: string): Promise<boolean> {
    return fs.stat(path.join(this.root, rel)).then((s) => s.isFile(), () => false);
  }

  /** A page parsed afresh and not kept: for passes over every page of a large site. */
  async parse(rel: string): Promise<HTMLElement> {
    return this.cache.get(rel) ?? parse(await fs.readFile(path.join(this.root, rel), 'utf8'));
  }

  async links(rel: string): Promise<PageLink[]> {
    let links = this.linkCache.get(rel);
    if (!links) {
      links = (await this.parse(rel)).querySelectorAll('a[href]').map((a) => resolveLink(rel, a.getAttribute('href') ?? ''));
      this.linkCache.set(rel, links);
    }
    return links;
  }

  async htmlPages(): Promise<string[]> {
    return (await listFiles(this.root)).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
  }
}

export function resolveLink(from: string, href: string): PageLink {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return { from, href };
  const [pathPart, anchor] = href.split('#', 2) as [string, string | undefined];
  const base = from.split('/').slice(0, -1);
  const parts = pathPart === '' ? from.split('/') : [...base, ...pathPart.split('/')];
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === '..') resolved.pop();
    else if (part !== '.' && part !== '') resolved.push(part);
  }
  return { from, href, target: resolved.join('/'), ...(anchor !== undefined ? { anchor } : {}) };
}

/**
 * Bytes a browser loads for a page (issue 21's budget, the search index aside): the HTML, its stylesheet, scripts
 * and images and, if it shows previews, the largest preview-card file. Returns a function of a page's root-relative
 * path; file sizes are read once.
 */
export async function pageWeigher(site: BuiltSite): Promise<(rel: string) => Promise<number>> {
  const sizes = new Map<string, number>();
  const sizeOf = async (file: string) => {
    if (!sizes.has(file)) sizes.set(file, (await fs.stat(path.join(site.root, file))).size);
    return sizes.get(file)!;
  };
  const cards = await fs.readdir(path.join(site.root, 'previews')).catch(() => [] as string[]);
  const largestCards = Math.max(0, ...(await Promise.all(cards.map((f) => sizeOf(`previews/${f}`)))));
  return async (rel) => {
    const doc = await site.parse(rel);
    const refs = [
      ...doc.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')!),
      ...doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
      ...doc.querySelectorAll('img[src]').map((i) => i.getAttribute('src')!).filter((s) => !s.startsWith('data:')),
    ];
    let bytes = await sizeOf(rel);
    for (const href of refs) bytes += await sizeOf(path.posix.join(path.posix.dirname(rel), href));
    if (doc.querySelector(`script[src$="${urls.previewsScript}"]`)) bytes += largestCards;
    return bytes;
  };
}
