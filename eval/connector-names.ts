/**
 * Names with "and", "of", "for" or "&" inside them, read whole or cut (issue 15 item 4, session 32): a silver
 * measure from the names Reuters-21578 marks whole in angle brackets (see `joinMarkedWhole`), with the brackets
 * taken away so that the name reader meets the words as in any other archive.
 *
 * The names are train keys' of the eval archive's train articles (eval/marked-names.ts). For each, the paragraph that
 * writes it is read alone, every bracket's marks removed (a stock code in brackets with them), and the report counts
 * - **whole**: a mention's words are the name's (an opening "The" aside),
 * - **cut**: mentions lie inside the name but none is all of it,
 * - **glued**: a mention runs from inside a name past its end or start (over a connector into a neighbour): the
 *   precision side, counted over every bracketed name of several words in those paragraphs.
 *
 * The same is counted on CoNLL-2003 eng.train (training text: the tagger learnt from it), its gold names with a
 * connector inside (whole or cut) and its pairs of gold names with one connector between them (read apart or glued).
 *
 *   node --import tsx eval/connector-names.ts [--show cut|glued] [--json OUT] [--conll]
 *
 * `--show` prints the names (train keys only) of one class, for reading; `--json` writes the counts and the article
 * ids of each class (no text).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS } from '../bench/corpora.ts';
import { extractArticle } from '../src/extract/index.ts';
import type { IngestedArticle } from '../src/types.ts';
import { markedParagraphs } from './marked-names.ts';
import { predictedSpans, readConll, toArticle } from './conll.ts';

const CONNECTOR = /\s(?:and|of|for|&)\s/;
const args = process.argv.slice(2);
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : null;
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;

const items = markedParagraphs(CONNECTOR);
const counts = { whole: 0, cut: 0, missed: 0, glued: 0, neighbours: 0 };
const ids: Record<string, string[]> = { whole: [], cut: [], missed: [], glued: [] };
for (const [n, item] of items.entries()) {
  const plain = item.plain;
  const article: IngestedArticle = {
    id: `silver-${n}`, file: 'silver.txt', format: 'plain', title: 'T', date: '1987-03-03', dateSource: 'header', section: null, source: null, hash: `silver-${n}`,
    paragraphs: [{ id: 'p1', kind: 'body', text: plain, line: 1 }],
  };
  const mentions = extractArticle(article).entities;
  for (const { name, start, end } of item.names) {
    const bare = name.startsWith('The ') ? start + 4 : start;
    const inside = mentions.filter((m) => m.start < end && m.end > start);
    counts.neighbours++;
    if (inside.some((m) => m.start < start || m.end > end)) {
      counts.glued++;
      ids.glued!.push(item.article);
      if (show === 'glued') console.log(`GLUED ${item.article}: ${name}  <=  ${inside.map((m) => m.text).join(' | ')}`);
    }
    if (!CONNECTOR.test(` ${name} `)) continue;
    const cls = inside.some((m) => (m.start === start || m.start === bare) && m.end === end) ? 'whole' : inside.length ? 'cut' : 'missed';
    counts[cls]++;
    ids[cls]!.push(item.article);
    if (show === cls) console.log(`${cls.toUpperCase()} ${item.article}: ${name}  =>  ${inside.map((m) => m.text).join(' | ')}`);
  }
}
const named = counts.whole + counts.cut + counts.missed;
console.log(`paragraphs ${items.length}; names with a connector ${named}: whole ${counts.whole} (${(counts.whole / named).toFixed(3)}), cut ${counts.cut}, missed ${counts.missed}; bracketed names glued to a neighbour ${counts.glued} of ${counts.neighbours}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ counts, ids }, null, 1));

if (args.includes('--conll')) {
  const CONNECTORS = new Set(['and', 'of', 'for', '&']);
  const tally = { whole: 0, cut: 0, missed: 0, apart: 0, glued: 0 };
  const byKind: Record<string, Record<string, number>> = {};
  const add = (kind: string, cls: string) => ((byKind[kind] ??= {})[cls] = (byKind[kind]![cls] ?? 0) + 1);
  for (const { doc, gold } of readConll(path.join(CORPUS, 'conll2003', 'eng.train'))) {
    const inner = gold.filter((g) => doc.tokens.slice(g.start + 1, g.end - 1).some((t) => CONNECTORS.has(t)));
    const pairs = gold.slice(1).map((g, k) => [gold[k]!, g] as const).filter(([a, b]) => b.start === a.end + 1 && CONNECTORS.has(doc.tokens[a.end]!) && doc.sentenceOf[a.start] === doc.sentenceOf[b.start]);
    if (!inner.length && !pairs.length) continue;
    const { article, tokenStart, tokenPara } = toArticle(doc);
    const predicted = predictedSpans(doc, extractArticle(article).entities, tokenStart, tokenPara);
    const text = (a: number, b: number) => doc.tokens.slice(a, b).join(' ');
    for (const g of inner) {
      const over = predicted.filter((p) => p.start < g.end && p.end > g.start);
      const cls = over.some((p) => p.start === g.start && p.end === g.end) ? 'whole' : over.length ? 'cut' : 'missed';
      tally[cls]++;
      add(`${doc.tokens.slice(g.start + 1, g.end - 1).find((t) => CONNECTORS.has(t))} ${g.type}`, cls);
      if (show === `conll-${cls}`) console.log(`${cls.toUpperCase()} ${doc.id}: ${text(g.start, g.end)} [${g.type}]  =>  ${over.map((p) => text(p.start, p.end)).join(' | ')}`);
    }
    for (const [a, b] of pairs) {
      const glued = predicted.some((p) => p.start < a.end && p.end > b.start);
      tally[glued ? 'glued' : 'apart']++;
      add(`${doc.tokens[a.end]} ${a.type}+${b.type}`, glued ? 'glued' : 'apart');
      if (glued && show === 'conll-glued') console.log(`GLUED ${doc.id}: ${text(a.start, b.end)} [${a.type}+${b.type}]`);
    }
  }
  console.log(`CoNLL eng.train: names with a connector ${tally.whole + tally.cut + tally.missed}: whole ${tally.whole}, cut ${tally.cut}, missed ${tally.missed}; pairs of names across one connector ${tally.apart + tally.glued}: apart ${tally.apart}, glued ${tally.glued}`);
  for (const [kind, c] of Object.entries(byKind).sort()) console.log(`  ${kind}: ${JSON.stringify(c)}`);
}
