/**
 * Which date Chronicle gives a happening, against TimeML's anchoring links, on the development documents of TimeBank
 * and AQUAINT (the split of eval/timeml.ts; ../shared/corpus/timebank_tempeval3, read at run time).
 *
 * Each document runs through the product's extraction (`extractArticle`) as an article dated by its creation time,
 * one paragraph per TimeML sentence. Each happening Chronicle reports is matched to the TimeML EVENT at its trigger,
 * and that event's gold time is read from its TLINKs that put it in, over or at a time (IS_INCLUDED, INCLUDES,
 * DURING, DURING_INV, SIMULTANEOUS, IDENTITY):
 *
 * - a **day**: a DATE or TIME whose value names a calendar year, month or day (the sentence's own before the
 *   creation time). Chronicle's date is right when equal, near when one contains the other (1998-01 ⊇ 1998-01-09),
 *   wrong when it differs, none when it gives none;
 * - a **period**: linked only to a DURATION or SET, or a DATE with no calendar value ("the last two months" P2M,
 *   "recent years" PAST_REF): no single day, so any date Chronicle gives is wrong (unless it is the period's named month
 *   or year, which the gold does not give: counted apart as dated);
 * - unlinked events are not judged.
 *
 *   node --import tsx eval/event-dates.ts         figures
 *   EVAL_SHOW=wrong|none|period|all|unlinked ...  also list the happenings of that kind (to the terminal)
 */
import { extractArticle } from '../src/extract/index.ts';
import type { EventMention, IngestedArticle } from '../src/types.ts';
import { readTimeml, sentenceAt, timemlDocs, type TimemlDoc, type TimemlTimex } from './timeml.ts';

const ANCHOR_RELS = new Set(['IS_INCLUDED', 'INCLUDES', 'DURING', 'DURING_INV', 'SIMULTANEOUS', 'IDENTITY']);
const CALENDAR = /^\d{4}(?:-\d\d(?:-\d\d)?)?(?=$|T)/;

type Gold = { kind: 'day'; value: string; inSentence: boolean; text: string } | { kind: 'period'; text: string };
type Verdict = 'right' | 'near' | 'wrong' | 'none' | 'period-dated' | 'period-undated';

function articleOf(doc: TimemlDoc): { article: IngestedArticle; lines: string[] } {
  const lines = doc.sentences.map((s) => doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim());
  const paragraphs = lines.map((text, i) => ({ id: `p${i}`, kind: 'body' as const, text, line: i + 1 }));
  const article = { id: doc.name.replace(/\W+/g, '-'), file: doc.name, format: 'plain', title: doc.name, date: doc.creation ?? null,
    dateSource: doc.creation ? 'header' : null, section: null, source: null, hash: doc.name, paragraphs } as IngestedArticle;
  return { article, lines };
}

/** The time TimeML anchors the event `eid` to, or undefined when it anchors it to none. */
function goldTime(doc: TimemlDoc, eid: string, sentence: number): Gold | undefined {
  const eiid = doc.instances.get(eid)?.eiid;
  if (!eiid) return undefined;
  const timex = new Map<string, TimemlTimex>(doc.timexes.map((t) => [t.tid, t]));
  if (doc.creationTid && doc.creation) timex.set(doc.creationTid, { tid: doc.creationTid, start: -1, end: -1, type: 'DATE', fn: 'CREATION_TIME', value: doc.creation });
  const linked = doc.tlinks.filter((l) => ANCHOR_RELS.has(l.rel) && (l.from === eiid || l.to === eiid))
    .map((l) => timex.get(l.from === eiid ? l.to : l.from)).filter((t): t is TimemlTimex => t !== undefined);
  const textOf = (t: TimemlTimex) => (t.start < 0 ? 'DCT' : doc.text.slice(t.start, t.end));
  const days = linked.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && CALENDAR.test(t.value))
    .map((t) => ({ t, inSentence: t.start >= 0 && sentenceAt(doc, t.start)?.index === sentence }));
  const day = days.find((d) => d.inSentence) ?? days.find((d) => d.t.start < 0) ?? days[0];
  if (day) return { kind: 'day', value: CALENDAR.exec(day.t.value)![0], inSentence: day.inSentence, text: textOf(day.t) };
  const period = linked.find((t) => t.start >= 0);
  return period ? { kind: 'period', text: textOf(period) } : undefined;
}

function verdict(gold: Gold, date: string | null): Verdict {
  if (gold.kind === 'period') return date ? 'period-dated' : 'period-undated';
  if (!date) return 'none';
  if (date === gold.value) return 'right';
  return date.startsWith(gold.value) || gold.value.startsWith(date) ? 'near' : 'wrong';
}

/** The TimeML event at a Chronicle happening's trigger (the first occurrence of the trigger word that is one). */
function eventAt(doc: TimemlDoc, line: string, lineIndex: number, m: EventMention): { eid: string } | undefined {
  const from = Math.max(0, line.indexOf(m.quote));
  const word = m.trigger.toLowerCase().split(/\s+/)[0]!;
  const inLine = doc.events.filter((e) => sentenceAt(doc, e.start)?.index === lineIndex);
  for (let at = line.toLowerCase().indexOf(word, from); at >= 0 && at < from + m.quote.length; at = line.toLowerCase().indexOf(word, at + 1)) {
    const hit = inLine.find((e) => sentenceAt(doc, e.start)!.local(e.start) - (sentenceAt(doc, e.start)!.text.length - sentenceAt(doc, e.start)!.text.trimStart().length) === at);
    if (hit) return hit;
  }
  return undefined;
}

const counts = new Map<string, number>();
const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
const show = process.env.EVAL_SHOW;
let reported = 0, matched = 0;
for (const d of timemlDocs().filter((x) => x.dev)) {
  const doc = readTimeml(d.file, d.name);
  const { article, lines } = articleOf(doc);
  const extraction = extractArticle(article);
  for (const m of extraction.events) {
    reported++;
    const lineIndex = Number(m.paragraph.slice(1));
    const ev = eventAt(doc, lines[lineIndex]!, lineIndex, m);
    if (!ev) continue;
    matched++;
    const gold = goldTime(doc, ev.eid, lineIndex);
    if (!gold) {
      add(m.date ? 'unlinked-dated' : 'unlinked-undated');
      if (show === 'unlinked') console.log(`${d.name} ${m.trigger} → ${m.date ?? '-'}${m.mood ? ` (${m.mood})` : ''} | not anchored\n    ${lines[lineIndex]}`);
      continue;
    }
    const v = verdict(gold, m.date);
    add(gold.kind === 'day' ? `${gold.inSentence ? 'sentence' : 'creation'}:${v}` : v);
    if (show === 'all' || show === v || (show === 'period' && gold.kind === 'period')) {
      console.log(`${d.name} ${m.trigger} → ${m.date ?? '-'}${m.mood ? ` (${m.mood})` : ''} | gold ${gold.kind === 'day' ? gold.value : 'period'} "${gold.text}" | ${v}\n    ${lines[lineIndex]}`);
    }
  }
}

const n = (k: string) => counts.get(k) ?? 0;
const line = (name: string, prefix: string) => {
  const total = ['right', 'near', 'wrong', 'none'].reduce((s, v) => s + n(`${prefix}:${v}`), 0);
  console.log(`${name}: ${total} happenings — right ${n(`${prefix}:right`)}, near ${n(`${prefix}:near`)}, wrong ${n(`${prefix}:wrong`)}, none ${n(`${prefix}:none`)}`);
};
console.log(`TimeBank + AQUAINT dev: ${reported} happenings reported, ${matched} at a TimeML EVENT`);
line('anchored to a date of their sentence', 'sentence');
line('anchored to the creation time only', 'creation');
console.log(`anchored only to a period or duration: ${n('period-dated') + n('period-undated')} — dated ${n('period-dated')}, undated ${n('period-undated')}`);
console.log(`not anchored: dated ${n('unlinked-dated')}, undated ${n('unlinked-undated')}`);
