/**
 * How often the reading "told as under way" of src/extract/tense.ts (`toldAsOngoing`: "is being run", "has been
 * taking place" are no happening with a day) agrees with TimeML, on the development documents of TimeBank + AQUAINT
 * (the split of eval/timeml.ts). Gold is each verb's TLINK to the document's creation time: a happening reported is
 * BEFORE or IS_INCLUDED in it (it happened, on or before the day of writing); an ongoing situation INCLUDES it or holds
 * DURING or SIMULTANEOUS with it. Verbs in the present or past tense only (what is to come is read elsewhere).
 *
 *   node --import tsx eval/ongoing.ts
 */
import { toldAsOngoing } from '../src/extract/tense.ts';
import { tellsState } from '../src/extract/state.ts';
import { readTimeml, sentenceAt, timemlDocs, type TimemlDoc } from './timeml.ts';

const HAPPENED = new Set(['BEFORE', 'IS_INCLUDED', 'IBEFORE', 'ENDED_BY']);
const ONGOING = new Set(['INCLUDES', 'DURING', 'SIMULTANEOUS', 'BEGUN_BY']);

interface Example { ongoing: boolean; read: boolean; state: boolean; aspect: string }

function examplesOf(doc: TimemlDoc): Example[] {
  // (The creation time's TIMEX3 stands before the text, in the document's header.)
  const creation = new Set([...doc.xml.matchAll(/<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/g)].map((m) => /\btid="(\w+)"/.exec(m[0])?.[1]));
  const byEiid = new Map([...doc.instances.values()].map((i) => [i.eiid, i]));
  const starts = new Map(doc.events.map((e) => [e.eid, e.start]));
  const out: Example[] = [];
  for (const link of doc.tlinks) {
    const inst = byEiid.get(link.from);
    if (!inst || !creation.has(link.to) || inst.pos !== 'VERB' || !/^(?:PRESENT|PAST)$/.test(inst.tense)) continue;
    if (!HAPPENED.has(link.rel) && !ONGOING.has(link.rel)) continue;
    const start = starts.get(inst.eid)!;
    const sentence = sentenceAt(doc, start);
    if (!sentence) continue;
    out.push({ ongoing: ONGOING.has(link.rel), read: toldAsOngoing(sentence.text, sentence.local(start)), state: tellsState(sentence.text, sentence.local(start)), aspect: inst.aspect });
  }
  return out;
}

// The reading is a rule, not trained: ONGOING_ALL=1 measures it on every document.
const dev = timemlDocs().filter((d) => d.dev || process.env.ONGOING_ALL === '1').flatMap((d) => examplesOf(readTimeml(d.file, d.name)));
const agree = (read: (ex: Example) => boolean) => dev.filter((ex) => read(ex) === ex.ongoing).length;
const read = dev.filter((ex) => ex.read);
console.log(`TimeBank + AQUAINT ${process.env.ONGOING_ALL === '1' ? 'all' : 'dev'}: ${dev.length} present or past verbs linked to the creation time, ${dev.filter((e) => e.ongoing).length} ongoing`);
console.log(`every verb a happening: agreement ${(agree(() => false) / dev.length).toFixed(3)}`);
console.log(`told as under way (toldAsOngoing): agreement ${(agree((ex) => ex.read) / dev.length).toFixed(3)}; read ongoing ${read.length}, of them ongoing in TimeML ${read.filter((e) => e.ongoing).length}, aspect progressive ${read.filter((e) => /PROGRESSIVE/.test(e.aspect)).length}`);
console.log(`(tried, not shipped for verb triggers) state model or under way: agreement ${(agree((ex) => ex.state || ex.read) / dev.length).toFixed(3)} (state model alone ${(agree((ex) => ex.state) / dev.length).toFixed(3)})`);
