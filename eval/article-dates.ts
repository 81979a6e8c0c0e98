/**
 * Inferred article dates on dated corpora with their date lines hidden (issue 19, "Dates a reader can trust"): each
 * story is given to the product's ingest as a plain file with no date line, and the date it infers is compared with
 * the date the corpus records. Reported per set: how many stories get a date, how many of those are right to the
 * day, within 7 days, and wrong (not the day). Unknown is not wrong.
 *
 * Splits, fixed before any rule was written: Reuters-21578 reut2-000..010 and TimeBank are development (rules are
 * looked at against them); reut2-011..021 and AQUAINT are test (only their figures are read). The corpus is read
 * from ../shared/corpus at run time and never copied into the repository.
 *
 *   node --import tsx eval/article-dates.ts [--debug dev|test]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReutersSgml, CORPUS } from '../bench/corpora.ts';
import { ingestFile } from '../src/ingest/index.ts';

interface Story { set: string; split: 'dev' | 'test'; id: string; gold: string; text: string }

const stories: Story[] = [];
const reuters = path.join(CORPUS, 'reuters21578');
for (const file of readdirSync(reuters).filter((f) => f.endsWith('.sgm')).sort()) {
  const n = Number(/(\d+)\.sgm$/.exec(file)![1]);
  const split = n <= 10 ? 'dev' : 'test';
  for (const s of parseReutersSgml(readFileSync(path.join(reuters, file)).toString('latin1'))) {
    if (!s.date || !s.body.trim()) continue;
    stories.push({ set: `Reuters-21578 ${split}`, split, id: s.newId, gold: s.date, text: `${s.title}\n\n${s.body}\n` });
  }
}
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
for (const set of ['TimeBank', 'AQUAINT']) {
  const dir = path.join(CORPUS, 'timebank_tempeval3', set);
  const split = set === 'TimeBank' ? 'dev' : 'test';
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.tml')).sort()) {
    const xml = readFileSync(path.join(dir, name), 'utf8');
    const gold = /<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d\d-\d\d)/.exec(xml)?.[1];
    if (!gold) continue;
    const title = decode((/<TITLE>([\s\S]*?)<\/TITLE>/.exec(xml)?.[1] ?? '').replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
    const body = decode((/<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '').replace(/<[^>]+>/g, ''));
    // Without a headline, a neutral one: the story's first line would otherwise be taken as its title.
    stories.push({ set: `${set} ${split}`, split, id: name, gold, text: `${title || 'Story'}\n\n${body.trim()}\n` });
  }
}

// MEANTIME Apple (Wikinews, development): its line after the headline is the publication date. Scored twice: as
// published, with that line (the evidence a web page carries), and with it hidden (only the text's own evidence).
const meantime = path.join(CORPUS, 'meantime_en', 'intra_cross-doc_annotation', 'corpus_apple');
for (const name of readdirSync(meantime).filter((f) => f.endsWith('.xml')).sort()) {
  const xml = readFileSync(path.join(meantime, name), 'utf8');
  const gold = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d\d-\d\d)"|<TIMEX3[^>]*value="(\d{4}-\d\d-\d\d)"[^>]*functionInDocument="CREATION_TIME"/.exec(xml);
  if (!gold) continue;
  const sentences: string[][] = [];
  for (const m of xml.matchAll(/<token[^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) (sentences[Number(m[1])] ??= []).push(decode(m[2]!));
  // Tokens joined as running text: "March 06 , 2008" → "March 06, 2008".
  const lines = sentences.map((t) => t.join(' ').replace(/ ([.,;:!?)%])/g, '$1').replace(/\( /g, '(').replace(/ (['’]s)\b/g, '$1'));
  const [title = 'Story', dateLine = '', ...body] = lines;
  stories.push({ set: 'MEANTIME Apple dev, date line kept', split: 'dev', id: name, gold: (gold[1] ?? gold[2])!, text: `${title}\n\n${dateLine}\n\n${body.join('\n\n')}\n` });
  stories.push({ set: 'MEANTIME Apple dev, hidden', split: 'dev', id: name, gold: (gold[1] ?? gold[2])!, text: `${title}\n\n${body.join('\n\n')}\n` });
}

// BBC (no dates in the corpus): how many stories get an inferred date at all. Each such date would be a guess.
const bbc = path.join(CORPUS, 'bbc');
let bbcStories = 0;
let bbcDated = 0;
for (const section of readdirSync(bbc, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  for (const name of readdirSync(path.join(bbc, section)).sort()) {
    bbcStories++;
    if (ingestFile({ file: name, bytes: readFileSync(path.join(bbc, section, name)) }, name).article?.date) bbcDated++;
  }
}

const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
const debug = process.argv.includes('--debug') ? process.argv[process.argv.indexOf('--debug') + 1] : null;
const rows = new Map<string, { n: number; dated: number; day: number; week: number; wrong: number }>();
for (const s of stories) {
  const r = ingestFile({ file: `${s.id}.txt`, bytes: new TextEncoder().encode(s.text) }, s.id);
  const got = r.article?.date ?? null;
  const row = rows.get(s.set) ?? { n: 0, dated: 0, day: 0, week: 0, wrong: 0 };
  rows.set(s.set, row);
  row.n++;
  if (got === null) continue;
  row.dated++;
  if (got === s.gold) row.day++;
  else row.wrong++;
  if (got.length === 10 && days(got, s.gold) <= 7) row.week++;
  if (debug === s.split && got !== s.gold) console.log(`  wrong ${s.set} ${s.id}: got ${got}, gold ${s.gold}`);
}
const pct = (n: number, d: number) => (d ? (n / d).toFixed(3) : 'n/a');
console.log('Inferred article dates, date lines hidden (right/within 7 days/wrong are shares of the dated stories; wrong/all of all):');
for (const [set, r] of [...rows].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  console.log(`  ${set.padEnd(36)} ${String(r.n).padStart(6)} stories, dated ${String(r.dated).padStart(5)} (${pct(r.dated, r.n)}); right to the day ${pct(r.day, r.dated)}, within 7 days ${pct(r.week, r.dated)}, wrong ${pct(r.wrong, r.dated)} (wrong/all ${pct(r.wrong, r.n)})`);
}
console.log(`  BBC (no gold dates)                   ${String(bbcStories).padStart(6)} stories, dated ${String(bbcDated).padStart(5)} (${pct(bbcDated, bbcStories)})`);
