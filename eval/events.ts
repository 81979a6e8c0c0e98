/**
 * Event quality on MEANTIME English, Apple topic (../shared/corpus/meantime_en, CC BY 4.0), read at run time.
 *
 * Each annotated document is written back as an article file (header line with its creation date, title, one
 * sentence per line) into a temporary folder, and the real product path — `buildGraph` (ingest, extract, resolve
 * entities and events) — runs over that folder. Two measures, after SemEval-2015 Task 4 (timelines per entity):
 *
 * - event participant recall: of the gold (event mention, named participant) pairs (HAS_PARTICIPANT to a named
 *   entity mention) in the body (the title and dateline are left out), the share for which Chronicle has an event reported in that sentence whose participants
 *   include the entity Chronicle linked that name to;
 * - per-entity timeline date recall / precision (MEANTIME annotates some articles only in their first sentences, so
 *   only Chronicle events reported in a sentence with annotated events are judged): for each gold cross-document entity, the dates of the gold events
 *   it takes part in (an event anchored by a TLINK IS_INCLUDED / SIMULTANEOUS / INCLUDES to a DATE TIMEX3, the
 *   creation time included), against the dates of Chronicle's dated events having the entity Chronicle linked that
 *   gold entity to as a participant. A date matches when equal or when one contains the other (2007-01 ⊇ 2007-01-09);
 *   exact matches are reported too. Micro-averaged over the gold entities that are named at least once (timelines
 *   are for named entities); each Chronicle entity is aligned one-to-one with the gold entity whose named mentions
 *   it covers most often, and only aligned entities' dates are judged for precision.
 *
 *   node --import tsx eval/events.ts [corpus dir]
 *
 * EVAL_DEBUG=N lists per-entity scores and the gold and Chronicle events of the first N articles; EVAL_ENTITY=id
 * lists an entity's dated events; EVAL_WRONG=1 lists each judged date the gold lacks (=all: every judged date); EVAL_PAIRS=1 lists the missed participant pairs; EVAL_MISSED=1 each missed timeline date with its cause;
 * EVAL_ARGS=1 each annotated sentence's Arg0/Arg1 entities missed and participants that are none.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph } from '../src/pipeline.ts';
import { detokenize, readDoc, type GoldDoc, type Token } from './meantime.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = process.argv[2] ?? path.resolve(ROOT, '../shared/corpus/meantime_en/intra_cross-doc_annotation/corpus_apple');

const docs = readdirSync(DIR).filter((f) => f.endsWith('.xml')).sort().map((f) => readDoc(path.join(DIR, f)));
const work = mkdtempSync(path.join(os.tmpdir(), 'chronicle-eval-events-'));
/** Per document: sentence number → its line text and each token's offset there. */
const layout = new Map<string, Map<number, { text: string; offsets: Map<string, number> }>>();
for (const doc of docs) {
  const bySentence = new Map<number, [string, Token][]>();
  for (const [id, t] of doc.tokens) bySentence.set(t.sentence, [...(bySentence.get(t.sentence) ?? []), [id, t]]);
  const lines = new Map<number, { text: string; offsets: Map<string, number> }>();
  for (const [n, toks] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    const { text, offsets } = detokenize(toks.map(([, t]) => t));
    lines.set(n, { text, offsets: new Map(toks.map(([id], i) => [id, offsets[i]!])) });
  }
  layout.set(doc.id, lines);
  // Sentence 0 is the title and sentence 1 the dateline, which the header line replaces.
  const body = [...lines].filter(([n]) => n >= 2).map(([, l]) => l.text);
  writeFileSync(path.join(work, `${doc.id}.txt`), ` date ${doc.dct} TECHNOLOGY\n${lines.get(0)?.text ?? doc.id}\n${body.join('\n')}\n`);
}

const graph = await buildGraph({ input: work, workers: 1 });
rmSync(work, { recursive: true, force: true });

const articleOf = new Map(graph.articles.map((a) => [path.basename(a.file, '.txt'), a]));
/** Where a gold markable sits in the built graph: article, paragraph, character span. */
function locate(doc: GoldDoc, mId: string): { article: string; paragraph: string; start: number; end: number } | null {
  const toks = doc.markables.get(mId);
  const article = articleOf.get(doc.id);
  if (!toks?.length || !article) return null;
  const sentence = doc.tokens.get(toks[0]!)!.sentence;
  const line = layout.get(doc.id)!.get(sentence)!;
  const paragraph = article.paragraphs.find((p) => p.text === line.text);
  if (!paragraph) return null;
  const starts = toks.map((t) => line.offsets.get(t)!);
  const last = toks.at(-1)!;
  return { article: article.id, paragraph: paragraph.id, start: Math.min(...starts), end: line.offsets.get(last)! + doc.tokens.get(last)!.text.length };
}
/** The Chronicle entity whose mention overlaps a gold entity mention. */
const mentionsByParagraph = new Map<string, { start: number; end: number; entity: string }[]>();
for (const e of graph.entities) {
  for (const m of e.mentions) {
    const k = `${m.article}|${m.paragraph}`;
    mentionsByParagraph.set(k, [...(mentionsByParagraph.get(k) ?? []), { start: m.start, end: m.end, entity: e.id }]);
  }
}
function entityAt(doc: GoldDoc, mId: string): string | null {
  const at = locate(doc, mId);
  if (!at) return null;
  return mentionsByParagraph.get(`${at.article}|${at.paragraph}`)?.find((m) => m.start < at.end && m.end > at.start)?.entity ?? null;
}
const eventsBySentence = new Map<string, typeof graph.events>();
for (const ev of graph.events) {
  for (const s of ev.sources) {
    const k = `${s.article}|${s.paragraph}`;
    eventsBySentence.set(k, [...(eventsBySentence.get(k) ?? []), ev]);
  }
}

// ---------------------------------------------------------------- participant recall
let goldPairs = 0;
let recalledPairs = 0;
/** Statements are quotes of their speaker now, not events (issue 19): a gold reporting event's speaker is found in a quote. */
let recalledWithQuotes = 0;
const speakersBySentence = new Map<string, Set<string>>();
for (const q of graph.quotes) {
  const k = `${q.article}|${q.paragraph}`;
  speakersBySentence.set(k, (speakersBySentence.get(k) ?? new Set()).add(q.entity));
}
for (const doc of docs) {
  for (const p of doc.participants) {
    if (!doc.named.has(p.entity)) continue;
    goldPairs++;
    const entity = entityAt(doc, p.entity);
    const at = locate(doc, p.event);
    if (!entity || !at) continue;
    if (process.env.EVAL_PAIRS && !(eventsBySentence.get(`${at.article}|${at.paragraph}`) ?? []).some((ev) => ev.participants.some((x) => x.entity === entity))) {
      console.log(`missed: [${(doc.markables.get(p.event) ?? []).map((t) => doc.tokens.get(t)!.text).join(' ')}] ${entity} :: ${layout.get(doc.id)!.get(doc.tokens.get(doc.markables.get(p.event)![0]!)!.sentence)!.text.slice(0, 120)}`);
    }
    const inEvent = (eventsBySentence.get(`${at.article}|${at.paragraph}`) ?? []).some((ev) => ev.participants.some((x) => x.entity === entity));
    if (inEvent) recalledPairs++;
    if (inEvent || speakersBySentence.get(`${at.article}|${at.paragraph}`)?.has(entity)) recalledWithQuotes++;
  }
}

// ---------------------------------------------------------------- per-entity timelines
const goldTimeline = new Map<string, Set<string>>();
const alignment = new Map<string, Map<string, number>>();
for (const doc of docs) {
  for (const [mention, inst] of doc.instanceOf) {
    const ours = doc.named.has(mention) ? entityAt(doc, mention) : null;
    if (ours) {
      const votes = alignment.get(inst) ?? new Map<string, number>();
      votes.set(ours, (votes.get(ours) ?? 0) + 1);
      alignment.set(inst, votes);
    }
  }
  for (const p of doc.participants) {
    const inst = doc.instanceOf.get(p.entity);
    const dates = doc.eventDates.get(p.event);
    if (!inst || !dates) continue;
    const set = goldTimeline.get(inst) ?? new Set<string>();
    for (const d of dates) set.add(d);
    goldTimeline.set(inst, set);
  }
}
// Timelines are built for named entities: gold entities never named (only "the 30GB iPod", "it") are left out.
const namedInstances = new Set(docs.flatMap((d) => [...d.named].map((m) => d.instanceOf.get(m)).filter((i): i is string => i !== undefined)));
for (const inst of [...goldTimeline.keys()]) if (!namedInstances.has(inst)) goldTimeline.delete(inst);
/** One-to-one: a Chronicle entity stands for the gold entity whose named mentions it covers most often. */
const bestInstance = new Map<string, { inst: string; votes: number }>();
for (const [inst, votes] of [...alignment].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  for (const [ours, n] of votes) if ((bestInstance.get(ours)?.votes ?? 0) < n) bestInstance.set(ours, { inst, votes: n });
}
const ourEntityFor = (inst: string) => [...(alignment.get(inst) ?? [])].filter(([ours]) => bestInstance.get(ours)?.inst === inst)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
/** Paragraphs (article|paragraph) holding a sentence MEANTIME annotated: only events reported there can be judged. */
const annotated = new Set<string>();
for (const doc of docs) {
  const article = articleOf.get(doc.id);
  for (const n of doc.annotatedSentences) {
    const p = article?.paragraphs.find((x) => x.text === layout.get(doc.id)!.get(n)?.text);
    if (p) annotated.add(`${article!.id}|${p.id}`);
  }
}
/** Paragraphs holding a gold event anchored to a date: where the gold has an opinion on dates. */
const goldDated = new Set<string>();
for (const doc of docs) {
  const article = articleOf.get(doc.id);
  for (const ev of doc.eventDates.keys()) {
    const n = doc.tokens.get(doc.markables.get(ev)![0]!)!.sentence;
    const p = article?.paragraphs.find((x) => x.text === layout.get(doc.id)!.get(n)?.text);
    if (p) goldDated.add(`${article!.id}|${p.id}`);
  }
}
const judgedIn = (where: Set<string>) => graph.events.filter((ev) => ev.date && ev.sources.some((s) => where.has(`${s.article}|${s.paragraph}`)));
const judged = judgedIn(annotated);
const timelineOf = (events: typeof graph.events, entity: string) => new Set(events.filter((ev) => ev.participants.some((p) => p.entity === entity)).map((ev) => ev.date!));
const ourTimeline = (entity: string) => timelineOf(judged, entity);
const contains = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
let goldDates = 0;
let goldFound = 0;
let goldExact = 0;
let ourDates = 0;
let ourRight = 0;
let ourExact = 0;
const perEntity: string[] = [];
for (const [inst, dates] of [...goldTimeline].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))) {
  const entity = ourEntityFor(inst);
  const ours = entity ? ourTimeline(entity) : new Set<string>();
  const found = [...dates].filter((g) => [...ours].some((o) => contains(g, o))).length;
  const right = [...ours].filter((o) => [...dates].some((g) => contains(g, o))).length;
  goldDates += dates.size;
  goldFound += found;
  goldExact += [...dates].filter((g) => ours.has(g)).length;
  ourDates += ours.size;
  ourRight += right;
  ourExact += [...ours].filter((o) => dates.has(o)).length;
  perEntity.push(`  ${inst.replace(/^.*\//, '')} → ${entity ?? '(not found)'}: gold ${dates.size}, ours ${ours.size}, recalled ${found}, right ${right}; missed ${[...dates].filter((g) => ![...ours].some((o) => contains(g, o))).sort().join(' ')}`);
}

// The same precision judged only in sentences where the gold dates some event (elsewhere a right date can count
// as wrong because the annotators anchored nothing there).
const judgedWhereDated = judgedIn(goldDated);
let datedOurs = 0;
let datedRight = 0;
for (const [inst, dates] of goldTimeline) {
  const entity = ourEntityFor(inst);
  if (!entity) continue;
  const ours = timelineOf(judgedWhereDated, entity);
  datedOurs += ours.size;
  datedRight += [...ours].filter((o) => [...dates].some((g) => contains(g, o))).length;
}
// ---------------------------------------------------------------- participant roles (Arg0 / Arg1)
// Who does it and to whom, as MEANTIME's semantic roles annotate them: per annotated body sentence, the gold set is
// the entities of its events' Arg0 and Arg1 links — a named mention through the entity Chronicle linked it to, an
// unnamed one ("the company", "it") through the Chronicle entity aligned with its cross-document instance — and
// Chronicle's set is the participants (places too) of its events reported there. Precision: Chronicle's pairs in the
// gold set; any role: in the set of all the sentence's roles (Arg2, ArgM-LOC … too); parties only: its participants
// that are no place. Recall: gold pairs Chronicle has.
const argSets = new Map<string, { agent: Set<string>; any: Set<string> }>();
let unnamedArgs = 0;
for (const doc of docs) {
  for (const r of doc.roles) {
    const at = locate(doc, r.event);
    if (!at || doc.tokens.get(doc.markables.get(r.event)![0]!)!.sentence < 2) continue;
    const inst = doc.instanceOf.get(r.entity);
    const entity = doc.named.has(r.entity) ? entityAt(doc, r.entity) : inst ? ourEntityFor(inst) : undefined;
    if (!entity) continue;
    const where = `${at.article}|${at.paragraph}`;
    const sets = argSets.get(where) ?? { agent: new Set<string>(), any: new Set<string>() };
    sets.any.add(entity);
    if (/^Arg[01]$/.test(r.role)) {
      if (!doc.named.has(r.entity) && !sets.agent.has(entity)) unnamedArgs++;
      sets.agent.add(entity);
    }
    argSets.set(where, sets);
  }
}
/** Pair counts; `parties`: Chronicle's actors, targets and others only (a place is where, which Arg0 / Arg1 never are). */
const arg = { gold: 0, found: 0, ours: 0, right: 0, rightAny: 0, parties: 0, partiesRight: 0 };
for (const where of annotated) {
  const gold = argSets.get(where) ?? { agent: new Set<string>(), any: new Set<string>() };
  const ours = new Set((eventsBySentence.get(where) ?? []).flatMap((ev) => ev.participants.map((p) => p.entity)));
  const parties = new Set((eventsBySentence.get(where) ?? []).flatMap((ev) => ev.participants.filter((p) => p.role !== 'place').map((p) => p.entity)));
  const inGold = (set: Set<string>, of: Set<string>) => [...set].filter((e) => of.has(e)).length;
  arg.gold += gold.agent.size;
  arg.found += inGold(gold.agent, ours);
  arg.ours += ours.size;
  arg.right += inGold(ours, gold.agent);
  arg.rightAny += inGold(ours, gold.any);
  arg.parties += parties.size;
  arg.partiesRight += inGold(parties, gold.agent);
  if (process.env.EVAL_ARGS) {
    const missed = [...gold.agent].filter((e) => !ours.has(e));
    const wrong = [...ours].filter((e) => !gold.agent.has(e));
    if (missed.length || wrong.length) console.log(`args ${where}: missed [${missed.join('; ')}] not Arg0/1 [${wrong.join('; ')}]`);
  }
}

// ---------------------------------------------------------------- cross-document event links
// MEANTIME links event mentions of different articles to one instance ("Jobs's medical leave" in two articles). A
// gold link is a pair of mentions in two articles' body sentences with one instance; it is found when one Chronicle
// event cites both sentences. A Chronicle link is a pair of sources of one event from two articles; it is judged
// when both sentences hold gold event mentions with instances, and right when the two sentences share one.
const instancesAt = new Map<string, Set<string>>();
const goldMentions: { where: string; article: string; inst: string }[] = [];
for (const doc of docs) {
  for (const [mention, inst] of doc.eventInstanceOf) {
    const at = locate(doc, mention);
    if (!at) continue;
    const where = `${at.article}|${at.paragraph}`;
    instancesAt.set(where, (instancesAt.get(where) ?? new Set()).add(inst));
    goldMentions.push({ where, article: at.article, inst });
  }
}
const eventsAt = (where: string) => new Set((eventsBySentence.get(where) ?? []).map((e) => e.id));
let goldLinks = 0;
let goldLinksFound = 0;
for (let i = 0; i < goldMentions.length; i++) {
  for (let j = i + 1; j < goldMentions.length; j++) {
    const [a, b] = [goldMentions[i]!, goldMentions[j]!];
    if (a.article === b.article || a.inst !== b.inst) continue;
    goldLinks++;
    const theirs = eventsAt(b.where);
    if ([...eventsAt(a.where)].some((e) => theirs.has(e))) goldLinksFound++;
  }
}
let ourLinks = 0;
let ourLinksJudged = 0;
let ourLinksRight = 0;
for (const ev of graph.events) {
  const where = [...new Set(ev.sources.map((s) => `${s.article}|${s.paragraph}`))];
  for (let i = 0; i < where.length; i++) {
    for (let j = i + 1; j < where.length; j++) {
      if (where[i]!.split('|')[0] === where[j]!.split('|')[0]) continue;
      ourLinks++;
      const [a, b] = [instancesAt.get(where[i]!), instancesAt.get(where[j]!)];
      if (!a || !b) continue;
      ourLinksJudged++;
      if ([...a].some((x) => b.has(x))) ourLinksRight++;
    }
  }
}

if (process.env.EVAL_LINKS) {
  // Each gold cross-document instance with, per sentence, what Chronicle read there (events, reports, quotes).
  const multi = new Map<string, Set<string>>();
  for (const g of goldMentions) multi.set(g.inst, (multi.get(g.inst) ?? new Set()).add(g.article));
  for (const [inst, arts] of [...multi].filter(([, a]) => a.size > 1).sort()) {
    console.log(`instance ${inst} (${arts.size} articles)`);
    for (const where of [...new Set(goldMentions.filter((g) => g.inst === inst).map((g) => g.where))].sort()) {
      const [article, paragraph] = where.split('|');
      const evs = (eventsBySentence.get(where) ?? []).map((e) => `EVENT ${e.id} @${e.date}`);
      const reps = (graph.reports ?? []).filter((r) => r.article === article && r.paragraph === paragraph).map((r) => `REPORT ${r.why} ${r.type}/${r.trigger} @${r.date}`);
      const qs = graph.quotes.filter((q) => q.article === article && q.paragraph === paragraph).map((q) => `QUOTE ${q.entity} @${q.date}`);
      console.log(`  ${where}: ${[...evs, ...reps, ...qs].join('; ') || '(nothing)'}`);
    }
  }
}
// B-cubed over the body mentions of instances told in two or more articles: each mention's gold cluster is its instance, its
// Chronicle cluster the event cited at its sentence (of several, the one citing most sentences, then the first id;
// none: a cluster of its own). Instances linked: gold instances told in two or more articles of which Chronicle links
// at least one pair of mentions of two articles.
const responseAt = (where: string) => [...(eventsBySentence.get(where) ?? [])].sort((a, b) => b.sources.length - a.sources.length || (a.id < b.id ? -1 : 1))[0]?.id;
const crossInstances = [...new Set(goldMentions.map((g) => g.inst))].filter((inst) => new Set(goldMentions.filter((g) => g.inst === inst).map((g) => g.article)).size > 1).sort();
const items = goldMentions.filter((g) => crossInstances.includes(g.inst)).map((g, i) => ({ gold: g.inst, ours: responseAt(g.where) ?? `none#${i}` }));
let b3p = 0;
let b3r = 0;
for (const x of items) {
  const sameOurs = items.filter((y) => y.ours === x.ours);
  const sameGold = items.filter((y) => y.gold === x.gold);
  b3p += sameOurs.filter((y) => y.gold === x.gold).length / sameOurs.length;
  b3r += sameGold.filter((y) => y.ours === x.ours).length / sameGold.length;
}
const [bcubedP, bcubedR] = [b3p / (items.length || 1), b3r / (items.length || 1)];
const linkedInstances = crossInstances.filter((inst) => {
  const ms = goldMentions.filter((g) => g.inst === inst);
  return ms.some((a) => ms.some((b) => a.article !== b.article && [...eventsAt(a.where)].some((e) => eventsAt(b.where).has(e))));
});
const ratio = (n: number, d: number) => (d ? (n / d).toFixed(3) : 'n/a');
const dated = graph.events.filter((e) => e.date).length;
console.log(`MEANTIME Apple: ${docs.length} articles rebuilt and built with buildGraph: ${graph.events.length} events (${dated} dated, ${judged.length} dated in annotated sentences)`);
console.log(`event participant recall (named participants): ${recalledPairs}/${goldPairs} = ${ratio(recalledPairs, goldPairs)}; with quote speakers: ${recalledWithQuotes}/${goldPairs} = ${ratio(recalledWithQuotes, goldPairs)}`);
console.log(`participants against Arg0/Arg1 (by sentence; ${unnamedArgs} gold pairs through an unnamed mention): precision ${arg.right}/${arg.ours} = ${ratio(arg.right, arg.ours)} (any role ${ratio(arg.rightAny, arg.ours)}; parties only ${arg.partiesRight}/${arg.parties} = ${ratio(arg.partiesRight, arg.parties)}), recall ${arg.found}/${arg.gold} = ${ratio(arg.found, arg.gold)}`);
console.log(`timeline dates (per gold entity, ${goldTimeline.size} entities): recall ${goldFound}/${goldDates} = ${ratio(goldFound, goldDates)}, precision ${ourRight}/${ourDates} = ${ratio(ourRight, ourDates)}`);
console.log(`  exact dates only: recall ${ratio(goldExact, goldDates)}, precision ${ratio(ourExact, ourDates)}`);
console.log(`  precision judged only in sentences with gold-dated events: ${datedRight}/${datedOurs} = ${ratio(datedRight, datedOurs)}`);
console.log(`cross-document event links: gold ${goldLinks} mention pairs, found ${goldLinksFound} (recall ${ratio(goldLinksFound, goldLinks)}); ours ${ourLinks} source pairs, ${ourLinksJudged} judged, right ${ourLinksRight} (precision ${ratio(ourLinksRight, ourLinksJudged)})`);
console.log(`  instances linked: ${linkedInstances.length}/${crossInstances.length}; B-cubed over their ${items.length} body mentions: P ${bcubedP.toFixed(3)} R ${bcubedR.toFixed(3)} F1 ${(bcubedP + bcubedR ? (2 * bcubedP * bcubedR) / (bcubedP + bcubedR) : 0).toFixed(3)}`);
if (process.env.EVAL_DEBUG) {
  console.log(perEntity.join('\n'));
  // Gold dated events with their participants, next to Chronicle's events of the same article.
  for (const doc of docs.slice(0, Number(process.env.EVAL_DEBUG) || 3)) {
    const text = (m: string) => (doc.markables.get(m) ?? []).map((t) => doc.tokens.get(t)!.text).join(' ');
    console.log(`\n${doc.id} (${doc.dct})`);
    for (const [ev, dates] of doc.eventDates) {
      const who = doc.participants.filter((p) => p.event === ev).map((p) => `${text(p.entity)}${doc.instanceOf.has(p.entity) ? '*' : ''}`);
      console.log(`  gold ${text(ev)} @${dates.join(',')} [${who.join('; ')}] s${doc.tokens.get(doc.markables.get(ev)![0]!)!.sentence}`);
    }
    const art = articleOf.get(doc.id)!;
    for (const ev of graph.events.filter((e) => e.sources.some((s) => s.article === art.id))) console.log(`  ours ${ev.title} @${ev.date} [${ev.participants.map((p) => p.entity).join('; ')}]`);
  }
}
if (process.env.EVAL_WRONG) {
  // Every judged Chronicle date the gold timeline of its entity lacks, with the events that give it and what the gold
  // says in that sentence: the dates of its events there with the entity, or that it dates events there only without
  // the entity, or nothing there (the causes of a wrong date: a misreading, or a reading the gold does not anchor).
  const goldHere = new Map<string, { insts: Set<string>; dates: string[] }[]>();
  for (const doc of docs) {
    for (const [ev, ds] of doc.eventDates) {
      const at = locate(doc, ev);
      if (!at) continue;
      const insts = new Set(doc.participants.filter((x) => x.event === ev).map((x) => doc.instanceOf.get(x.entity)).filter((i): i is string => i !== undefined));
      const k = `${at.article}|${at.paragraph}`;
      goldHere.set(k, [...(goldHere.get(k) ?? []), { insts, dates: ds }]);
    }
  }
  const goldSays = (where: string, inst: string) => {
    const here = goldHere.get(where) ?? [];
    const mine = here.filter((g) => g.insts.has(inst)).flatMap((g) => g.dates);
    return mine.length ? `gold dates it here ${[...new Set(mine)].sort().join(',')}` : here.length ? 'gold dates events here, none with it' : 'gold dates nothing here';
  };
  for (const [inst, dates] of goldTimeline) {
    const entity = ourEntityFor(inst);
    if (!entity) continue;
    const all = process.env.EVAL_WRONG === 'all';
    for (const d of [...ourTimeline(entity)].filter((o) => all || ![...dates].some((g) => contains(g, o))).sort()) {
      const ok = [...dates].some((g) => contains(g, d));
      for (const ev of judged.filter((e) => e.date === d && e.participants.some((p) => p.entity === entity))) {
        const s = ev.sources.find((x) => annotated.has(`${x.article}|${x.paragraph}`))!;
        console.log(`${ok ? 'right' : 'wrong'} ${entity} ${d} ${ev.type} ${s.article} (${goldSays(`${s.article}|${s.paragraph}`, inst)}): ${s.quote.slice(0, 150)}`);
      }
    }
  }
}
if (process.env.EVAL_MISSED) {
  // Each missed gold timeline date with the gold events that give it and what Chronicle read in their sentence: no
  // event there, an event without the entity, the entity's event undated, or dated otherwise (the causes of a miss).
  for (const [inst, dates] of goldTimeline) {
    const entity = ourEntityFor(inst);
    const ours = entity ? ourTimeline(entity) : new Set<string>();
    for (const d of [...dates].filter((g) => ![...ours].some((o) => contains(g, o))).sort()) {
      for (const doc of docs) {
        for (const p of doc.participants.filter((x) => doc.instanceOf.get(x.entity) === inst && doc.eventDates.get(x.event)?.includes(d))) {
          const at = locate(doc, p.event);
          const evs = at ? eventsBySentence.get(`${at.article}|${at.paragraph}`) ?? [] : [];
          const withIt = evs.filter((ev) => entity && ev.participants.some((x) => x.entity === entity));
          const cause = !entity ? 'entity not found' : !evs.length ? 'no event in sentence' : !withIt.length ? 'event without the entity'
            : withIt.every((ev) => !ev.date) ? 'event undated' : `dated ${withIt.map((ev) => ev.date).join(',')}`;
          const words = (m: string) => (doc.markables.get(m) ?? []).map((t) => doc.tokens.get(t)!.text).join(' ');
          console.log(`missed ${inst.replace(/^.*\//, '')}→${entity ?? '-'} ${d} ${doc.id} ${p.event} [${words(p.event)}] (${words(p.entity)}): ${cause}`);
        }
      }
    }
  }
}
if (process.env.EVAL_ENTITY) {
  const inst = [...goldTimeline.keys()].find((i) => ourEntityFor(i) === process.env.EVAL_ENTITY)!;
  const gold = goldTimeline.get(inst)!;
  console.log(`gold dates: ${[...gold].sort().join(' ')}`);
  for (const ev of graph.events.filter((e) => e.date && e.participants.some((p) => p.entity === process.env.EVAL_ENTITY))) {
    const ok = [...gold].some((g) => contains(g, ev.date!));
    console.log(`${ok ? '  ok' : 'BAD'} ${ev.date} ${ev.type} ${ev.sources[0]!.article}: ${ev.sources[0]!.quote.slice(0, 150)}`);
  }
}

// Judged samples of event pages from Reuters-21578 and BBC builds (tests/gold/event-pages.json); EVAL_EVENT_PAGES=0
// leaves them out (they build 1,200 articles).
if (process.env.EVAL_EVENT_PAGES !== '0') {
  const { reportEventPages } = await import('./event-pages.ts');
  await reportEventPages();
}
if (process.env.EVAL_REPORTS) for (const r of graph.reports ?? []) if (r.why === 'untitled') console.log(`REPORT ${r.date} ${r.type} ${r.trigger} :: ${r.quote.slice(0, 150)}`);
