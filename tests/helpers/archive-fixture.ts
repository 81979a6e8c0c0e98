/**
 * A generated archive for the listing and page-size budgets (issue 21): dated news articles, many in one year and
 * one month, each naming people of its own, so every listing outgrows one page — years, months, initials — in a
 * build small enough for the test suite. Made-up names from a seeded generator: the same files every run.
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { seededRandom } from './big-article.ts';

const SYLLABLES = ['ka', 'lo', 'mar', 'ven', 'ti', 'sa', 'dor', 'el', 'ri', 'no', 'ba', 'zu', 'quin', 'ha', 'per', 'li'];
const VERBS = ['resigned from', 'was appointed to', 'was sanctioned by', 'criticised', 'sued'];

/**
 * `count` articles in `folder`, dated through one year (every second in its March); each names two people whose
 * first names begin with `initial`, its own organisation, and a shared place, in a lede that is the day's news and a
 * meeting of the two that day (two dated events per article).
 */
export async function writeArchiveFixture(folder: string, opts: { count: number; year: number; initial: string; seed?: number }): Promise<void> {
  const rnd = seededRandom(opts.seed ?? 7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const word = (first = '') => {
    let w = first.toLowerCase();
    for (let i = 0, n = 2 + Math.floor(rnd() * 2); i < n; i++) w += pick(SYLLABLES);
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const places = Array.from({ length: 12 }, () => word());
  await fs.mkdir(folder, { recursive: true });
  for (let i = 0; i < opts.count; i++) {
    const month = i % 2 === 0 ? 3 : 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const date = `${opts.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const [a, b] = [`${word(opts.initial)} ${word()}`, `${word(opts.initial)} ${word()}`];
    const org = `${word()} ${pick(['Ministry', 'Bank', 'Corporation', 'Council'])}`;
    const place = pick(places);
    const text = [
      ` date ${date} WORLD`,
      `${a} ${pick(VERBS)} the ${org}`,
      '',
      `${a} ${pick(VERBS)} the ${org} in ${place} on ${date}, officials said.`,
      '',
      `${b}, a spokesperson for the ${org}, told reporters in ${place} that talks with ${a} would continue.`,
      '',
      `${b} held talks with ${a} in ${place} on ${date}.`,
      '',
    ].join('\n');
    await fs.writeFile(path.join(folder, `story-${String(i).padStart(4, '0')}.txt`), text);
  }
}
