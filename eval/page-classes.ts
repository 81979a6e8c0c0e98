/**
 * `node --import tsx eval/page-classes.ts GRAPH [CORPUS]`: where an archive's entity pages come from (issues 15 and
 * 17, "a third fewer BBC pages"). Each page falls in the first class that holds it:
 *
 * - a short form of a fuller name with its own page: a one-word name that is the first word of an organisation's or a
 *   work's name, or the last word of a person's, the fuller name written in the same article (`short form, same
 *   article`) or only elsewhere and then the archive's only such candidate (`short form, one candidate elsewhere`);
 * - seen only in a team sheet, only in a row of a table, only in a list of names ("A, B and C");
 * - one mention; one article; several articles.
 *
 * Per class: pages, pages per article, and the dev and train judgments (tests/gold/pages-CORPUS.json; test keys are
 * never read) that fall in it, with their share of real names: a class can go only where no judged real name would
 * lose its page. It prints; it changes nothing.
 */
import { readFileSync } from 'node:fs';
import { entityKey, judgmentKey, order, readJudgments } from './pages.ts';
import { mentionContext } from '../src/resolve/page-rules.ts';
import type { EntityType } from '../src/types.ts';

interface Mention { article: string; text: string; sentence?: number }
interface Page { name: string; type: EntityType; mentions: Mention[] }
interface Graph { articles: { id: string; duplicateOf?: string; sentences?: string[] }[]; entities: Page[] }

/** Between two names of one list: a comma, "and", "or", "&". */
const LIST_GAP = /^(?:,|,? +(?:and|or|&)) +$/;

/** The fuller names a one-word name may be short for: a person's last word, an organisation's or work's first. */
function fullerNames(pages: readonly Page[]): Map<string, Page[]> {
  const out = new Map<string, Page[]>();
  for (const p of pages) {
    const words = p.name.split(' ');
    if (words.length < 2) continue;
    const word = p.type === 'person' ? words.at(-1)! : p.type === 'place' ? undefined : words[0]!;
    if (word) out.set(word, [...(out.get(word) ?? []), p]);
  }
  return out;
}

function classify(graph: Graph): Map<Page, string> {
  const sentences = new Map(graph.articles.map((a) => [a.id, a.sentences ?? []]));
  const namesIn = new Map<string, string[]>();
  for (const p of graph.entities) for (const m of p.mentions) if (m.sentence !== undefined) namesIn.set(`${m.article}\t${m.sentence}`, [...(namesIn.get(`${m.article}\t${m.sentence}`) ?? []), m.text]);
  const context = (m: Mention) => {
    const s = m.sentence === undefined ? undefined : sentences.get(m.article)?.[m.sentence];
    const at = s?.indexOf(m.text) ?? -1;
    return s === undefined || at < 0 ? undefined : { sentence: s, at, ctx: mentionContext(s, at, at + m.text.length) };
  };
  const listed = (m: Mention) => {
    const c = context(m);
    if (!c) return false;
    const others = (namesIn.get(`${m.article}\t${m.sentence}`) ?? []).filter((t) => t !== m.text);
    return others.some((t) => {
      const i = c.sentence.indexOf(t);
      if (i < 0) return false;
      const gap = i > c.at ? c.sentence.slice(c.at + m.text.length, i) : c.sentence.slice(i + t.length, c.at);
      return LIST_GAP.test(gap);
    });
  };
  const fuller = fullerNames(graph.entities);
  const out = new Map<Page, string>();
  for (const p of graph.entities) {
    const articles = new Set(p.mentions.map((m) => m.article));
    const candidates = p.name.includes(' ') ? [] : (fuller.get(p.name) ?? []).filter((f) => f !== p);
    const every = (test: (m: Mention) => boolean) => p.mentions.every(test);
    let cls: string;
    if (candidates.some((f) => f.mentions.some((m) => articles.has(m.article)))) cls = 'short form, same article';
    else if (candidates.length === 1) cls = 'short form, one candidate elsewhere';
    else if (every((m) => context(m)?.ctx.teamSheet === true)) cls = 'team sheet only';
    else if (every((m) => context(m)?.ctx.tableRow === true)) cls = 'table row only';
    else if (every(listed)) cls = 'list only';
    else if (p.mentions.length === 1) cls = 'one mention';
    else cls = articles.size === 1 ? 'one article' : 'several articles';
    out.set(p, cls);
  }
  return out;
}

function main() {
  const [file, corpus = 'bbc'] = process.argv.slice(2);
  if (!file) throw new Error('usage: page-classes.ts GRAPH [bbc|reuters]');
  const graph = JSON.parse(readFileSync(file, 'utf8')) as Graph;
  const articles = graph.articles.filter((a) => a.duplicateOf === undefined).length;
  const judgments = readJudgments(corpus);
  const tally = new Map<string, { pages: number; judged: number; real: number; realDev: string[] }>();
  for (const [p, cls] of classify(graph)) {
    const t = tally.get(cls) ?? { pages: 0, judged: 0, real: 0, realDev: [] };
    const k = entityKey({ name: p.name, mentions: p.mentions.map((m) => ({ article: m.article, text: m.text })) });
    const key = judgmentKey(k.article, k.name);
    const split = order(key).split;
    const j = split === 'test' ? undefined : judgments.get(key);
    t.pages++;
    if (j) {
      t.judged++;
      if (j.isName) t.real++;
      if (j.isName && split === 'dev') t.realDev.push(k.name);
    }
    tally.set(cls, t);
  }
  console.log(`${file}: ${graph.entities.length} entity pages, ${articles} articles, ${(graph.entities.length / articles).toFixed(2)} per article\n`);
  console.log('| class | pages | per article | judged (dev + train) | real names | judged real dev names |\n| --- | --- | --- | --- | --- | --- |');
  for (const [cls, t] of [...tally].sort((a, b) => b[1].pages - a[1].pages)) {
    console.log(`| ${cls} | ${t.pages} | ${(t.pages / articles).toFixed(2)} | ${t.judged} | ${t.judged ? (t.real / t.judged).toFixed(2) : '–'} | ${t.realDev.length}${t.realDev.length && t.realDev.length <= 6 ? ` (${t.realDev.join(', ')})` : ''} |`);
  }
}

main();
