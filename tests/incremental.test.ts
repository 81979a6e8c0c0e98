/**
 * Incremental builds: with a cache folder, a rebuild after adding, editing or deleting articles extracts and
 * renders only what changed — and its output is byte for byte what a fresh build of the same input writes.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import { listFiles, siteDifferences } from './helpers/site.ts';
import { writeArchiveFixture } from './helpers/archive-fixture.ts';
import { PAGE_LISTS } from '../src/graph/site-model.ts';
import { BUNDLE_NOTE } from '../src/site/render.ts';
import { urls } from '../src/util/urls.ts';
import { slugify } from '../src/util/slug.ts';

/** Each test runs two or three full builds: minutes on a loaded machine, not the default minute. */
const BUILDS_TIMEOUT = 600_000;

let tmp: string;
let input: string;
let out: string;
let cache: string;
/** The first build's render line (it builds with Astro and keeps the page bundle). */
let firstRender: string | undefined;

async function build(args: string[]): Promise<{ stdout: string[]; stderr: string[] }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(['build', '--input', input, ...args], { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  if (code !== 0) throw new Error(`build failed:\n${stderr.join('\n')}`);
  return { stdout, stderr };
}

/** The incremental build into `out`, checked against a fresh build (no cache) of the same input. */
async function rebuildAndCompare(fresh: string) {
  const incremental = await build(['--out', out, '--cache', cache]);
  await build(['--out', fresh, '--no-cache']);
  expect(await siteDifferences(out, fresh)).toEqual([]);
  return incremental;
}

/** The bounded listing pages (src/graph/listings.ts): timeline and archive periods, type indexes by initial. */
const LISTING_PAGE = /^(timeline|archive|people|organizations|places|other-names)\/[^/]+\.html$/;
const inodes = (root: string, files: string[]) => Promise.all(files.map(async (f) => (await fs.stat(path.join(root, f))).ino));

// A third article about the seeds' story, so existing entity pages gain a mention and must change.
const ADDED = ` date 2022-01-05 WORLD
SenseTime shares fall after blacklisting

SenseTime shares fell on Wednesday in Hong Kong after Washington blacklisted the company, traders said.
The Chinese artificial intelligence company said it would appeal.
`;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-incremental-'));
  input = path.join(tmp, 'in');
  out = path.join(tmp, 'out');
  cache = path.join(tmp, 'cache');
  await fs.mkdir(input);
  for (const f of await fs.readdir('seeds')) await fs.copyFile(path.join('seeds', f), path.join(input, f));
  firstRender = (await build(['--out', out, '--cache', cache])).stderr.find((l) => l.startsWith('render:'));
});

/** The render stage's line of a build's stderr. */
const renderLine = (stderr: string[]) => stderr.find((l) => l.startsWith('render:')) ?? '';

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('incremental rebuild', () => {
  it('after adding an article: extracts one article, carries pages over, writes what a fresh build writes', async () => {
    const seeds = (await fs.readdir(input)).length;
    const listings = (await listFiles(out)).filter((f) => LISTING_PAGE.test(f));
    const inodesBefore = await inodes(out, listings);
    await fs.writeFile(path.join(input, 'zz-added.txt'), ADDED);
    const { stdout, stderr } = await rebuildAndCompare(path.join(tmp, 'fresh-1'));
    // Listing pages the new article leaves as they were are carried over (hard links to the same files); those it
    // changes (its year in the archive, its names' initials) are rendered again, as the comparison above checks.
    const after = await inodes(out, listings);
    const carried = listings.filter((_, i) => after[i] === inodesBefore[i]);
    expect(carried.length).toBeGreaterThan(0);
    expect(carried.length).toBeLessThan(listings.length);
    const extractLine = new RegExp(`^extract: ${seeds + 1} in [\\d.]+s \\(${seeds} cached, 1 extracted\\)$`);
    expect(stderr.filter((l) => extractLine.test(l))).toHaveLength(1);
    // Rendered through the page bundle the first build kept, not by a new Astro build (src/site/bundle.ts).
    expect(firstRender).not.toContain(BUNDLE_NOTE);
    expect(renderLine(stderr)).toContain(BUNDLE_NOTE);
    const unchanged = Number(/\((\d+) unchanged\)/.exec(stdout.join('\n'))![1]);
    const pages = Number(/; (\d+) pages/.exec(stdout.join('\n'))![1]);
    expect(unchanged).toBeGreaterThan(0);
    expect(unchanged).toBeLessThan(pages);
    // Events' headline titles are kept for the next build beside the clause readings (src/resolve/clause-memo.ts).
    const [memo] = (await fs.readdir(path.join(cache, 'resolve'))).filter((n) => /^clauses-.*\.json$/.test(n));
    const kept = JSON.parse(await fs.readFile(path.join(cache, 'resolve', memo!), 'utf8')) as [string, unknown][];
    expect(kept.filter(([key, answer]) => key.startsWith('\u0001') && typeof answer === 'string').length).toBeGreaterThan(0);
  }, BUILDS_TIMEOUT);

  it('after editing and deleting articles: writes what a fresh build writes, with no stale page left', async () => {
    await fs.appendFile(path.join(input, 'zz-added.txt'), '\nThe Commerce Department declined to comment.\n');
    const [first] = (await fs.readdir(input)).sort();
    await fs.rm(path.join(input, first!));
    const { stderr } = await rebuildAndCompare(path.join(tmp, 'fresh-2'));
    expect(stderr.join('\n')).toMatch(/\(\d+ cached, 1 extracted\)/);
  }, BUILDS_TIMEOUT);

  it('builds the pages with Astro again when the kept page bundle fails, and keeps a new one', async () => {
    const [bundle] = (await fs.readdir(path.join(cache, 'render'))).filter((n) => n.startsWith('bundle-'));
    const manifest = path.join(cache, 'render', bundle!, 'bundle.json');
    const kept = JSON.parse(await fs.readFile(manifest, 'utf8')) as { routes: { route: string; file: string }[] };
    // A route whose module is missing: the render through the bundle fails partway, after writing some pages.
    await fs.writeFile(manifest, JSON.stringify({ ...kept, routes: [...kept.routes, { route: 'zz.astro', file: 'pages/zz.astro.mjs' }] }));
    await fs.appendFile(path.join(input, 'zz-added.txt'), '\nShares were halted.\n');
    const { stderr } = await rebuildAndCompare(path.join(tmp, 'fresh-3'));
    expect(renderLine(stderr)).toMatch(/kept page bundle failed/);
    expect(renderLine(stderr)).not.toContain(BUNDLE_NOTE);
    expect((JSON.parse(await fs.readFile(manifest, 'utf8')) as typeof kept).routes).toEqual(kept.routes);
  }, BUILDS_TIMEOUT);

  it('renders a carried-over page again when its file was changed by hand', async () => {
    const page = (await listFiles(out)).find((f) => f.startsWith('entities/'))!;
    const original = await fs.readFile(path.join(out, page));
    // Same size, other bytes: only the file's modification time tells (the test waits so the clock moves on).
    await new Promise((r) => setTimeout(r, 20));
    await fs.writeFile(path.join(out, page), Buffer.from(original.toString('latin1').replace(/<h1/, '<H1'), 'latin1'));
    expect((await fs.stat(path.join(out, page))).size).toBe(original.length);
    await build(['--out', out, '--cache', cache]);
    expect((await fs.readFile(path.join(out, page))).equals(original)).toBe(true);
  }, BUILDS_TIMEOUT);

  it('carries the offline search over when its input is unchanged, and writes it again when a file of it was changed', async () => {
    const offline = (await listFiles(out)).filter((f) => f.startsWith('search/'));
    const before = await inodes(out, offline);
    await build(['--out', out, '--cache', cache]);
    expect((await listFiles(out)).filter((f) => f.startsWith('search/'))).toEqual(offline);
    expect(await inodes(out, offline)).toEqual(before);
    // Changed by hand, same size: the files' modification time tells, and the folder is made again.
    const meta = path.join(out, 'search', 'index', 'meta.js');
    const original = await fs.readFile(meta);
    await new Promise((r) => setTimeout(r, 20));
    await fs.writeFile(meta, Buffer.from(original.toString('latin1').replace('chronicleSearchData', 'chronicleSearchDat_'), 'latin1'));
    await rebuildAndCompare(path.join(tmp, 'fresh-4'));
    expect((await fs.readFile(meta)).equals(original)).toBe(true);
  }, BUILDS_TIMEOUT);
});

describe('incremental rebuild through the packs', () => {
  it('takes a file rewritten with the same bytes from the packs, and ingests and extracts an edited one again', async () => {
    // Written by the first build: ingest's pack of files and the extraction pack (src/util/pack-file.ts).
    expect((await fs.readdir(path.join(cache, 'ingest'))).filter((n) => /^files-.*\.bin$/.test(n))).toHaveLength(1);
    const [version] = await fs.readdir(path.join(cache, 'extract'));
    expect(await fs.readdir(path.join(cache, 'extract', version!))).toContain('pack.bin');
    const [kept] = (await fs.readdir(input)).filter((f) => f !== 'zz-added.txt').sort();
    const keptPage = urls.article(slugify(kept!.replace(/\.[^.]+$/, ''), 'article'));
    const editedPage = urls.article('zz-added');
    const [keptBefore, editedBefore] = await inodes(out, [keptPage, editedPage]);
    await fs.writeFile(path.join(input, kept!), await fs.readFile(path.join(input, kept!)));
    await fs.appendFile(path.join(input, 'zz-added.txt'), '\nTrading resumed on Thursday.\n');
    const { stderr } = await rebuildAndCompare(path.join(tmp, 'fresh-packs'));
    expect(stderr.join('\n')).toMatch(/\(\d+ cached, 1 extracted\)/);
    const [keptAfter, editedAfter] = await inodes(out, [keptPage, editedPage]);
    expect(keptAfter).toBe(keptBefore);
    expect(editedAfter).not.toBe(editedBefore);
    expect(await fs.readFile(path.join(out, editedPage), 'utf8')).toContain('Trading resumed on Thursday.');
  }, BUILDS_TIMEOUT);
});

describe('incremental rebuild of pages with sub-pages', () => {
  // An organisation named in every article of the generated archive: past PAGE_LISTS.mentions.shown articles its
  // page links sub-pages, which are rendered, carried over and removed together with it.
  const shown = PAGE_LISTS.mentions.shown;
  let folder: string;
  const subBuild = (dir: string, args: string[]) => main(['build', '--input', dir, ...args], { stdout: () => {}, stderr: () => {} });

  beforeAll(async () => {
    folder = path.join(tmp, 'archive');
    await writeArchiveFixture(path.join(folder, 'in'), { count: shown + 1, year: 2021, initial: 'K' });
    expect(await subBuild(path.join(folder, 'in'), ['--out', path.join(folder, 'out'), '--cache', path.join(folder, 'cache')])).toBe(0);
  });

  async function rebuildArchive(fresh: string): Promise<string[]> {
    const input = path.join(folder, 'in');
    expect(await subBuild(input, ['--out', path.join(folder, 'out'), '--cache', path.join(folder, 'cache')])).toBe(0);
    expect(await subBuild(input, ['--out', path.join(folder, fresh), '--no-cache'])).toBe(0);
    expect(await siteDifferences(path.join(folder, 'out'), path.join(folder, fresh))).toEqual([]);
    return (await listFiles(path.join(folder, 'out'))).filter((f) => /^entities\/[^/]+\/mentions(-p\d+)?\.html$/.test(f));
  }

  it('writes what a fresh build writes when a page gains sub-page items, and when it loses its sub-pages', async () => {
    const before = (await listFiles(path.join(folder, 'out'))).filter((f) => /^entities\/[^/]+\/mentions\.html$/.test(f));
    expect(before.length).toBeGreaterThan(0);
    await writeArchiveFixture(path.join(folder, 'in'), { count: shown + 2, year: 2021, initial: 'K' });
    expect(await rebuildArchive('fresh-a')).toEqual(expect.arrayContaining(before));
    // Nothing changed: the page is carried over with its sub-pages (hard links to the same files).
    const inode = async (f: string) => (await fs.stat(path.join(folder, 'out', f))).ino;
    const inodes = await Promise.all(before.map(inode));
    await rebuildArchive('fresh-same');
    expect(await Promise.all(before.map(inode))).toEqual(inodes);
    const files = (await fs.readdir(path.join(folder, 'in'))).sort();
    for (const f of files.slice(shown)) await fs.rm(path.join(folder, 'in', f));
    expect(await rebuildArchive('fresh-b')).not.toEqual(expect.arrayContaining(before));
  }, BUILDS_TIMEOUT);
});
