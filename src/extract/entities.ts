/**
 * Names of people, organisations and places in one article.
 *
 * 1. Candidates: runs of capitalised tokens in each sentence (connectors such as "of"/"for" allowed inside),
 *    cut at punctuation and possessives; titles ("Deputy Finance Minister"), sentence-initial function words,
 *    calendar words and lone titles are stripped.
 * 2. Typing from evidence: the named, weighted rules of evidence.ts (head words, shapes, cue words around the
 *    name, compromise's lexicon tags, a stripped title), then the trained tagger's reading.
 * 3. Within the article: one name, one type (the evidence of all its mentions is pooled), surnames join the full
 *    name ("Biden" → "Joe Biden"), and an acronym in brackets joins its expansion.
 *
 * The steps live in src/extract/entities/, bottom-up (each imports only modules before it):
 * types.ts, tokens.ts, words.ts, listed.ts, readings.ts, connectors.ts, titles.ts, name-edges.ts, openers.ts,
 * clean-run.ts, candidates.ts, tagger-edges.ts, longer-spans.ts, written-joins.ts, tagger-evidence.ts, within-article.ts, extract.ts.
 */
export { TAGGER_WEIGHT } from './entities/readings.ts';
export { type SpanChoicePoint, spanChoiceProbe, type HeadedPoint, headedProbe } from './entities/longer-spans.ts';
export { bestType } from './entities/within-article.ts';
export { extractEntities } from './entities/extract.ts';
