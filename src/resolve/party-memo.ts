/**
 * Who takes part in each event mention of an article (src/resolve/events/parties.ts `articleParties`: its participants and
 * the pieces of longer names), kept in the cache folder between builds, per article. Deciding it reads each
 * participant's sentence with compromise's tagger (`qualifiesNoun`, src/resolve/participants.ts): 5.5 s of a
 * one-story BBC rebuild's 11.6 s resolve stage, every article read again for one new story (bench/RESULTS.md,
 * session 29). The decision is a function of the article's extraction (its sentences, names and event mentions) and,
 * from the rest of the archive, only of what resolution made of the article's names: each name's entity, that
 * entity's type and whether that type is sure; and of the entities of the state its headline writes as its subject and of the states its demonyms before posts name, which
 * may be another article's (src/resolve/events/headline-place.ts). So it is kept under a hash of the article's extraction key
 * (src/extract/cache.ts) and those, in a pack of the extraction code's and the events code's versions (either edited,
 * the pack is another): a new story that changes none of an article's entities, nor their types, leaves its
 * decision as it was.
 */
import path from 'node:path';
import { hash as digest } from 'node:crypto';
import type { EntityType, ParticipantRole } from '../types.ts';
import { codeVersion } from '../util/code-version.ts';
import { PackMemo, readPack } from '../util/pack-file.ts';

/** An event mention's parties as pairs of entity and role: those shown, and the pieces kept apart. */
export interface MentionParties {
  participants: [string, ParticipantRole][];
  pieces: [string, ParticipantRole][];
}

/** An article's event mentions' parties, in event order (null: a mention that names no one and is no lede: dropped). */
export type ArticleParties = (MentionParties | null)[];

/** What resolution made of an article's names that the parties depend on. */
export interface ArticleNames {
  /** Each name's entity, in mention order (null: none). */
  ids: readonly (string | null)[];
  types: ReadonlyMap<string, EntityType> | undefined;
  typeSure: ReadonlySet<string> | undefined;
  /** The entity of the state the article's headline writes as its subject, if any (src/resolve/events/headline-place.ts). */
  headlineState?: string;
  /** The entities of the states its demonyms before posts name, if any (src/resolve/events/demonym-posts.ts). */
  postStates?: readonly string[];
}

export class PartyMemo extends PackMemo<ArticleParties> {
  /** `keys`: each article's extraction key (its id → the key). */
  constructor(private readonly keys: ReadonlyMap<string, string>, known?: ReadonlyMap<string, ArticleParties>) {
    super(known);
  }

  /** The article's parties: kept, or decided now (and kept). An article with no extraction key is decided every time. */
  parties(article: string, names: ArticleNames, decide: () => ArticleParties): ArticleParties {
    const extraction = this.keys.get(article);
    if (extraction === undefined) return decide();
    const key = partiesKey(extraction, names);
    const parties = this.kept(key) ?? decide();
    this.keep(key, parties);
    return parties;
  }
}

/** The hash of an article's extraction key and, for each of its names, its entity, that entity's type and sureness (and its headline's state's entity). */
function partiesKey(extraction: string, { ids, types, typeSure, headlineState, postStates }: ArticleNames): string {
  const named = ids.map((id) => (id === null ? null : [id, types?.get(id) ?? null, typeSure?.has(id) === true]));
  const states = postStates === undefined ? [] : [postStates];
  return digest('sha256', JSON.stringify(headlineState === undefined && !states.length ? [extraction, named] : [extraction, named, headlineState ?? null, ...states]), 'base64url');
}

/** One pack per version of the code the parties depend on: extraction (what is read) and the events code (the reading). */
const packFile = (cacheDir: string) => path.join(cacheDir, 'resolve', `parties-${codeVersion(['src/extract/index.ts', 'src/resolve/events.ts'])}.bin`);

export async function loadPartyMemo(cacheDir: string, keys: ReadonlyMap<string, string>): Promise<PartyMemo> {
  return new PartyMemo(keys, await readPack<ArticleParties>(packFile(cacheDir)));
}

/** Writes the pack when it has fallen behind, removing the packs of other code versions. */
export async function savePartyMemo(cacheDir: string, memo: PartyMemo): Promise<void> {
  await memo.save(packFile(cacheDir), 'parties-');
}
