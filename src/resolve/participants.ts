/**
 * Which names of an event's sentence a reader is shown as its participants. Every name there already has a page (the
 * resolver assigns no entity to a name below the page threshold or denied by a page rule); what is left out here is
 * a piece the name reader cut from a longer name written in the same sentence. Such a piece is the longer name's
 * fragment ("CLR" of "CLR/Micro-Tax", "Associates" and "Len M. House" of "Len M. House and Associates", "Cie" of
 * "Brown Boveri und Cie"): shown on the event page, it names someone who took no part. It is not lost: the event
 * keeps it (`Event.alsoNamed`, graph.json `alsoNamed`), and its entity keeps its mention.
 */
import type { EntityMention, Sentence } from '../types.ts';
import { FIRM_NAME_ENDS } from '../extract/lexicon.ts';

const FIRM_END = [...FIRM_NAME_ENDS].join('|');
/** What joins a founder's name to a firm's ending, in the languages of the wires ("and", "&", German "und", French "et"). */
const AND = String.raw`(?:and|und|et|&)`;
/** Before a piece: a capitalised word, "and", and the piece (a firm's ending). */
const AFTER_FOUNDER = new RegExp(String.raw`\p{Lu}[\p{L}.'’-]*\s+${AND}\s+$`, 'u');
/** After a piece: "and" and a firm's ending, which the name ran on into. */
const BEFORE_FIRM_END = new RegExp(String.raw`^\s+${AND}\s+(?:${FIRM_END})\b`, 'u');
/** Two names joined by a slash with no space ("CLR/Micro-Tax", "AC and R/DHB"): one written name. */
const SLASH_AFTER = /^\/[\p{L}\d]/u;
const SLASH_BEFORE = /[\p{L}\d.]\/$/u;

/** The mention is a piece of a longer name written around it in its sentence (see the file's comment). */
export function pieceOfLongerName(sentence: Sentence, mention: Pick<EntityMention, 'start' | 'end' | 'text'>): boolean {
  const before = sentence.text.slice(0, Math.max(0, mention.start - sentence.start));
  const after = sentence.text.slice(mention.end - sentence.start);
  if (SLASH_AFTER.test(after) || SLASH_BEFORE.test(before)) return true;
  if (FIRM_NAME_ENDS.has(mention.text) && AFTER_FOUNDER.test(before)) return true;
  return BEFORE_FIRM_END.test(after);
}
