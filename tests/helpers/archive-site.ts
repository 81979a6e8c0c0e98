/**
 * The generated archive (tests/helpers/archive-fixture.ts) built by the real CLI into a temporary folder, and one
 * page of every page type it has — listing pages by year, month, day, initial and number, entity and event pages
 * with the sub-pages of their long lists — for the budgets, axe and Lighthouse (issue 21).
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { main } from '../../src/cli.ts';
import { asGraphJsonV2, type GraphJson, type GraphJsonV2 } from '../../src/graph/graph-json.ts';
import { urls, type SiteUrl } from '../../src/util/urls.ts';
import { writeArchiveFixture, type ArchiveHubs } from './archive-fixture.ts';

/** Articles in the generated archive: thousands, so that every list outgrows its page, and a build in CI time. */
export const ARCHIVE_ARTICLES = 2000;
export const ARCHIVE_YEAR = 2021;
/** The initial of the archive's people, so that one initial outgrows its page. */
export const ARCHIVE_INITIAL = 'K';

export interface ArchiveSite { root: string; hubs: ArchiveHubs; graph: GraphJsonV2; remove(): Promise<void> }

export async function buildArchiveSite(prefix: string, count = ARCHIVE_ARTICLES): Promise<ArchiveSite> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  const hubs = await writeArchiveFixture(path.join(tmp, 'in'), { count, year: ARCHIVE_YEAR, initial: ARCHIVE_INITIAL });
  const root = path.join(tmp, 'out');
  const stderr: string[] = [];
  const code = await main(['build', '--input', path.join(tmp, 'in'), '--out', root, '--no-cache'], { stdout: () => {}, stderr: (l) => stderr.push(l) });
  if (code !== 0) throw new Error(`build failed:\n${stderr.join('\n')}`);
  const graph = asGraphJsonV2(JSON.parse(await fs.readFile(path.join(root, 'graph.json'), 'utf8')) as GraphJson);
  return { root, hubs, graph, remove: () => fs.rm(tmp, { recursive: true, force: true }) };
}

export interface ArchivePage { type: string; path: SiteUrl }

/** One page of each type of the built archive, the heaviest of its kind where there is a choice. */
export function archivePages(site: ArchiveSite): ArchivePage[] {
  const { graph, hubs } = site;
  const named = (name: string) => {
    const e = graph.entities.find((x) => x.name === name);
    if (!e) throw new Error(`the archive has no entity named ${name}`);
    return e;
  };
  const org = named(hubs.organization);
  // The name in the most events (a place the archive's ledes share).
  const counts = new Map<string, number>();
  for (const ev of graph.events) for (const id of new Set(ev.participants)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const busiest = graph.entities.reduce((a, b) => ((counts.get(b.id) ?? 0) > (counts.get(a.id) ?? 0) ? b : a));
  const event = [...graph.events].sort((a, b) => b.sources.length - a.sources.length)[0]!;
  const month = hubs.crowdedDay.slice(0, 7);
  const sub = (owner: string, list: string, page = 1) => urls.subpage(owner as SiteUrl, list, page);
  const article = graph.articles.find((a) => a.title.startsWith(hubs.person))!;
  return [
    { type: 'home', path: urls.home },
    { type: 'timeline', path: urls.timeline },
    { type: 'timeline year', path: urls.timelinePage(String(ARCHIVE_YEAR), 1) },
    { type: 'timeline month of days', path: urls.timelinePage(month, 1) },
    { type: 'timeline day, page 2', path: urls.timelinePage(hubs.crowdedDay, 2) },
    { type: 'articles', path: urls.articles },
    { type: 'articles day', path: urls.archivePage(hubs.crowdedDay, 1) },
    { type: 'type index', path: urls.entityIndex('person') },
    { type: 'initial, page 2', path: urls.entityIndexPage('person', ARCHIVE_INITIAL.toLowerCase(), 2) },
    { type: 'entity', path: org.url as SiteUrl },
    { type: 'entity mentions', path: sub(org.url, 'mentions') },
    { type: 'entity quotes', path: sub(org.url, 'quotes', 2) },
    { type: 'entity events', path: sub(busiest.url, 'events') },
    { type: 'entity of the most events', path: busiest.url as SiteUrl },
    { type: 'event', path: event.url as SiteUrl },
    { type: 'event sources', path: sub(event.url, 'sources', 2) },
    { type: 'event participants', path: sub(event.url, 'participants') },
    { type: 'article', path: article.url as SiteUrl },
  ];
}
