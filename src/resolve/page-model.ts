/**
 * The page model: how sure we are that a resolved name is a real, complete name a reader wants a page for, read from
 * all its mentions in the archive. A logistic regression over named features of the name (its words, how news writes
 * them, its gazetteer hits) and of its mentions (how many, in how many articles, where they stand, how the tagger
 * read them and how its readings agree).
 *
 * Trained at development time on the TRAIN split of the judged entity pages of Reuters-21578 and BBC
 * (tests/gold/pages-*.json, judgments marked `split: "train"`) by `npm run train-page-model`
 * (eval/train-page-model.ts); only the weights ship (page-model.json). The threshold below which a name gets no page
 * is chosen on the DEV judgments (`PAGE_THRESHOLD` in src/resolve/entities.ts); the test judgments only report.
 */
import { shippedJson } from '../util/shipped-json.ts';
import { logisticProbability, type Features, type LogisticWeights } from '../util/logistic.ts';
import type { EntityType, SpanReading } from '../types.ts';
import { gazetteerKey, shippedGazetteers } from '../extract/ner/gazetteer.ts';
import { caseFeature, coarseClusterAsWritten } from '../extract/ner/words.ts';
import { readAsBody, typeCue, WORK_CUE_NAMES, type MentionContext } from './page-rules.ts';

/** One mention of a name as the model reads it. */
export interface MentionEvidence {
  context: MentionContext;
  /** The type the extraction gave this mention. */
  type: EntityType;
  /** The tagger's odds that these words are a name (1 for credits). */
  confidence: number;
  article: string;
  /** What the mention itself says of its kind (extraction's `reading`; read by the type model, src/resolve/type-model.ts). */
  reading?: { tagger: Record<EntityType, number>; rules: Record<EntityType, number> };
  /** How the tagger reads the name's capitalised words and its edges (extraction's `span`); absent for credits. */
  span?: SpanReading;
  /** The types the article gave the names listed right beside this one ("Sony, Samsung and Philips"). */
  listedWith?: readonly EntityType[];
  /** A short form that only takes its name's type (extraction's `typedByName`): no evidence for the type decision. */
  typedByName?: true;
}

/** A resolved name with everything the model reads. */
export interface NameEvidence {
  name: string;
  /** The archive-wide voted type. */
  type: EntityType;
  mentions: readonly MentionEvidence[];
  /** Whether a text is the name (or a spelling) of another entity of the archive. */
  isOtherName: (text: string) => boolean;
  /** A page rule (src/resolve/page-rules.ts) denies the name its page. */
  deniedByRule: boolean;
}

export type { Features } from '../util/logistic.ts';

const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'other'];
const CASES = ['lower', 'mixed', 'capital'] as const;

const share = (n: NameEvidence, test: (m: MentionEvidence) => boolean) => (n.mentions.length ? n.mentions.filter(test).length / n.mentions.length : 0);
const flag = (b: boolean) => (b ? 1 : 0);
/** Where any word is capitalised: a capitals line, or a sentence opening (a dateline written in capitals aside). */
const capitalByPlace = (c: MentionContext) => !c.credit && (c.headline || (c.opensSentence && /\p{Ll}/u.test(c.raw)));

/** The gazetteer lists (built from npm data packages at development time) that hold a text as one entry. */
export function listsOf(text: string): readonly string[] {
  return shippedGazetteers().entries.get(text.split(/\s+/).map(gazetteerKey).join(' ')) ?? [];
}

/** Past this, the tagger reads a word as part of a name. */
const READ_AS_NAME = 0.5;

/**
 * What the tagger says of the name's own capitalised words and of the words at its edges, over its mentions (a
 * mention with no reading, a credit, counts as clean and clearly read). The odds over all its words, above, count
 * "of" and "'s" against "Bank of England"; over its capitals, a glued common word ("U.S. Official") shows as the
 * weakest; a strong word outside an edge shows a name cut short ("Federal Reserve Bank of New").
 */
function spanFeatures(n: NameEvidence): Features {
  const spans = n.mentions.map((m) => m.span ?? { capitals: 1, weakest: 1, before: 0, after: 0 });
  const best = (pick: (s: SpanReading) => number) => spans.reduce((b, s) => Math.max(b, pick(s)), 0);
  const weakest = best((s) => s.weakest);
  const clean = (s: SpanReading) => s.before < READ_AS_NAME && s.after < READ_AS_NAME;
  return {
    'capitals.tagger.max': best((s) => s.capitals),
    'capitals.weakest.max': weakest,
    'capitals.weakest.below-0.25': flag(weakest < 0.25),
    'edge.before-read-as-name': n.mentions.length ? spans.filter((s) => s.before >= READ_AS_NAME).length / spans.length : 0,
    'edge.after-read-as-name': n.mentions.length ? spans.filter((s) => s.after >= READ_AS_NAME).length / spans.length : 0,
    'edge.never-clean': flag(spans.length > 0 && !spans.some(clean)),
  };
}

/**
 * The voted type, and the cues the words before its mentions give (src/resolve/page-rules.ts `typeCue`): which kinds
 * of cue are there, and whether the name is `other` because a work cue says so ("the film X", "TV show X", "hits such
 * as X"). An `other` with no cue is mostly what a name gets with no evidence, and leans against a page; a cued work's
 * `other` is a reading of its article, and gets a weight of its own (`type.other.work-cued`).
 */
function cueFeatures(n: NameEvidence): Features {
  const f: Features = {};
  const body = readAsBody(n.mentions);
  const names = new Set(n.mentions.flatMap((m) => typeCue(m.context, body)?.name ?? []));
  for (const name of names) f[`cue.${name}`] = 1;
  const workCued = [...names].some((name) => WORK_CUE_NAMES.has(name));
  if (workCued) f['cue.work'] = 1;
  f[n.type === 'other' && workCued ? 'type.other.work-cued' : `type.${n.type}`] = 1;
  return f;
}

/** The named features of a name. Each is a number in 0–1, so one weight scale fits all. */
export function pageFeatures(n: NameEvidence): Features {
  const words = n.name.split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  const articles = new Set(n.mentions.map((m) => m.article)).size;
  const taggerMax = n.mentions.reduce((best, m) => Math.max(best, m.confidence), 0);
  const lowerShare = words.length ? words.filter((w) => caseFeature(w) === 'lower').length / words.length : 0;
  const f: Features = {
    'mentions.log': Math.min(1, Math.log10(1 + n.mentions.length) / 2),
    'articles.log': Math.min(1, Math.log10(1 + articles) / 2),
    'articles.one': flag(articles === 1),
    'tagger.max': taggerMax,
    // The tagger's odds are sharp: the few names it never reads clearly are mostly junk, a step a linear weight on
    // the odds alone cannot draw.
    'tagger.max.below-0.05': flag(taggerMax < 0.05),
    'tagger.max.below-0.25': flag(taggerMax < 0.25),
    'mentions.one': flag(n.mentions.length === 1),
    'tagger.mean': n.mentions.length ? n.mentions.reduce((s, m) => s + m.confidence, 0) / n.mentions.length : 0,
    'at.sentence-start': share(n, (m) => m.context.opensSentence && !m.context.headline),
    'at.headline': share(n, (m) => m.context.headline),
    'at.capital-by-place.all': flag(n.mentions.length > 0 && n.mentions.every((m) => capitalByPlace(m.context))),
    'at.credit': share(n, (m) => m.context.credit),
    'at.after-the': share(n, (m) => m.context.previous === 'the'),
    'at.after-lower-word': share(n, (m) => m.context.previous !== '' && m.context.previous !== 'the' && caseFeature(m.context.previous) === 'lower'),
    'written.capitals': share(n, (m) => !m.context.headline && !m.context.credit && m.context.raw.length > 1 && !/\p{Ll}/u.test(m.context.raw)),
    'written.before-possessive': share(n, (m) => /^['’]s\b/.test(m.context.after)),
    [`words.${Math.min(words.length, 4)}`]: 1,
    'words.lower-share': lowerShare,
    // Common words capitalised where news writes no capital but a name's ("the Global Water Forum", "Friends
    // Reunited"): a weight on the share of common words alone treats them like "Ticket Sales" at a sentence start.
    'words.lower.after-the': lowerShare * share(n, (m) => m.context.previous === 'the'),
    'words.lower.mid-sentence': lowerShare * share(n, (m) => !m.context.credit && !capitalByPlace(m.context)),
    'words.lowercase-inside': flag(words.slice(1).some((w) => /^\p{Ll}/u.test(w))),
    'shape.digit': flag(/\d/.test(n.name)),
    'shape.hyphen': flag(n.name.includes('-')),
    'shape.period': flag(n.name.includes('.')),
    'shape.short': flag(n.name.replace(/\W/g, '').length <= 3),
    'shape.capitals': flag(n.name.length > 1 && !/\p{Ll}/u.test(n.name)),
    'glued.head-is-name': flag(words.length > 1 && n.isOtherName(words.slice(0, -1).join(' '))),
    'glued.tail-is-name': flag(words.length > 1 && n.isOtherName(words.slice(1).join(' '))),
    'rules.deny': flag(n.deniedByRule),
    ...spanFeatures(n),
  };
  for (const c of [...CASES, 'unknown']) {
    f[`first.${c}`] = flag(caseFeature(first) === c);
    f[`last.${c}`] = flag(caseFeature(last) === c);
  }
  // How the mentions' types agree, and the type the archive votes.
  const counts = TYPES.map((t) => n.mentions.filter((m) => m.type === t).length);
  f['types.agree'] = n.mentions.length ? Math.max(...counts) / n.mentions.length : 0;
  Object.assign(f, cueFeatures(n));
  for (const list of listsOf(n.name)) f[`gazetteer.name.${list}`] = 1;
  if (words.length > 1) {
    for (const list of listsOf(first)) f[`gazetteer.first.${list}`] = 1;
    for (const list of listsOf(last)) f[`gazetteer.last.${list}`] = 1;
  }
  f[`cluster.last.${coarseClusterAsWritten(last)}`] = 1;
  return f;
}

/** page-model.json: what the trainer writes. */
export interface PageModel extends LogisticWeights {
  about: string;
}

export const pageProbability: (model: PageModel, f: Features) => number = logisticProbability;

let shipped: PageModel | null = null;
/** The shipped weights (loaded once, on first use). */
export function shippedPageModel(): PageModel {
  shipped ??= shippedJson(new URL('./page-model.json', import.meta.url)) as PageModel;
  return shipped;
}
