/**
 * The said clause of a statement (issue 19, session 46, evt103): what a telling tells — the complement of a reporting
 * verb ("Acme said (that) C", "Lee told reporters that C"), or the clause before a closing report ("C, Acme said.",
 * "C, said Ann Lee.", "C, according to Acme") — read by the lede-kind model (src/extract/lede-kind.ts) as a lede of its
 * own: its odds of a happening and of each other kind (figure, state, forecast). The unseen event pages' misses "a
 * figure told as news", "a state", "a forecast" are mostly statements whose said clause is the figure or the state;
 * the lede-kind odds of the whole lede read the statement's own verb only through its first reported verb.
 *
 * The reporting verbs are the speakers' (src/extract/events/speakers.ts `REPORTING_VERB`), so a telling is found as
 * the participants' reader finds one. Measurement only (eval/train-event-model.ts keeps the reading as `said.` features
 * for its variants): as a feature of the event page model or as a rule it moved no judged page right held out
 * (docs/quality-log.md, issue 19, session 46, evt103), so the build does not read it.
 */
import { datelineLength } from '../src/extract/dateline.ts';
import { REPORTING_VERB } from '../src/extract/events/speakers.ts';
import { ledeKindFeatures, probability, NOT_HAPPENING_KINDS, type LedeKindModel } from '../src/extract/lede-kind.ts';
import { shippedJson } from '../src/util/shipped-json.ts';

let shipped: LedeKindModel | undefined;
const model = () => (shipped ??= shippedJson(new URL('../src/extract/lede-kind-model.json', import.meta.url)) as LedeKindModel);

/** What may stand between a reporting verb and its clause: a time, where it was said, a hearer, "that". */
const OPENING_GAP = /^\s*,?\s*(?:(?:today|yesterday|late|earlier|on\s+\w+day|\w+day|in\s+(?:an?|its|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|letter|report|interview|speech|filing|address|testimony|release|bulletin|review)(?:\s+(?:to|with|on|from)\s+[^,;]{1,40}?)?|last\s+\w+|this\s+\w+)\s*,?\s*)*(?:that\s+)?/iu;
/** After "told": the hearer, a few words, then "that" ("told reporters that", "told a news conference that"). */
const TOLD_GAP = /^\s+(?:[\p{L}\d.&'’-]+\s+){1,5}?that\s+/iu;
/** After "told", a hearer and the clause with no "that" ("told reporters the plan …"): the press and its kin. */
const TOLD_HEARER = /^\s+(?:(?:the|a)\s+)?(?:reporters|journalists|newsmen|Reuters|the\s+press|a\s+news\s+conference|a\s+press\s+conference)\s*,?\s*/i;
/** What may follow a reporting verb that closes its sentence: a time, "in a statement", the end (speakers.ts's close). */
const REPORT_CLOSES = /^(?:\s+(?:on|in|at|last|this|today|yesterday|earlier|late)\b[^,;:"“”]*)?\s*(?:[.,;]|$)/i;
/** The closing speaker's phrase of an inverted report (", said Ann Lee, an analyst."): a name or a title, the end. */
const SPEAKER_CLOSES = /^\s+[^,;:"“”]{1,80}?(?:,[^;:"“”]{1,80})?\s*[.]?\s*["”]?\s*$/;
const ACCORDING_CLOSES = /,\s*according\s+to\s+[^,;]{1,80}[.]?\s*$/i;
const ACCORDING_OPENS = /^\s*according\s+to\s+[^,;]{1,80},\s*/i;

/** A clause worth reading: some words, a letter, with its quotes and its closing stop taken off and its first letter a capital. */
function asClause(text: string): string | undefined {
  const c = text.replace(/["“”]/g, '').replace(/[\s.,;:]+$/, '').trim();
  if (c.split(/\s+/).length < 3 || !/\p{L}/u.test(c)) return undefined;
  return c.charAt(0).toUpperCase() + c.slice(1);
}

/** The clause before a report's close: from the body's start to the last comma or quote before the speaker. */
function before(body: string, at: number): string | undefined {
  const mark = Math.max(body.lastIndexOf(',', at - 1), body.lastIndexOf('"', at - 1), body.lastIndexOf('”', at - 1));
  return mark > 0 ? asClause(body.slice(0, mark)) : undefined;
}

/** The clause a reporting verb at `r` (its word `verb`) hands on to, told after it. */
function after(body: string, r: number, verb: string): string | undefined {
  let rest = body.slice(r + verb.length);
  if (/^told$/i.test(verb)) {
    const gap = TOLD_GAP.exec(rest) ?? TOLD_HEARER.exec(rest);
    if (!gap) return undefined;
    rest = rest.slice(gap[0].length);
  } else rest = rest.slice(OPENING_GAP.exec(rest)![0].length);
  return asClause(rest);
}

/**
 * The said clause of a sentence, or undefined when it tells no statement: the first reporting verb (after the
 * dateline) whose clause is found — told before it when the verb closes the sentence (", Acme said." or ", said Ann
 * Lee."), after it otherwise — or the clause around "according to".
 */
export function saidClause(sentence: string): string | undefined {
  const body = sentence.slice(datelineLength(sentence));
  if (ACCORDING_CLOSES.test(body)) return before(body, body.search(ACCORDING_CLOSES) + 1);
  const opens = ACCORDING_OPENS.exec(body);
  if (opens) return asClause(body.slice(opens[0].length));
  for (const r of body.matchAll(REPORTING_VERB)) {
    const rest = body.slice(r.index + r[0].length);
    const inverted = /[,"”]\s*$/.test(body.slice(0, r.index)) && SPEAKER_CLOSES.test(rest);
    const closes = REPORT_CLOSES.test(rest) && !/\bthat\b/i.test(rest);
    const clause = closes || inverted ? before(body, r.index) : after(body, r.index, r[0]);
    if (clause) return clause;
  }
  return undefined;
}

/** The lede-kind model's odds of each kind for a sentence: a happening, and the rest shared by the other kinds' odds. */
export function ledeKindOdds(headline: string, text: string, m: LedeKindModel = model()): Record<'happening' | (typeof NOT_HAPPENING_KINDS)[number], number> {
  const f = ledeKindFeatures(headline, text);
  const happening = probability(m.happening, f);
  const kinds = NOT_HAPPENING_KINDS.map((k) => probability(m.kinds[k], f));
  const sum = kinds.reduce((a, b) => a + b, 0) || 1;
  const out = { happening } as Record<'happening' | (typeof NOT_HAPPENING_KINDS)[number], number>;
  NOT_HAPPENING_KINDS.forEach((k, i) => (out[k] = ((1 - happening) * kinds[i]!) / sum));
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The said clause's reading, as the event page model's features (names `said.…`, numbers in 0–1, zeros left out):
 * that one was read, its odds of a happening on the log-odds scale the news odds are read on (0 at 1 to 99 against, 1
 * at 99 to 1 for), and the odds of each other kind. Nothing for a sentence that tells no statement.
 */
export function saidReading(headline: string, sentence: string, m?: LedeKindModel): Record<string, number> {
  const clause = saidClause(sentence);
  if (!clause) return {};
  const odds = ledeKindOdds(headline, clause, m);
  const logOdds = Math.log10(Math.max(1e-3, odds.happening) / Math.max(1e-3, 1 - odds.happening));
  const f: Record<string, number> = { 'said.read': 1, 'said.log-odds': Math.min(1, Math.max(0, (logOdds + 2) / 4)) };
  for (const k of NOT_HAPPENING_KINDS) f[`said.${k}`] = odds[k];
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(f)) if (round(v) !== 0) out[k] = round(v);
  return out;
}
