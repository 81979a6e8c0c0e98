/**
 * A generated archive for the listing and page budgets (issue 21): dated news articles, many in one year, one
 * month and one day, each naming people of its own, so every listing outgrows one page — years, months, days,
 * initials — and a few names and one event recur in so many articles that every long list of their pages (mentions,
 * events, quotes, sources, participants) outgrows the page too. Made-up names from a seeded generator: the same
 * files every run.
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { seededRandom } from './big-article.ts';

const SYLLABLES = ['ka', 'lo', 'mar', 'ven', 'ti', 'sa', 'dor', 'el', 'ri', 'no', 'ba', 'zu', 'quin', 'ha', 'per', 'li'];
const VERBS = ['resigned from', 'was appointed to', 'was sanctioned by', 'criticised', 'sued'];

/** The names that recur through the archive: their pages have the longest lists. */
export interface ArchiveHubs {
  /** Named in every article, and quoted in each. */
  organization: string;
  /** Criticises an organisation in every third article: an event each time. */
  person: string;
  /** The day of the one event that every sixth article reports, each naming one more person taking part. */
  eventDate: string;
  /** The crowded day: every fourth article is dated on it. */
  crowdedDay: string;
}

/**
 * `count` articles in `folder`, dated through one year (every second in its March, every fourth on its 14 March);
 * each names two people whose first names begin with `initial`, its own organisation, a shared place and the hub
 * organisation, in a lede that is the day's news (the place after the day: right after "the" and a body's name it
 * would read as the body's home, no party: participants.ts `namesHome`), and a meeting of the two that day (the spokesperson's "talks would
 * continue" is no event page: a sentence-level happening is a page only when asserted and titled by its clause).
 */
export async function writeArchiveFixture(folder: string, opts: { count: number; year: number; initial: string; seed?: number }): Promise<ArchiveHubs> {
  const rnd = seededRandom(opts.seed ?? 7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const word = (first = '') => {
    let w = first.toLowerCase();
    for (let i = 0, n = 2 + Math.floor(rnd() * 2); i < n; i++) w += pick(SYLLABLES);
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const places = Array.from({ length: 12 }, () => word());
  const hubs: ArchiveHubs = {
    organization: `${word('Q')} Council`,
    person: `${word('Z')} ${word('Z')}`,
    eventDate: `${opts.year}-03-05`,
    crowdedDay: `${opts.year}-03-14`,
  };
  const day = (month: number) => `${opts.year}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
  await fs.mkdir(folder, { recursive: true });
  for (let i = 0; i < opts.count; i++) {
    const date = i % 4 === 0 ? hubs.crowdedDay : day(i % 2 === 0 ? 3 : 1 + Math.floor(rnd() * 12));
    const [a, b] = [`${word(opts.initial)} ${word()}`, `${word(opts.initial)} ${word()}`];
    const org = `${word()} ${pick(['Ministry', 'Bank', 'Corporation', 'Council'])}`;
    const place = pick(places);
    const [title, lede] = i % 6 === 1
      ? [`${hubs.person} and ${a} resigned from the ${hubs.organization}`, `${hubs.person} and ${a} resigned from the ${hubs.organization} on ${hubs.eventDate}, officials said.`]
      : [`${a} ${pick(VERBS)} the ${org}`, `${a} ${pick(VERBS)} the ${org} on ${date} in ${place}, officials said.`];
    const text = [
      ` date ${date} WORLD`,
      title,
      '',
      lede,
      '',
      `${b}, a spokesperson for the ${org}, told reporters in ${place} that talks with ${a} would continue.`,
      '',
      `${b} held talks with ${a} in ${place} on ${date}.`,
      '',
      ...(i % 3 === 2 ? [`${hubs.person} criticised the ${org} in ${place} on ${date}.`, ''] : []),
      `The ${hubs.organization} said on ${date} that it was monitoring the situation in ${place}.`,
      '',
    ].join('\n');
    await fs.writeFile(path.join(folder, `story-${String(i).padStart(4, '0')}.txt`), text);
  }
  return hubs;
}
