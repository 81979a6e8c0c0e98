/** What makes two articles one text for duplicate detection (src/pipeline.ts `markDuplicates`). */
import { createHash } from 'node:crypto';
import type { IngestedArticle } from '../types.ts';

/** The article's words, lowercased, without punctuation or spacing: equal for copies that differ only in layout. */
export function textFingerprint(a: Pick<IngestedArticle, 'title' | 'paragraphs'>): string {
  const text = [a.title, ...a.paragraphs.filter((p) => p.kind !== 'caption').map((p) => p.text)].join(' ');
  const words = text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return createHash('sha256').update(words).digest('hex');
}
