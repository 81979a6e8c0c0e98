/** The shapes entity extraction passes between its steps: a sentence's tokens, a candidate name and what the whole article writes. */
import type { Evidence } from '../evidence.ts';
import type { ClassOdds } from '../ner/tagger.ts';
import type { SpanReading } from '../../types.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** compromise's tags for the word(s) under this token. */
  tags: ReadonlySet<string>;
  /** The token ends in a possessive ("China's"), already cut off from `text`/`end`. */
  possessive: boolean;
}

export interface Candidate {
  paragraph: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  evidence: Evidence;
  /** The evidence rules' own votes for this mention (before the tagger's reading is added to `evidence`). */
  rules: Evidence;
  /** The part of the organisation's vote in `rules` that its head word gave (evidence.ts `head` rules). */
  heads?: number;
  /** The part of the place vote in `rules` that a building's or natural feature's head gave (evidence.ts `structure`). */
  structure?: number;
  /**
   * Made by `joinHeadedBodies` of a name ending in a body's head and what follows its "of" or "for the": where that
   * part starts. The tagger's spans from there on read the subject (a district, a state), not the body's kind.
   */
  headedFrom?: number;
  /** A one-word candidate that opens its sentence (where any word is capitalised) and modifies the noun after it. */
  initial?: boolean;
  /** The trained tagger's reading of the name's words: how likely each kind of name (or none), averaged. */
  odds?: ClassOdds;
  /** The tagger's reading of the name's capitalised words and of the words at its edges (EntityMention `span`). */
  span?: SpanReading;
  /**
   * Its words are tied by a partnership ("Lorvan and Vell Corp"), a trade's "and" ("Norland Telephone and Telegraph
   * Co") or a particle ("J.P. van der Orvel"): the tagger, which reads such names in two, does not split it.
   */
  bound?: true;
  /** A dateline's city: the tagger, which reads "RIVER" or "ST." as no name, does not move its edges. */
  dateline?: true;
  /** The U.S. state it abbreviates after a city ("Malvern, Pa."): the name the article means (see `usStateAfterCity`). */
  state?: string;
  /** The name the article writes whole elsewhere that this one is short for ("Bell and Howell Co"): see `joinWrittenWhole`. */
  whole?: string;
  /** The name without its first word, when that word opens the sentence and news writes it in lower case (see `cleanRun`). */
  withoutOpener?: Candidate;
  /** A sentence's first word kept only for `joinPartners` to join with its partner (see `partnersOpener`). */
  partnersOpener?: true;
  /** A person's name written straight after their firm's (see `personAfterFirm`): a span over both types the firm. */
  officer?: true;
  /** The archive marks it as one whole name, a company's (see `joinMarkedWhole`). */
  marked?: true;
  /** A title was stripped from before it ("Chairman John Verlan"): a person's name there (see `joinLeadingWords`). */
  titled?: true;
  /** Kept whole against the tagger's reading of a place or initials, then a person (tagger-evidence.ts `PERSON_MISREAD`): its person span is the misreading. */
  personMisread?: true;
}

/** What the whole article writes, read by the rules that weigh one sentence's names against the rest. */
export interface ArticleWriting {
  /** Names written on their own somewhere, not as an owner before 's: see `takeTaggerEdges`. */
  standalone: ReadonlySet<string>;
  /** Names with "and" inside tied by a legal form or a partnership: see `joinWrittenWhole`. */
  tiedAtAnd: readonly string[];
  /** Names the article marks whole in angle brackets: see `joinMarkedWhole`. */
  marked: readonly string[];
  /** Its paragraphs' text, one a line. */
  body: string;
}
