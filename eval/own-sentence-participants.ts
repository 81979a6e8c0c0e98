/**
 * Each participant of each event mention that its own sentence names, with that sentence, its names and the short
 * hash of the event's quote that gold files key a sentence by: what the role trainers read a label against
 * (eval/train-place-roles.ts, eval/train-participant-roles.ts).
 */
import { createHash } from 'node:crypto';
import type { ArticleExtraction, EntityMention, EventMention, Sentence } from '../src/types.ts';

export interface OwnSentenceParticipant {
  x: ArticleExtraction;
  ev: ArticleExtraction['events'][number];
  participant: EventMention['participants'][number];
  sentence: Sentence;
  mention: EntityMention;
  inSentence: EntityMention[];
  /** The first 12 hex digits of the SHA-256 of the event's quote. */
  quoteHash: string;
}

export function* ownSentenceParticipants(xs: readonly ArticleExtraction[]): Generator<OwnSentenceParticipant> {
  for (const x of xs) {
    for (const ev of x.events) {
      const sentence = x.sentences.find((s) => s.index === ev.sentence);
      if (!sentence) continue;
      const inSentence = x.entities.filter((e) => e.sentence === ev.sentence);
      const quoteHash = createHash('sha256').update(ev.quote).digest('hex').slice(0, 12);
      for (const participant of ev.participants) {
        const mention = x.entities[participant.mention]!;
        if (mention.sentence === ev.sentence) yield { x, ev, participant, sentence, mention, inSentence, quoteHash };
      }
    }
  }
}
