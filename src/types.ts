/**
 * The data that flows between Chronicle's stages, in pipeline order:
 *
 *   ingest (InputFile -> IngestedArticle) → extract (IngestedArticle -> ArticleExtraction)
 *   → resolve (all extractions -> Entity[] + Event[]) → graph (Graph + derived SiteModel) → render → index
 *
 * Every stage is a plain function over these types, so each can be tested without Astro.
 * Offsets are UTF-16 code-unit offsets into `Paragraph.text` (what JavaScript string indices are).
 */

/** ISO date string with its precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export type IsoDate = string;
export type DatePrecision = 'day' | 'month' | 'year';

export type EntityType = 'person' | 'organization' | 'place' | 'other';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'other'];

/** A problem with one input file, reported as `file:line: message` and listed in graph.json. */
export interface Problem {
  /** Path relative to --input, with forward slashes. */
  file: string;
  line?: number;
  message: string;
  /** `error`: the file was skipped. `warning`: the file was used but something was doubtful. */
  severity: 'error' | 'warning';
}

// ---------------------------------------------------------------- ingest

/** A file found under --input, before any parsing. */
export interface InputFile {
  /** Path relative to --input, forward slashes (`politics/001.txt`). */
  file: string;
  bytes: Uint8Array;
}

export type ParagraphKind = 'body' | 'caption' | 'heading' | 'quote';

export interface Paragraph {
  /** Stable anchor within the article page: `p1`, `p2`, … in reading order (captions and headings included). */
  id: string;
  kind: ParagraphKind;
  /** Clean text: debris removed, whitespace collapsed, no markup. */
  text: string;
  /** 1-based line in the input file where the paragraph starts (for `file:line` messages). */
  line: number;
}

export type ArticleFormat = 'dateline' | 'plain' | 'markdown' | 'json' | 'jsonl' | 'html' | 'feed';

export interface IngestedArticle {
  /** Stable slug derived from the input path (not the title), so adding articles never renames pages. */
  id: string;
  file: string;
  format: ArticleFormat;
  title: string;
  /** Publication date; null when neither the file nor the text gives one. */
  date: IsoDate | null;
  /** How the date was found: written in the file's header/front matter, or inferred from the text. */
  dateSource: 'header' | 'inferred' | null;
  section: string | null;
  /** News agency or publisher credited in the text ("SOURCE:Reuters", "/ Reuters") or front matter. */
  source: string | null;
  paragraphs: Paragraph[];
  /**
   * SHA-256 (hex) of the input bytes: duplicate detection, caching, snapshots. For an article that is one of several
   * in its file (a line of a JSON Lines file), of its own line (UTF-8), so that two lines are duplicates only when equal.
   */
  hash: string;
  /** The line the article is on, when it is one of several in its file (JSON Lines, feeds). Absent otherwise. */
  line?: number;
  /** Bylines, when the file's metadata gives them (JSON, JSON Lines). Absent otherwise. */
  authors?: string[];
  /** The article's own address on the web, when the file's metadata gives it. Absent otherwise. */
  canonicalUrl?: string;
}

export interface IngestResult {
  /** Absent when the file could not be used at all (then `problems` says why). */
  article?: IngestedArticle;
  problems: Problem[];
}

// ---------------------------------------------------------------- extract (per article, no global state)

export interface Sentence {
  paragraph: string;
  /** Index of the sentence within the whole article (0-based, reading order). */
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface EntityMention {
  paragraph: string;
  sentence: number;
  /** Span of the name as written in the paragraph (titles/possessives excluded). */
  start: number;
  end: number;
  /** The name as written, e.g. `SenseTime` (from "SenseTime's"), `Joe Biden` (from "President Joe Biden"). */
  text: string;
  type: EntityType;
  /**
   * The fullest form of this name known within the article (surname → full name, acronym → expansion);
   * equal to `text` when nothing longer was found. Cross-article resolution keys on this.
   */
  canonical: string;
  /** How sure the trained model is that this is a name (0–1; see `mentionConfidence`); absent: not measured. */
  confidence?: number;
  /**
   * What this one mention says of its kind, before the article pools its mentions into `type`: the trained tagger's
   * odds for each kind of name over its words (averaged; the rest is "no name"), and the summed weights of the
   * evidence rules (src/extract/evidence.ts) that voted for each kind. Read by the archive-level type model
   * (src/resolve/type-model.ts); absent: not measured.
   */
  reading?: { tagger: Record<EntityType, number>; rules: Record<EntityType, number> };
  /**
   * How the trained tagger reads the name's edges (read by the page model, src/resolve/page-model.ts): its odds that a
   * word is part of a name, averaged over the name's capitalised words (`capitals`) and at the weakest of them
   * (`weakest`), and for the word right before and right after the name (`before`, `after`; 0 where there is none; a
   * possessive's "'s" is skipped). A junk name glued to a common word ("U.S. Official") has a weak capital; a name cut
   * short ("Federal Reserve Bank of New") a strong word outside its edge. Absent: not measured.
   */
  span?: SpanReading;
  /**
   * A short form only the wider bracketed forms join to its name ("PSP" of "PlayStation Portable (PSP)": capitals drawn
   * from inside its words; src/extract/entities/within-article.ts `joinBracketedAcronyms`): it takes the name's type and
   * gives the archive-level type decision no evidence of its own (src/resolve/entities.ts `ownTypeEvidence`).
   */
  typedByName?: true;
}

export interface SpanReading {
  capitals: number;
  weakest: number;
  before: number;
  after: number;
}

export interface DateMention {
  paragraph: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  value: IsoDate;
  precision: DatePrecision;
}

export type ParticipantRole = 'actor' | 'target' | 'place' | 'other';
/** The part a name takes in a happening, where it is not (only) where it happened. */
export type PartyRole = Exclude<ParticipantRole, 'place'>;

export interface EventMention {
  paragraph: string;
  sentence: number;
  /** The word that reports the happening ("blacklisted", "overthrew"). */
  trigger: string;
  /** Event type from the taxonomy in src/event-types.ts (e.g. `sanction`, `coup`, `statement`). */
  type: string;
  date: IsoDate | null;
  precision: DatePrecision | null;
  /**
   * Indices into `ArticleExtraction.entities`. A name read as a place has role `place` and, as `party`, the part its
   * position gives it (used when resolution types its entity otherwise).
   */
  participants: { mention: number; role: ParticipantRole; party?: PartyRole }[];
  /** The reporting sentence, as quoted on event pages. */
  quote: string;
  /**
   * The article's own news: the happening its headline and lede report (the lede's first sentence), dated by the
   * lede's own date expression else by the article's date. Titled by the headline. Only dated articles have one.
   */
  lede?: true;
  /**
   * The news's trigger in its headline when the headline tells it with another word than the lede ("Steve Jobs
   * resigns" over "has chosen to step down"): the same-happening model reads the news by either.
   */
  headline?: { trigger: string; type: string };
  /**
   * The sentence does not report that the happening occurred: `unasserted` (negated, possible, conditional, wanted:
   * the assertion model of src/extract/assertion.ts), `forecast` (told as to come, with no day of its own) or `state`
   * (a noun trigger governed by a verb of state: "holds a 33% stake", src/extract/state.ts); for an article's news,
   * `not-news` (a data notice, a listing or a figure's report: src/extract/news-kind.ts); in any sentence, `not-news`
   * for a share price's move (a market's figure: PRICED_SUBJECTS, src/extract/lexicon.ts). Kept so
   * that nothing read is lost; such a mention is never an event page (graph.json `reports`). Absent: asserted.
   */
  mood?: 'unasserted' | 'forecast' | 'state' | 'not-news';
  /**
   * The clause's subject, the party it is about, is a common noun phrase the sentence names no one in ("The chancellor
   * has unveiled …", "The detainees were arrested …": src/extract/unnamed-party.ts). Kept; such a mention, unless
   * an article's news, makes no event page of its own (graph.json `reports`, why `unnamed`). Absent: named.
   */
  unnamedParty?: true;
  /**
   * Names of the sentence in a phrase that tells what the doer means to do ("in an effort to win business from
   * Zorbix", "in order to compete with Miro") or in a comment set after the happening's clause ("…, a move analysts
   * said would help Quanta"): no participants (src/extract/clause.ts `purposePhrases`, `commentAfter`), kept so that
   * nothing read is lost — resolution keeps them as the event's `alsoNamed`. Indices into `ArticleExtraction.entities`.
   */
  asides?: number[];
  /**
   * What the extraction's models read of the trigger, as numbers in 0–1 named as the event page model's features
   * (src/extract/event-reading.ts: the assertion model's odds, the state models' odds, the trigger's sense and tag, the
   * news-kind reading of a lede). Read by resolution's event page model, so it tags no quote again. Session 32.
   */
  reading?: Record<string, number>;
}

export interface ArticleExtraction {
  article: string;
  sentences: Sentence[];
  entities: EntityMention[];
  dates: DateMention[];
  events: EventMention[];
}

// ---------------------------------------------------------------- resolve (global)

export interface MentionRef {
  article: string;
  paragraph: string;
  sentence: number;
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** The sentence's text. */
  sentenceText: string;
  /** Set on a credit, which is no sentence of the text (`sentence` -1): the credited source, or a byline's author. */
  role?: CreditRole;
}

/** What an article's own credit makes of a name: its source (an organisation) or its author (a person). */
export type CreditRole = 'source' | 'author';

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** Every other spelling seen or curated, sorted. */
  aliases: string[];
  mentions: MentionRef[];
  description?: string;
  /** Why mentions were merged into this entity ("surname of Joe Biden", "spelling variant of Liu Pengyu"). */
  mergeReasons: string[];
  /** How sure the model is that this is a real name (0–1): see `entityConfidence` in src/resolve/entities.ts. */
  confidence?: number;
  /** The page rule (src/resolve/page-rules.ts `PAGE_RULES`) that denies this name a page, when one does. */
  noPage?: string;
}

export interface EventSource {
  article: string;
  paragraph: string;
  quote: string;
  date: IsoDate | null;
}

export interface Event {
  id: string;
  title: string;
  type: string;
  date: IsoDate | null;
  precision: DatePrecision | null;
  participants: { entity: string; role: ParticipantRole }[];
  /**
   * Names its sentences name that take no part: pieces of a longer name ("CLR" of "CLR/Micro-Tax"), an illness, the
   * setting where it happened ("at the Rilmo Arena", role `place`). Kept, not shown as participants.
   */
  alsoNamed?: { entity: string; role: ParticipantRole }[];
  sources: EventSource[];
  /** Sources disagree on the date (or other facts): each version with its article. */
  disagreements?: { field: string; values: { value: string; article: string }[] }[];  /** How sure the event page model is that this is a page a reader wants (0–1): src/resolve/event-model.ts. */
  confidence?: number;
  /** Why the event has no page (`event-model`: below `EVENT_PAGE_THRESHOLD`); kept in graph.json's `plainEvents`. */
  noPage?: string;
}

/**
 * A statement ("X said …") that is not the news of its article: a dated quote on its speaker's page, not an event.
 * Its date is the statement's own (the sentence dates it, or it is told in the present on the article's day).
 */
export interface Quote {
  /** The speaker's entity id. */
  entity: string;
  article: string;
  paragraph: string;
  sentence: number;
  quote: string;
  date: IsoDate | null;
}

/**
 * A happening read in a sentence that is not an event page (issue 19): its sentence does not assert it (`unasserted`,
 * `forecast`: the sentence's mood, or a headline that tells a forecast; `state`: a state, not a happening), it has no title a reader understands
 * (`untitled`: no clause with a subject and the happening's verb), it names no one (`unnamed`), or it is the lede
 * of a story its headline's desk label tells is no news report, a correction notice or an analysis column, or of a data notice, a
 * listing or a figure's report (src/extract/news-kind.ts), with a listing's items, or a share price's move in any
 * sentence (`not-news`). Kept in graph.json
 * so that nothing read is lost.
 */
export interface EventReport {
  article: string;
  paragraph: string;
  sentence: number;
  quote: string;
  type: string;
  trigger: string;
  date: IsoDate | null;
  participants: { entity: string; role: ParticipantRole }[];
  why: 'unasserted' | 'forecast' | 'state' | 'untitled' | 'unnamed' | 'not-news';
}

// ---------------------------------------------------------------- graph

export interface ArticleRecord {
  id: string;
  file: string;
  title: string;
  date: IsoDate | null;
  dateSource: 'header' | 'inferred' | null;
  section: string | null;
  source: string | null;
  hash: string;
  paragraphs: Paragraph[];
  duplicateOf?: string;
  /** As on IngestedArticle: present only when the input gives them. */
  line?: number;
  /**
   * With `line`: SHA-256 of the whole file (`hash` is its line's), which is what snapshots record and check. Not on
   * IngestedArticle, so appending a line changes no other line's extraction cache key.
   */
  fileHash?: string;
  authors?: string[];
  canonicalUrl?: string;
}

/** Everything the resolver knows, before anything is derived for pages. */
export interface Graph {
  articles: ArticleRecord[];
  extractions: ArticleExtraction[];
  entities: Entity[];
  events: Event[];
  /** Names below the page threshold: kept, with their confidence, as plain text (no page, link or search record). */
  plainNames?: Entity[];
  /** Statements that are not their article's news, by speaker (sorted by entity, article, sentence). */
  quotes: Quote[];
  /** Happenings read in sentences that are not event pages (sorted by article, sentence). */
  reports?: EventReport[];
  problems: Problem[];
  /** Notes for the person running the build that are not about input files (e.g. unused curation rules). */
  notes: string[];
}

/** Output of entity resolution: the entities, and for each article which entity each of its mentions joined. */
export interface EntityResolution {
  /** The entities that get a page. */
  entities: Entity[];
  /** Names the evidence does not support enough for a page (`PAGE_THRESHOLD`, `PAGE_RULES`); their mentions are assigned null. */
  plainNames: Entity[];
  /** article id → entity id per index of `ArticleExtraction.entities` (null: the mention was blocked/dropped). */
  assignment: Map<string, (string | null)[]>;
  problems: Problem[];
  /** Curation rules that matched nothing in this input (`file:line: name`): reported, but not input problems. */
  unmatchedCuration: string[];
  /** Ids of the entities whose type is well supported (src/resolve/entities.ts `typeSupported`). */
  typeSure: Set<string>;
}
