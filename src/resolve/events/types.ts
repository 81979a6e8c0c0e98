/** The shapes every step passes along (a resolved mention, a cluster, the input), and the helpers all of them use. */
import type { ArticleExtraction, ArticleRecord, EntityType, Event, EventMention, ParticipantRole } from '../../types.ts';
import { eventKind } from '../../event-types.ts';
import type { ClauseMemo } from '../clause-memo.ts';
import type { PartyMemo } from '../party-memo.ts';
import type { HeadlineMemo } from '../headline-memo.ts';
import type { EventMemo } from '../event-memo.ts';

export interface ResolvedMention {
  article: string;
  paragraph: string;
  sentence: number;
  type: string;
  trigger: string;
  date: string | null;
  precision: Event['precision'];
  participants: { entity: string; role: ParticipantRole }[];
  /** Names of the sentence that are pieces of a longer name (src/resolve/participants.ts): kept, not shown. */
  pieces?: { entity: string; role: ParticipantRole }[];
  quote: string;
  lede?: true;
  headline?: EventMention['headline'];
  mood?: EventMention['mood'];
  unnamedParty?: true;
}

export interface Cluster {
  mentions: ResolvedMention[];
  key: Set<string>;
  targets: Set<string>;
  date: string | null;
}

export interface ResolveInput {
  articles: ArticleRecord[];
  extractions: ArticleExtraction[];
  assignment: Map<string, (string | null)[]>;
  entityNames?: Map<string, string>;
  /** Each entity's resolved type: a name read as a place in one sentence may be a company's (`partOf`). */
  entityTypes?: Map<string, EntityType>;
  /** The entities whose resolved type is well supported (`EntityResolution.typeSure`): only theirs overrules a sentence's reading. */
  typeSure?: Set<string>;
  /** Answers of readableClause kept from earlier builds (src/resolve/clause-memo.ts). */
  clauses?: ClauseMemo;
  /** Each article's event mentions' parties kept from earlier builds (src/resolve/party-memo.ts). */
  parties?: PartyMemo;
  /** Each cluster's event page kept from earlier builds (src/resolve/event-memo.ts). */
  events?: EventMemo;
  /** Each headline's country kept from earlier builds (src/resolve/headline-memo.ts). */
  headlines?: HeadlineMemo;
}

/**
 * A statement ("X said …") is a quote on its speaker's page, not an event, unless it is its article's news (the
 * lede): what someone said is not a happening on a timeline.
 */
export const isQuote = (m: { type: string; lede?: true }) => eventKind(m.type).reportedSpeech === true && !m.lede;

export function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
