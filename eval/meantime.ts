/**
 * MEANTIME English (../shared/corpus/meantime_en, CC BY 4.0; only the Apple topic is there), read at run time: one
 * reader for eval/events.ts (event quality) and eval/train-same-happening.ts (which reports tell one happening).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface Token { text: string; sentence: number }
export interface GoldDoc {
  id: string;
  dct: string;
  tokens: Map<string, Token>;
  /** Token ids of each markable (entity mention, event mention, timex) by m_id. */
  markables: Map<string, string[]>;
  named: Set<string>;
  /** Entity mention m_id → cross-document instance id. */
  instanceOf: Map<string, string>;
  /** Event mention m_id (in the body) → cross-document event instance id. */
  eventInstanceOf: Map<string, string>;
  /** Event mention m_id (title and dateline too) → event instance id (one of this document's when not cross-document). */
  eventInstanceAll: Map<string, string>;
  participants: { event: string; entity: string }[];
  /** HAS_PARTICIPANT links of every sentence (title and dateline too), with their semantic role (Arg0, Arg1 …). */
  roles: { event: string; entity: string; role: string }[];
  /** Event mention m_id → gold date values anchoring it. */
  eventDates: Map<string, string[]>;
  /** Sentences in which events were annotated (MEANTIME annotates some articles only in their first sentences). */
  annotatedSentences: Set<number>;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const attr = (attrs: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];

export function readDoc(file: string): GoldDoc {
  const xml = readFileSync(file, 'utf8');
  const id = attr(xml, 'doc_id') ?? path.basename(file, '.xml');
  const tokens = new Map<string, Token>();
  for (const m of xml.matchAll(/<token([^>]*)>([^<]*)<\/token>/g)) tokens.set(attr(m[1]!, 't_id')!, { text: decode(m[2]!), sentence: Number(attr(m[1]!, 'sentence')) });
  const markables = new Map<string, string[]>();
  const annotatedSentences = new Set<number>();
  const eventMention = new Set<string>();
  const named = new Set<string>();
  const timex = new Map<string, string>();
  let dct = '';
  for (const m of xml.matchAll(/<(ENTITY_MENTION|EVENT_MENTION|TIMEX3)([^>]*)>([\s\S]*?)<\/\1>/g)) {
    const mId = attr(m[2]!, 'm_id')!;
    markables.set(mId, [...m[3]!.matchAll(/t_id="(\d+)"/g)].map((t) => t[1]!));
    if (m[1] === 'ENTITY_MENTION' && attr(m[2]!, 'syntactic_type') === 'NAM') named.add(mId);
    if (m[1] === 'EVENT_MENTION') for (const t of markables.get(mId)!) annotatedSentences.add(tokens.get(t)!.sentence);
    if (m[1] === 'EVENT_MENTION') eventMention.add(mId);
    if (m[1] === 'TIMEX3' && attr(m[2]!, 'type') === 'DATE') {
      const value = attr(m[2]!, 'value') ?? '';
      if (/^\d{4}(-\d\d){0,2}$/.test(value)) timex.set(mId, value);
      if (attr(m[2]!, 'functionInDocument') === 'CREATION_TIME') dct = value;
    }
  }
  const instances = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY ([^>]*)\/>/g)) {
    const inst = attr(m[1]!, 'instance_id');
    if (inst) instances.set(attr(m[1]!, 'm_id')!, inst);
  }
  const eventInstances = new Map<string, string>();
  /** Every event instance: its cross-document id, else one of this document ("doc#m_id"). */
  const anyEventInstance = new Map<string, string>();
  for (const m of xml.matchAll(/<EVENT ([^>]*)\/>/g)) {
    const inst = attr(m[1]!, 'instance_id');
    if (inst) eventInstances.set(attr(m[1]!, 'm_id')!, inst);
    anyEventInstance.set(attr(m[1]!, 'm_id')!, inst ?? `${id}#${attr(m[1]!, 'm_id')!}`);
  }
  const relations = (tag: string) => [...xml.matchAll(new RegExp(`<${tag}([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => ({
    attrs: m[1]!,
    sources: [...m[2]!.matchAll(/<source m_id="(\d+)"/g)].map((s) => s[1]!),
    target: /<target m_id="(\d+)"/.exec(m[2]!)?.[1] ?? '',
  }));
  // The title (sentence 0) and dateline (sentence 1) are not body text: Chronicle reads events from the body, whose
  // lead repeats the headline, so gold events there are left out.
  const inBody = (mId: string) => (tokens.get(markables.get(mId)?.[0] ?? '')?.sentence ?? 0) >= 2;
  const instanceOf = new Map<string, string>();
  const eventInstanceOf = new Map<string, string>();
  const eventInstanceAll = new Map<string, string>();
  for (const r of relations('REFERS_TO')) {
    const inst = instances.get(r.target);
    if (inst) for (const s of r.sources) instanceOf.set(s, inst);
    const eventInst = eventInstances.get(r.target);
    if (eventInst) for (const s of r.sources) if (inBody(s)) eventInstanceOf.set(s, eventInst);
    const anyInst = anyEventInstance.get(r.target);
    if (anyInst) for (const s of r.sources) eventInstanceAll.set(s, anyInst);
  }
  // A mention no instance refers to is a happening of its own.
  for (const mId of markables.keys()) if (eventMention.has(mId) && !eventInstanceAll.has(mId)) eventInstanceAll.set(mId, `${id}#${mId}`);
  const roles = relations('HAS_PARTICIPANT').flatMap((r) => r.sources.map((event) => ({ event, entity: r.target, role: attr(r.attrs, 'sem_role') ?? '' })));
  const participants = roles.filter((p) => inBody(p.event)).map(({ event, entity }) => ({ event, entity }));
  const eventDates = new Map<string, string[]>();
  for (const r of relations('TLINK')) {
    const type = attr(r.attrs, 'reltype');
    for (const s of r.sources) {
      // Event inside (or at) a date: the event's date on the timeline.
      const pair = timex.has(r.target) && (type === 'IS_INCLUDED' || type === 'SIMULTANEOUS') ? [s, r.target]
        : timex.has(s) && type === 'INCLUDES' ? [r.target, s] : null;
      if (pair && markables.has(pair[0]!) && !timex.has(pair[0]!)) eventDates.set(pair[0]!, [...(eventDates.get(pair[0]!) ?? []), timex.get(pair[1]!)!]);
    }
  }
  return { id, dct, tokens, markables, named, instanceOf, eventInstanceOf, eventInstanceAll, participants, roles, eventDates, annotatedSentences };
}

/** Tokens joined as running text, with each token's offset in its line. */
export function detokenize(tokens: Token[]): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1]?.text ?? '';
    const next = tokens[i + 1]?.text ?? '';
    // "Wal - Mart" was "Wal-Mart": a hyphen between two capitalised words is written tight.
    const tightHyphen = (t.text === '-' && /^[A-Z]/.test(prev) && /^[A-Z]/.test(next)) || (prev === '-' && /^[A-Z]/.test(tokens[i - 2]?.text ?? '') && /^[A-Z]/.test(t.text));
    // "players ' union" was "players' union": a lone apostrophe after a plural, before a word, is a possessive.
    const possessive = t.text === "'" && /s$/i.test(prev) && /^\w/.test(next);
    if (text && !tightHyphen && !possessive && !/^([.,;:!?)\]}%]|'s|n't|'re|'ve|'ll|'d|'m)$/i.test(t.text) && !/^[($[{]$/.test(prev)) text += ' ';
    offsets.push(text.length);
    text += t.text;
  });
  return { text, offsets };
}

