/**
 * Benchmark inputs, prepared at run time from ../shared/corpus (never copied into the repository):
 * - BBC: 2,225 plain-text articles without dates, copied as they are;
 * - Reuters-21578: 21,578 SGML stories, converted to header-line article files. The SGML is a benchmark input,
 *   not a format Chronicle reads, so the converter lives here.
 */
import path from 'node:path';
import { promises as fs, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/**
 * Copies the BBC corpus into `dest`, category folders kept: all of it, its first `limit` files, or, given `files`,
 * files FROM–TO (sorted by name, TO excluded) of each category (eval/holdout.ts reads such slices); given `only`, that
 * category's folder alone (eval/event-pages.ts builds BBC politics on its own).
 */
export async function prepareBbc(dest: string, limit = Infinity, files?: readonly [number, number], only?: string): Promise<number> {
  let count = 0;
  const root = path.join(CORPUS, 'bbc');
  const folders = (await fs.readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory() && (only === undefined || d.name === only));
  for (const category of folders.map((d) => d.name).sort()) {
    await fs.mkdir(path.join(dest, category), { recursive: true });
    const names = (await fs.readdir(path.join(root, category))).sort();
    for (const file of files ? names.slice(files[0], files[1]) : names) {
      if (count >= limit) return count;
      await fs.copyFile(path.join(root, category, file), path.join(dest, category, file));
      count++;
    }
  }
  return count;
}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decodeSgml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => {
      const code = Number(n);
      return code < 32 && code !== 10 ? '' : String.fromCharCode(code);
    })
    .replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ENTITY[name]!);
}

export interface ReutersStory {
  newId: string;
  date: string | null;
  topic: string | null;
  title: string;
  body: string;
}

export function parseReutersSgml(sgml: string): ReutersStory[] {
  const stories: ReutersStory[] = [];
  for (const m of sgml.matchAll(/<REUTERS[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
    const [, newId, doc] = m as unknown as [string, string, string];
    const rawDate = /<DATE>([\s\S]*?)<\/DATE>/.exec(doc)?.[1]?.trim() ?? '';
    const d = /^(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(rawDate);
    const month = d ? MONTHS.indexOf(d[2]!) + 1 : 0;
    const date = d && month > 0 ? `${d[3]}-${String(month).padStart(2, '0')}-${d[1]!.padStart(2, '0')}` : null;
    const topic = /<TOPICS><D>([^<]+)<\/D>/.exec(doc)?.[1] ?? null;
    const title = decodeSgml(/<TITLE>([\s\S]*?)<\/TITLE>/.exec(doc)?.[1] ?? '').replace(/\s+/g, ' ').trim();
    const dateline = decodeSgml(/<DATELINE>([\s\S]*?)<\/DATELINE>/.exec(doc)?.[1] ?? '').trim();
    // A story of TYPE="BRIEF" is a headline only: its TEXT holds the TITLE element again and the placeholder "Blah
    // blah blah." (see the corpus README), which is no article text.
    const text = /<TEXT[^>]*>([\s\S]*?)<\/TEXT>/.exec(doc)?.[1]?.replace(/\*+|<(TITLE|DATELINE|AUTHOR)>[\s\S]*?<\/\1>|Blah blah blah\./g, '');
    let body = decodeSgml(/<BODY>([\s\S]*?)<\/BODY>/.exec(doc)?.[1] ?? text ?? '');
    body = body.replace(/\s*Reuter\s*$/, '');
    // Paragraphs start with an indented line; other line breaks are wraps.
    const paragraphs = body
      .split(/\n(?=\s{2,}\S)/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    if (dateline && paragraphs.length) paragraphs[0] = `${dateline} ${paragraphs[0]}`;
    stories.push({ newId, date, topic, title: title || paragraphs[0]?.slice(0, 80) || `Story ${newId}`, body: paragraphs.join('\n\n') });
  }
  return stories;
}

export async function prepareReuters(dest: string, limit = Infinity): Promise<number> {
  return prepareReutersCopies(dest, limit, 1);
}

/** A story's file: its NEWID, five digits ("00042.txt"). */
export const storyFileName = (story: ReutersStory) => `${story.newId.padStart(5, '0')}.txt`;

/** A story as an article file Chronicle reads: a ` date YYYY-MM-DD TOPIC` line when dated, its title, its body. */
export function storyFileText(story: ReutersStory): string {
  const header = story.date ? ` date ${story.date} ${(story.topic ?? 'news').toUpperCase()}\n` : '';
  return `${header}${story.title}\n\n${story.body}\n`;
}

const DAY = 86_400_000;
const DATELINE_MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/**
 * A story moved `weeks` weeks later, as a later year's story of the same kind would read: its date line, the date
 * of its dateline ("NEW YORK, March 3 -") and the years it names shifted, so that weekdays in the text stay true and
 * few copies are duplicates of another (equal words are copies to Chronicle: a story naming no date or year stays
 * one). The words of the story are otherwise the same.
 */
export function shiftStory(story: ReutersStory, weeks: number): ReutersStory {
  if (weeks === 0 || story.date === null) return story;
  const moved = new Date(Date.parse(`${story.date}T00:00:00Z`) + weeks * 7 * DAY);
  const years = moved.getUTCFullYear() - Number(story.date.slice(0, 4));
  const shiftYears = (text: string) => text.replace(/\b19[4-9]\d\b/g, (y) => String(Number(y) + years));
  const dateline = (text: string) => text.replace(/^([^\n,]{2,40}, )[A-Z][a-z]+\.? \d{1,2}( -)/, `$1${DATELINE_MONTHS[moved.getUTCMonth()]} ${moved.getUTCDate()}$2`);
  return { ...story, date: moved.toISOString().slice(0, 10), title: shiftYears(story.title), body: shiftYears(dateline(story.body)) };
}

/**
 * Reuters-21578 as article files, `copies` times over (issue 17's scale test: "Reuters-21578 ×4"): copy k (from 0)
 * is in `copy-k/` with every story moved 52·k weeks later (`shiftStory`); copy 0 is the corpus as it is, in the
 * same folders as a single copy. `limit` counts the stories of one copy.
 */
export async function prepareReutersCopies(dest: string, limit: number, copies: number): Promise<number> {
  const root = path.join(CORPUS, 'reuters21578');
  let count = 0;
  for (let k = 0; k < copies; k++) {
    let inCopy = 0;
    for (const file of (await fs.readdir(root)).filter((f) => f.endsWith('.sgm')).sort()) {
      if (inCopy >= limit) break;
      const folder = path.join(dest, k === 0 ? '' : `copy-${k}`, file.replace(/\.sgm$/, ''));
      await fs.mkdir(folder, { recursive: true });
      const sgml = (await fs.readFile(path.join(root, file))).toString('latin1');
      for (const original of parseReutersSgml(sgml)) {
        if (inCopy >= limit) break;
        const story = shiftStory(original, 52 * k);
        await fs.writeFile(path.join(folder, storyFileName(story)), storyFileText(story));
        inCopy++;
        count++;
      }
    }
  }
  return count;
}

/** Every paragraph of Reuters-21578 and BBC, in a fixed order: the unlabeled news the word tables are learned from. */
export function* newsParagraphs(): Generator<string> {
  const reuters = path.join(CORPUS, 'reuters21578');
  for (const file of readdirSync(reuters).filter((f) => f.endsWith('.sgm')).sort()) {
    for (const story of parseReutersSgml(readFileSync(path.join(reuters, file)).toString('latin1'))) yield* story.body.split('\n\n');
  }
  const bbc = path.join(CORPUS, 'bbc');
  for (const category of readdirSync(bbc, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of readdirSync(path.join(bbc, category)).sort()) {
      // Line 1 is the title, in title case.
      const lines = readFileSync(path.join(bbc, category, file)).toString('latin1').split('\n').slice(1);
      yield* lines.join('\n').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    }
  }
}
