/**
 * The names Reuters-21578 marks whole in angle brackets (see `joinMarkedWhole`, src/extract/entities/written-joins.ts) as silver
 * labels of whole names, for eval/connector-names.ts (a measure) and eval/train-joiner.ts (training text).
 *
 * Read from the eval archive's first 3,000 stories only (reut2-000 to reut2-002; the holdout files are never read), in
 * the articles no dev or test page judgment and no judged event page sits in (as `npm run train-register` keeps BBC's),
 * and only paragraphs whose bracketed names' own page keys (article id, name) are all of the **train** split
 * (`order` of eval/pages.ts): no dev or test key is read.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CORPUS, parseReutersSgml } from '../bench/corpora.ts';
import { order, readJudgments } from './pages.ts';

const STORIES = 3000;
const MARK = /<([^<>\n]*)>/g;

/** A bracket's text that names a firm whole: opens with a capital, several words, some in lower case (no code, no headline). */
export const isMarkedName = (inner: string) => /^\p{Lu}/u.test(inner) && /\s/.test(inner) && /\p{Ll}/u.test(inner);

export interface MarkedParagraph {
  article: string;
  /** The paragraph with every bracket's marks removed, a stock code in brackets with them, spaces made single. */
  plain: string;
  /** The marked names' places in `plain`. */
  names: { name: string; start: number; end: number }[];
}

/** The train paragraphs of which some marked name holds a word matching `inner` (" and ", " of " …). */
export function markedParagraphs(inner: RegExp): MarkedParagraph[] {
  const measured = new Set([...readJudgments('reuters')].filter(([key]) => order(key).split !== 'train').map(([, j]) => j.article));
  const events = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'tests', 'gold', 'event-pages.json'), 'utf8')) as { items: { set: string; article: string }[] };
  for (const e of events.items) if (e.set === 'reuters') measured.add(e.article);
  const out: MarkedParagraph[] = [];
  let seen = 0;
  for (const file of readdirSync(path.join(CORPUS, 'reuters21578')).filter((f) => f.endsWith('.sgm')).sort()) {
    if (seen >= STORIES) break;
    for (const story of parseReutersSgml(readFileSync(path.join(CORPUS, 'reuters21578', file)).toString('latin1'))) {
      if (seen++ >= STORIES) break;
      const article = `${file.replace(/\.sgm$/, '')}-${story.newId.padStart(5, '0')}`;
      if (measured.has(article)) continue;
      for (const paragraph of story.body.split(/\n\s*\n/)) {
        const marked = [...paragraph.matchAll(MARK)].map((m) => m[1]!.replace(/\s+/g, ' ')).filter(isMarkedName);
        if (!marked.some((n) => inner.test(` ${n} `))) continue;
        if (marked.some((n) => order(`${article}\t${n.replace(/^The /, '')}`).split !== 'train')) continue;
        out.push({ article, ...unmarked(paragraph) });
      }
    }
  }
  return out;
}

function unmarked(paragraph: string): { plain: string; names: MarkedParagraph['names'] } {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  let plain = '';
  const names: MarkedParagraph['names'] = [];
  let last = 0;
  for (const m of text.matchAll(MARK)) {
    plain += text.slice(last, m.index);
    const inner = m[1]!;
    if (isMarkedName(inner)) {
      names.push({ name: inner, start: plain.length, end: plain.length + inner.length });
      plain += inner;
    } else plain = plain.replace(/ $/, '');
    last = m.index! + m[0].length;
  }
  return { plain: plain + text.slice(last), names };
}
