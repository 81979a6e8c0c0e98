/**
 * The search index of a large site is cut into parts by period, so that a rebuild re-indexes only the period that
 * changed (src/search/pagefind.ts). Parts follow the calendar, never the build's history, so the same site is
 * always cut the same way: a site is one part; a part with more than `max` records is split by century, then
 * decade, year, month, third of a month and day, as far as needed, and neighbouring small periods share a part (a
 * handful of events dated decades away do not make a part each). Records without a date go to hash buckets by their origin,
 * the article they come from, so a new story's page, and the entities and events it introduces, land together.
 *
 * Parts are ordered by period, undated last: concatenating the parts' results, each sorted by date, sorts them all.
 */
import { createHash } from 'node:crypto';
import type { SearchRecord } from './records.ts';

/** Records per part before it is split: a part indexes in five to ten seconds on the reference machine. */
export const MAX_PART_RECORDS = 5_000;
/** The list of the parts other than the root one, for the search page. */
export const PARTS_FILE = 'chronicle-parts.json';

export interface IndexPart {
  /** Period ("1987-03", "1987-03-2" for 11–20 March, "D1980" for a decade, "C1900"…), "undated-N", or "all". */
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

export function planParts(records: readonly SearchRecord[], max = MAX_PART_RECORDS): IndexPart[] {
  if (records.length <= max) return [{ key: 'all', dir: 'pagefind', records: [...records] }];
  const dated: { key: string; start: string; records: SearchRecord[] }[] = [];
  const split = (group: SearchRecord[], level: number, key: string, start: string): void => {
    if (group.length <= max || level >= LEVELS.length) {
      dated.push({ key, start, records: group });
      return;
    }
    const byPeriod = new Map<string, { start: string; records: SearchRecord[] }>();
    for (const r of group) {
      const p = period(r.date!, LEVELS[level]!);
      const entry = byPeriod.get(p.key) ?? byPeriod.set(p.key, { start: p.start, records: [] }).get(p.key)!;
      entry.records.push(r);
    }
    // Neighbouring small periods share a part (up to `max` records), so the part still spans one stretch of time
    // and a site with events dated across decades does not get a part for each year.
    const periods = [...byPeriod].sort((a, b) => (a[1].start < b[1].start ? -1 : a[1].start > b[1].start ? 1 : 0));
    let run: { keys: string[]; start: string; records: SearchRecord[] } | null = null;
    const flush = () => {
      if (run) dated.push({ key: run.keys.length > 1 ? `${run.keys[0]}_${run.keys.at(-1)}` : run.keys[0]!, start: run.start, records: run.records });
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
  split(
    records.filter((r) => r.date),
    0,
    'dated',
    '',
  );
  dated.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.key < b.key ? -1 : 1));

  const undated = records.filter((r) => !r.date);
  const buckets = undated.length ? 2 ** Math.ceil(Math.log2(Math.max(1, Math.ceil(undated.length / max)))) : 0;
  const byBucket = Array.from({ length: buckets }, () => [] as SearchRecord[]);
  for (const r of undated) byBucket[bucketOf(r.origin ?? r.url, buckets)]!.push(r);

  const parts = [
    ...dated.filter((d) => d.records.length).map((d) => ({ key: d.key, records: d.records })),
    ...byBucket.map((records, i) => ({ key: `undated-${i}`, records })).filter((p) => p.records.length),
  ];
  return parts.map((p, i) => ({ ...p, dir: i === 0 ? 'pagefind' : `pagefind/part-${p.key}` }));
}

function bucketOf(key: string, buckets: number): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) % buckets;
}
