/** The article's lede: the first paragraph that tells something, a line set apart skipped. */
import type { IngestedArticle, Sentence } from '../../types.ts';

/** The first sentence of the article's lede paragraph (ledeParagraph): its lede. */
export function ledeOf(article: IngestedArticle, sentences: Sentence[]): Sentence | undefined {
  const first = ledeParagraph(article);
  return sentences.find((s) => s.paragraph === first?.id);
}

/**
 * The article's first body paragraph that tells something: not a line set apart before it that only names a place and
 * a day ("PELLA 1996-08-23") or a writer ("Ann Vell") — a few words, none in lower case, no sentence's end. Such a line
 * names no party of the news; read as the lede, its city or writer was the news's only party. (None such: the first
 * body paragraph, whatever it holds.)
 */
export function ledeParagraph(article: IngestedArticle): IngestedArticle['paragraphs'][number] | undefined {
  const body = article.paragraphs.filter((p) => p.kind === 'body');
  return body.find((p) => !setApart(p.text)) ?? body[0];
}

/** Up to five words, none opening in lower case, and no sentence's end ("PELLA 1996-08-23", "Ann O'Vell"). */
function setApart(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= SET_APART_WORDS && !words.some((w) => /^\p{Ll}/u.test(w)) && !/[.!?;:]["”']?$/.test(text.trim());
}

const SET_APART_WORDS = 5;
