/**
 * `npm run bench:bytes -- SITE [AFTER]`: what a built site weighs (apparent size), by kind of file as `npm run
 * bench` counts it (bench/site-bytes.ts), with the files and the mean size of each kind, and the data files one by
 * one. With a second site, the same for it and the change from the first: how a change to the templates moved the
 * bytes, without timing a whole bench. Issue 17's target is BBC's site at 60 MB or less.
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { bytesByKind, listSite, mb, siteKind, SITE_KINDS, type SiteFile } from './site-bytes.ts';
import { graphJsonV3, type GraphJsonV4 } from '../src/graph/graph-json.ts';

const args = process.argv.slice(2, 4);
if (args.length === 0) {
  console.error('usage: npm run bench:bytes -- SITE [AFTER]');
  process.exit(2);
}
const sites = args.map((p) => path.resolve(p));
const before = sites.length > 1;
/** Each site by the path it was given as. */
const label = (site: string) => args[sites.indexOf(site)]!;
const listed = await Promise.all(sites.map((s) => listSite(s)));
const totals = listed.map((files) => bytesByKind(files));
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const signed = (b: number) => `${b > 0 ? '+' : b < 0 ? '−' : '±'}${mb(Math.abs(b))}`;

console.log(`| kind | ${sites.map((s) => `${label(s)}: files · bytes · mean`).join(' | ')}${before ? ' | change' : ''} |`);
console.log(`| --- | ${sites.map(() => '---').join(' | ')}${before ? ' | ---' : ''} |`);
for (const k of [...SITE_KINDS, 'total'] as const) {
  const cells = totals.map((t) => (k === 'total' ? t.total : t.kinds[k]));
  const change = before ? ` | ${signed(cells[1]!.bytes - cells[0]!.bytes)}` : '';
  console.log(`| ${k} | ${cells.map((c) => `${c.files} · ${mb(c.bytes)} · ${kb(c.bytes / Math.max(1, c.files))}`).join(' | ')}${change} |`);
}

/** The data files (graph.json, the build record, the marker, sitemap, feed) each on its own line. */
const data = (files: readonly SiteFile[]) => new Map(files.filter((f) => siteKind(f.rel) === 'data').map((f) => [f.rel, f.size]));
const dataFiles = listed.map(data);
const names = [...new Set(dataFiles.flatMap((d) => [...d.keys()]))].sort();
console.log(`\n| data file | ${sites.map(label).join(' | ')} |`);
console.log(`| --- | ${sites.map(() => '---').join(' | ')} |`);
for (const n of names) console.log(`| ${n} | ${dataFiles.map((d) => (d.has(n) ? mb(d.get(n)!) : '—')).join(' | ')} |`);

/**
 * graph.json by part, in bytes as written (one record a line): each top-level list, its articles' `sentences`, its
 * entities' mentions, and what is written twice inside it: the sentences of statements (`quotes`), reports and event
 * sources that are also in their article's `sentences` (what they would weigh as indexes into them, as mentions
 * are). Session 30 (speed38) asked what the site's "data" holds before cutting any of it.
 */
interface GraphParts { [part: string]: number }
async function graphParts(site: string): Promise<GraphParts | undefined> {
  const text = await fs.readFile(path.join(site, 'graph.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const doc = JSON.parse(text) as Record<string, unknown>;
  const len = (v: unknown) => Buffer.byteLength(JSON.stringify(v));
  const parts: GraphParts = { 'graph.json': Buffer.byteLength(text) };
  for (const [key, value] of Object.entries(doc)) if (Array.isArray(value)) parts[key] = value.reduce((n: number, v) => n + len(v) + 2, 0);
  // Version 4's records are arrays (GRAPH_JSON_V4_FIELDS): their sentences and mentions are counted as version 3's.
  if (doc.version === 4) return { ...parts, ...subParts(graphJsonV3(doc as unknown as GraphJsonV4) as unknown as Record<string, unknown>) };
  return { ...parts, ...subParts(doc) };
}
function subParts(doc: Record<string, unknown>): GraphParts {
  const len = (v: unknown) => Buffer.byteLength(JSON.stringify(v));
  const parts: GraphParts = {};
  const articles = (doc.articles ?? []) as { id: string; sentences?: string[] }[];
  parts['  articles: sentences'] = articles.reduce((n, a) => n + (a.sentences ? len(a.sentences) : 0), 0);
  const named = [...((doc.entities ?? []) as { mentions: unknown[] }[]), ...((doc.plainNames ?? []) as { mentions: unknown[] }[])];
  parts['  entities and plainNames: mentions'] = named.reduce((n, e) => n + len(e.mentions), 0);
  // Version 3 (and 4) writes them as indexes already.
  if (doc.version === 3) return parts;
  const index = new Map(articles.map((a) => [a.id, new Map((a.sentences ?? []).map((s, i) => [s, i]))]));
  const quoted = [...((doc.quotes ?? []) as { article: string; quote: string }[]), ...((doc.reports ?? []) as { article: string; quote: string }[]), ...((doc.events ?? []) as { sources: { article: string; quote: string }[] }[]).flatMap((e) => e.sources)];
  parts['  quotes, reports, event sources: sentences also in articles\' (as indexes, saved)'] = quoted.reduce((n, q) => {
    const i = index.get(q.article)?.get(q.quote);
    return i === undefined ? n : n + len(q.quote) - String(i).length;
  }, 0);
  return parts;
}
const graphs = await Promise.all(sites.map(graphParts));
if (graphs.some(Boolean)) {
  const keys = [...new Set(graphs.flatMap((g) => Object.keys(g ?? {})))];
  console.log(`\n| graph.json part (bytes) | ${sites.map(label).join(' | ')} |`);
  console.log(`| --- | ${sites.map(() => '---').join(' | ')} |`);
  for (const k of keys) console.log(`| ${k} | ${graphs.map((g) => (g?.[k] !== undefined ? g[k]!.toLocaleString('en') : '—')).join(' | ')} |`);
}
