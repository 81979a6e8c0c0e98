/**
 * The search index of a large site is cut into parts, so that a rebuild re-indexes only a part that changed
 * (src/search/pagefind.ts), in two tiers, after a log-structured merge tree: large parts for the settled past and
 * small parts for the recent tier — what is dated in the newest article's month or later, where new stories land.
 * Parts follow the calendar and the records, never the build's history, so the same site is always cut the same
 * way: a site no larger than one recent part is one part; a tier's records are cut by period (century, then
 * decade, year, month, third of a month and day, as far as needed), and neighbouring small periods share a part (a
 * handful of events dated decades away do not make a part each). Records without a date follow their origin, the
 * article they come from, so a new story's page and the entities and events it introduces land together; undated
 * articles have no calendar, so their order by address stands in for it (an archive's files are usually named so
 * that a new story comes last: a date in the path, a running number): they are cut into blocks of a few hundred
 * articles (blockArticles) in that order, the last block is the undated recent tier, and the blocks before it are
 * the settled past, whole blocks to a part. A story added last changes the last block's part alone, and the name
 * parts of the older entities it gives a new spelling or type (the settled blocks' entities and events are in small
 * parts by a hash of their address); one added in the middle moves the blocks after it, as a fresh build would cut them.
 *
 * Parts are ordered by period, undated last: concatenating the parts' results, each sorted by date, sorts them all.
 */
import { createHash } from 'node:crypto';
import type { SearchRecord } from './records.ts';

/**
 * Records per part of the settled past before it is split: of its undated records; its dated ones are cut a third as
 * large (SETTLED_SHARE). Every part a query reads costs
 * it a request for the part's entry, its page table (about 6 bytes a page) and the index chunks of its words, so
 * fewer, larger parts answer faster: a 20,000-record BBC site in one part loads about 120 KB of Pagefind data per
 * query, against five parts' 250 KB (bench/RESULTS.md). A part this size indexes in about half a minute.
 */
export const MAX_PART_RECORDS = 25_000;
/**
 * The recent tier's parts are this many times smaller: a rebuild after a new story re-indexes the small part of
 * its period, as a log-structured merge tree writes new data to a small level. When a later month begins, the
 * previous month's records move to the settled tier, as small levels are compacted into a large one. A site with
 * no more records than one such part is one part; a larger one has tiers, so that a rebuild never indexes all of
 * it again: on the BBC corpus (17,766 records, one part) Pagefind took 23–37 s of a one-story rebuild's 73–114 s.
 */
export const RECENT_SHARE = 5;
/**
 * The settled past's dated parts hold at most MAX_PART_RECORDS / SETTLED_SHARE records (8,334 at the default size):
 * an old entity's record changes when a new story gives it a spelling or its page, and it lands in the part of its
 * first date, which a rebuild then indexes again whole. On the whole of Reuters-21578 (59,989 records) one added story
 * made the index stage re-index `part-1987-04`, 13,468 records, for two records (bench/RESULTS.md, session 42); at a
 * third of the size the settled past is 23 parts, not 12 (26 parts in all, not 15), and that rebuild re-indexes the
 * parts of those two dates. A part costs a ranked query a request for its entry and its page table: on 10,000 Reuters
 * stories, 28 parts of at most 2,386 records against 9 of up to 13,054 gave the same first results (the exact-title
 * files, before any part is read) and a slower, larger ranked list (bench/RESULTS.md, session 43). Undated records
 * keep their blocks and name parts, so an undated archive (BBC's) is cut as before.
 */
export const SETTLED_SHARE = 3;
/**
 * Undated articles per block (see above): a recent part's worth of records at about ten records an article (8 on
 * the BBC corpus, 4–5 on Reuters'), so 500 articles at the default size, about 4,000 records on BBC: a rebuild after
 * a story added last re-indexes at most that, and on average half of it.
 */
/** Name parts (cutByName) hold on average at most a recent part's records divided by this: 5,000 at the default size. */
export const NAME_PART_SHARE = 1;
export const blockArticles = (max: number) => Math.max(1, Math.round(max / RECENT_SHARE / 10));
/** The list of the parts other than the root one, for the search page. */
export const PARTS_FILE = 'chronicle-parts.json';

export interface IndexPart {
  /** Period ("1987-03", "1987-03-2" for 11–20 March, "D1980" for a decade, "C1900"…), "undated-N" (blocks N to M: "undated-N_M"), "names-C-I" (name part I of C), or "all". */
  key: string;
  /** Bundle folder relative to the site root: `pagefind` for the first part, `pagefind/part-<key>` for the others. */
  dir: string;
  records: SearchRecord[];
}

type Level = 'century' | 'decade' | 'year' | 'month' | 'third' | 'day';
const LEVELS: Level[] = ['century', 'decade', 'year', 'month', 'third', 'day'];

/** A record's period at a level, with the ISO date its period starts on (for ordering); coarser dates sort first. */
function period(date: string, level: Level): { key: string; start: string } {
  const year = Number(date.slice(0, 4));
  const month = date.slice(5, 7);
  const day = Number(date.slice(8, 10));
  switch (level) {
    case 'century': {
      const c = Math.floor(year / 100) * 100;
      return { key: `C${c}`, start: String(c).padStart(4, '0') };
    }
    case 'decade': {
      const d = Math.floor(year / 10) * 10;
      return { key: `D${d}`, start: String(d).padStart(4, '0') };
    }
    case 'year':
      return { key: date.slice(0, 4), start: date.slice(0, 4) };
    case 'month':
      return month ? { key: date.slice(0, 7), start: date.slice(0, 7) } : { key: `${date.slice(0, 4)}-00`, start: date.slice(0, 4) };
    case 'third': {
      if (!day) return { key: `${date.slice(0, 7)}-0`, start: date.slice(0, 7) };
      const third = day <= 10 ? 1 : day <= 20 ? 2 : 3;
      return { key: `${date.slice(0, 7)}-${third}`, start: `${date.slice(0, 7)}-${String(third * 10 - 9).padStart(2, '0')}` };
    }
    case 'day':
      return day ? { key: date.slice(0, 10), start: date.slice(0, 10) } : { key: `${date.slice(0, 7)}-00`, start: date.slice(0, 7) };
  }
}

/** Whether a part holds undated records only (the search page joins those last when it sorts by date). */
export const isUndatedPart = (key: string) => key.startsWith('undated-') || key.startsWith('names-');

export function planParts(records: readonly SearchRecord[], max = MAX_PART_RECORDS, settledMax = Math.ceil(max / SETTLED_SHARE)): IndexPart[] {
  const recentMax = Math.max(1, Math.ceil(max / RECENT_SHARE));
  if (records.length <= recentMax) return [{ key: 'all', dir: 'pagefind', records: [...records] }];
  const dated = records.filter((r) => r.date);
  // The recent tier: what is dated in the newest article's month or later. New stories land there, in small parts.
  const newest = records.reduce((m, r) => (r.kind === 'article' && r.date && r.date > m ? r.date : m), '');
  const boundary = newest.length >= 7 ? newest.slice(0, 7) : null;
  const isRecent = (r: SearchRecord) => boundary !== null && r.date! >= boundary;
  const settled = cutByPeriod(dated.filter((r) => !isRecent(r)), settledMax);
  const recent = cutByPeriod(dated.filter(isRecent), recentMax).map((p) => ({ ...p, key: `recent-${p.key}` }));
  const parts = [...settled, ...recent, ...cutByBlock(records.filter((r) => !r.date), records, max)];
  return parts.map((p, i) => ({ ...p, dir: i === 0 ? 'pagefind' : `pagefind/part-${p.key}` }));
}

/**
 * Undated records in blocks of blockArticles(max) articles, by their origin's place among all the articles in order of
 * address (a record whose origin is no article here goes with the first block): the last block is a part of its own
 * (the recent tier), and the settled blocks' articles are gathered into parts of at most `max` records, whole blocks
 * each. The settled blocks' entity and event records go to name parts (cutByName), not with their articles: a
 * popular entity's record changes when a new story gives it a spelling, and kept with its first article it made a
 * rebuild index that article's whole part again (15,739 records on BBC, bench/RESULTS.md session 21).
 */
function cutByBlock(undated: SearchRecord[], records: readonly SearchRecord[], max: number): { key: string; records: SearchRecord[] }[] {
  if (!undated.length) return [];
  const articles = records.filter((r) => r.kind === 'article').map((r) => r.url).sort();
  const rank = new Map(articles.map((url, i) => [url, i]));
  const size = blockArticles(max);
  const blockOf = (r: SearchRecord) => Math.floor((rank.get(r.origin ?? r.url) ?? 0) / size);
  const blocks = new Map<number, SearchRecord[]>();
  const last = undated.reduce((m, r) => Math.max(m, blockOf(r)), 0);
  const named: SearchRecord[] = [];
  for (const r of undated) {
    const b = blockOf(r);
    if (b < last && r.kind !== 'article') {
      named.push(r);
      continue;
    }
    const list = blocks.get(b) ?? blocks.set(b, []).get(b)!;
    list.push(r);
  }
  const order = [...blocks.keys()].filter((b) => b !== last).sort((a, b) => a - b);
  const parts: { key: string; records: SearchRecord[] }[] = [];
  let run: { blocks: number[]; records: SearchRecord[] } | null = null;
  const flush = () => {
    if (run) parts.push({ key: `undated-${run.blocks.length > 1 ? `${run.blocks[0]}_${run.blocks.at(-1)}` : run.blocks[0]}`, records: run.records });
    run = null;
  };
  for (const b of order) {
    const block = blocks.get(b)!;
    if (run && run.records.length + block.length > max) flush();
    run ??= { blocks: [], records: [] };
    run.blocks.push(b);
    run.records.push(...block);
  }
  flush();
  return [...parts, ...cutByName(named, max), { key: `undated-${last}`, records: blocks.get(last) ?? [] }].filter((p) => p.records.length);
}

/**
 * Settled entity and event records in name parts of at most a recent part's size / NAME_PART_SHARE on average, by a hash of their
 * address: a changed record re-indexes its small part alone, and a record keeps its part from build to build. The
 * number of parts is a power of two, so the records move to other parts only when it doubles (or halves), as in
 * linear hashing, not whenever one is added. Name parts hold short records (a name, its other spellings): several
 * more parts cost a search a request each, and the index a few kilobytes each (bench/RESULTS.md, session 21).
 */
function cutByName(named: SearchRecord[], max: number): { key: string; records: SearchRecord[] }[] {
  if (!named.length) return [];
  const size = Math.max(1, Math.ceil(max / RECENT_SHARE / NAME_PART_SHARE));
  let count = 1;
  while (named.length / count > size) count *= 2;
  const buckets = Array.from({ length: count }, () => [] as SearchRecord[]);
  for (const r of named) buckets[createHash('sha256').update(r.url).digest().readUInt32BE(0) % count]!.push(r);
  return buckets.map((list, i) => ({ key: `names-${count}-${i}`, records: list }));
}

/**
 * Dated records cut by calendar period into parts of at most `max` records, in period order: a period with more is
 * split into finer ones (century, decade, year, month, third of a month, day), and neighbouring small periods share
 * a part, so a part still spans one stretch of time and sparse years do not get a part each.
 */
function cutByPeriod(records: SearchRecord[], max: number): { key: string; records: SearchRecord[] }[] {
  const parts: { key: string; start: string; records: SearchRecord[] }[] = [];
  const split = (group: SearchRecord[], level: number, key: string, start: string): void => {
    if (group.length <= max || level >= LEVELS.length) {
      parts.push({ key, start, records: group });
      return;
    }
    const byPeriod = new Map<string, { start: string; records: SearchRecord[] }>();
    for (const r of group) {
      const p = period(r.date!, LEVELS[level]!);
      const entry = byPeriod.get(p.key) ?? byPeriod.set(p.key, { start: p.start, records: [] }).get(p.key)!;
      entry.records.push(r);
    }
    const periods = [...byPeriod].sort((a, b) => (a[1].start < b[1].start ? -1 : a[1].start > b[1].start ? 1 : 0));
    let run: { keys: string[]; start: string; records: SearchRecord[] } | null = null;
    const flush = () => {
      if (run) parts.push({ key: run.keys.length > 1 ? `${run.keys[0]}_${run.keys.at(-1)}` : run.keys[0]!, start: run.start, records: run.records });
      run = null;
    };
    for (const [k, v] of periods) {
      if (v.records.length > max / 4) {
        flush();
        split(v.records, level + 1, k, v.start);
        continue;
      }
      if (run && run.records.length + v.records.length > max) flush();
      run ??= { keys: [], start: v.start, records: [] };
      run.keys.push(k);
      run.records.push(...v.records);
    }
    flush();
  };
  if (records.length) split(records, 0, 'dated', '');
  parts.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.key < b.key ? -1 : 1));
  return parts.filter((p) => p.records.length).map((p) => ({ key: p.key, records: p.records }));
}
