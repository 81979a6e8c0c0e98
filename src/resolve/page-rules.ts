/**
 * Which resolved names get a page: decided over all of a name's mentions in the whole archive, by ordered, named
 * rules, each with its reason. A name a rule denies a page keeps everything else: it stays plain text in its
 * articles and is kept in graph.json (`plainNames`, with the rule's name as `noPage`), so nothing read is lost.
 *
 * The rules read what each mention's sentence shows around the name (`MentionContext`) and how a word is usually
 * written in news: the case table learnt at development time from unlabeled Reuters-21578 and BBC text
 * (src/extract/ner/words.json, `npm run build-word-table`: a word capitalised under 10% of the time away from a
 * sentence start and headlines is "lower"). They are shapes of what is not a name, measured on the dev page
 * judgments (docs/quality-log.md "Entity pages a reader meets"); none names a word of an evaluation file.
 *
 * The steps live in src/resolve/page-rules/, bottom-up: mention-context.ts (what a mention's sentence shows), type-cues.ts
 * (the cue words and TYPE_CUES), name-shapes.ts (what the rules read of a name), rules.ts (PAGE_RULES and pageDenial).
 */
export { type MentionContext, NEAR_WORDS, mentionContextIn, mentionContext, CREDIT_CONTEXT } from './page-rules/mention-context.ts';
export { TYPE_CUES, LIST_KIND_CUE, TYPE_CUE_WEIGHT, type TypeCue, nationalityForm, typeCue, asksRegister, cueType, readAsBody, WORK_CUE_NAMES } from './page-rules/type-cues.ts';
export { type NameView, TAGGER_ODDS_FLOOR, LONE_HEAD_MIN_SHARE } from './page-rules/name-shapes.ts';
export { PAGE_RULES, pageDenial, commonAbbreviation } from './page-rules/rules.ts';
