/** The shapes the event steps pass along (what an article reads as, a mention and its index), and mentions grouped by sentence. */
import type { Register } from '../register.ts';
import type { DateMention, EntityMention, IngestedArticle, Sentence } from '../../types.ts';

/** What extractEvents reads once per article: the lede, whether the headline tells a statement, the article's subject. */
export interface ArticleReading {
  article: IngestedArticle;
  sentences: Sentence[];
  entities: EntityMention[];
  entitiesBySentence: Map<number, { item: EntityMention; index: number }[]>;
  datesBySentence: Map<number, { item: DateMention; index: number }[]>;
  ledeIndex: number;
  /** The first sentence of the body, dated or not: where a contest's result is read (findTrigger's `lede`). */
  firstBody: number;
  headlineStatement: boolean;
  subject: { item: EntityMention; index: number } | undefined;
  /** Which kind of news the article is (src/extract/register.ts): a noun trigger's sense may depend on it (trigger-sense.ts). */
  register: Register;
}

export type IndexedMention = { item: EntityMention; index: number };

export function groupBySentence<T extends { sentence: number }>(items: T[]): Map<number, { item: T; index: number }[]> {
  const map = new Map<number, { item: T; index: number }[]>();
  items.forEach((item, index) => {
    const list = map.get(item.sentence) ?? [];
    list.push({ item, index });
    map.set(item.sentence, list);
  });
  return map;
}
