/** Names of people, organisations and places in one article: the steps of entity extraction in order (see src/extract/entities.ts). */
import { readDocument } from '../ner/index.ts';
import type { EntityMention, IngestedArticle, Sentence } from '../../types.ts';
import type { Candidate } from './types.ts';
import { isMostlyUpperCase, tokenize } from './tokens.ts';
import { afterSurnameAddress, cutFromLongerName, findCandidates, writtenAsPlace } from './candidates.ts';
import { isTiedAtAnd, markedNames } from './written-joins.ts';
import { addTaggerEvidence } from './tagger-evidence.ts';
import { resolveWithinArticle, whereWritten, writtenInRoundBrackets } from './within-article.ts';

export function extractEntities(article: IngestedArticle, sentences: Sentence[]): EntityMention[] {
  const candidates: Candidate[] = [];
  const byParagraph = new Map<string, Sentence[]>();
  for (const s of sentences) {
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push(s);
    byParagraph.set(s.paragraph, list);
  }
  const ordered = article.paragraphs.flatMap((paragraph) => (byParagraph.get(paragraph.id) ?? []).map((sentence) => ({ paragraph, sentence })));
  // The tagger reads the article as a whole: a word's other uses in it are evidence (ner/tagger.ts).
  const read = readDocument(ordered.map(({ sentence }) => sentence.text));
  const body = article.paragraphs.map((p) => p.text).join('\n');
  const shouted = new Map<string, boolean>(); // per paragraph, read once for all its sentences
  const runs = ordered.map(({ paragraph, sentence }) => {
    if (!shouted.has(paragraph.id)) shouted.set(paragraph.id, isMostlyUpperCase(paragraph.text));
    // A headline or a shouted line in capitals inside a paragraph is read by the tagger alone, as a whole paragraph is.
    const allCaps = shouted.get(paragraph.id)! || isMostlyUpperCase(sentence.text);
    const tokens = tokenize(paragraph.text, sentence);
    return { paragraph, sentence, tokens, found: findCandidates(paragraph.text, sentence, tokens, allCaps, body) };
  });
  // Names the article writes on their own somewhere, not as an owner before 's ("Plaid Cymru said"): see `takeTaggerEdges`.
  const standalone = new Set(runs.flatMap((r) => r.found.filter((c) => !c.tokens.at(-1)!.possessive && !c.partnersOpener).map((c) => c.text)));
  const tiedAtAnd = runs.flatMap((r) => r.found.filter(isTiedAtAnd).map((c) => c.text));
  const marked = markedNames(body);
  const cutHeads = new Set<string>();
  const addressed = new Set<string>();
  const located = new Map<string, number>();
  const inRoundBrackets = new Set<string>();
  runs.forEach(({ paragraph, sentence, tokens, found }, k) => {
    addTaggerEvidence(found, sentence, paragraph.text, tokens, read[k]!, { standalone, tiedAtAnd, marked, body });
    candidates.push(...found);
    for (const c of found) if (cutFromLongerName(paragraph.text, tokens, c)) cutHeads.add(c.text);
    for (const c of found) if (afterSurnameAddress(paragraph.text, tokens, c)) addressed.add(c.text);
    for (const c of found) if (writtenAsPlace(paragraph.text, tokens, c)) located.set(c.text, (located.get(c.text) ?? 0) + 1);
    for (const c of found) if (writtenInRoundBrackets(paragraph.text, c)) inRoundBrackets.add(whereWritten(c));
  });
  return resolveWithinArticle(candidates, { cutHeads, addressed, located, inRoundBrackets });
}
