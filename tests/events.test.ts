import path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEvents, findTrigger, hearsOf, ledeParagraph, markTheNews } from '../src/extract/events.ts';
import { namedTwice, ofPlaceAgain } from '../src/resolve/participants.ts';
import { NAME_PIECES, ORG_HEADS, TITLE_HEADS } from '../src/extract/lexicon.ts';
import { clauseTitle, headlineTitle, readableClause, resolveEvents, resolveHappenings, resolveQuotes } from '../src/resolve/events.ts';
import { EVENT_KINDS, eventKind } from '../src/event-types.ts';
import { assertionOf } from '../src/extract/assertion.ts';
import { reportTail, triggerClause } from '../src/extract/clause.ts';
import { speakersOfTheReport } from '../src/extract/events/speakers.ts';
import { toldAsHabit } from '../src/extract/tense.ts';
import { verbGroup } from '../src/extract/state.ts';
import { unnamedSubject, unnamedSubjectOf } from '../src/extract/unnamed-party.ts';
import { codeFiles } from '../src/util/code-version.ts';
import { extractArticle } from '../src/extract/index.ts';
import type { ArticleExtraction, ArticleRecord, DateMention, EntityMention, EntityType, IngestedArticle, Sentence } from '../src/types.ts';

/** One-sentence-per-paragraph article, with entity and date spans given by their text. */
function article(id: string, date: string | null, lines: string[]) {
  const a = { id, file: `${id}.txt`, format: 'plain', title: id, date, dateSource: date ? 'header' : null, section: null, source: null, hash: id,
    paragraphs: lines.map((text, i) => ({ id: `p${i + 1}`, kind: 'body' as const, text, line: i + 1 })) } as IngestedArticle;
  const sentences: Sentence[] = lines.map((text, i) => ({ paragraph: `p${i + 1}`, index: i, start: 0, end: text.length, text }));
  return { a, sentences };
}
function ent(sentences: Sentence[], i: number, text: string, type: EntityType): EntityMention {
  const start = sentences[i]!.text.indexOf(text);
  return { paragraph: sentences[i]!.paragraph, sentence: i, start, end: start + text.length, text, type, canonical: text };
}
function date(sentences: Sentence[], i: number, text: string, value: string, precision: DateMention['precision']): DateMention {
  const start = sentences[i]!.text.indexOf(text);
  return { paragraph: sentences[i]!.paragraph, sentence: i, start, end: start + text.length, text, value, precision };
}

describe('event triggers', () => {
  it('types happenings from the taxonomy, most specific first', () => {
    expect(findTrigger('The army overthrew the elected government.')?.type).toBe('coup');
    expect(findTrigger('Washington added the firm to its investment blacklist.')?.type).toBe('sanction');
    expect(findTrigger('Police killed 12 protesters.')?.type).toBe('attack');
    expect(findTrigger('The company said in a statement it was disappointed.')?.type).toBe('statement');
    expect(findTrigger('Acme agreed to buy Widgets Inc.')?.type).toBe('deal');
    expect(findTrigger('The weather was mild and pleasant.')).toBeNull();
  });
  it('prefers a trigger outside a clause of time or of a source', () => {
    expect(findTrigger('Ann Lee believes the Qube will sell as well as the Mira did when it was released.')).toMatchObject({ type: 'statement', text: 'believes' });
    expect(findTrigger('Zorbix topped the chart, according to figures released by Quanta.')).toMatchObject({ type: 'launch', text: 'released' });
    expect(findTrigger('After the attack on its offices, Zorbix sued Quanta.')).toMatchObject({ type: 'legal', text: 'sued' });
    expect(findTrigger('Zorbix Ltd, a firm with a stake in Quanta, said it held talks with Miro.')).toMatchObject({ type: 'meeting', text: 'held talks' });
  });
  it('reads a verb form that describes a noun as no trigger, and looks on', () => {
    expect(findTrigger('The tablet has a claimed battery life of nine hours.')).toBeNull();
    expect(findTrigger('Orders for the recently announced tablet opened.')).toBeNull();
    expect(findTrigger('Engineers looked into reports of overheating.')).toBeNull();
    expect(findTrigger('The newly released tablet sold out, Zorbix said.')).toMatchObject({ type: 'statement', text: 'said' });
    expect(findTrigger('Zorbix reports that the tablet sold out.')).toMatchObject({ type: 'statement', text: 'reports' });
    expect(findTrigger('The attacks on the convoy continued.')).toMatchObject({ type: 'attack', text: 'attacks' });
  });
  it('reads a trigger verb in a sense outside its kind as no trigger of it (WordNet senses), and looks on', () => {
    // A particle makes another verb, or tells a direction: no legal charge, no ruling.
    expect(findTrigger('The kick by Zorbo Vance was charged down by Miro Tael near the line.')).toBeNull();
    expect(findTrigger('Miro Tael charged down the left wing and scored.')).toBeNull();
    expect(findTrigger('Zorbo Vance was ruled out for a month, his coach said.')).toMatchObject({ type: 'statement', text: 'said' });
    // A launch releases something; a person released is freed.
    expect(findTrigger('Quanta released him from his contract in May.')).toBeNull();
    expect(findTrigger('After a long stay he was released from the club.')).toBeNull();
    // The kind's own senses stay.
    expect(findTrigger('Zorbo Vance was charged with fraud by Zorbian police.')).toMatchObject({ type: 'legal', text: 'charged' });
    expect(findTrigger('Police arrested him in Pella.')).toMatchObject({ type: 'legal', text: 'arrested' });
    expect(findTrigger('The court ruled that Quanta must pay.')).toMatchObject({ type: 'legal', text: 'ruled' });
    expect(findTrigger('Quanta released a new tablet in May.')).toMatchObject({ type: 'launch', text: 'released' });
    // What the verb is told of: a sacking dismisses somebody, a launch releases something (WordNet's frames and nouns).
    expect(findTrigger('The minister dismissed the latest claims of Zorbix, an aide said.')).toMatchObject({ type: 'statement', text: 'dismissed' });
    expect(findTrigger('A number of bets on Zorbo Vance were dismissed as a stunt.')).toMatchObject({ type: 'statement', text: 'dismissed' });
    expect(findTrigger('Zorbo Vance dismissed the reports about Quanta.')).toMatchObject({ type: 'statement', text: 'dismissed' });
    expect(findTrigger('Miro Tael, the trade minister, dismissed the latest claims of Quanta Inc about the deal.')).toMatchObject({ type: 'statement', text: 'dismissed' });
    expect(findTrigger('The majority of the Pella players have been released for the cup.')).toBeNull();
    expect(findTrigger('Zorbix dismissed its chief executive on Monday.')).toMatchObject({ type: 'resignation', text: 'dismissed' });
    expect(findTrigger('Police arrested three suspects in Pella.')).toMatchObject({ type: 'legal', text: 'arrested' });
    expect(findTrigger('The rate cut arrested the decline of the Zorbian crown.')).toBeNull();
    expect(findTrigger('The irregularities in which the men were charged hurt Zorbix.')).toMatchObject({ type: 'legal', text: 'charged' });
    // A "that" clause is what a ruling or a charge takes (WordNet's "Somebody ----s that CLAUSE").
    expect(findTrigger('The court ruled that Quanta Ltd had infringed its patent.')).toMatchObject({ type: 'legal', text: 'ruled' });
  });
  it('reads a trigger verb told with no object in a sense whose frames take none (WordNet frames)', () => {
    // A legal charge takes somebody; "charged to the net" is motion, a sense of "charge" with no object.
    expect(findTrigger('Miro Tael charged to the net and won the point.')).toBeNull();
    expect(findTrigger('Zorbo Vance charged at the keeper before the whistle.')).toBeNull();
    // A participle told of the phrase before it is the kind's, in the passive; so is a phrase its frames name.
    expect(findTrigger('Two men charged in the Pella robbery were freed on bail.')).toMatchObject({ type: 'legal', text: 'charged' });
    expect(findTrigger('Police named the two men charged in the Pella robbery.')).toMatchObject({ type: 'legal', text: 'charged' });
    expect(findTrigger('Zorbo Vance, charged with fraud, stayed in Pella.')).toMatchObject({ type: 'legal', text: 'charged' });
    // A verb none of whose senses takes no object, or whose kind's sense takes none, keeps its kind.
    expect(findTrigger('Three men arrested in Pella on Monday.')).toMatchObject({ type: 'legal', text: 'arrested' });
    expect(findTrigger('The court ruled on the Quanta appeal on Monday.')).toMatchObject({ type: 'legal', text: 'ruled' });
    // The object after a phrase with a preposition is the verb's: "released in Zorbia a tablet".
    expect(findTrigger('Quanta released in Zorbia a new tablet on Monday.')).toMatchObject({ type: 'launch', text: 'released' });
  });
  it('reads a trigger noun in another sense where WordNet tells one (two-word lemmas, the register\'s senses)', () => {
    const sport = { business: 0.02, entertainment: 0.02, politics: 0.02, sport: 0.92, tech: 0.02 };
    // A two-word noun or verb of WordNet's that is not of the kind.
    expect(findTrigger('Zorbo Vance suffered a heart attack in Pella.')).toBeNull();
    expect(findTrigger('Quanta began a clinical trial of the drug in Pella.')).toBeNull();
    expect(findTrigger('Zorbix followed suit in Pella.')).toBeNull();
    expect(findTrigger('Rebels staged a mortar attack on Pella.')).toMatchObject({ type: 'attack', text: 'attack' });
    // A noun in a sense of the article's register outside the kind: a game's attack, a rally of strokes.
    expect(findTrigger('The Pella attack faltered after the break.', sport)).toBeNull();
    // (A sense SemCor never tags is not read from the register: "faces a criminal trial" in a sport story is legal.)
    expect(findTrigger('Miro Tael faces a criminal trial in Pella.', sport)).toMatchObject({ type: 'legal', text: 'trial' });
    expect(findTrigger('The Pella attack faltered after the break.')).toMatchObject({ type: 'attack', text: 'attack' });
    expect(findTrigger('Miro Tael joined the rally in Pella.')).toMatchObject({ type: 'protest', text: 'rally' });
    // (Session 27, mendC.) A preposition of the kind's sense after the noun keeps it in any register; a word before
    // makes another noun only as a whole word, not the end of a hyphened one; a lemma that is a trigger's own sense
    // ("mass meeting" is a rally) makes no other.
    expect(findTrigger('Gunmen launched an attack on the Vell United team bus.', sport)).toMatchObject({ type: 'attack', text: 'attack' });
    expect(findTrigger('Zorbix faces a decade-long suit brought by Miro Ltd.')).toMatchObject({ type: 'legal', text: 'suit' });
    expect(findTrigger('Workers at Zorbix held a mass meeting in Pella.')).toMatchObject({ type: 'meeting', text: 'meeting' });
  });
  it('reads a contest\'s result only in a sport article\'s lede (session 29, evt54)', () => {
    const sport = { business: 0.02, entertainment: 0.02, politics: 0.02, sport: 0.92, tech: 0.02 };
    const business = { business: 0.92, entertainment: 0.02, politics: 0.02, sport: 0.02, tech: 0.02 };
    expect(findTrigger('Vell United beat Corby Town 2-1 at Brindle Park.', sport, true)).toMatchObject({ type: 'contest', text: 'beat' });
    expect(findTrigger('Corby Town were held to a 1-1 draw by Vell United.', sport, true)).toMatchObject({ type: 'contest', text: 'held to a 1-1 draw' });
    expect(findTrigger('Miro Tael lost to Zorbo Vance in the Pella Open final.', sport, true)).toMatchObject({ type: 'contest', text: 'lost to' });
    // First in a sport lede: the other kinds' words there are moves of play ("shot", "crashed").
    expect(findTrigger('Miro Tael shot a 68 to beat Zorbo Vance by two strokes at the Pella Open.', sport, true)).toMatchObject({ type: 'contest', text: 'beat' });
    // Not in a body sentence (a result told further down is background or a moment of the match), not in business news.
    expect(findTrigger('Vell United beat Corby Town 2-1 at Brindle Park.', sport)).toBeNull();
    expect(findTrigger('Zorbix beat forecasts and won approval from Pella regulators.', business, true)).toBeNull();
    expect(findTrigger('This won\'t be remembered as Vell United\'s finest hour.', sport, true)).toBeNull();
  });
  it('reads "won" told of a thing gained, and a passive with no winner named, as no result (session 29, mendJ)', () => {
    const sport = { business: 0.02, entertainment: 0.02, politics: 0.02, sport: 0.92, tech: 0.02 };
    const found = (text: string) => findTrigger(text, sport, true)?.type;
    // A thing gained (WordNet's contest-nouns.json reads none of these as a contest, a title or a token of victory).
    expect(found('Vell Rovers won approval from Pella Council to build a new stadium.')).not.toBe('contest');
    expect(found('Corby defender Miro Tael wins his 50th cap against Zorbia on Saturday.')).not.toBe('contest');
    expect(found('Vell Rovers won a reprieve from the league over their unpaid debts.')).not.toBe('contest');
    // A passive result with no "by" and a name: another sense.
    expect(found('Vell Rovers\' hopes were crushed when striker Ann Quill was injured.')).not.toBe('contest');
    // Results stay: a contest, a title, a token of victory, an opponent, a score, a winner named.
    expect(found('Vell Rovers won the final against Corby Town on penalties.')).toBe('contest');
    expect(found('Miro Tael won the title for a third year running in Pella.')).toBe('contest');
    expect(found('Ann Quill won gold in the 400m at the Pella Games.')).toBe('contest');
    expect(found('Vell Rovers won 2-1 at Brindle Park.')).toBe('contest');
    expect(found('Ann Quill and Mira Tael won their opening matches at the Pella Open.')).toBe('contest');
    expect(found('Corby Town were crushed 4-0 by Vell Rovers at Brindle Park.')).toBe('contest');
  });
  it('reads "won" told of a division of play, a contest\'s finish or a fight as a result (session 30, evt59)', () => {
    const sport = { business: 0.02, entertainment: 0.02, politics: 0.02, sport: 0.92, tech: 0.02 };
    const found = (text: string) => findTrigger(text, sport, true)?.type;
    // WordNet files these under "playing period" (and its parts), "finish" and "conflict", not under "contest".
    const results = ['Vell Rovers won the tie 3-1 on aggregate against Corby Town.', 'Miro Tael won the fight on points at the Pella Arena.',
      'Ann Quill won the first set before Mira Tael fought back.', 'Zorbo Vance won the frame to level the match at 4-4.',
      'Miro Tael won the battle of the unbeaten sides at Brindle Park.'];
    expect(results.map(found)).toEqual(results.map(() => 'contest'));
    // A moment of play won in a match (an act, not a period of it) stays no result.
    const moments = ['Vell Rovers won a corner in the first half at Brindle Park.', 'Ann Quill won a penalty after a foul by Mira Tael.'];
    expect(moments.map(found).filter((t) => t === 'contest')).toEqual([]);
  });
  it('reads a sport lede\'s signing and a player ruled out or withdrawn as their own kinds (session 30, evt59)', () => {
    const sport = { business: 0.02, entertainment: 0.02, politics: 0.02, sport: 0.92, tech: 0.02 };
    const business = { business: 0.92, entertainment: 0.02, politics: 0.02, sport: 0.02, tech: 0.02 };
    const found = (text: string, register = sport, lede = true) => findTrigger(text, register, lede)?.type;
    expect(found('Vell Rovers have signed Corby midfielder Miro Tael on a two-year deal.')).toBe('signing');
    expect(found('Pella City boss Ann Quill has signed a new contract until the end of next season.')).toBe('signing');
    expect(found('Miro Tael has agreed a move to Corby Town from Vell Rovers.')).toBe('signing');
    expect(found('Striker Zorbo Vance joined Corby Town on loan on Tuesday.')).toBe('signing');
    expect(found('Vell Rovers defender Mira Tael has been ruled out for six weeks with a knee injury.')).toBe('absence');
    expect(found('A back injury has forced Ann Quill out of the Pella Open.')).toBe('absence');
    expect(found('Zorbo Vance withdrew from the Corby Classic with a wrist injury.')).toBe('absence');
    // Joining no club, what is to come, a decision, and the same words outside a sport lede: none of these kinds.
    expect(found('Vell Rovers have joined the race to sign Corby striker Miro Tael.')).not.toBe('signing');
    expect(found('Vell Rovers are set to sign Corby striker Miro Tael.')).not.toBe('signing');
    expect(found('Ann Quill has ruled out a return to the Pella Open this year.')).not.toBe('absence');
    expect(found('Vell Rovers have signed Corby midfielder Miro Tael on a two-year deal.', sport, false)).not.toBe('signing');
    expect(found('Zorbix Corp signed an agreement with Quanta Inc on Tuesday.', business)).not.toBe('signing');
    expect(found('Zorbix Corp withdrew from the talks with Quanta Inc.', business)).not.toBe('absence');
    // What the lede's subject denies did not occur: the denial is the news.
    expect(found('Ann Quill denied on Monday that she had withdrawn from the Pella Open over a sore elbow.')).toBe('statement');
    // A second participle of the trigger's perfect ("has forced … and left …") opens a clause of its own: its names
    // are no parties of the first.
    const two = 'A knee injury has forced Miro Tael out of the Pella Cup tie and left Zorbo Vance in line to play.';
    const clause = triggerClause(two, two.indexOf('forced'), two.indexOf('forced') + 6);
    expect(two.slice(clause.start, clause.end)).toBe('A knee injury has forced Miro Tael out of the Pella Cup tie');
    // Told of a pronoun, the second verb acts on the first one's object: one happening, one clause.
    const one = 'Sources said Ann Lee had appointed Tom Quill and sent him to Pella last week to replace Dan Vell.';
    const whole = triggerClause(one, one.indexOf('appointed'), one.indexOf('appointed') + 9);
    expect(one.slice(whole.start, whole.end)).toContain('to replace Dan Vell');
  });
  it('makes a sport lede\'s result the article\'s event, with both sides, and a moment of play no page (session 29, evt54)', () => {
    const a = {
      id: 'sport-x', file: 'sport-x.txt', format: 'plain', title: 'Vell United beat Corby Town', date: null, dateSource: null, section: null, source: null, hash: 'x',
      paragraphs: [
        'Vell United beat Corby Town 2-1 at Brindle Park on Saturday to go top of the league.',
        'Late on, Miro Tael of Corby crashed into the near post and had to be helped off by Zorbo Vance.',
        'Vell manager Ann Quill said the header by Zorbo Vance in the 80th minute had won his team the match.',
        'Vell United appointed Tom Quill to the post of assistant coach.',
      ].map((text, i) => ({ id: `p${i + 1}`, kind: 'body' as const, text, line: i + 3 })),
    } as IngestedArticle;
    const x = extractArticle(a);
    const lede = x.events.find((e) => e.sentence === 0);
    expect(lede).toMatchObject({ type: 'contest', trigger: 'beat' });
    expect(lede?.mood).toBeUndefined();
    expect(lede?.participants.map((p) => x.entities[p.mention]!.text)).toEqual(expect.arrayContaining(['Vell United', 'Corby Town']));
    const moment = x.events.find((e) => e.sentence === 1);
    expect(moment?.mood).toBe('not-news');
    // A saying about a moment of play stays its speaker's quote.
    expect(x.events.find((e) => e.sentence === 2)).toMatchObject({ type: 'statement' });
    expect(x.events.find((e) => e.sentence === 2)?.mood).toBeUndefined();
    // "The post" in another sense than a match's is no moment of play (session 29, mendJ: only after a strike).
    expect(x.events.find((e) => e.sentence === 3)).toMatchObject({ type: 'appointment' });
    expect(x.events.find((e) => e.sentence === 3)?.mood).toBeUndefined();
  });
  it('reads a participle after a preposition or a reporting verb, or before a finite verb, as describing a noun', () => {
    expect(findTrigger('The plan gives more power to elected councillors in Zorbia.')).toBeNull();
    expect(findTrigger('Mr Lane said elected commissioners would be more visible.')).toMatchObject({ type: 'statement', text: 'said' });
    expect(findTrigger('The other films nominated are Quanta and Miro.')).toBeNull();
    // The verb reading stays where a subject is before it, or after "and".
    expect(findTrigger('Acme sold its unit and acquired shares in Zorbix.')).toMatchObject({ type: 'deal', text: 'acquired' });
    expect(findTrigger('A gunman killed people in Zorbia.')).toMatchObject({ type: 'attack', text: 'killed' });
    expect(findTrigger('Quanta said it acquired Zorbix.')).toMatchObject({ type: 'deal', text: 'acquired' });
  });
  it('reads the second half of a hyphenated word as describing a noun ("recently-acquired Zorbix")', () => {
    expect(findTrigger('The figures leave out recently-acquired Zorbix Ltd.')).toBeNull();
    expect(findTrigger('The state-appointed head of Quanta is to stay.')).toBeNull();
    expect(findTrigger('Quanta recently acquired Zorbix Ltd.')).toMatchObject({ type: 'deal', text: 'acquired' });
  });
});

describe('extractEvents', () => {
  const { a, sentences } = article('a', '2022-03-08', [
    'The European Union sanctioned Rosneft on Friday.',
    'Rosneft said in a statement on Saturday that the move was illegal.',
    'Prices rose sharply.',
    'Officials warned of more trouble.',
  ]);
  const entities = [ent(sentences, 0, 'European Union', 'organization'), ent(sentences, 0, 'Rosneft', 'organization'), ent(sentences, 1, 'Rosneft', 'organization')];
  const dates = [date(sentences, 0, 'Friday', '2022-03-04', 'day'), date(sentences, 1, 'Saturday', '2022-03-05', 'day')];
  const events = extractEvents(a, sentences, entities, dates);

  it('gives roles by position around the trigger and the sentence date', () => {
    expect(events[0]).toMatchObject({ type: 'sanction', trigger: 'sanctioned', date: '2022-03-04', precision: 'day',
      participants: [{ mention: 0, role: 'actor' }, { mention: 1, role: 'target' }] });
  });
  it('reads reported speech as a statement by its speaker', () => {
    expect(events[1]).toMatchObject({ type: 'statement', date: '2022-03-05', participants: [{ mention: 2, role: 'actor' }] });
  });
  it('dates a trigger from its own clause when ", and" joins two clauses', () => {
    const { a, sentences } = article('c', '2020-05-05', ['Zorbix was founded by Ann Lee in 1990, and launched the Qube tablet in 2001.']);
    const [ev] = extractEvents(a, sentences, [ent(sentences, 0, 'Zorbix', 'organization'), ent(sentences, 0, 'Qube', 'other')],
      [date(sentences, 0, '1990', '1990', 'year'), date(sentences, 0, '2001', '2001', 'year')]);
    expect(ev).toMatchObject({ type: 'launch', date: '2001' });
  });
  it('leaves to its own verb a date in a relative clause after the trigger, and reads "its profits" as a noun', () => {
    const { a, sentences } = article('r', '2020-05-05', ['Zorbix has doubled its profits in the quarter, which ended March 31.']);
    const [ev] = extractEvents(a, sentences, [ent(sentences, 0, 'Zorbix', 'organization')], [date(sentences, 0, 'March 31', '2020-03-31', 'day')]);
    expect(ev).toMatchObject({ type: 'financial', date: null });
  });
  it('dates an undated statement on the article day only when told, or reported, in the present', () => {
    const { a, sentences } = article('s', '2020-05-05', [
      'Zorbix said the tablet would ship in the autumn.',
      'Zorbix says the tablet will ship in the autumn.',
      'Quanta said its tablet leads the market.',
      '"We are proud of the Qube," said Ann Lee.',
    ]);
    const names = [ent(sentences, 0, 'Zorbix', 'organization'), ent(sentences, 1, 'Zorbix', 'organization'), ent(sentences, 2, 'Quanta', 'organization'), ent(sentences, 3, 'Qube', 'other'), ent(sentences, 3, 'Ann Lee', 'person')];
    expect(extractEvents(a, sentences, names, []).map((e) => e.date)).toEqual([null, '2020-05-05', '2020-05-05', '2020-05-05']);
  });
  it('leaves out names of another clause, the source of a report, and names that describe another', () => {
    const { a, sentences } = article('p', '2020-05-05', [
      'Ann Lee founded Zorbix in 1990, and in 1995 the Qube was launched.',
      'Zorbix was founded by Ann Lee in 1990, and launched the Qube in 2001.',
      'Zorbix, Quanta, and Miro launched the Qube.',
      'The Qube was launched in May, according to Quanta.',
      'Tablet maker Quanta CEO Ann Lee resigned on Monday.',
      'Ann Lee, the chief executive of Quanta, said on Monday that the Qube sells well.',
    ]);
    const names: [number, string, EntityType][] = [[0, 'Ann Lee', 'person'], [0, 'Zorbix', 'organization'], [0, 'Qube', 'other'],
      [1, 'Zorbix', 'organization'], [1, 'Ann Lee', 'person'], [1, 'Qube', 'other'],
      [2, 'Zorbix', 'organization'], [2, 'Quanta', 'organization'], [2, 'Miro', 'organization'], [2, 'Qube', 'other'],
      [3, 'Qube', 'other'], [3, 'Quanta', 'organization'], [4, 'Quanta', 'organization'], [4, 'Ann Lee', 'person'],
      [5, 'Ann Lee', 'person'], [5, 'Quanta', 'organization'], [5, 'Qube', 'other']];
    const entities = names.map(([i, t, ty]) => ent(sentences, i, t, ty));
    const events = extractEvents(a, sentences, entities, []);
    const who = (i: number) => events.find((e) => e.sentence === i)!.participants.map((p) => `${entities[p.mention]!.text}:${p.role}`);
    expect(who(0)).toEqual(['Qube:target']);
    expect(who(1)).toEqual(['Zorbix:actor', 'Qube:target']);
    expect(who(2)).toEqual(['Zorbix:actor', 'Quanta:actor', 'Miro:actor', 'Qube:target']);
    expect(who(3)).toEqual(['Qube:target']);
    expect(who(4)).toEqual(['Ann Lee:actor']);
    expect(who(5)).toEqual(['Ann Lee:actor', 'Qube:other']);
  });
  it('reads an owner, a place\'s possessive or an apposition as describing a name, and a source anywhere after "according to"', () => {
    const { a, sentences } = article('o', '2020-05-05', [
      "The Lees' Zorbix Ltd sued Quanta on Monday.",
      "Zorbix's Qube was banned on Monday.",
      'Ann Lee, formerly a Quanta engineer, was appointed chief of Zorbix on Monday.',
      'The Qube was launched on Monday, according to figures released by Quanta.',
      "Quanta bought Norland's Mirvale on Monday.",
    ]);
    const names: [number, string, EntityType][] = [[0, 'Lees', 'organization'], [0, 'Zorbix Ltd', 'organization'], [0, 'Quanta', 'organization'],
      [1, 'Zorbix', 'organization'], [1, 'Qube', 'other'], [2, 'Ann Lee', 'person'], [2, 'Quanta', 'organization'], [2, 'Zorbix', 'organization'],
      [3, 'Qube', 'other'], [3, 'Quanta', 'organization'], [4, 'Quanta', 'organization'], [4, 'Norland', 'place'], [4, 'Mirvale', 'place']];
    const entities = names.map(([i, t, ty]) => ent(sentences, i, t, ty));
    const events = extractEvents(a, sentences, entities, [0, 1, 2, 3, 4].map((i) => date(sentences, i, 'Monday', '2020-05-04', 'day')));
    const who = (i: number) => events.find((e) => e.sentence === i)?.participants.map((p) => entities[p.mention]!.text);
    expect(who(0)).toEqual(['Zorbix Ltd', 'Quanta']);
    expect(who(1)).toEqual(['Zorbix', 'Qube']);
    expect(who(2)).toEqual(['Ann Lee', 'Zorbix']);
    expect(who(3)).toEqual(['Qube']);
    // A place's possessive says where the name after it is from, even one the name reader types a place.
    expect(who(4)).toEqual(['Quanta', 'Mirvale']);
  });
  it('leaves out a "formerly" apposition and the setting a sentence opens with', () => {
    const { a, sentences } = article('f', '2020-05-05', [
      'Ann Lee, formerly a Quanta executive overseeing engineering for the company\'s Qube, is stepping down.',
      'Quanta, now the maker of the Qube, sued Zorbix on Tuesday.',
      'Zorbix bought three firms, including Miro, on Tuesday.',
      'At the Quanta Expo keynote at the Miro Center in Oslo, Ann Lee unveiled the Qube.',
      'At a meeting with Zorbix, Quanta agreed to buy Miro on Tuesday.',
    ]);
    const names: [number, string, EntityType][] = [[0, 'Ann Lee', 'person'], [0, 'Quanta', 'organization'], [0, 'Qube', 'other'],
      [1, 'Quanta', 'organization'], [1, 'Qube', 'other'], [1, 'Zorbix', 'organization'], [2, 'Zorbix', 'organization'], [2, 'Miro', 'organization'],
      [3, 'Quanta Expo', 'other'], [3, 'Miro Center', 'organization'], [3, 'Oslo', 'place'], [3, 'Ann Lee', 'person'], [3, 'Qube', 'other'],
      [4, 'Zorbix', 'organization'], [4, 'Quanta', 'organization'], [4, 'Miro', 'organization']];
    const entities = names.map(([i, t, ty]) => ent(sentences, i, t, ty));
    const events = extractEvents(a, sentences, entities, [1, 2, 4].map((i) => date(sentences, i, 'Tuesday', '2020-05-05', 'day')));
    const who = (i: number) => events.find((e) => e.sentence === i)?.participants.map((p) => entities[p.mention]!.text);
    expect(who(0)).toEqual(['Ann Lee']);
    expect(who(1)).toEqual(['Quanta', 'Zorbix']);
    expect(who(2)).toEqual(['Zorbix', 'Miro']);
    // (The building's city locates the building: below.)
    expect(who(3)).toEqual(['Ann Lee', 'Qube']);
    expect(who(4)).toEqual(['Zorbix', 'Quanta', 'Miro']);
  });
  it('keeps the subject when ", and" joins a second object whose infinitive is the trigger (no clause of its own)', () => {
    const { a, sentences } = article('inf', '2020-05-05', [
      'Quanta said it has completed the sale of 100 shares, and options to acquire 50 more shares, to Zorbix for 20 dlrs.',
      'Quanta sold its Mira unit, and Zorbix agreed to acquire Norbank.',
    ]);
    const names: [number, string, EntityType][] = [[0, 'Quanta', 'organization'], [0, 'Zorbix', 'organization'],
      [1, 'Quanta', 'organization'], [1, 'Mira', 'organization'], [1, 'Zorbix', 'organization'], [1, 'Norbank', 'organization']];
    const entities = names.map(([i, t, ty]) => ent(sentences, i, t, ty));
    const events = extractEvents(a, sentences, entities, []);
    const who = (i: number) => events.find((e) => e.sentence === i)?.participants.map((p) => entities[p.mention]!.text);
    expect(who(0)).toEqual(['Quanta', 'Zorbix']);
    // A second clause with its own subject and finite verb still leaves the first clause's names out.
    expect(who(1)).toEqual(['Zorbix', 'Norbank']);
  });
  it('leaves out the home of a company whose legal form is written with periods ("Zorbix N.V. of Lugano")', () => {
    const { a, sentences } = article('nv', '2020-05-05', ['Quanta acquired 100 shares of <Zorbix N.V.> of Pella, Norland, for cash.', 'Quanta acquired Miro S.A. of Pella.']);
    const names: [number, string, EntityType][] = [[0, 'Quanta', 'organization'], [0, 'Zorbix N.V.', 'organization'], [0, 'Pella', 'place'], [0, 'Norland', 'place'],
      [1, 'Quanta', 'organization'], [1, 'Miro S.A.', 'organization'], [1, 'Pella', 'place']];
    const entities = names.map(([i, t, ty]) => ent(sentences, i, t, ty));
    const events = extractEvents(a, sentences, entities, []);
    const who = (i: number) => events.find((e) => e.sentence === i)?.participants.map((p) => entities[p.mention]!.text);
    expect(who(0)).toEqual(['Quanta', 'Zorbix N.V.']);
    expect(who(1)).toEqual(['Quanta', 'Miro S.A.']);
  });
  it('leaves out the names of a first verb phrase before "and" and a second verb, a place a rank is held in, and a building\'s place', () => {
    const { a, sentences } = article('g', '2020-05-05', [
      'Quanta is the maker of the Qube and launched the Mira on Monday.',
      'Zorbix bought Quanta on Monday to become the No. 1 tablet maker in Norland and New Zorbia.',
      'Zorbix bought Quanta and Miro in Norland on Monday.',
      'Ann Lee unveiled the Qube at the Miro Center in Oslo on Monday.',
      'Ann Lee unveiled the Qube at the Zorbix Expo in Oslo on Monday.',
    ]);
    const names: [number, string, EntityType][] = [[0, 'Quanta', 'organization'], [0, 'Qube', 'other'], [0, 'Mira', 'other'],
      [1, 'Zorbix', 'organization'], [1, 'Quanta', 'organization'], [1, 'Norland', 'place'], [1, 'New Zorbia', 'place'],
      [2, 'Zorbix', 'organization'], [2, 'Quanta', 'organization'], [2, 'Miro', 'organization'], [2, 'Norland', 'place'],
      [3, 'Ann Lee', 'person'], [3, 'Qube', 'other'], [3, 'Miro Center', 'organization'], [3, 'Oslo', 'place'], [4, 'Ann Lee', 'person'], [4, 'Qube', 'other'], [4, 'Zorbix Expo', 'other'], [4, 'Oslo', 'place']];
    const entities = names.map(([i, t, ty]) => ent(sentences, i, t, ty));
    const events = extractEvents(a, sentences, entities, [0, 1, 2, 3, 4].map((i) => date(sentences, i, 'Monday', '2020-05-04', 'day')));
    const who = (i: number) => events.find((e) => e.sentence === i)?.participants.map((p) => entities[p.mention]!.text);
    expect(who(0)).toEqual(['Quanta', 'Mira']);
    expect(who(1)).toEqual(['Zorbix', 'Quanta']);
    expect(who(2)).toEqual(['Zorbix', 'Quanta', 'Miro', 'Norland']);
    // A place after a building's name and "in" locates the building; after another name it is the happening's.
    expect(who(3)).toEqual(['Ann Lee', 'Qube', 'Miro Center']);
    expect(who(4)).toEqual(['Ann Lee', 'Qube', 'Zorbix Expo', 'Oslo']);
    // "and" before a verb with no object after it ("and priced at par") opens no second verb phrase.
    const bond = article('h', '2020-05-05', ['Zorbix Ltd is issuing a bond on Monday paying 5 pct and priced at par, lead manager Miro said.']);
    const issuers = [ent(bond.sentences, 0, 'Zorbix Ltd', 'organization'), ent(bond.sentences, 0, 'Miro', 'organization')];
    const issue = extractEvents(bond.a, bond.sentences, issuers, [date(bond.sentences, 0, 'Monday', '2020-05-04', 'day')]);
    expect(issue[0]?.participants.map((p) => issuers[p.mention]!.text)).toContain('Zorbix Ltd');
    // A word in "-est" before "in" is a rank only when it is a superlative: "the protest in Norland" is where it was.
    const protest = article('i', '2020-05-05', ['Police arrested Ann Lee at the protest in Norland on Monday.', 'Zorbix became the fastest carrier in Norland on Monday.']);
    const there = [ent(protest.sentences, 0, 'Ann Lee', 'person'), ent(protest.sentences, 0, 'Norland', 'place'), ent(protest.sentences, 1, 'Zorbix', 'organization'), ent(protest.sentences, 1, 'Norland', 'place')];
    const held = extractEvents(protest.a, protest.sentences, there, [0, 1].map((i) => date(protest.sentences, i, 'Monday', '2020-05-04', 'day')));
    const at = (i: number) => held.find((e) => e.sentence === i)?.participants.map((p) => there[p.mention]!.text);
    expect(at(0)).toContain('Norland');
    expect(at(1) ?? []).not.toContain('Norland');
  });
  it('keeps a participant to the trigger\'s clause and leaves out who only reports it (session 39, evt88)', () => {
    const who = (title: string, text: string, names: [string, EntityType][]) => {
      const { a, sentences } = article('r', '1987-05-04', [text]);
      a.title = title;
      const entities = names.map(([t, ty]) => ent(sentences, 0, t, ty));
      return extractEvents(a, sentences, entities, [])[0]?.participants.map((p) => entities[p.mention]!.text);
    };
    const quanta: [string, EntityType] = ['Quanta Corp', 'organization'];
    const miro: [string, EntityType] = ['Miro Ltd', 'organization'];
    const zorbix: [string, EntityType] = ['Zorbix Corp', 'organization'];
    // A clause of time, reason or condition before the main clause, at the sentence's start or after the dateline,
    // set between commas after the subject, or a condition after the trigger: another happening.
    expect(who('QUANTA BUYS MIRO', 'While Zorbix Corp shares fell on the news, Quanta Corp bought Miro Ltd for 20 mln dlrs.', [zorbix, quanta, miro])).toEqual(['Quanta Corp', 'Miro Ltd']);
    expect(who('QUANTA BUYS MIRO', 'PELLA, May 4 - While Zorbix Corp shares fell on the news, Quanta Corp bought Miro Ltd for 20 mln dlrs.', [zorbix, quanta, miro])).toEqual(['Quanta Corp', 'Miro Ltd']);
    expect(who('QUANTA SUES MIRO', 'PELLA, May 4 - Quanta Corp, while Zorbix Corp looked on, sued Miro Ltd.', [quanta, zorbix, miro])).toEqual(['Quanta Corp', 'Miro Ltd']);
    expect(who('QUANTA SUES MIRO', 'PELLA, May 4 - Quanta Corp sued Miro Ltd for 20 mln dlrs if Zorbix Corp is right.', [quanta, miro, zorbix])).toEqual(['Quanta Corp', 'Miro Ltd']);
    // "if" after a verb of asking asks whether; a preposition's phrase is no clause; "as" is no mark: their names stay.
    expect(who('NORLAND MINISTER CRITICISES ZORBIX', 'PELLA, May 4 - Norland minister Ann Lee told Zorbix Corp she wondered if its deal with Miro Ltd was of use.',
      [['Norland', 'place'], ['Ann Lee', 'person'], zorbix, miro])).toContain('Miro Ltd');
    expect(who('QUANTA SUES MIRO', 'PELLA, May 4 - After the takeover of Zorbix Corp, Quanta Corp sued Miro Ltd.', [zorbix, quanta, miro])).toEqual(['Zorbix Corp', 'Quanta Corp', 'Miro Ltd']);
    expect(who('DOME BATTLE BEGINS', 'PELLA, May 4 - A takeover battle began today for Miro Ltd as Quanta Corp announced a 4.3 billion dlr bid.', [miro, quanta])).toContain('Quanta Corp');
    // The agent of a participle describing a noun says whose or what the noun is.
    expect(who('YIELD RISES', 'BAHRAIN, April 11 - The yield on deposit accounts issued this week by the Zorbix Monetary Agency rose to 5.9 pct, bankers said.',
      [['Zorbix Monetary Agency', 'organization']])).toBeUndefined();
    expect(who('QUANTA BUYS MIRO', 'PELLA, May 4 - Quanta Corp said it would buy Miro Ltd, owned by Zorbix Corp, for 23 mln dlrs.', [quanta, miro, zorbix])).toEqual(['Quanta Corp', 'Miro Ltd']);
    expect(who('QUANTA FINED', 'PELLA, May 4 - Quanta Corp was fined 5 mln dlrs by the Pella Markets Board.', [quanta, ['Pella Markets Board', 'organization']])).toEqual(['Quanta Corp', 'Pella Markets Board']);
    // Not the maker of a thing whose maker takes part: the issuer of a downgraded debt, the plaintiff of a suit.
    expect(who('ZORBIX DOWNGRADES QUANTA', 'PELLA, May 4 - Zorbix Corp said it lowered the ratings on 464 mln dlrs of debt issued by Quanta Corp.', [zorbix, quanta])).toContain('Quanta Corp');
    // A news outlet that reports the happening, a company reporting a place's doing, a person set between commas before
    // the verb, a lead manager of the issuer's group: they only report it.
    expect(who('NORLAND TROOPS ATTACK', 'PELLA, May 4 - Norland troops attacked rebels, the official Varna news agency said.', [['Norland', 'place'], ['Varna', 'organization']])).toEqual(['Norland']);
    expect(who('ANN LEE RESIGNS', 'PELLA, May 4 - Ann Lee resigned as finance minister, the newspaper Pella Daily reported.', [['Ann Lee', 'person'], ['Pella Daily', 'organization']])).toEqual(['Ann Lee']);
    expect(who('QUANTA ISSUES WARRANTS', 'ZURICH, April 13 - Quanta Corp (Jersey) Ltd is issuing 45,000 warrants exercisable into shares of Miro Ltd, lead manager Quanta Corp SA said.',
      [['Quanta Corp (Jersey) Ltd', 'organization'], miro, ['Quanta Corp SA', 'organization']])).not.toContain('Quanta Corp SA');
    expect(who('NORLAND PARTY PLANS TAX CUTS', 'PELLA, April 17 - Norland\'s Liberal Party has drawn up a plan calling for large tax cuts, the head of the committee working out the plan, Ann Lee, said.',
      [['Liberal Party', 'organization'], ['Ann Lee', 'person']])).toEqual(['Liberal Party']);
    // Whom a person's doing was for stays, and a company reporting its own doing is its doer.
    expect(who('ANN LEE RESIGNS', 'PELLA, May 4 - Ann Lee resigned, Quanta Corp said.', [['Ann Lee', 'person'], quanta])).toEqual(['Ann Lee', 'Quanta Corp']);
  });
  it('leaves out a place of the closing report and a place of a participle phrase describing a noun (session 35, evt76)', () => {
    const who = (title: string, text: string, names: [string, EntityType][]) => {
      const { a, sentences } = article('r', '1987-05-04', [text]);
      a.title = title;
      const entities = names.map(([t, ty]) => ent(sentences, 0, t, ty));
      const [event] = extractEvents(a, sentences, entities, []);
      return { parties: event?.participants.map((p) => entities[p.mention]!.text), aside: event?.asides?.map((i) => entities[i]!.text) ?? [] };
    };
    // Where the report was made: kept in asides (graph.json alsoNamed), no party.
    const bought = who('QUANTA BUYS MIRO', 'PELLA, May 4 - Quanta Corp has bought Miro Ltd for 20 mln dlrs, the company said in Varna.', [['Quanta Corp', 'organization'], ['Miro Ltd', 'organization'], ['Varna', 'place']]);
    expect(bought.parties).toEqual(['Quanta Corp', 'Miro Ltd']);
    expect(bought.aside).toContain('Varna');
    const told = who('NORLAND OPENS DAM', 'PELLA, May 4 - Norland opened a second dam on the Arlo river, an aide told Reuters from Varna.', [['Norland', 'place'], ['Arlo', 'place'], ['Reuters', 'organization'], ['Varna', 'place']]);
    expect(told.parties).not.toContain('Varna');
    expect(told.aside).toContain('Varna');
    // Where the thing a participle describes was issued: no party of the statement.
    const settled = who('ZORBIX SAYS PATENT ROW ENDED', 'PELLA, May 4 - Zorbix Ltd ended its patent row with Quanta Corp, Zorbix said in a notice on shares lately listed in Oslo.', [['Zorbix Ltd', 'organization'], ['Quanta Corp', 'organization'], ['Zorbix', 'organization'], ['Oslo', 'place']]);
    expect(settled.parties).not.toContain('Oslo');
    expect(settled.aside).toContain('Oslo');
    // No report closes the sentence after "but" (a second verb of the subject) or before a clause of its own.
    expect(reportTail('Ann Lee told the panel she was worried, but said Norland\'s part had been small.', 8)).toBeUndefined();
    const closing = 'Quanta Corp bought Miro Ltd, the company told Reuters from Varna.';
    expect(reportTail(closing, 12)).toEqual({ start: closing.indexOf(' Reuters'), end: closing.length });
    // A place that is the participle's object, not after a preposition of place, is what the phrase is about: it stays.
    expect(who('QUANTA BUYS PLANTS', 'PELLA, May 4 - Quanta Corp bought two plants supplying Norland with gas from Miro Ltd.', [['Quanta Corp', 'organization'], ['Norland', 'place'], ['Miro Ltd', 'organization']]).parties).toContain('Norland');
    // A place the reported happening itself names stays; so does one after a report that opens a clause of its own.
    expect(who('QUANTA OPENS PLANT', 'PELLA, May 4 - Quanta Corp opened a plant in Varna on Monday, the company said.', [['Quanta Corp', 'organization'], ['Varna', 'place']]).parties).toContain('Varna');
  });
  it('takes participants from the trigger\'s clause only: not a relative or subordinate clause, nor an apposition', () => {
    const { a, sentences } = article('c', '2020-05-05', [
      'Quanta bought a stake in Zorbix, which makes the Qube and the Mira.',
      'Miro Ltd, a Quanta subsidiary, sued Zorbix on Monday.',
      'Ann Lee, elected chair in May after Bob Ray was ousted, has urged Quanta to sell.',
      'Zorbix, Quanta\'s biggest rival, shares rose while Miro shares fell.',
      'Rosco sold a plant to a firm, which in turn was bought by Quanta.',
      'Quanta bought Miro after Zorbix was forced to sell it.',
      'Quanta bought Miro after talks with Zorbix.',
      'Quanta, which holds shares of Zorbix, sued Miro.',
      'Quanta sued Miro and has said it wants closer Zorbix links.',
      'Quanta sued Miro after Zorbix, which holds shares of Miro, said it would bid.',
      'Ann Lee was born in the year that Zorbix first sold tablets in Norland.',
      'Quanta launched a league and it has more players than Zorbix.',
      'Ann Lee, who hosted Quanta Live in the 1980s, won a prize for Zorbix.',
      'Quanta agreed to acquire Zorbix Inc of Pella, Norland, for cash.',
      'Ann Lee quit Quanta in 2004, two months after leading Zorbix to victory in Pella.',
      'Quanta bought a stake in Miro, a spokesman told Zorbix News.',
      'The speech by Ann Lee - who was elected in 1997 in a Quanta seat - prompted calls for reform.',
    ]);
    const names: [number, string, EntityType][] = [[0, 'Quanta', 'organization'], [0, 'Zorbix', 'organization'], [0, 'Qube', 'other'], [0, 'Mira', 'other'],
      [1, 'Miro Ltd', 'organization'], [1, 'Quanta', 'organization'], [1, 'Zorbix', 'organization'],
      [2, 'Ann Lee', 'person'], [2, 'Bob Ray', 'person'], [2, 'Quanta', 'organization'],
      [3, 'Zorbix', 'organization'], [3, 'Quanta', 'organization'], [3, 'Miro', 'organization'],
      [4, 'Rosco', 'organization'], [4, 'Quanta', 'organization'],
      [5, 'Quanta', 'organization'], [5, 'Miro', 'organization'], [5, 'Zorbix', 'organization'],
      [6, 'Quanta', 'organization'], [6, 'Miro', 'organization'], [6, 'Zorbix', 'organization'],
      [7, 'Quanta', 'organization'], [7, 'Zorbix', 'organization'], [7, 'Miro', 'organization'],
      [8, 'Quanta', 'organization'], [8, 'Miro', 'organization'], [8, 'Zorbix', 'organization'],
      [9, 'Quanta', 'organization'], [9, 'Miro', 'organization'], [9, 'Zorbix', 'organization'], [9, 'Miro', 'organization'],
      [10, 'Ann Lee', 'person'], [10, 'Zorbix', 'organization'], [10, 'Norland', 'place'],
      [11, 'Quanta', 'organization'], [11, 'Zorbix', 'organization'], [12, 'Ann Lee', 'person'], [12, 'Quanta Live', 'other'], [12, 'Zorbix', 'organization'],
      [13, 'Quanta', 'organization'], [13, 'Zorbix Inc', 'organization'], [13, 'Pella', 'place'], [13, 'Norland', 'place'],
      [14, 'Ann Lee', 'person'], [14, 'Quanta', 'organization'], [14, 'Zorbix', 'organization'], [14, 'Pella', 'place'],
      [15, 'Quanta', 'organization'], [15, 'Miro', 'organization'], [15, 'Zorbix News', 'organization'],
      [16, 'Ann Lee', 'person'], [16, 'Quanta', 'organization']];
    const entities = names.map(([i, t, ty]) => ent(sentences, i, t, ty));
    const events = extractEvents(a, sentences, entities, []);
    const who = (i: number) => events.find((e) => e.sentence === i)?.participants.map((p) => entities[p.mention]!.text);
    expect(who(0)).toEqual(['Quanta', 'Zorbix']);
    expect(who(1)).toEqual(['Miro Ltd', 'Zorbix']);
    expect(who(2)).toEqual(['Ann Lee']);
    expect(who(3)).toEqual(['Zorbix']);
    expect(who(4)).toEqual(['Quanta']);
    expect(who(5)).toEqual(['Quanta', 'Miro']);
    // "after" with no verb of its own is a preposition: its names stay.
    expect(who(6)).toEqual(['Quanta', 'Miro', 'Zorbix']);
    // A relative clause closed before the trigger tells about its noun.
    expect(who(7)).toEqual(['Quanta', 'Miro']);
    // "and" right before an auxiliary opens a second verb phrase: its names are not of the first.
    expect(who(8)).toEqual(['Quanta', 'Miro']);
    // A clause of time keeps its own verb past a relative clause set in it; "that" after a noun of time is relative.
    expect(who(9)).toEqual(['Quanta', 'Miro']);
    expect(who(10)).toEqual(['Ann Lee']);
    // "and" before a subject pronoun opens a second clause; a relative clause between commas ends where the main
    // clause's verb follows.
    expect(who(11)).toEqual(['Quanta']);
    expect(who(12)).toEqual(['Ann Lee', 'Quanta Live']);
    // A place after a company's legal form and "of" is where the company is.
    expect(who(13)).toEqual(['Quanta', 'Zorbix Inc']);
    // A gerund after "after" is a clause with a verb of its own.
    expect(who(14)).toEqual(['Ann Lee', 'Quanta']);
    // The one told hears of the happening.
    expect(who(15)).toEqual(['Quanta', 'Miro']);
    // The name a relative clause set off by a dash is about takes part in its happening.
    expect(who(16)).toEqual(['Ann Lee', 'Quanta']);
  });
  it('takes no part for the names of a participle phrase set between commas before the trigger, nor of what a participle of saying opens after it (session 24)', () => {
    const { a, sentences } = article('r', '2020-05-05', [
      'Actress Ann Lee, known to millions for her roles in the Quanta Show films, has died at the age of 71.',
      'Miro Ltd, owned by Zorbix, sued Quanta on Monday.',
      'Ann Lee resigned in a letter stating, "I could no longer meet my duties as Quanta\'s chief."',
      'Miro Ltd sued Quanta, saying Zorbix broke the deal.',
      'Miro Ltd, saying it had no choice, sued Quanta.',
    ]);
    const names: [number, string, EntityType][] = [[0, 'Ann Lee', 'person'], [0, 'Quanta Show', 'other'], [1, 'Miro Ltd', 'organization'], [1, 'Zorbix', 'organization'], [1, 'Quanta', 'organization'],
      [2, 'Ann Lee', 'person'], [2, 'Quanta', 'organization'], [3, 'Miro Ltd', 'organization'], [3, 'Quanta', 'organization'], [3, 'Zorbix', 'organization'], [4, 'Miro Ltd', 'organization'], [4, 'Quanta', 'organization']];
    const entities = names.map(([i, t, ty]) => ent(sentences, i, t, ty));
    const events = extractEvents(a, sentences, entities, []);
    const who = (i: number) => events.find((e) => e.sentence === i)?.participants.map((p) => entities[p.mention]!.text);
    expect(who(0)).toEqual(['Ann Lee']);
    expect(who(1)).toEqual(['Miro Ltd', 'Quanta']);
    // What a participle of saying opens after the trigger is said, another happening; before it, the subject's aside.
    expect(who(2)).toEqual(['Ann Lee']);
    expect(who(3)).toEqual(['Miro Ltd', 'Quanta']);
    expect(who(4)).toEqual(['Miro Ltd', 'Quanta']);
    // One who files jointly with another is a party too, not the office a paper is filed with.
    for (const [text, name, hears] of [['Quanta filed for bankruptcy jointly with Miro Ltd.', 'Miro', false], ['Quanta filed a suit together with Miro Ltd.', 'Miro', false],
      ['Quanta filed a complaint with the Zorbia Exchange Commission.', 'Zorbia', true]] as [string, string, boolean][]) {
      expect(hearsOf(text, text.indexOf(name), false)).toBe(hears);
    }
    // Without a comma or a written message before it, "writing" is no telling: its object stays in the clause.
    const charged = article('c', '2020-05-05', ['Police charged Ann Lee with writing threatening letters to Quanta.']);
    const chargedNames = [ent(charged.sentences, 0, 'Ann Lee', 'person'), ent(charged.sentences, 0, 'Quanta', 'organization')];
    expect(extractEvents(charged.a, charged.sentences, chargedNames, [])[0]?.participants.map((p) => chargedNames[p.mention]!.text)).toEqual(['Ann Lee', 'Quanta']);
  });
  it('takes no part for who only reports the happening, unless the report may be about the speaker', () => {
    const { a, sentences } = article('sp', null, [
      'Quanta has launched a bond, lead manager Miro Bank said.',
      'Zorbix acquired Rosco on Monday, spokesman Bob Ray said.',
      'Ann Lee said the surplus weakened Norland\'s hand in talks with Quanta.',
      '"Quanta sued Miro to stop the sale," said prosecutor Ann Lee.',
      'Ann Lee said she resigned from Quanta.',
      'Quanta said its board elected Ann Lee.',
      'Ann Lee resigned on Friday, Quanta said.',
      'Ann Lee said it has acquired Zorbix.',
      'Zorbix chairman Ann Lee told a meeting of analysts that the outlook was poor.',
    ]);
    const names: [number, string, EntityType][] = [[0, 'Quanta', 'organization'], [0, 'Miro Bank', 'organization'],
      [1, 'Zorbix', 'organization'], [1, 'Rosco', 'organization'], [1, 'Bob Ray', 'person'],
      [2, 'Ann Lee', 'person'], [2, 'Norland', 'place'], [2, 'Quanta', 'organization'],
      [3, 'Quanta', 'organization'], [3, 'Miro', 'organization'], [3, 'Ann Lee', 'person'],
      [4, 'Ann Lee', 'person'], [4, 'Quanta', 'organization'], [5, 'Quanta', 'organization'], [5, 'Ann Lee', 'person'],
      [6, 'Ann Lee', 'person'], [6, 'Quanta', 'organization'], [7, 'Ann Lee', 'person'], [7, 'Zorbix', 'organization'],
      [8, 'Zorbix', 'organization'], [8, 'Ann Lee', 'person']];
    const entities = names.map(([i, t, ty]) => ent(sentences, i, t, ty));
    const events = extractEvents(a, sentences, entities, []);
    const who = (i: number) => events.find((e) => e.sentence === i)?.participants.map((p) => entities[p.mention]!.text);
    expect(who(0)).toEqual(['Quanta']);
    expect(who(1)).toEqual(['Zorbix', 'Rosco']);
    expect(who(2)).toEqual(['Norland', 'Quanta']);
    expect(who(3)).toEqual(['Quanta', 'Miro']);
    expect(who(4)).toEqual(['Ann Lee', 'Quanta']);
    expect(who(5)).toEqual(['Quanta', 'Ann Lee']);
    expect(who(6)).toEqual(['Ann Lee', 'Quanta']);
    expect(who(7)).toEqual(['Ann Lee', 'Zorbix']);
    // The one told is no report: the meeting is where Ann Lee told it.
    expect(who(8)).toEqual(['Ann Lee']);
  });
  it('reads what analysts make of the news as a view, not a happening, in the lede too', () => {
    const { a, sentences } = article('vw', '2020-05-05', [
      'PELLA, May 5 - Quanta\'s takeover of Zorbix just about ends Miro\'s hopes of a rebound, political analysts said.',
      'Analysts say Quanta bought Zorbix too cheaply.',
      'Quanta bought Zorbix on Monday, the company said.',
    ]);
    const names: [number, string, EntityType][] = [[0, 'Quanta', 'organization'], [0, 'Zorbix', 'organization'], [0, 'Miro', 'organization'],
      [1, 'Quanta', 'organization'], [1, 'Zorbix', 'organization'], [2, 'Quanta', 'organization'], [2, 'Zorbix', 'organization']];
    const entities = names.map(([i, t, ty]) => ent(sentences, i, t, ty));
    const events = extractEvents(a, sentences, entities, []);
    markTheNews(a, sentences, entities, [], events);
    expect(events.map((e) => [e.sentence, e.mood ?? 'asserted'])).toEqual([[0, 'unasserted'], [1, 'unasserted'], [2, 'asserted']]);
  });
  it('reads a trigger inside a plan\'s complement as part of the plan, unless it has a day of its own', () => {
    const { a, sentences } = article('pl', '2020-05-05', [
      'PELLA, May 5 - Quanta named a new chief executive on Tuesday.',
      'Mayor Jo Pym wants to let farmers rent out each field they acquired.',
      'Zorbix plans to sell the Quanta unit it acquired in 2019.',
      'Zorbix agreed to sell the Quanta unit it acquired.',
      'Ann Lee said Zorbix was key to the campaign and acquired Quanta.',
      'In an effort to reform its practices, Zorbix said it has already launched new compliance rules with Quanta.',
      'Zorbix returned to profit and acquired Quanta.',
      'Zorbix is committed to growth and acquired Quanta.',
      'Zorbix hopes to expand and acquired Quanta.',
    ]);
    const names: [number, string, EntityType][] = [[0, 'Quanta', 'organization'], [1, 'Jo Pym', 'person'], [2, 'Zorbix', 'organization'], [2, 'Quanta', 'organization'],
      [3, 'Zorbix', 'organization'], [3, 'Quanta', 'organization'], [4, 'Ann Lee', 'person'], [4, 'Zorbix', 'organization'], [4, 'Quanta', 'organization'],
      [5, 'Zorbix', 'organization'], [5, 'Quanta', 'organization'], [6, 'Zorbix', 'organization'], [6, 'Quanta', 'organization'],
      [7, 'Zorbix', 'organization'], [7, 'Quanta', 'organization'], [8, 'Zorbix', 'organization'], [8, 'Quanta', 'organization']];
    const entities = names.map(([i, t, ty]) => ent(sentences, i, t, ty));
    const events = extractEvents(a, sentences, entities, [date(sentences, 2, '2019', '2019', 'year')]);
    const acquired = (i: number) => events.find((e) => e.sentence === i && e.trigger === 'acquired');
    // The land is acquired only in the plan; the unit was bought in 2019 whatever is planned for it now; an agreed sale
    // is decided, and what it sells was bought.
    expect(acquired(1)?.mood).toBe('unasserted');
    expect(acquired(2)?.mood).toBeUndefined();
    expect(acquired(3)?.mood).toBeUndefined();
    // "to the campaign" is a preposition's phrase, no infinitive.
    expect(acquired(4)?.mood).toBeUndefined();
    // A comma closes the complement: the launch is told for itself.
    expect(events.find((e) => e.sentence === 5)?.mood).toBeUndefined();
    // "to" after no word of a plan is a preposition ("returned to profit", "committed to growth"); "and" with a
    // finite verb closes a plan's complement: the acquisitions are told for themselves.
    expect(acquired(6)?.mood).toBeUndefined();
    expect(acquired(7)?.mood).toBeUndefined();
    expect(acquired(8)?.mood).toBeUndefined();
  });
  it('keeps the lede\'s speaker when the headline tells the statement as the news', () => {
    const line = 'PELLA, May 5 - The accord in Norland showed that the summit was working, Zorbix chief Ann Lee said.';
    const { a, sentences } = article('hs', '2020-05-05', [line]);
    const entities = [ent(sentences, 0, 'Norland', 'place'), ent(sentences, 0, 'Zorbix', 'organization'), ent(sentences, 0, 'Ann Lee', 'person')];
    const who = (title: string) => extractEvents({ ...a, title }, sentences, entities, []).flatMap((e) => e.participants.map((p) => entities[p.mention]!.text));
    expect(who('Ann Lee says summit working')).toContain('Ann Lee');
    expect(who('Norland summit working')).not.toContain('Ann Lee');
  });
  it('keeps an owner the lede writes before its unit\'s possessive where the headline tells it as its subject or seller', () => {
    const who = (title: string, line: string, names: [string, EntityType][]) => {
      const { a, sentences } = article('ho', '2020-05-05', [`PELLA, May 5 - ${line}`]);
      const entities = names.map(([t, ty]) => ent(sentences, 0, t, ty));
      return extractEvents({ ...a, title }, sentences, entities, [])[0]?.participants.map((p) => entities[p.mention]!.text);
    };
    const sale = 'Vell SA said it bought Orlin Ltd from Quanta Corp\'s Miro Manufacturing Inc.';
    const saleNames: [string, EntityType][] = [['Vell SA', 'organization'], ['Orlin Ltd', 'organization'], ['Quanta Corp', 'organization'], ['Miro Manufacturing Inc', 'organization']];
    expect(who('QUANTA <QNT> SELLS NORLAND UNIT', sale, saleNames)).toContain('Quanta Corp');
    expect(who('Vell buys Orlin', sale, saleNames)).not.toContain('Quanta Corp');
    // The owner of what a sale hands over, named by the headline, is the seller.
    expect(who('Vell buys Quanta division', 'Vell SA said it agreed to acquire Quanta Corp\'s Miro division.', [['Vell SA', 'organization'], ['Quanta Corp', 'organization'], ['Miro', 'organization']]))
      .toContain('Quanta Corp');
    // Under "Quanta unit …" the unit acts; its owner only says whose it is.
    const unit = 'Quanta Corp\'s Miro Stations said it will redeem its preferred shares.';
    const unitNames: [string, EntityType][] = [['Quanta Corp', 'organization'], ['Miro Stations', 'organization']];
    expect(who('QUANTA <QNT> UNIT TO REDEEM STOCK', unit, unitNames)).not.toContain('Quanta Corp');
    expect(who('QUANTA <QNT> REDEEMS STOCK', unit, unitNames)).toContain('Quanta Corp');
  });
  it('makes the lede\'s reported clause the news: its company or person the doer, who says or hears it no party', () => {
    const roles = (line: string, names: [string, EntityType][], title = 'Norland bureau mails notices') => {
      const { a, sentences } = article('rc', '2020-05-05', [`PELLA, May 5 - ${line}`]);
      const entities = names.map(([t, ty]) => ent(sentences, 0, t, ty));
      return extractEvents({ ...a, title }, sentences, entities, [])[0]?.participants.map((p) => [entities[p.mention]!.text, p.role]);
    };
    expect(roles('The Zorbix Bureau is mailing its yearly notices to late borrowers, the Norland Trade Department said.',
      [['Zorbix Bureau', 'organization'], ['Norland Trade Department', 'organization']])).toEqual([['Zorbix Bureau', 'actor']]);
    expect(roles('Quanta Inc has joined the bidders for shares of Miro Corp, the head of a panel which holds the shares told Reuters.',
      [['Quanta Inc', 'organization'], ['Miro Corp', 'organization'], ['Reuters', 'organization']])).toEqual([['Quanta Inc', 'actor'], ['Miro Corp', 'other']]);
    // A second clause of the report is reported too; a relative clause after it is not the news.
    expect(roles('Quanta Inc will revise its rates while Miro Corp will revise theirs tonight, company officials said.',
      [['Quanta Inc', 'organization'], ['Miro Corp', 'organization']])).toEqual([['Quanta Inc', 'actor'], ['Miro Corp', 'other']]);
    expect(roles('Quanta Inc agreed to sign a pact with Miro Corp, in a move which could lead to ties with Zorbix Ltd, Norland officials said.',
      [['Quanta Inc', 'organization'], ['Miro Corp', 'organization'], ['Zorbix Ltd', 'organization']])).toEqual([['Quanta Inc', 'actor'], ['Miro Corp', 'other']]);
    // Whom a person's doing was for stays; so does the speaker when no company or person does anything, or is quoted.
    expect(roles('Ann Lee now heads the tablet unit, Zorbix Corp said.', [['Ann Lee', 'person'], ['Zorbix Corp', 'organization']]))
      .toEqual([['Ann Lee', 'actor'], ['Zorbix Corp', 'other']]);
    expect(roles('Grain prices were changed in Norland, the Zorbix Bureau said.', [['Norland', 'place'], ['Zorbix Bureau', 'organization']]))
      .toEqual([['Norland', 'place'], ['Zorbix Bureau', 'actor']]);
    // A country that is the clause's subject does it; the one who reports it only reports it.
    expect(roles('Norland is recalculating its inflation rate, a Zorbix Bureau spokesman said.', [['Norland', 'place'], ['Zorbix Bureau', 'organization']]))
      .toEqual([['Norland', 'actor']]);
    expect(roles('Norland will curb farm sales to Quanta Corp, the Norland Daily said.', [['Norland', 'place'], ['Quanta Corp', 'organization'], ['Norland Daily', 'organization']]))
      .toEqual([['Norland', 'actor'], ['Quanta Corp', 'other']]);
    expect(roles('Norland\'s ruling Quanta Party gave full power to its ministers, a Zorbix Bureau spokesman said.', [['Norland', 'place'], ['Quanta Party', 'organization'], ['Zorbix Bureau', 'organization']]))
      .toEqual([['Norland', 'place'], ['Quanta Party', 'actor']]);
    expect(roles('"Quanta will grow," Ann Lee said.', [['Quanta', 'organization'], ['Ann Lee', 'person']])).toContainEqual(['Ann Lee', 'actor']);
    // A body titled as one who reports ("arranger") reports whatever the doer was read as (here a person's name).
    expect(roles('Ann Vell Rubber Factory will raise a 30 mln dlr loan to expand its plant, arranger Miro Finance Ltd said.',
      [['Ann Vell Rubber Factory', 'person'], ['Miro Finance Ltd', 'organization']])).toEqual([['Ann Vell Rubber Factory', 'actor']]);
    // A person closing the report by telling it to someone only reports it; not when told a clause of their own.
    const told = (line: string, names: [string, EntityType][]) => {
      const { sentences } = article('rt', '2020-05-05', [line]);
      const entities = names.map(([t, ty]) => ent(sentences, 0, t, ty));
      const at = line.indexOf('bought');
      return [...speakersOfTheReport(sentences[0]!, entities, at, at + 6)].map((i) => entities[i]!.text);
    };
    const tellers: [string, EntityType][] = [['Quanta Inc', 'organization'], ['Miro Ltd', 'organization'], ['Ann Lee', 'person'], ['Pella Radio', 'organization']];
    expect(told('Quanta Inc bought Miro Ltd on Monday, chairman Ann Lee told Pella Radio.', tellers)).toEqual(['Ann Lee']);
    expect(told('Quanta Inc bought Miro Ltd on Monday, chairman Ann Lee told the annual meeting in Pella.', tellers.slice(0, 3))).toEqual(['Ann Lee']);
    expect(told('Quanta Inc bought Miro Ltd on Monday, chairman Ann Lee told Pella Radio it would sell.', tellers)).toEqual([]);
    // A speaker whose apposition says who they are, after the verb or before it.
    const analyst: [string, EntityType][] = [['Quanta Inc', 'organization'], ['Miro Ltd', 'organization'], ['Ann Lee', 'person'], ['Zorbix Securities Inc', 'organization']];
    expect(told('Quanta Inc bought Miro Ltd on Monday, said Ann Lee, an analyst at Zorbix Securities Inc.', analyst)).toEqual(['Ann Lee']);
    expect(told('Quanta Inc bought Miro Ltd on Monday, Ann Lee, an analyst at Zorbix Securities Inc, said.', analyst)).toEqual(['Ann Lee']);
    // A headline that tells the saying keeps the speaker's statement.
    expect(roles('The Zorbix Bureau is mailing its notices, the Norland Trade Department said.', [['Zorbix Bureau', 'organization'],
      ['Norland Trade Department', 'organization']], 'Norland says bureau mails notices')).toContainEqual(['Norland Trade Department', 'actor']);
  });
  it('takes the company the lede names as the doer a body clause names only as "the company", where the lede names one', () => {
    const parties = (lede: string, ledeNames: [string, EntityType][], line: string, names: [string, EntityType][], title = 'Quanta buys unit') => {
      const { a, sentences } = article('sc', '2020-05-05', [lede, line]);
      const entities = [...ledeNames.map(([t, ty]) => ent(sentences, 0, t, ty)), ...names.map(([t, ty]) => ent(sentences, 1, t, ty))];
      return extractEvents({ ...a, title }, sentences, entities, []).find((e) => e.sentence === 1)?.participants.map((p) => [entities[p.mention]!.text, p.role]);
    };
    const lede = 'Quanta Corp posted higher profits for the year.';
    const quanta: [string, EntityType][] = [['Quanta Corp', 'organization']];
    expect(parties(lede, quanta, 'The company also acquired Zorbix Ltd for 20 mln dlrs.', [['Zorbix Ltd', 'organization']]))
      .toEqual([['Quanta Corp', 'actor'], ['Zorbix Ltd', 'target']]);
    expect(parties(lede, quanta, 'In March, the group said it bought Zorbix Ltd.', [['Zorbix Ltd', 'organization']]))
      .toEqual([['Quanta Corp', 'actor'], ['Zorbix Ltd', 'target']]);
    // Told in the passive, the company is what is done to.
    expect(parties(lede, quanta, 'The company was sued by Zorbix Ltd in Pella.', [['Zorbix Ltd', 'organization'], ['Pella', 'place']]))
      .toEqual([['Quanta Corp', 'target'], ['Zorbix Ltd', 'actor'], ['Pella', 'place']]);
    // Of two companies in the lede, the one the headline names; neither named there: no one for sure.
    const two: [string, EntityType][] = [['Quanta Corp', 'organization'], ['Miro Inc', 'organization']];
    const both = 'Quanta Corp said it would merge with Miro Inc.';
    const ledeLast = 'Quanta Corp and Miro Inc said they would merge, Miro Inc said.';
    expect(parties(ledeLast, [...two, ['Miro Inc', 'organization']], 'The company acquired Zorbix Ltd.', [['Zorbix Ltd', 'organization']], 'MIRO INC TO MERGE')?.[0]).toEqual(['Miro Inc', 'actor']);
    expect(parties(ledeLast, [...two, ['Miro Inc', 'organization']], 'The company acquired Zorbix Ltd.', [['Zorbix Ltd', 'organization']], 'MIRO, QUANTA TO MERGE')).toEqual([['Zorbix Ltd', 'target']]);
    expect(parties(both, two, 'The company acquired Zorbix Ltd.', [['Zorbix Ltd', 'organization']], 'Two firms to merge')).toEqual([['Zorbix Ltd', 'target']]);
    // Another company named since the lede is what it stands for; so may a name before it in its sentence; the
    // company named in the clause is itself.
    const between = (middle: string, names: [string, EntityType][]) => {
      const { a, sentences } = article('sb', '2020-05-05', [lede, middle, 'The company also acquired Zorbix Ltd.']);
      const entities = [ent(sentences, 0, 'Quanta Corp', 'organization'), ...names.map(([t, ty]) => ent(sentences, 1, t, ty)), ent(sentences, 2, 'Zorbix Ltd', 'organization')];
      return extractEvents({ ...a, title: 'Quanta buys unit' }, sentences, entities, []).find((e) => e.sentence === 2)?.participants.map((p) => entities[p.mention]!.text);
    };
    expect(between('Rival Miro Inc sold more.', [['Miro Inc', 'organization']])).toEqual(['Zorbix Ltd']);
    expect(between('Sales rose in Pella.', [['Pella', 'place']])).toEqual(['Quanta Corp', 'Zorbix Ltd']);
    expect(parties(lede, quanta, 'Ann Lee joined Miro, and the company acquired Zorbix Ltd.', [['Ann Lee', 'person'], ['Miro', 'organization'], ['Zorbix Ltd', 'organization']]))
      ?.not.toContainEqual(['Quanta Corp', 'actor']);
    expect(parties(lede, quanta, 'The company acquired Zorbix Ltd from Quanta Corp.', [['Zorbix Ltd', 'organization'], ['Quanta Corp', 'organization']]))
      .toEqual([['Zorbix Ltd', 'target'], ['Quanta Corp', 'target']]);
    // The passive's agent "by the company" is the doer; "by the company's rival" is another.
    expect(parties(lede, quanta, 'The 40 Zorbix Ltd mills bought two years ago by the company now make paper.', [['Zorbix Ltd', 'organization']]))
      .toEqual([['Zorbix Ltd', 'target'], ['Quanta Corp', 'actor']]);
    expect(parties(lede, quanta, 'Zorbix Ltd was acquired by the company\'s rival in May.', [['Zorbix Ltd', 'organization']])).toEqual([['Zorbix Ltd', 'target']]);
    // Only a passive trigger takes "by the company" as its agent: in an active clause the agent is another
    // participle's, and "the group of …" is a group of others.
    const zorbix: [string, EntityType][] = [['Zorbix Ltd', 'organization']];
    for (const line of ['Zorbix Ltd bought the gadgets built by the company.', 'Zorbix Ltd acquired a warehouse rented by the company.',
      'Zorbix Ltd recently sued the depot sold by the company.', 'Zorbix Ltd then acquired a yard beside one run by the company.']) {
      expect(parties(lede, quanta, line, zorbix)).toEqual([['Zorbix Ltd', 'actor']]);
    }
    expect(parties(lede, quanta, 'Zorbix Ltd was acquired by the group of bankers chosen in May.', zorbix)).toEqual([['Zorbix Ltd', 'target']]);
    expect(parties(lede, quanta, 'Zorbix Ltd was quietly acquired by the company.', zorbix)).toEqual([['Zorbix Ltd', 'target'], ['Quanta Corp', 'actor']]);
    // A statement's speaker, and what it is about.
    expect(parties(lede, quanta, 'The company said Zorbix Ltd was a rival.', [['Zorbix Ltd', 'organization']])).toEqual([['Quanta Corp', 'actor'], ['Zorbix Ltd', 'other']]);
  });
  it('reads the noun a relative clause is about as its verb\'s object, and the clause\'s subject as the doer (session 26)', () => {
    const parties = (lede: string, ledeNames: [string, EntityType][], line: string, names: [string, EntityType][]) => {
      const { a, sentences } = article('or', '2020-05-05', [lede, line]);
      const entities = [...ledeNames.map(([t, ty]) => ent(sentences, 0, t, ty)), ...names.map(([t, ty]) => ent(sentences, 1, t, ty))];
      return extractEvents({ ...a, title: 'Quanta profits rise' }, sentences, entities, []).find((e) => e.sentence === 1)?.participants.map((p) => [entities[p.mention]!.text, p.role]);
    };
    const lede = 'Quanta Corp posted higher profits for the year.';
    const quanta: [string, EntityType][] = [['Quanta Corp', 'organization']];
    const velmora: [string, EntityType][] = [['Velmora Systems', 'organization']];
    // "the company" or "it" stands for the article's company, the noun before "which" is what it acquired.
    expect(parties(lede, quanta, 'Sales were lifted by Velmora Systems, which the company acquired in 1999.', velmora))
      .toEqual([['Quanta Corp', 'actor'], ['Velmora Systems', 'target']]);
    expect(parties(lede, quanta, 'Sales were lifted by Velmora Systems, which it bought last year.', velmora))
      .toEqual([['Quanta Corp', 'actor'], ['Velmora Systems', 'target']]);
    // A named subject of the relative clause is the doer.
    expect(parties(lede, quanta, 'Sales were lifted by Velmora Systems, which Zorbix Ltd acquired in 1999.', [...velmora, ['Zorbix Ltd', 'organization']]))
      .toEqual([['Velmora Systems', 'target'], ['Zorbix Ltd', 'actor']]);
    // The relative pronoun as the subject ("which acquired"), or a verb with an object of its own, is read as before.
    expect(parties(lede, quanta, 'Sales were lifted by Velmora Systems, which acquired Zorbix Ltd in 1999.', [...velmora, ['Zorbix Ltd', 'organization']]))
      .toEqual([['Velmora Systems', 'actor'], ['Zorbix Ltd', 'target']]);
    // The owner of a noun whose apposition names the doer only says whose it is (it joined another suit by that name).
    expect(parties(lede, quanta, 'Zorbix Oil\'s parent company, the Kestrel-based Velmora Group, is suing Norland Corp for $28bn.',
      [['Zorbix Oil', 'organization'], ['Velmora Group', 'organization'], ['Norland Corp', 'organization']])).toEqual([['Velmora Group', 'actor'], ['Norland Corp', 'target']]);
    // "it" opening a clause of reason is the main clause's company, the one named first.
    expect(parties(lede, quanta, 'Zorbix Bank is involved in the case because it is being sued by Norland Corp.', [['Zorbix Bank', 'organization'], ['Norland Corp', 'organization']]))
      .toEqual([['Zorbix Bank', 'target'], ['Norland Corp', 'actor']]);
    expect(parties(lede, quanta, 'Zorbix Bank fell after it lost a case to Norland Corp.', [['Zorbix Bank', 'organization'], ['Norland Corp', 'organization']]))
      ?.toContainEqual(['Zorbix Bank', 'actor']);
    // Not with another company between them.
    expect(parties(lede, quanta, 'Zorbix Bank backed Velm Ltd because it is being sued by Norland Corp.', [['Zorbix Bank', 'organization'], ['Velm Ltd', 'organization'], ['Norland Corp', 'organization']]))
      ?.not.toContainEqual(['Zorbix Bank', 'target']);
    // A name after a preposition in the apposition does not head it: the owner stays.
    expect(parties(lede, quanta, 'Zorbix Oil\'s parent company, the main lender of Velmora Group, is suing Norland Corp for $28bn.',
      [['Zorbix Oil', 'organization'], ['Velmora Group', 'organization'], ['Norland Corp', 'organization']])).toContainEqual(['Zorbix Oil', 'actor']);
    // "he" or "she" so stands for the person named first, "they" for the company; past a dateline's place, and with
    // a trigger that holds its own auxiliary ("was fired") read as the passive it is (session 27).
    expect(parties(lede, quanta, 'PELLA, May 5 - Ann Pell left the Quanta board because she was fired by Len Ode.', [['PELLA', 'place'], ['Ann Pell', 'person'], ['Len Ode', 'person']]))
      .toEqual([['Ann Pell', 'target'], ['Len Ode', 'actor']]);
    expect(parties(lede, quanta, 'Zorbix Bank is involved in the case because they are being sued by Norland Corp.', [['Zorbix Bank', 'organization'], ['Norland Corp', 'organization']]))
      .toEqual([['Zorbix Bank', 'target'], ['Norland Corp', 'actor']]);
    // A reduced passive's agent is the doer, what it is done to the target; a name after the agent is no agent (session 28, evt46).
    expect(parties(lede, quanta, 'Velm Ltd said it faces a suit brought by Norland Corp against Zorbix Bank.', [['Velm Ltd', 'organization'], ['Norland Corp', 'organization'], ['Zorbix Bank', 'organization']]))
      .toEqual([['Velm Ltd', 'target'], ['Norland Corp', 'actor'], ['Zorbix Bank', 'target']]);
    expect(parties(lede, quanta, 'Velm Ltd rejected a takeover bid made last week by Norland Corp.', [['Velm Ltd', 'organization'], ['Norland Corp', 'organization']]))
      .toEqual([['Velm Ltd', 'target'], ['Norland Corp', 'actor']]);
    expect(parties(lede, quanta, 'The mill acquired by Norland Corp in 1985 was later sold to Velm Ltd.', [['Norland Corp', 'organization'], ['Velm Ltd', 'organization']]))
      .toEqual([['Norland Corp', 'actor'], ['Velm Ltd', 'target']]);
    // Not a figure's "by", nor a past form that is the clause's own verb.
    expect(parties(lede, quanta, 'Velm Ltd said sales declined by Norland standards.', [['Velm Ltd', 'organization'], ['Norland', 'place']]))
      ?.toContainEqual(['Velm Ltd', 'actor']);
    // Not "she" for a company, nor with another person between them.
    expect(parties(lede, quanta, 'Ann Pell backed Len Ode because she was fired by Zorbix Bank.', [['Ann Pell', 'person'], ['Len Ode', 'person'], ['Zorbix Bank', 'organization']]))
      ?.not.toContainEqual(['Ann Pell', 'target']);
  });
  it('takes the one earlier name a described subject fits as its doer: a role written with its person, an age, a pair, a bank', () => {
    /** Lines of an article with their names ([line, text, type]); the participants of the last line's happening. */
    const parties = (lines: string[], names: [number, string, EntityType][]) => {
      const { a, sentences } = article('ds', '2020-05-05', lines);
      const entities = names.map(([i, t, ty]) => ent(sentences, i, t, ty));
      const last = lines.length - 1;
      return extractEvents({ ...a, title: 'Lee wins' }, sentences, entities, []).find((e) => e.sentence === last)?.participants.map((p) => [entities[p.mention]!.text, p.role]);
    };
    const runner = 'Welsh runner Ann Lee won her heat in Pella on Friday.';
    expect(parties([runner, 'The Welsh runner sued Jo Pym in May.'], [[0, 'Ann Lee', 'person'], [0, 'Pella', 'place'], [1, 'Jo Pym', 'person']]))
      .toEqual([['Ann Lee', 'actor'], ['Jo Pym', 'target']]);
    // An age stands for the one person named before; in the passive the described one is what is done to.
    expect(parties(['Ann Lee, 28, won in Pella on Friday.', 'The 28-year-old was sued by Quanta Corp.'], [[0, 'Ann Lee', 'person'], [0, 'Pella', 'place'], [1, 'Quanta Corp', 'organization']]))
      .toEqual([['Ann Lee', 'target'], ['Quanta Corp', 'actor']]);
    // Two people named together are "the duo".
    expect(parties(['Ann Lee and Jo Pym left Miro Records on Friday.', 'The duo have sued Quanta Music.'], [[0, 'Ann Lee', 'person'], [0, 'Jo Pym', 'person'],
      [0, 'Miro Records', 'organization'], [1, 'Quanta Music', 'organization']])).toEqual([['Ann Lee', 'actor'], ['Jo Pym', 'actor'], ['Quanta Music', 'target']]);
    // "The bank" is the one bank named before.
    expect(parties(['Quanta Corp borrowed from Miro Bank in May.', 'The bank also acquired Zorbix Ltd.'], [[0, 'Quanta Corp', 'organization'], [0, 'Miro Bank', 'organization'],
      [1, 'Zorbix Ltd', 'organization']])).toEqual([['Miro Bank', 'actor'], ['Zorbix Ltd', 'target']]);
    // Not where more than one fits, the role was never written with the person, the described one is named in the
    // sentence, or a name before the description may be whom it describes.
    expect(parties(['Ann Lee beat Jo Pym, another Welsh runner, on Friday.', 'The Welsh runner sued Kim Roe in May.'], [[0, 'Ann Lee', 'person'], [0, 'Jo Pym', 'person'],
      [1, 'Kim Roe', 'person']])).toEqual([['Kim Roe', 'target']]);
    expect(parties(['Ann Lee scored twice on Friday.', 'The coach sued Jo Pym on Monday.'], [[0, 'Ann Lee', 'person'], [1, 'Jo Pym', 'person']])).toEqual([['Jo Pym', 'target']]);
    expect(parties(['Ann Lee won in Pella on Friday.', 'The 28-year-old sued Ann Lee in May.'], [[0, 'Ann Lee', 'person'], [0, 'Pella', 'place'], [1, 'Ann Lee', 'person']]))
      .toEqual([['Ann Lee', 'target']]);
    expect(parties(['Quanta Corp borrowed from Miro Bank and Zorbia Bank.', 'The bank also acquired Zorbix Ltd.'], [[0, 'Quanta Corp', 'organization'], [0, 'Miro Bank', 'organization'],
      [0, 'Zorbia Bank', 'organization'], [1, 'Zorbix Ltd', 'organization']])).toEqual([['Zorbix Ltd', 'target']]);
    expect(parties([runner, 'Jo Pym, the Welsh runner, sued Kim Roe.'], [[0, 'Ann Lee', 'person'], [0, 'Pella', 'place'], [1, 'Jo Pym', 'person'], [1, 'Kim Roe', 'person']]))
      .toEqual([['Jo Pym', 'actor'], ['Kim Roe', 'target']]);    // A role is the person's only when written right before the name or in apposition to it, with every qualifier of
    // the description; written elsewhere in the sentence it is someone else's. "The new …" is another one.
    const kimRoe: [number, string, EntityType] = [1, 'Kim Roe', 'person'];
    expect(parties(['Ann Lee, the tall runner, won.', 'The tall runner sued Kim Roe.'], [[0, 'Ann Lee', 'person'], kimRoe])).toEqual([['Ann Lee', 'actor'], ['Kim Roe', 'target']]);
    for (const first of ['Ann Lee dined with the minister in Pella on Friday.', 'Ann Lee hoped the minister would come to Pella.',
      'Ann Lee, who trains the minister, flew to Pella.', 'Ann Lee, a friend of the minister, flew to Pella.']) {
      expect(parties([first, 'The minister sued Kim Roe.'], [[0, 'Ann Lee', 'person'], [0, 'Pella', 'place'], kimRoe])).toEqual([['Kim Roe', 'target']]);
    }
    expect(parties(['Miro Rovers fired coach Ann Lee.', 'The new coach sued Kim Roe.'], [[0, 'Miro Rovers', 'organization'], [0, 'Ann Lee', 'person'], kimRoe]))
      .toEqual([['Kim Roe', 'target']]);
    expect(parties(['Tall runner Ann Lee won.', 'The Welsh runner sued Kim Roe.'], [[0, 'Ann Lee', 'person'], kimRoe])).toEqual([['Kim Roe', 'target']]);
    // An age is the person's only when written with that person, not any one person named before.
    expect(parties(['Zorbix spokesman Jo Pym spoke in Pella.', 'The 31-year-old sued Kim Roe.'], [[0, 'Jo Pym', 'person'], [0, 'Pella', 'place'], kimRoe]))
      .toEqual([['Kim Roe', 'target']]);
    expect(parties(['Jo Pym, 31, spoke in Pella.', 'The 31-year-old sued Kim Roe.'], [[0, 'Jo Pym', 'person'], [0, 'Pella', 'place'], kimRoe]))
      .toEqual([['Jo Pym', 'actor'], ['Kim Roe', 'target']]);
  });
  it('resolves a described or pronoun main party to the one name the article gives it (src/extract/described-party.ts)', () => {
    /** Lines of an article with their names ([line, text, type]); the participants of the last line's happening. */
    const parties = (lines: string[], names: [number, string, EntityType][]) => {
      const { a, sentences } = article('dp', '2020-05-05', lines);
      const entities = names.map(([i, t, ty]) => ent(sentences, i, t, ty));
      const last = lines.length - 1;
      const ev = extractEvents({ ...a, title: 'Orlin news' }, sentences, entities, []).find((e) => e.sentence === last);
      return ev && { parties: ev.participants.map((p) => [entities[p.mention]!.text, p.role]), unnamed: ev.unnamedParty === true };
    };
    // "He"/"she" is the person named last, as the subject of the sentence before.
    expect(parties(['Tarn Vell toured the Orlin plant on Monday.', 'He was arrested in Pella on Friday.'], [[0, 'Tarn Vell', 'person'], [1, 'Pella', 'place']])?.parties)
      .toEqual([['Tarn Vell', 'target'], ['Pella', 'place']]);
    // A role written with its person, with a relative clause between the description and its verb.
    const singer = ['Singer Tarn Vell spent the night in Pella.', 'Tarn Vell left the Orlin Five in June.',
      'The singer, who toured with Kessa Brin last spring, was arrested in Pella on Friday.'];
    expect(parties(singer, [[0, 'Tarn Vell', 'person'], [0, 'Pella', 'place'], [1, 'Tarn Vell', 'person'], [1, 'Orlin Five', 'organization'], [2, 'Kessa Brin', 'person'], [2, 'Pella', 'place']]))
      .toEqual({ parties: [['Tarn Vell', 'target'], ['Pella', 'place']], unnamed: false });
    // A body's noun written with the company the article is about ("carmaker Quellor").
    expect(parties(['Norland carmaker Quellor cut 500 jobs on Monday.', 'The carmaker has launched a small van in Pella.'],
      [[0, 'Quellor', 'organization'], [1, 'Pella', 'place']])?.parties).toEqual([['Quellor', 'actor'], ['Pella', 'place']]);
    // Not a role never written with the person, nor another person's, nor with another person last, nor a noun never
    // written with the company, nor with another company in the paragraph, nor one named in the sentence itself.
    expect(parties(['Tarn Vell scored twice in Pella.', 'The coach was arrested in Pella on Friday.'], [[0, 'Tarn Vell', 'person'], [0, 'Pella', 'place'], [1, 'Pella', 'place']])?.parties)
      .toEqual([['Pella', 'place']]);
    expect(parties(['Tarn Vell met Kessa Brin in Pella.', 'She was arrested in Pella on Friday.'], [[0, 'Tarn Vell', 'person'], [0, 'Kessa Brin', 'person'], [0, 'Pella', 'place'], [1, 'Pella', 'place']])?.parties)
      .toEqual([['Pella', 'place']]);
    expect(parties(['Quellor cut 500 jobs on Monday.', 'The carmaker has launched a small van in Pella.'], [[0, 'Quellor', 'organization'], [1, 'Pella', 'place']])?.parties)
      .toEqual([['Pella', 'place']]);
    expect(parties(['Norland carmaker Quellor cut 500 jobs on Monday.', 'The court has fined Vantor Ltd in Pella.'], [[0, 'Quellor', 'organization'], [1, 'Vantor Ltd', 'organization'], [1, 'Pella', 'place']])?.parties)
      .not.toContainEqual(['Quellor', 'actor']);
    expect(parties(['Norland carmaker Quellor cut 500 jobs on Monday.', 'Since then Vantor Ltd and the carmaker have launched a van in Pella.'],
      [[0, 'Quellor', 'organization'], [1, 'Vantor Ltd', 'organization'], [1, 'Pella', 'place']])?.parties).not.toContainEqual(['Quellor', 'actor']);
    expect(parties(['Tarn Vell toured the Orlin plant on Monday.', 'He has sued Tarn Vell in Pella.'], [[0, 'Tarn Vell', 'person'], [1, 'Tarn Vell', 'person'], [1, 'Pella', 'place']])?.parties)
      .not.toContainEqual(['Tarn Vell', 'actor']);
  });
  it('reads a noun trigger by the verb that governs it: a state is no page, a wanted happening is not asserted, nor one whose means is', () => {
    const { a, sentences } = article('g', null, ['Ubia Holdings still holds a 12% stake in Pella Ferries.', 'Quanta acquired a 20% stake in Zorbix.',
      'Zorbix had wanted to help Miro fund a $4bn bid for Kelda Mills.', 'Zorbix is offloading its stake in Pella Ferries.',
      'Quanta said it would fund the deal by selling an 8% stake in Zorbix.', 'Quanta funded the deal by selling an 8% stake in Zorbix.']);
    const names: [number, string, EntityType][] = [[0, 'Ubia Holdings', 'organization'], [0, 'Pella Ferries', 'organization'], [1, 'Quanta', 'organization'], [1, 'Zorbix', 'organization'],
      [2, 'Zorbix', 'organization'], [2, 'Miro', 'organization'], [2, 'Kelda Mills', 'organization'], [3, 'Zorbix', 'organization'], [3, 'Pella Ferries', 'organization'],
      [4, 'Quanta', 'organization'], [4, 'Zorbix', 'organization'], [5, 'Quanta', 'organization'], [5, 'Zorbix', 'organization']];
    const events = extractEvents(a, sentences, names.map(([i, t, ty]) => ent(sentences, i, t, ty)), []);
    // A gerund after "by" is read by the verb it tells the means of: "would fund … by selling" is not asserted.
    expect(events.map((e) => [e.sentence, e.mood ?? 'asserted'])).toEqual([[0, 'state'], [1, 'asserted'], [2, 'unasserted'], [3, 'asserted'], [4, 'unasserted'], [5, 'asserted']]);
  });
  it('reads a happening told as under way (passive or perfect progressive) as a state, an announced change as a happening', () => {
    const { a, sentences } = article('u', null, ['Quanta is being sued by Zorbix over its pay deals.', 'Quanta was sued by Zorbix over its pay deals.',
      'Protests against Quanta have been taking place in Pella for ten years.', 'Zorbix has been suing Quanta since 2001.', 'Zorbix is now being run by an administrator who acquired a stake in Quanta.',
      'Zorbix is offloading its stake in Quanta.', 'Zorbix is now being run by a state appointed administrator, Ann Lee.']);
    const names: [number, string][] = [[0, 'Quanta'], [0, 'Zorbix'], [1, 'Quanta'], [1, 'Zorbix'], [2, 'Quanta'], [3, 'Zorbix'], [3, 'Quanta'], [4, 'Zorbix'], [4, 'Quanta'], [5, 'Zorbix'], [5, 'Quanta'], [6, 'Zorbix'], [6, 'Ann Lee']];
    const events = extractEvents(a, sentences, names.map(([i, t]) => ent(sentences, i, t, 'organization')), []);
    expect(events.map((e) => [e.sentence, e.mood ?? 'asserted'])).toEqual([[0, 'state'], [1, 'asserted'], [2, 'state'], [3, 'state'], [4, 'asserted'], [5, 'asserted'], [6, 'state']]);
  });
  it('reads a happening told as a habit (present simple with a word of frequency, or "used to") as a state', () => {
    const { a, sentences } = article('h', '2021-03-04', ['Zorbix buys Quanta.', 'Zorbix usually sues its rivals in Pella.', 'Zorbix sues Quanta every year in Pella.',
      'Zorbix sued Quanta every year in Pella.', 'Zorbix has sued Quanta in Pella.']);
    const names: [number, string][] = [[0, 'Zorbix'], [0, 'Quanta'], [1, 'Zorbix'], [2, 'Zorbix'], [2, 'Quanta'], [3, 'Zorbix'], [3, 'Quanta'], [4, 'Zorbix'], [4, 'Quanta']];
    const events = extractEvents(a, sentences, names.map(([i, t]) => ent(sentences, i, t, 'organization')), []);
    // (A past habit told in the past tense still tells what happened; the lede is the article's news.)
    expect(events.map((e) => [e.sentence, e.mood ?? 'asserted'])).toEqual([[0, 'asserted'], [1, 'state'], [2, 'state'], [3, 'asserted'], [4, 'asserted']]);
    const s = 'Ann Lee used to play for Zorbix.';
    expect(toldAsHabit(s, s.indexOf('play'))).toBe(true);
    const t = 'Ann Lee will often play for Zorbix.';
    expect(toldAsHabit(t, t.indexOf('play'))).toBe(false);
    // A noun trigger, or "daily"/"weekly" qualifying a noun, is no habit of a verb.
    for (const [text, trigger] of [['The takeover was approved at the monthly board meeting.', 'takeover'], ['Quanta reported a 20 pct rise in weekly sales.', 'rise'],
      ['The election, held every year, was won by Ann Lee.', 'election'], ['Zorbix announces its weekly results in Pella.', 'announces']] as [string, string][]) {
      expect(toldAsHabit(text, text.indexOf(trigger))).toBe(false);
    }
    const u = 'Zorbix trains daily in Pella.';
    expect(toldAsHabit(u, u.indexOf('trains'))).toBe(true);
  });
  it('reads a state told in the present simple or passive as a state, by the state model with its verb group (session 29, evt51)', () => {
    const { a, sentences } = article('ps', '2021-03-04', ['Zorbix buys Quanta.', 'Most of the smugglers are detained at Velmar Prison in Pella.',
      'Police detained two smugglers in Pella on Monday.', 'Two smugglers were detained at Velmar Prison.']);
    const names: [number, string][] = [[0, 'Zorbix'], [0, 'Quanta'], [1, 'Velmar Prison'], [1, 'Pella'], [2, 'Pella'], [3, 'Velmar Prison']];
    const events = extractEvents(a, sentences, names.map(([i, t]) => ent(sentences, i, t, 'organization')), []);
    expect(events.map((e) => [e.sentence, e.mood ?? 'asserted'])).toEqual([[0, 'asserted'], [1, 'state'], [2, 'asserted'], [3, 'asserted']]);
    const group = (text: string, word: string) => {
      const lower = text.toLowerCase().split(' ');
      return verbGroup(lower, lower.indexOf(word));
    };
    expect([group('zorbix holds a stake', 'holds'), group('the board is made up of nine', 'made'), group('zorbix has been fighting quanta', 'fighting'),
      group('zorbix will not sue', 'sue'), group('quanta sued zorbix', 'sued')]).toEqual(['bare+s', 'present+ed', 'perfect+be+ing', 'future+base', 'bare+ed']);
  });
  it('reads a happening summed up in the perfect with a count of times as a state, not a happening with a day', () => {
    const { a, sentences } = article('r', '2021-03-04', ['Zorbix buys Quanta.', 'Zorbix has cut prices three times this year in Pella.', 'Zorbix has sued Quanta twice since May.',
      'Zorbix has cut prices in Pella.', 'Zorbix cut prices three times in Pella.', 'Zorbix has bought three times as many shares of Quanta.']);
    const names: [number, string][] = [[0, 'Zorbix'], [0, 'Quanta'], [1, 'Zorbix'], [2, 'Zorbix'], [2, 'Quanta'], [3, 'Zorbix'], [4, 'Zorbix'], [5, 'Zorbix'], [5, 'Quanta']];
    const events = extractEvents(a, sentences, names.map(([i, t]) => ent(sentences, i, t, 'organization')), []);
    // (The past tense still tells what happened; a measure, "three times as many", is no count of happenings.)
    expect(events.map((e) => [e.sentence, e.mood ?? 'asserted'])).toEqual([[0, 'asserted'], [1, 'state'], [2, 'state'], [3, 'asserted'], [4, 'asserted'], [5, 'asserted']]);
  });
  it('takes no name before the clause of time that holds the trigger as a party ("took over after her predecessor died")', () => {
    const { a, sentences } = article('p', null, ['Ann Lee took over as chief after her predecessor, Miro Tael, died suddenly of a heart attack.']);
    const events = extractEvents(a, sentences, [ent(sentences, 0, 'Ann Lee', 'person'), ent(sentences, 0, 'Miro Tael', 'person')], []);
    expect(events.map((e) => [e.type, e.participants.map((p) => p.mention)])).toEqual([['death', [1]]]);
  });
  it('keeps the main clause\'s names where the clause of time is only a preposition\'s phrase; no pronoun referent across a nearer noun (session 27, mendC)', () => {
    const parties = (line: string, names: [string, EntityType][]) => {
      const { a, sentences } = article('mc', '2020-05-05', ['Quanta Corp posted higher profits for the year.', line]);
      const entities = [ent(sentences, 0, 'Quanta Corp', 'organization'), ...names.map(([t, ty]) => ent(sentences, 1, t, ty))];
      return extractEvents({ ...a, title: 'Quanta profits rise' }, sentences, entities, []).find((e) => e.sentence === 1)?.participants.map((p) => entities[p.mention]!.text);
    };
    // "after the takeover of …" has no verb of its own: the main clause's names stay.
    expect(parties('Velm Bank lost money after the takeover of Miro Ltd.', [['Velm Bank', 'organization'], ['Miro Ltd', 'organization']]))
      .toEqual(['Velm Bank', 'Miro Ltd']);
    expect(parties('Zorbix Corp has grown since its merger with Miro Ltd in Pella.', [['Zorbix Corp', 'organization'], ['Miro Ltd', 'organization'], ['Pella', 'place']]))
      ?.toContain('Zorbix Corp');
    expect(parties('Ann Lee of Zorbix Corp spoke after the merger of Velm Bank and Miro Ltd.',
      [['Ann Lee', 'person'], ['Zorbix Corp', 'organization'], ['Velm Bank', 'organization'], ['Miro Ltd', 'organization']])).toContain('Ann Lee');
    // With a verb of its own, the clause's names are the happening's, as before.
    expect(parties('Velm Bank fell after Miro Ltd sued Zorbix Corp.', [['Velm Bank', 'organization'], ['Miro Ltd', 'organization'], ['Zorbix Corp', 'organization']]))
      .toEqual(['Miro Ltd', 'Zorbix Corp']);
    // A possessed or counted noun between the name and the pronoun is what the pronoun stands for.
    expect(parties('Ann Lee fired her aide after he was charged with fraud by Zorbix Corp.', [['Ann Lee', 'person'], ['Zorbix Corp', 'organization']]))
      .toEqual(['Zorbix Corp']);
    // (Naming no one, the strike is kept with no participant: a report, not lost.)
    expect(parties('Zorbix Corp sacked 200 workers after they went on strike.', [['Zorbix Corp', 'organization']])).toEqual([]);
    expect(parties('Zorbix Corp cut its forecast after they went on strike.', [['Zorbix Corp', 'organization']])).toEqual(['Zorbix Corp']);
  });
  it('reads a noun trigger by the verb that governs it across the adjectives of its phrase', () => {
    const { a, sentences } = article('j', null, ['Zorbix Ltd holds the biggest stake in Quanta Inc.', 'Zorbix Ltd completed the largest takeover of Quanta Inc.',
      'Zorbix Ltd had wanted to fund a new hostile bid for Quanta Inc.', '"Our Zorbix plans are the same," said Ann Lee of Quanta Inc.']);
    const names: [number, string][] = [[0, 'Zorbix Ltd'], [0, 'Quanta Inc'], [1, 'Zorbix Ltd'], [1, 'Quanta Inc'], [2, 'Zorbix Ltd'], [2, 'Quanta Inc'], [3, 'Ann Lee'], [3, 'Quanta Inc']];
    const events = extractEvents(a, sentences, names.map(([i, t]) => ent(sentences, i, t, 'organization')), []);
    // (A verb trigger after a quotation's closing adjective is no noun of its phrase: the saying stays a quote.)
    expect(events.map((e) => [e.sentence, e.mood ?? 'asserted'])).toEqual([[0, 'state'], [1, 'asserted'], [2, 'unasserted'], [3, 'asserted']]);
  });
  it('reads a participle describing its clause\'s subject, or a verb before its object\'s relative clause, as its own happening; a subject noun by its predicate', () => {
    const { a, sentences } = article('r', null, ['Zorbix fans arrested in Pella may be freed.', 'Zorbix Ltd launched in Pella a service Quanta Inc will sell.',
      'Police arrested in Pella two men Quanta will question.', 'Zorbix Ltd bought in 2003 shares Quanta may sell.', 'Police detained three Zorbix fans in Pella.', 'The Zorbix takeover should still go ahead in Pella.']);
    const names: [number, string][] = [[0, 'Zorbix'], [0, 'Pella'], [1, 'Zorbix Ltd'], [1, 'Pella'], [1, 'Quanta Inc'], [2, 'Pella'], [2, 'Quanta'], [3, 'Zorbix Ltd'], [3, 'Quanta'], [4, 'Zorbix'], [4, 'Pella'], [5, 'Zorbix'], [5, 'Pella']];
    const events = extractEvents(a, sentences, names.map(([i, t]) => ent(sentences, i, t, t === 'Pella' ? 'place' : 'organization')), []);
    // (The modal, the future and the relative clause are the predicate's or the object's: the arrest happened.) A subject
    // noun is its predicate's, an adverb inside the verb group read past ("should still go ahead").
    expect(events.map((e) => [e.sentence, e.trigger, e.mood ?? 'asserted'])).toEqual([[0, 'arrested', 'asserted'], [1, 'launched', 'asserted'],
      [2, 'arrested', 'asserted'], [3, 'bought', 'asserted'], [4, 'detained', 'asserted'], [5, 'takeover', 'unasserted']]);
  });
  it('reads a share price\'s move as a market\'s figure, no happening, in a body sentence and in a lede; a company\'s results stay its news', () => {
    const { a, sentences } = article('p', null, ['Zorbix shares fell 25 cents to $17.65 after the offer.', 'Quanta shares rose to their highest level since 2002.',
      'Zorbix bought Quanta for $2bn.', 'Quanta reported a loss of $38m for the year.']);
    const names: [number, string][] = [[0, 'Zorbix'], [1, 'Quanta'], [2, 'Zorbix'], [2, 'Quanta'], [3, 'Quanta']];
    const events = extractEvents(a, sentences, names.map(([i, t]) => ent(sentences, i, t, 'organization')), []);
    expect(events.map((e) => [e.sentence, e.type, e.mood ?? 'asserted'])).toEqual([[0, 'financial', 'not-news'], [1, 'financial', 'not-news'], [2, 'deal', 'asserted'], [3, 'financial', 'asserted']]);
    const lede = article('q', '2021-03-04', ['Miro Ltd shares jumped 12 pct on Tuesday in Pella.']);
    expect(extractEvents(lede.a, lede.sentences, [ent(lede.sentences, 0, 'Miro Ltd', 'organization')], []).map((e) => e.mood)).toEqual(['not-news']);
  });
  it('reads a violent trigger whose object is a proceeding or a transaction in its other sense', () => {
    expect(findTrigger('Quanta is also fighting two lawsuits over its pay deals.')).toMatchObject({ type: 'legal', text: 'fighting' });
    expect(findTrigger('Zorbix attacked the merger in a letter to shareholders.')?.type).toBe('deal');
    expect(findTrigger('Rebels are fighting government troops in the north.')?.type).toBe('attack');
    expect(findTrigger('Police killed two protesters in Pella.')?.type).toBe('attack');
  });
  it('reads a noun trigger under a verb told as to come as to come, past a possessive read as a contraction', () => {
    const { a, sentences } = article('w', null, ['Zorbix will now look towards February\'s meeting with Quanta for clues.', 'Zorbix looked towards February\'s meeting with Quanta for clues.']);
    const names: [number, string, EntityType][] = [[0, 'Zorbix', 'organization'], [0, 'Quanta', 'organization'], [1, 'Zorbix', 'organization'], [1, 'Quanta', 'organization']];
    const events = extractEvents(a, sentences, names.map(([i, t, ty]) => ent(sentences, i, t, ty)), []);
    expect(events.map((e) => [e.sentence, e.mood ?? 'asserted'])).toEqual([[0, 'forecast'], [1, 'asserted']]);
  });
  it('reads a noun trigger that is its clause\'s subject by its predicate: protests expected to be muted are not asserted, a filed suit happened', () => {
    const { a, sentences } = article('s', null, ['Unlike previous years, protests against Zorbix are expected to be muted.',
      'Protests against Zorbix were held in Davos.', 'The lawsuit against Quanta was filed by Miro.', 'A merger of Quanta and Zorbix may be called off.', 'Talks with Zorbix and Miro are unlikely to resume.']);
    const names: [number, string, EntityType][] = [[0, 'Zorbix', 'organization'], [1, 'Zorbix', 'organization'], [1, 'Davos', 'place'],
      [2, 'Quanta', 'organization'], [2, 'Miro', 'organization'], [3, 'Quanta', 'organization'], [3, 'Zorbix', 'organization'], [4, 'Zorbix', 'organization'], [4, 'Miro', 'organization']];
    const events = extractEvents(a, sentences, names.map(([i, t, ty]) => ent(sentences, i, t, ty)), []);
    // Told as to come or not asserted: either way no page ("are expected to be muted" reads as not asserted).
    const told = (mood: string | undefined) => (mood === undefined ? 'asserted' : 'not asserted');
    expect(events.map((e) => [e.sentence, told(e.mood)])).toEqual([[0, 'not asserted'], [1, 'asserted'], [2, 'asserted'], [3, 'not asserted'], [4, 'not asserted']]);
  });
  it('takes no form of address or company form read alone as a participant ("Dr", "Co"), and keeps the name after it', () => {
    const { a, sentences } = article('d', '2020-05-05', ['Ann Lee appointed Dr Bob Ray to the board.', 'Zorbix sued Pesch and Co on Monday.',
      'The Bank sued Quanta on Monday, a spokesman said.']);
    const entities = [ent(sentences, 0, 'Ann Lee', 'person'), ent(sentences, 0, 'Dr', 'organization'), ent(sentences, 0, 'Bob Ray', 'person'),
      ent(sentences, 1, 'Zorbix', 'organization'), ent(sentences, 1, 'Pesch', 'person'), ent(sentences, 1, 'Co', 'organization'),
      ent(sentences, 2, 'Bank', 'organization'), ent(sentences, 2, 'Quanta', 'organization')];
    const who = (i: number) => extractEvents(a, sentences, entities, []).find((e) => e.sentence === i)?.participants.map((p) => entities[p.mention]!.text);
    expect(who(0)).toEqual(['Ann Lee', 'Bob Ray']);
    expect(who(1)).toEqual(['Zorbix', 'Pesch']);
    // An institution's head word capitalised alone names none.
    expect(who(2)).toEqual(['Quanta']);
    for (const w of NAME_PIECES) expect(TITLE_HEADS.has(w) || ORG_HEADS.has(w)).toBe(true);
  });
  it('ends a company\'s name at its legal form, and takes no place that says what kind a noun is', () => {
    const { a, sentences } = article('f', '2020-05-05', ['The co-founder and former chief executive of Zorbix Inc. Ann Lee has died at the age of 56.',
      'Quanta Corp said it has formed a joint venture with Paris-based Orbis to export U.S. expertise in composites to Europe.']);
    const entities = [ent(sentences, 0, 'Zorbix Inc.', 'organization'), ent(sentences, 0, 'Ann Lee', 'person'),
      ent(sentences, 1, 'Quanta Corp', 'organization'), ent(sentences, 1, 'Paris', 'place'), ent(sentences, 1, 'Orbis', 'organization'), ent(sentences, 1, 'U.S.', 'place'), ent(sentences, 1, 'Europe', 'place')];
    const who = (i: number) => extractEvents(a, sentences, entities, []).find((e) => e.sentence === i)?.participants.map((p) => entities[p.mention]!.text);
    expect(who(0)).toEqual(['Ann Lee']);
    expect(who(1)).toEqual(['Quanta Corp', 'Orbis', 'Europe']);
  });
  it('reads the word a recasing capitalised after dotted initials as the noun they describe ("the U.K. Financial services group")', () => {
    const { a, sentences } = article('u', '2020-05-05', ['In January, Quanta acquired a large minority stake in the Italian unit of the U.K. Financial services group Miro Corp PLC.',
      'Quanta acquired the U.S. Pipeline of Miro Corp PLC.', 'Quanta acquired a stake in the U.S. financial markets.', 'Quanta sued the U.S. last week.']);
    const names: [number, string, EntityType][] = [[0, 'Quanta', 'organization'], [0, 'U.K.', 'place'], [0, 'Miro Corp PLC', 'organization'],
      [1, 'Quanta', 'organization'], [1, 'U.S.', 'place'], [1, 'Miro Corp PLC', 'organization'], [2, 'Quanta', 'organization'], [2, 'U.S.', 'place'],
      [3, 'Quanta', 'organization'], [3, 'U.S.', 'place']];
    const entities = names.map(([i, t, ty]) => ent(sentences, i, t, ty));
    const who = (i: number) => extractEvents(a, sentences, entities, []).find((e) => e.sentence === i)?.participants.map((p) => entities[p.mention]!.text);
    expect(who(0)).toEqual(['Quanta', 'Miro Corp PLC']);
    expect(who(1)).toEqual(['Quanta', 'Miro Corp PLC']);
    // An adjective and a noun after the initials: the initials describe that noun, but a time ("last week") is no noun of theirs.
    expect(who(2)).toEqual(['Quanta']);
    expect(who(3)).toEqual(['Quanta', 'U.S.']);
  });
  it('takes no place inside a noun phrase before the happening, nor one joined by "and" to a place that describes a noun', () => {
    const { a, sentences } = article('g', '2020-05-05', ['Minister Ann Lee admitted failings in the Zorbia arms affair but said she would not resign.',
      'Quanta Corp said it has merged its onshore and offshore Lakeland divisions into a unit working in the Lakeland and Gulf of Zorbia areas.',
      'Ann Lee visited Zorbia on Monday.', 'Three leading Zorbia names have launched appeals against the fines.',
      'The fall of the Zorbia dollar is due to Zorbia alone, Minister Ann Lee said.',
      'Quanta Corp said it has cut rates between its Zorbia hubs in the South and Lakeland hubs in the North.']);
    const entities = [ent(sentences, 0, 'Ann Lee', 'person'), ent(sentences, 0, 'Zorbia', 'place'),
      ent(sentences, 1, 'Quanta Corp', 'organization'), ent(sentences, 1, 'Lakeland', 'place'), { ...ent(sentences, 1, 'Lakeland and', 'place'), text: 'Lakeland' },
      ent(sentences, 1, 'Gulf of Zorbia', 'place'), ent(sentences, 2, 'Ann Lee', 'person'), ent(sentences, 2, 'Zorbia', 'place'), ent(sentences, 3, 'Zorbia', 'place'),
      ent(sentences, 4, 'Zorbia', 'place'), ent(sentences, 4, 'Ann Lee', 'person'),
      ent(sentences, 5, 'Quanta Corp', 'organization'), ent(sentences, 5, 'Zorbia', 'place'), ent(sentences, 5, 'South', 'place'), ent(sentences, 5, 'Lakeland', 'organization'), ent(sentences, 5, 'North', 'place')];
    const lakeland = entities[4]!;
    lakeland.start = sentences[1]!.text.indexOf('Lakeland and');
    lakeland.end = lakeland.start + 'Lakeland'.length;
    const who = (i: number) => extractEvents(a, sentences, entities, []).find((e) => e.sentence === i)?.participants.map((p) => entities[p.mention]!.text);
    expect(who(0)).toEqual(['Ann Lee']);
    expect(who(1)).toEqual(['Quanta Corp']);
    // A place that is no part of a noun phrase stays: where the happening was.
    expect(who(2)).toEqual(['Ann Lee', 'Zorbia']);
    // A noun phrase that opens the sentence is its subject: its place is whose the doers are.
    expect(who(3)).toEqual(['Zorbia']);
    // A country's money stands for the country.
    expect(who(4)).toEqual(['Zorbia', 'Ann Lee']);
    // Only a place joined to a describing place describes with it: "in the South and Lakeland hubs" keeps the South.
    expect(who(5)).toEqual(['Quanta Corp', 'South', 'Lakeland', 'North']);
  });
  it('dates an infinitive governed by a present perfect on the article day ("has forced Acme to lower its prices")', () => {
    const { a, sentences } = article('i', '2020-05-05', ['The regulator Ofcomm has forced Zorbix Ltd. to lower its prices.', 'Zorbix Ltd. wanted to lower its prices.']);
    const events = extractEvents(a, sentences, [ent(sentences, 0, 'Ofcomm', 'organization'), ent(sentences, 0, 'Zorbix Ltd.', 'organization'), ent(sentences, 1, 'Zorbix Ltd.', 'organization')], []);
    // What was only wanted did not happen: it is kept, marked, and is no event page.
    expect(events.map((e) => [e.type, e.date, e.mood])).toEqual([['financial', '2020-05-05', undefined], ['financial', null, 'unasserted']]);
  });
  it('marks negated, possible and conditional happenings: only what a sentence asserts is an event', () => {
    const { a, sentences } = article('m', '2020-05-05', [
      'Zorbix did not sue Quanta on Monday.',
      'Zorbix has never launched a tablet.',
      'If Quanta sued Zorbix on Monday, prices would rise.',
      'Zorbix could launch the Qube on Monday.',
      'Zorbix sued Quanta on Monday.',
      'Zorbix profits rose on Monday if compared to last year.',
    ]);
    const entities = [0, 2, 3, 4, 5].map((i) => ent(sentences, i, 'Zorbix', 'organization')).concat([ent(sentences, 1, 'Zorbix', 'organization')]);
    const dates = [0, 2, 3, 4, 5].map((i) => date(sentences, i, 'Monday', '2020-05-04', 'day'));
    expect(extractEvents(a, sentences, entities, dates).map((e) => [e.sentence, e.date, e.mood])).toEqual([[1, null, 'unasserted'],
      [2, null, 'unasserted'], [3, null, 'unasserted'], [4, '2020-05-04', undefined], [5, '2020-05-04', undefined]]);
  });
  it('keeps what is decided or scheduled for a day, marks what is planned, expected or forecast', () => {
    const lines = [
      'Zorbix agreed to buy Quanta.',
      'Zorbix plans to buy Quanta.',
      'Zorbix is expected to sue Quanta.',
      'Zorbix will hold talks with Quanta on Monday.',
      'Zorbix sales will rise next year.',
      'Zorbix will launch the Qube.',
      'Zorbix is likely to launch the Qube later this year.',
      'Zorbix is due to launch the Qube on Monday.',
    ];
    const { a, sentences } = article('f', '2020-05-05', lines);
    const entities = lines.map((_, i) => ent(sentences, i, 'Zorbix', 'organization'));
    const dates = [date(sentences, 3, 'Monday', '2020-05-11', 'day'), date(sentences, 7, 'Monday', '2020-05-11', 'day')];
    expect(extractEvents(a, sentences, entities, dates).map((e) => [e.sentence, e.type, e.date, e.mood])).toEqual([[0, 'deal', null, undefined],
      [3, 'meeting', '2020-05-11', undefined], [5, 'launch', null, 'forecast'], [6, 'launch', null, 'forecast'], [7, 'launch', '2020-05-11', undefined]]);
  });
  it('dates a happening by a time it can be on: not a period, a target, another clause\'s day or a month still to come', () => {
    const lines = [
      'Zorbix opened a shop in Paris on Monday.',
      'Zorbix sold the Qube to Quanta in January, the banker said.',
      'Zorbix sold 20 Qubes to Quanta over the last two months, the banker said.',
      'Zorbix launched the Qube in the past three months.',
      'Zorbix had completed its purchase of Quanta by June, the banker said.',
      'Zorbix bought the Quanta plant as early as April, traders said.',
      'As of March 3, the Zorbix bank had assets of 511 mln dlrs, Quanta said.',
    ];
    const a = { ...article('g', '2020-03-10', lines).a, title: 'Zorbix news' };
    const events = extractArticle(a).events.filter((e) => e.sentence > 0);
    expect(events.map((e) => [e.sentence, e.date, e.mood])).toEqual([[1, '2020-01', undefined], [2, null, undefined], [3, null, undefined],
      [4, null, undefined], [5, null, 'forecast'], [6, null, undefined]]);
    // A lede is its article's news on its day, whatever it says is to come.
    const lede = { ...article('h', '2020-03-10', ['PARIS, March 10 - Zorbix chief Ann Lee said the group\'s losses next year will be reduced by about 15 mln dlrs.']).a, title: 'Lee says Zorbix losses will be lower' };
    expect(extractArticle(lede).events.map((e) => [e.date, e.mood, e.lede])).toEqual([['2020-03-10', undefined, true]]);
  });
  it('does not date a lede\'s news by a day written without its year, read in the year before the article\'s and more than a month before it', () => {
    // The past-biased year of a yearless day still to come ("if holders approve the plan at a meeting on April 20" in a March story) reads
    // it as last April: no day of the news, which is reported on the article's day. (A yearless day of the article's
    // own year still dates it: "bought Quanta on March 20" in a May story, below.)
    const lede = { ...article('yl', '2020-03-02', ['PELLA, March 2 - Zorbix Corp said it will buy back five mln of its shares if holders approve the plan at a meeting on April 20.']).a, title: 'Zorbix to buy back shares' };
    expect(extractArticle(lede).events.filter((e) => e.lede).map((e) => e.date)).toEqual(['2020-03-02']);
    // Nor by a month a year back that it names in passing ("a contract it signed last February" in a February story).
    const signed = { ...article('lf', '2020-02-26', ['PELLA, Feb 26 - Quanta Corp won a court ruling over a shipping contract it signed with Zorbix last February, its lawyers said.']).a, title: 'Zorbia and banks agree on debt terms' };
    expect(extractArticle(signed).events.filter((e) => e.lede).map((e) => e.date)).toEqual(['2020-02-26']);
  });
  it('leaves a lede\'s news undated, not on its report\'s day, when it is told as before the report with no date', () => {
    const news = (text: string, title: string) => extractArticle({ ...article('wb', '2020-04-09', [text]).a, title }).events.filter((e) => e.lede).map((e) => [e.date, e.precision]);
    // In a span of days before the report that names no date (the anchor model puts the happening in it) …
    expect(news('Zorbix Corp said it sold its Quanta unit last week to Melvar Inc for 20 mln dlrs.', 'Zorbix sells Quanta unit')).toEqual([[null, null]]);
    expect(news('Zorbix Corp acquired the Quanta mills late last week from Melvar Inc.', 'Zorbix buys Quanta mills')).toEqual([[null, null]]);
    // … or in the past perfect.
    expect(news('Zorbix Corp said it had sold its Quanta unit to Melvar Inc for 20 mln dlrs.', 'Zorbix sells Quanta unit')).toEqual([[null, null]]);
    // Told in the past with nothing before the report, it is the report's news of the day; a week that is not the
    // happening's ("sales rose … from last week") leaves it so too.
    expect(news('Zorbix Corp said it sold its Quanta unit to Melvar Inc for 20 mln dlrs.', 'Zorbix sells Quanta unit')).toEqual([['2020-04-09', 'day']]);
    expect(news('Zorbix Corp said its steel output rose 15 pct from last week to 20,000 tonnes.', 'Zorbix steel output rises')).toEqual([['2020-04-09', 'day']]);
  });
  it('dates a happening told in the past perfect not by the day of its report', () => {
    const lines = [
      'Ann Lee said on Friday that Zorbix had sued Quanta over the patent.',
      'On Friday, Ann Lee said Zorbix had sued Quanta over the patent.',
      'Zorbix had sued Quanta over the patent, Ann Lee said on Friday.',
      'Ann Lee said Zorbix had sued Quanta on Friday.',
    ];
    const a = { ...article('pp', '2020-03-10', lines).a, title: 'Zorbix news' };
    const suits = extractArticle(a).events.filter((e) => e.sentence > 0 && e.type === 'legal');
    // The suing's own "on Friday" dates it.
    expect(suits.map((e) => [e.sentence, e.date])).toEqual([[1, null], [2, null], [3, '2020-03-06']]);
  });
  it('reads a trigger with the TimeML-trained assertion model', () => {
    const at = (s: string, t: string) => assertionOf(s, s.indexOf(t));
    expect(at('Zorbix did not sue Quanta.', 'sue')).toBe('unasserted');
    expect(at('Zorbix could sue Quanta.', 'sue')).toBe('unasserted');
    expect(at('Zorbix sued Quanta on Monday.', 'sued')).toBe('asserted');
    expect(at('Leaders will meet in Oslo on Monday.', 'meet')).toBe('future');
    expect(at('If Zorbix sues Quanta, prices will rise.', 'sues')).toBe('unasserted');
  });
  it('reads a happening in the clause of a verb of a view as held, not told; a reporting verb tells it (issue 19)', () => {
    const at = (s: string, t: string) => assertionOf(s, s.indexOf(t));
    // Past the assertion model's window of six words before the trigger: the view still governs it.
    expect(at('The Velmar harbour chief believes that smugglers from Quanta had staged several night raids on the northern docks.', 'raids')).toBe('unasserted');
    expect(at('Ann Lee thinks Zorbix sold the Quanta unit last year.', 'sold')).toBe('unasserted');
    expect(at('The Velmar harbour chief said that smugglers from Quanta had staged several night raids on the northern docks.', 'raids')).toBe('asserted');
    expect(at('Ann Lee said Zorbix sold the Quanta unit last year.', 'sold')).toBe('asserted');
    expect(at('Zorbix sold the Quanta unit too cheaply, Ann Lee believes.', 'sold')).toBe('unasserted');
    expect(at('Zorbix sold the Quanta unit too cheaply, Ann Lee said.', 'sold')).toBe('asserted');
    // A verb of a view that governs no clause: before a preposition or a pause, or cut off by a clause of its own.
    expect(at('Sales rose more than expected, and Zorbix sold the Quanta unit.', 'sold')).toBe('asserted');
    expect(at('Ann Lee thinks so, but Zorbix sold the Quanta unit.', 'sold')).toBe('asserted');
    expect(at('Sales rose to 2 mln dlrs, more than analysts had expected.', 'rose')).toBe('asserted');
    // The saying of a view is a statement told as made: the quote's speaker, or the verb closing the sentence, tells it.
    expect(at('"We believe the Quanta case is strong," said Ann Lee.', 'said')).toBe('asserted');
    expect(at('Farmers expect grain prices to rise, Ann Lee said.', 'said')).toBe('asserted');
    expect(at('The expected merger comes as Ann Lee said Zorbix sold the Quanta unit.', 'sold')).toBe('asserted');
    expect(at('Zorbix Trust sold the Quanta unit last year.', 'sold')).toBe('asserted');
    expect(at('Ann Lee reckons Zorbix sold the Quanta unit last year.', 'sold')).toBe('unasserted');
  });
  it('reads births, stated beliefs, and a resignation told as under way', () => {
    const { a, sentences } = article('b', '2020-05-05', [
      'Ann Lee, born in Oslo on March 3, 1961, leads Zorbix.',
      'Ann Lee believes the tablet will sell.',
      'Ann Lee is stepping down from her post at Zorbix.',
      'The Oslo-born engineer Ann Lee joined Zorbix.',
    ]);
    const entities = [ent(sentences, 0, 'Ann Lee', 'person'), ent(sentences, 0, 'Oslo', 'place'), ent(sentences, 1, 'Ann Lee', 'person'),
      ent(sentences, 2, 'Ann Lee', 'person'), ent(sentences, 2, 'Zorbix', 'organization'), ent(sentences, 3, 'Ann Lee', 'person'), ent(sentences, 3, 'Zorbix', 'organization')];
    const events = extractEvents(a, sentences, entities, [date(sentences, 0, 'March 3, 1961', '1961-03-03', 'day')]);
    expect(events.map((e) => [e.type, e.date])).toEqual([['birth', '1961-03-03'], ['statement', '2020-05-05'], ['resignation', '2020-05-05']]);
    expect(events[0]!.participants).toEqual([{ mention: 0, role: 'actor' }, { mention: 1, role: 'place', party: 'target' }]);
    expect(events[2]!.participants[0]).toEqual({ mention: 3, role: 'actor' });
  });
  it('takes no participant from the dateline, and one piece of a name the reader split', () => {
    const { a, sentences } = article('d', '1987-02-26', ['COLUMBUS, IND., Feb 26 - Arvin Industries Inc said it acquired Quanta Corp.']);
    const names = [ent(sentences, 0, 'COLUMBUS', 'place'), ent(sentences, 0, 'IND', 'place'), ent(sentences, 0, 'Arvin', 'organization'),
      ent(sentences, 0, 'Industries Inc', 'organization'), ent(sentences, 0, 'Quanta Corp', 'organization')];
    const [ev] = extractEvents(a, sentences, names, []);
    expect(ev!.participants.map((p) => names[p.mention]!.text)).toEqual(['Arvin', 'Quanta Corp']);
  });
  it('reads a dateline whose city is a name, not capitals, when its day follows ("Toronto, Feb 26 -")', () => {
    const { a, sentences } = article('t', '1987-02-26', ['Scarborough, Ontario, Feb 26 - Zorbix Ltd said it acquired Quanta Corp.']);
    const names = [ent(sentences, 0, 'Scarborough', 'place'), ent(sentences, 0, 'Ontario', 'place'), ent(sentences, 0, 'Zorbix Ltd', 'organization'), ent(sentences, 0, 'Quanta Corp', 'organization')];
    const [ev] = extractEvents(a, sentences, names, []);
    expect(ev!.participants.map((p) => names[p.mention]!.text)).toEqual(['Zorbix Ltd', 'Quanta Corp']);
  });
  it('takes no participant from a dateline with its month in lower case, after slug marks (session 39) or with a mistyped day (session 50)', () => {
    for (const line of ['Pella, march 4 - Zorbix Ltd said it acquired Quanta Corp.', '****PELLA, March 4 - Zorbix Ltd said it acquired Quanta Corp.', 'PELLA, March 119 - Zorbix Ltd said it acquired Quanta Corp.']) {
      const { a, sentences } = article('m', '1987-03-04', [line]);
      const city = line.startsWith('*') ? 'PELLA' : 'Pella';
      const names = [ent(sentences, 0, city, 'place'), ent(sentences, 0, 'Zorbix Ltd', 'organization'), ent(sentences, 0, 'Quanta Corp', 'organization')];
      const [ev] = extractEvents(a, sentences, names, []);
      expect(ev!.participants.map((p) => names[p.mention]!.text)).toEqual(['Zorbix Ltd', 'Quanta Corp']);
    }
  });
  it('needs both a trigger and a named participant', () => {
    expect(events.map((e) => e.sentence)).toEqual([0, 1]);
  });
});

describe('resolveEvents', () => {
  const rec = (id: string, date: string | null): ArticleRecord => ({ id, file: `${id}.txt`, title: id, date, dateSource: null, section: null, source: null, hash: id, paragraphs: [] });
  function extraction(id: string, d: string | null, lines: string[], names: [number, string, EntityType][], dated: [number, string, string, DateMention['precision']][]): ArticleExtraction {
    const { a, sentences } = article(id, d, lines);
    const entities = names.map(([i, t, ty]) => ent(sentences, i, t, ty));
    const dates = dated.map(([i, t, v, p]) => date(sentences, i, t, v, p));
    return { article: id, sentences, entities, dates, events: extractEvents(a, sentences, entities, dates) };
  }
  const x1 = extraction('one', '2022-03-08', ['The European Union sanctioned Rosneft on Friday.'], [[0, 'European Union', 'organization'], [0, 'Rosneft', 'organization']], [[0, 'Friday', '2022-03-04', 'day']]);
  const x2 = extraction('two', null, ['Rosneft was blacklisted by the EU in March.'], [[0, 'Rosneft', 'organization'], [0, 'EU', 'organization']], [[0, 'March', '2022-03', 'month']]);
  const x3 = extraction('three', '2022-03-09', ['Rosneft was sanctioned by Brussels on February 24.'], [[0, 'Rosneft', 'organization'], [0, 'Brussels', 'place']], [[0, 'February 24', '2022-02-24', 'day']]);
  const assignment = new Map<string, (string | null)[]>([['one', ['european-union', 'rosneft']], ['two', ['rosneft', 'european-union']], ['three', ['rosneft', 'brussels']]]);

  it('joins mentions across articles when type, date and participants agree, keeping the precise date', () => {
    const events = resolveEvents({ articles: [rec('one', '2022-03-08'), rec('two', null)], extractions: [x1, x2], assignment });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ id: '2022-03-04-sanction-rosneft', type: 'sanction', date: '2022-03-04', precision: 'day' });
    expect(events[0]!.sources.map((s) => s.article)).toEqual(['one', 'two']);
    expect(events[0]!.title.length).toBeLessThan(60);
  });
  it('keeps apart different days, is independent of input order, and skips duplicates', () => {
    const forward = resolveEvents({ articles: [rec('one', null), rec('two', null), rec('three', null)], extractions: [x1, x2, x3], assignment });
    const backward = resolveEvents({ articles: [rec('three', null), rec('two', null), rec('one', null)], extractions: [x3, x2, x1], assignment });
    expect(backward).toEqual(forward);
    expect(forward.map((e) => e.date).sort()).toEqual(['2022-02-24', '2022-03-04']);
    const dup = resolveEvents({ articles: [rec('one', null), { ...rec('two', null), duplicateOf: 'one' }], extractions: [x1, x2], assignment });
    expect(dup.flatMap((e) => e.sources.map((s) => s.article))).toEqual(['one']);
  });
  it('shows where sources disagree: each date and each count with its article', () => {
    const a = extraction('a', '2022-03-08', ['Soldiers killed 82 people in Yangon on March 5.'], [[0, 'Yangon', 'place']], [[0, 'March 5', '2022-03-05', 'day']]);
    const b = extraction('b', '2022-03-09', ['Soldiers killed 80 people in Yangon on March 6.'], [[0, 'Yangon', 'place']], [[0, 'March 6', '2022-03-06', 'day']]);
    const c = extraction('c', '2022-03-09', ['Soldiers killed 80 people in Yangon in March.'], [[0, 'Yangon', 'place']], [[0, 'March', '2022-03', 'month']]);
    const ids = new Map<string, (string | null)[]>([['a', ['yangon']], ['b', ['yangon']], ['c', ['yangon']]]);
    const events = resolveEvents({ articles: [rec('a', null), rec('b', null), rec('c', null)], extractions: [a, b, c], assignment: ids });
    expect(events).toHaveLength(1);
    expect(events[0]!.sources.map((s) => s.article)).toEqual(['a', 'b', 'c']);
    expect(events[0]!.date).toBe('2022-03-05');
    expect(events[0]!.disagreements).toEqual([
      { field: 'date', values: [{ value: '2022-03-05', article: 'a' }, { value: '2022-03-06', article: 'b' }, { value: '2022-03', article: 'c' }] },
      { field: 'number of people', values: [{ value: '82', article: 'a' }, { value: '80', article: 'b' }, { value: '80', article: 'c' }] },
    ]);
    const x = extraction('x', null, ['Police arrested Ana Lee on May 2.'], [[0, 'Ana Lee', 'person']], [[0, 'May 2', '2022-05-02', 'day']]);
    const y = extraction('y', null, ['Police arrested Ana Lee on May 3.'], [[0, 'Ana Lee', 'person']], [[0, 'May 3', '2022-05-03', 'day']]);
    const z = extraction('z', null, ['Police arrested Ana Lee on May 3.'], [[0, 'Ana Lee', 'person']], [[0, 'May 3', '2022-05-03', 'day']]);
    const arrests = resolveEvents({ articles: [rec('x', null), rec('y', null), rec('z', null)], extractions: [x, y, z], assignment: new Map([['x', ['ana-lee']], ['y', ['ana-lee']], ['z', ['ana-lee']]]) });
    expect(arrests).toHaveLength(1);
    expect(arrests[0]).toMatchObject({ date: '2022-05-03', disagreements: [{ field: 'date', values: [{ value: '2022-05-02', article: 'x' }, { value: '2022-05-03', article: 'y' }, { value: '2022-05-03', article: 'z' }] }] });
  });
  it('names an event after the participant that carries the trigger word', () => {
    const x = extraction('s', '2022-03-08', ['Leaders met at the Summit of the Americas on Friday.'], [[0, 'Summit of the Americas', 'other']], [[0, 'Friday', '2022-03-04', 'day']]);
    const [ev] = resolveEvents({ articles: [rec('s', null)], extractions: [x], assignment: new Map([['s', ['summit-of-the-americas']]]), entityNames: new Map([['summit-of-the-americas', 'Summit of the Americas']]) });
    expect(ev).toMatchObject({ id: '2022-03-04-meeting-summit-of-the-americas', title: 'Summit of the Americas', type: 'meeting' });
  });
  it('titles an undated happening by its clause, not by a name it only mentions', () => {
    const x = extraction('s', null, ['The budget will be the last before the Zorbian General Election.'], [[0, 'Zorbian General Election', 'other']], []);
    const { events, reports } = resolveHappenings({ articles: [rec('s', null)], extractions: [x], assignment: new Map([['s', ['zorbian-general-election']]]), entityNames: new Map([['zorbian-general-election', 'Zorbian General Election']]) });
    expect(events.map((e) => e.title)).toEqual([]);
    expect(reports.map((r) => r.why)).toEqual(['untitled']);
  });
  it('keeps what is not a page as a report: not asserted, forecast, or with no clause a reader understands', () => {
    const x = extraction('r', null, ['Zorbix has never sued Quanta.', 'Zorbix will launch the Qube.', 'Zorbix has been enjoying record profits.', 'Zorbix sued Quanta on Monday.'],
      [[0, 'Zorbix', 'organization'], [0, 'Quanta', 'organization'], [1, 'Zorbix', 'organization'], [2, 'Zorbix', 'organization'], [3, 'Zorbix', 'organization'], [3, 'Quanta', 'organization']],
      [[3, 'Monday', '2022-03-07', 'day']]);
    const { events, reports } = resolveHappenings({ articles: [rec('r', null)], extractions: [x], assignment: new Map([['r', ['zorbix', 'quanta', 'zorbix', 'zorbix', 'zorbix', 'quanta']]]) });
    expect(events.map((e) => e.title)).toEqual(['Zorbix sued Quanta on Monday']);
    expect(reports.map((r) => [r.sentence, r.why])).toEqual([[0, 'unasserted'], [1, 'forecast'], [2, 'untitled']]);
  });
  it('makes no page of a happening whose clause has an unnamed subject ("the minister"), and keeps it as a report', () => {
    const x = extraction('u', null, ['The detainees were arrested under the Velmont Security Act on Monday.', 'The minister unveiled the Quorin Plan on Monday.', 'Police arrested Ana Lee on Monday.', 'Tomas Verhoeven resigned from Miro Bank on Monday.'],
      [[0, 'Velmont Security Act', 'other'], [1, 'Quorin Plan', 'other'], [2, 'Ana Lee', 'person'], [3, 'Tomas Verhoeven', 'person'], [3, 'Miro Bank', 'organization']],
      [[0, 'Monday', '2022-03-07', 'day'], [1, 'Monday', '2022-03-07', 'day'], [2, 'Monday', '2022-03-07', 'day'], [3, 'Monday', '2022-03-07', 'day']]);
    expect(x.events.map((e) => e.unnamedParty ?? false)).toEqual([true, true, false, false]);
    const { events, reports } = resolveHappenings({ articles: [rec('u', null)], extractions: [x], assignment: new Map([['u', ['velmont-security-act', 'quorin-plan', 'ana-lee', 'tomas-verhoeven', 'miro-bank']]]) });
    expect(events.map((e) => e.title).sort()).toEqual(['Police arrested Ana Lee on Monday', 'Tomas Verhoeven resigned from Miro Bank on Monday']);
    expect(reports.filter((r) => r.why === 'unnamed').map((r) => r.sentence)).toEqual([0, 1]);
  });
  it('keeps a happening whose clause names no one (its names all in another clause) as a report, not lost (issue 19)', () => {
    const x = extraction('k', null, ['Since the inquiry was launched in March, Zorbix Ltd has changed its board.', 'Zorbix Ltd sued Quorin Group on Monday.'],
      [[0, 'Zorbix Ltd', 'organization'], [1, 'Zorbix Ltd', 'organization'], [1, 'Quorin Group', 'organization']], [[1, 'Monday', '2022-03-07', 'day']]);
    expect(x.events.map((e) => [e.sentence, e.trigger, e.participants.length])).toEqual([[0, 'launched', 0], [1, 'sued', 2]]);
    const { events, reports } = resolveHappenings({ articles: [rec('k', null)], extractions: [x], assignment: new Map([['k', ['zorbix', 'zorbix', 'quorin-group']]]) });
    expect(events.map((e) => e.title)).toEqual(['Zorbix Ltd sued Quorin Group on Monday']);
    expect(reports.map((r) => [r.sentence, r.trigger, r.why, r.participants])).toEqual([[0, 'launched', 'unnamed', []]]);
  });
  it('reads an -ing trigger after a preposition as an activity named, a state, not a happening told', () => {
    const x = extraction('g', null, ['Quorin Group had done a superb job in fighting against the Velmont cuts.', 'Velmont policy was a major barrier to fighting poverty in Zarvia.', 'Quorin Group was fighting the Velmont cuts in court.'],
      [[0, 'Quorin Group', 'organization'], [1, 'Velmont', 'place'], [1, 'Zarvia', 'place'], [2, 'Quorin Group', 'organization']], []);
    expect(x.events.map((e) => [e.trigger, e.mood ?? 'asserted'])).toEqual([['fighting', 'state'], ['fighting', 'state'], ['fighting', 'asserted']]);
  });
  it('reads a doer named only by a modifier ("The Velmont co-chairman attacked …") as unnamed, the name no actor', () => {
    const x = extraction('m', null, ['The Velmont co-chairman attacked Ana Lee on Monday.'],
      [[0, 'Velmont', 'organization'], [0, 'Ana Lee', 'person']], [[0, 'Monday', '2022-03-07', 'day']]);
    expect(x.events.map((e) => [e.unnamedParty ?? false, e.participants.map((p) => p.role)])).toEqual([[true, ['other', 'target']]]);
    const passive = extraction('p', null, ['On Monday, a Velmont Bank manager was jailed for life.'], [[0, 'Velmont Bank', 'organization']], [[0, 'Monday', '2022-03-07', 'day']]);
    expect(passive.events.map((e) => e.unnamedParty ?? false)).toEqual([false]);
    const { events, reports } = resolveHappenings({ articles: [rec('m', null)], extractions: [x], assignment: new Map([['m', ['velmont', 'ana-lee']]]) });
    expect(events).toEqual([]);
    expect(reports.map((r) => [r.why, r.participants.find((p) => p.entity === 'velmont')?.role])).toEqual([['unnamed', 'other']]);
  });
  it('reads only unnamed people as an unnamed subject: not a name described between commas, nor a body, nor an object', () => {
    const at = (text: string, verb: string, ...names: string[]) => unnamedSubject(text, text.indexOf(verb), names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length })));
    expect(at('The chancellor unveiled the Quorin Plan.', 'unveiled', 'Quorin Plan')).toBe(true);
    expect(at('A senior barrister who has resigned over the laws says it is wrong.', 'resigned')).toBe(true);
    expect(at('Tomas Verhoeven, the chancellor, unveiled the Quorin Plan.', 'unveiled', 'Tomas Verhoeven', 'Quorin Plan')).toBe(false);
    expect(at('The central bank released figures on Zarvia.', 'released', 'Zarvia')).toBe(false);
    // A name that only modifies the person noun says whose the person is, not who (evt43).
    expect(at('A Velmont minister resigned.', 'resigned', 'Velmont')).toBe(true);
    expect(at('A previous Zorbian Party chancellor resigned in protest.', 'resigned', 'Zorbian Party')).toBe(true);
    expect(at('The Velmont co-chairman attacked the plans.', 'attacked', 'Velmont')).toBe(true);
    expect(unnamedSubjectOf('The Velmont co-chairman attacked Ana Lee.', 24, [{ start: 4, end: 11 }, { start: 33, end: 40 }])).toEqual({ modifiers: [0] });
    expect(at('The chancellor Tomas Verhoeven unveiled the Quorin Plan.', 'unveiled', 'Tomas Verhoeven', 'Quorin Plan')).toBe(false);
    expect(at('Zarvia sued the workers who resigned.', 'resigned', 'Zarvia')).toBe(false);
    expect(at('An annual survey released on Friday showed growth in Zarvia.', 'released', 'Zarvia')).toBe(false);
    // One of a possessive name's people is unnamed too; the name says whose (session 28, evt46).
    expect(at("Three of Zarvia's richest shipowners were arrested at dawn.", 'arrested', 'Zarvia')).toBe(true);
  });
  it('makes no page of an unnamed person whom a place only says where from, told in either voice (session 28, evt46)', () => {
    const x = extraction('w', null, ["Three of Zarvia's richest shipowners were arrested at dawn on Monday.", 'The Zarvia shipowner was jailed on Monday.', 'On Monday, a Velmont Bank clerk was jailed for fraud.'],
      [[0, 'Zarvia', 'place'], [1, 'Zarvia', 'place'], [2, 'Velmont Bank', 'organization']], [[0, 'Monday', '2022-03-07', 'day'], [1, 'Monday', '2022-03-07', 'day'], [2, 'Monday', '2022-03-07', 'day']]);
    // (A body's name so written is what the passive happening is done to, and stays.)
    expect(x.events.map((e) => e.unnamedParty ?? false)).toEqual([true, true, false]);
  });
  it('makes no page of a body called by its common noun when the sentence names only the site (session 28, evt46)', () => {
    const x = extraction('c', null, ['The tribunal was meeting at Pella on Monday.', 'The regulator sued Quanta Corp at Pella on Monday.'],
      [[0, 'Pella', 'place'], [1, 'Quanta Corp', 'organization'], [1, 'Pella', 'place']], [[0, 'Monday', '2022-03-07', 'day'], [1, 'Monday', '2022-03-07', 'day']]);
    expect(x.events.map((e) => e.unnamedParty ?? false)).toEqual([true, false]);
  });
  it('ends the trigger\'s clause and title at an infinitive of purpose, not at a complement its verb\'s or noun\'s WordNet frame takes (issue 19)', () => {
    const { a, sentences } = article('pu', null, ['Quanta unveiled a new tablet, named Mira, to complement the Zorbix Qube.', 'Quanta sued Miro Ltd to recover costs owed by Zorbix.',
      'Quanta elected Ann Lee to head Zorbix.', 'Quanta launched a bid to buy Zorbix.']);
    const names: [number, string, EntityType][] = [[0, 'Quanta', 'organization'], [0, 'Mira', 'other'], [0, 'Zorbix', 'organization'], [1, 'Quanta', 'organization'], [1, 'Miro Ltd', 'organization'],
      [1, 'Zorbix', 'organization'], [2, 'Quanta', 'organization'], [2, 'Ann Lee', 'person'], [2, 'Zorbix', 'organization'], [3, 'Quanta', 'organization'], [3, 'Zorbix', 'organization']];
    const entities = names.map(([i, t, ty]) => ent(sentences, i, t, ty));
    const parties = extractEvents(a, sentences, entities, []).map((e) => e.participants.map((p) => entities[p.mention]!.text));
    // Why it was done names another happening's party; whom a verb or a noun tells of ("elected Ann Lee to head", "a bid to buy") stays.
    expect(parties).toEqual([['Quanta', 'Mira'], ['Quanta', 'Miro Ltd'], ['Quanta', 'Ann Lee', 'Zorbix'], ['Quanta', 'Zorbix']]);
    expect(clauseTitle('Quanta sued Miro Ltd on Monday to recover costs owed by Zorbix.', 'sued')).toBe('Quanta sued Miro Ltd on Monday');
    expect(clauseTitle('A judge fined Quanta to punish its fraud.', 'fined')).toBe('A judge fined Quanta');
    expect(clauseTitle('Quanta agreed on Monday to buy Zorbix.', 'agreed to buy')).toBe('Quanta agreed on Monday to buy Zorbix');
    expect(clauseTitle('The court forced Quanta to pay Zorbix.', 'forced')).toBe('The court forced Quanta to pay Zorbix');
  });
  it('ends no clause title inside a name whose words include a capitalised "But" or "After" (session 42, evt93)', () => {
    // (Before: "Tom Penrik bought the Somewhere", "Quanta sponsored the Life".)
    expect(clauseTitle('Mr Penrik said he bought the Somewhere But Home CD for his daughter and was shocked to hear the swearing.', 'bought', 'Tom Penrik', ['Tom Penrik'])).toBe('Tom Penrik bought the Somewhere But Home CD');
    expect(clauseTitle('Quanta sponsored the Life After Dark tour, which sold out.', 'sponsored')).toBe('Quanta sponsored the Life After Dark');
    // A lower-case junction still ends the clause.
    expect(clauseTitle('Quanta bought Zorbix Ltd but it sold Miro Ltd later.', 'bought')).toBe('Quanta bought Zorbix Ltd');
  });
  it('reads the words after a "to" as the whole sentence tags them, not as a fragment tagged alone (session 30, speed39)', () => {
    // Tagged alone, "help cut its debts" opens with the noun "help"; in its sentence it is the infinitive of purpose.
    expect(clauseTitle('Miro Ltd sold its rail unit in May to help cut its debts.', 'sold')).toBe('Miro Ltd sold its rail unit in May');
    expect(clauseTitle('Zorbix hired twelve engineers in March to help build its new reactor.', 'hired')).toBe('Zorbix hired twelve engineers in March');
  });
  it('takes no participant from a phrase of purpose or a comment on the happening, and keeps its names as alsoNamed (session 31, evt63)', () => {
    const x = extraction('pp', null, [
      'Halden Bank acquired an office in Osaka in an effort to win clients from Sorin Trust.',
      'Zorbix acquired a plant in Lyon in order to compete with Garvel AG.',
      'Quantel acquired Pellor Ltd, a move analysts said would help Norvex Corp.',
      'Velmar Corp bought a stake in Tarn Ltd with a view to expanding in Brazil.',
      // A noun's complement ("of intent") and an apposition closed before the clause goes on end nothing: the names stay.
      'Quanta signed a letter of intent to acquire Zorbix.',
      'Quanta acquired the unit, a sale worth 5 mln dlrs, from Zorbix.',
    ], [[0, 'Halden Bank', 'organization'], [0, 'Osaka', 'place'], [0, 'Sorin Trust', 'organization'], [1, 'Zorbix', 'organization'], [1, 'Lyon', 'place'], [1, 'Garvel AG', 'organization'],
      [2, 'Quantel', 'organization'], [2, 'Pellor Ltd', 'organization'], [2, 'Norvex Corp', 'organization'], [3, 'Velmar Corp', 'organization'], [3, 'Tarn Ltd', 'organization'], [3, 'Brazil', 'place'],
      [4, 'Quanta', 'organization'], [4, 'Zorbix', 'organization'], [5, 'Quanta', 'organization'], [5, 'Zorbix', 'organization']], []);
    const named = (ids: number[] | undefined) => (ids ?? []).map((i) => x.entities[i]!.text);
    expect(x.events.map((e) => [e.sentence, e.participants.map((p) => x.entities[p.mention]!.text), named(e.asides)])).toEqual([
      [0, ['Halden Bank', 'Osaka'], ['Sorin Trust']],
      [1, ['Zorbix', 'Lyon'], ['Garvel AG']],
      [2, ['Quantel', 'Pellor Ltd'], ['Norvex Corp']],
      [3, ['Velmar Corp', 'Tarn Ltd'], ['Brazil']],
      [4, ['Quanta', 'Zorbix'], []],
      [5, ['Quanta', 'Zorbix'], []],
    ]);
    // The title ends where the purpose opens, as at an infinitive of purpose.
    expect(clauseTitle('Halden Bank acquired an office in Osaka in an effort to win clients from Sorin Trust.', 'acquired')).toBe('Halden Bank acquired an office in Osaka');
    // Resolved, the names are kept in the event (graph.json `alsoNamed`), not shown.
    const ids = x.entities.map((e) => e.text.toLowerCase().replace(/\s+/g, '-'));
    const events = resolveEvents({ articles: [rec('pp', null)], extractions: [x], assignment: new Map([['pp', ids]]) });
    const halden = events.find((e) => e.participants.some((p) => p.entity === 'halden-bank'))!;
    expect(halden.participants.map((p) => p.entity)).not.toContain('sorin-trust');
    expect(halden.alsoNamed?.map((p) => p.entity)).toContain('sorin-trust');
  });
  it('takes no participant of a trigger-less lede from its phrase of purpose (session 31, evt63)', () => {
    const { a, sentences } = article('pl', '2022-03-08', ['Ann Brill, a councillor, entered the mayoral race this week with a pledge to clean up Pella Hall.']);
    const entities = [ent(sentences, 0, 'Ann Brill', 'person'), ent(sentences, 0, 'Pella Hall', 'organization')];
    const events = extractEvents(a, sentences, entities, []);
    markTheNews(a, sentences, entities, [], events);
    expect(events.map((e) => [e.participants.map((p) => entities[p.mention]!.text), (e.asides ?? []).map((i) => entities[i]!.text)])).toEqual([[['Ann Brill'], ['Pella Hall']]]);
    // A reported lede's infinitive of purpose, and a relative clause after a trigger-less lede's verb, hold no party.
    for (const [title, text, party, aside] of [
      ['Norland cuts fuel prices', 'PELLA, March 8 - Norland cut its fuel prices on Monday to end a long row with Zorbia over fishing rights, a trade official said.', 'Norland', 'Zorbia'],
      ['Rail board widens night services', 'PELLA, March 8 - The Norland Rail Board widened its night services, which rival lines in Zorbia had asked for.', 'Norland Rail Board', 'Zorbia'],
      // (A relative clause with no comma, and a clause of time after the first verb's clause: session 41, evt91.)
      ['Rail board widens night services', 'PELLA, March 8 - The Norland Rail Board welcomed the first night service which starts in Zorbia on May 2.', 'Norland Rail Board', 'Zorbia'],
      ['Rail board fares up', 'PELLA, March 8 - The Norland Rail Board put up its fares by five pct after Zorbia raised its track charges.', 'Norland Rail Board', 'Zorbia'],
    ] as const) {
      const l = article('pr', '2022-03-08', [text]);
      const ln = [ent(l.sentences, 0, party, party === 'Norland' ? 'place' : 'organization'), ent(l.sentences, 0, aside, 'place')];
      const headed = { ...l.a, title };
      const found = extractEvents(headed, l.sentences, ln, []);
      markTheNews(headed, l.sentences, ln, [], found);
      expect(found.map((e) => [e.participants.map((p) => ln[p.mention]!.text), (e.asides ?? []).map((i) => ln[i]!.text)])).toEqual([[[party], [aside]]]);
    }
    // A clause told beside the first ("while") keeps its names: it may be news of its own.
    const w = article('pw', '2022-03-08', ['PELLA, March 8 - The Norland Rail Board cut its fares while Zorbia raised its own.']);
    const wn = [ent(w.sentences, 0, 'Norland Rail Board', 'organization'), ent(w.sentences, 0, 'Zorbia', 'place')];
    const wh = { ...w.a, title: 'Rail fares move' };
    const wf = extractEvents(wh, w.sentences, wn, []);
    markTheNews(wh, w.sentences, wn, [], wf);
    expect(wf.flatMap((e) => e.asides ?? [])).toEqual([]);
    // A name the headline writes is a party of the article's news, whatever clause of the lede names it.
    const h = article('ph', '2022-03-08', ['PELLA, March 8 - Miro Partners said it will seek seats on the board in a drive to change the pay rules of Velmar Medical Inc.']);
    const hn = [ent(h.sentences, 0, 'Miro Partners', 'organization'), ent(h.sentences, 0, 'Velmar Medical Inc', 'organization')];
    for (const title of ['Miro plans Velmar Medical board fight', 'Miro plans board fight']) {
      const headed = { ...h.a, title };
      const found = extractEvents(headed, h.sentences, hn, []);
      markTheNews(headed, h.sentences, hn, [], found);
      expect(found.map((e) => e.participants.map((p) => hn[p.mention]!.text).includes('Velmar Medical Inc'))).toEqual([title.includes('Velmar')]);
    }
    // A body the headline names, written in the lede only before its official's name, is a party (issue 19's
    // missing-party, evt90): whether the name reader kept it before the title or took the run as the person's.
    const b = article('pb', '2022-03-08', ['PELLA, March 8 - Zorbix Corp Chairman Ann Vell said the bank holding company is turning around.', 'Zorbix lost money in 2021.']);
    const officialOf = (title: string, names: EntityMention[]) => {
      const headed = { ...b.a, title };
      const found = extractEvents(headed, b.sentences, names, []);
      markTheNews(headed, b.sentences, names, [], found);
      return found.filter((e) => e.sentence === 0).map((e) => e.participants.map((p) => names[p.mention]!.text).sort());
    };
    const read = [ent(b.sentences, 0, 'Zorbix Corp', 'organization'), ent(b.sentences, 0, 'Ann Vell', 'person'), ent(b.sentences, 1, 'Zorbix', 'organization')];
    const cut = [ent(b.sentences, 0, 'Ann Vell', 'person'), ent(b.sentences, 1, 'Zorbix', 'organization')];
    expect(officialOf('ZORBIX <ZRB> CHAIR SAYS BANK TURNING AROUND', read)).toEqual([['Ann Vell', 'Zorbix Corp']]);
    expect(officialOf('ZORBIX <ZRB> CHAIR SAYS BANK TURNING AROUND', cut)).toEqual([['Ann Vell', 'Zorbix']]);
    expect(officialOf('BANK CHAIR SAYS TURNAROUND UNDER WAY', read)).toEqual([['Ann Vell']]);
    expect(officialOf('BANK CHAIR SAYS TURNAROUND UNDER WAY', cut)).toEqual([['Ann Vell']]);
  });
  /** The news markTheNews marks in an undated article of a lede and a second sentence, with the names given. */
  const undatedNews = (title: string, text: string, names: [string, EntityType][]) => {
    const l = article('und', null, [text, 'Friends of the family gathered in Pella on the evening that followed.']);
    const found = names.map(([n, t]) => ent(l.sentences, 0, n, t));
    const headed = { ...l.a, title };
    const events = extractEvents(headed, l.sentences, found, []);
    markTheNews(headed, l.sentences, found, [], events);
    return events.find((e) => e.lede);
  };
  it('marks the news of an undated article only where the lede tells a happening with its main verb (session 36, evt77)', () => {
    const lede = (title: string, text: string, names: [string, EntityType][]) => {
      const news = undatedNews(title, text, names);
      return news ? [news.trigger, news.date, news.headline?.trigger ?? null] : null;
    };
    // The lede's main verb tells the happening: the article's news, titled from its headline's trigger, left undated.
    expect(lede('Pella painter Ann Vell dies', 'Ann Vell, the painter of the Pella station murals, has died in her sleep.', [['Ann Vell', 'person']]))
      .toEqual(['died', null, 'dies']);
    // A saying, a happening of a relative clause and a teaser with no trigger at its main verb are no news.
    expect(lede('Vell critical of Quanta', 'Ann Vell said the Quanta board had lost its way.', [['Ann Vell', 'person'], ['Quanta', 'organization']])).toBeNull();
    expect(lede('Quanta eyes the future', 'Quanta, which bought Zorbix in 2001, is confident about its future.', [['Quanta', 'organization'], ['Zorbix', 'organization']])).toBeNull();
  });
  it('marks an undated lede told as a saying as the news when the saying is an act or the speaker\'s own decision (session 37, evt80)', () => {
    const lede = (title: string, text: string, names: [string, EntityType][]) => {
      const news = undatedNews(title, text, names);
      return news ? [news.trigger, news.date] : null;
    };
    // A denial, an announcement: the saying is itself the happening.
    expect(lede('Vell denies Quanta payments', 'Pella coach Ann Vell has denied taking money from Quanta agents.', [['Ann Vell', 'person'], ['Quanta', 'organization']]))
      .toEqual(['denied', null]);
    expect(lede('Quanta to tour Velmar', 'Quanta has announced a tour of Velmar for the spring.', [['Quanta', 'organization'], ['Velmar', 'place']]))
      .toEqual(['announced', null]);
    // A plain saying of the speaker's own decision ("it will …") is too; of a view, a state or someone else's forecast not.
    expect(lede('Quanta to shut Pella depot', 'Quanta has said it will close its Pella depot in the spring.', [['Quanta', 'organization'], ['Pella', 'place']]))
      .toEqual(['said', null]);
    expect(lede('Quanta upbeat on Pella', 'Quanta has said it will be a strong year for its Pella depot.', [['Quanta', 'organization'], ['Pella', 'place']])).toBeNull();
    expect(lede('Vell fears for Zorbix', 'Ann Vell says Zorbix will struggle without its captain.', [['Ann Vell', 'person'], ['Zorbix', 'organization']])).toBeNull();
    // What is reported is read after the main verb's saying, not after the same word in a relative clause (rev37).
    expect(lede('Quanta to shut Pella depot', 'Quanta, which said little in May, has said it will close its Pella depot.', [['Quanta', 'organization'], ['Pella', 'place']]))
      .toEqual(['said', null]);
  });
  it('titles one happening of a subject with two verbs joined by "and" and an auxiliary (session 28)', () => {
    // A second verb after the happening's is another happening: the title ends before it, however short.
    expect(clauseTitle('Zorbix dropped its founder Ann Lee as chairman and has named a banker from Pella to run its board.', 'dropped')).toBe('Zorbix dropped its founder Ann Lee as chairman');
    expect(clauseTitle('Quanta sued Zorbix and has asked the court to freeze its assets.', 'sued')).toBe('Quanta sued Zorbix');
    // The happening as the second verb is told with the subject alone.
    expect(clauseTitle('A Velmar shipyard opened its gates in 1950 and was bought by Quanta in 1979.', 'bought')).toBe('A Velmar shipyard was bought by Quanta in 1979');
    expect(clauseTitle('Ann Lee, the chairman, joined in 1990 and was sacked on Friday.', 'sacked')).toBe('Ann Lee was sacked on Friday');
    // A reported clause whose verb is an irregular past is cut after that verb, where a phrase opens, not with "…".
    expect(clauseTitle('A judge held that Quanta lied in its filings to the Velmar exchange over the past decade.', 'held'))
      .toBe('A judge held that Quanta lied in its filings to the Velmar exchange');
    // Without an auxiliary the two verbs stay one telling; "and" inside a noun phrase ends nothing.
    expect(clauseTitle('Ann Lee fell ill and resigned.', 'resigned')).toBe('Ann Lee fell ill and resigned');
    // A clause cut after "and" (a phrase opens there) ends where the first part does, never on the conjunction.
    expect(clauseTitle('The indictment charged that Ann Lee lied to the board and before the court about her fees.', 'charged')).toBe('The indictment charged that Ann Lee lied to the board');
    expect(clauseTitle('Quanta bought new and used trucks from Zorbix last year.', 'bought')).toBe('Quanta bought new and used trucks from Zorbix last year');
  });
  it('titles the clause with the trigger\'s own subject where "and", "but" or a comma opens another (session 29, evt52)', () => {
    // A second clause with a subject and a finite verb of its own, after or before the happening's, is another one.
    expect(clauseTitle('The runner has always denied the charge but the Quanta panel has upheld the ban.', 'upheld')).toBe('The Quanta panel has upheld the ban');
    expect(clauseTitle('Quanta was fined 5 mln dlrs, Zorbix was penalized 2 mln dlrs and Miro Corp 1 mln dlrs.', 'fined')).toBe('Quanta was fined 5 mln dlrs');
    expect(clauseTitle('Quanta sued Zorbix and Miro Corp has appealed.', 'sued')).toBe('Quanta sued Zorbix');
    expect(clauseTitle("Zorbia's entry in 1999 took ten years and talks with Norland have been going on for five years.", 'entry')).toBe("Zorbia's entry in 1999 took ten years");
    // "and" inside a reported clause's subject, or between two objects, or before a report of the clause, ends nothing.
    expect(clauseTitle('Quanta reported that profits and sales rose sharply.', 'reported')).toBe('Quanta reported that profits and sales rose sharply');
    expect(clauseTitle('Quanta signed Ann Lee and Will Brown to new deals.', 'signed')).toBe('Quanta signed Ann Lee and Will Brown to new deals');
    expect(clauseTitle('Quanta sued Zorbix on Monday, Ann Lee said.', 'sued')).toBe('Quanta sued Zorbix on Monday');
    // (A "that" after a noun, not right after a verb that takes a clause, still opens a subject: session 29, mendK.)
    expect(clauseTitle('Pella regulators fined Quanta over claims from rivals that Zorbix and Miro were underpaid.', 'fined')).toContain('Zorbix and Miro');
    // An opening phrase led by a preposition is no clause: its names stay (the other side of an agreement).
    const swap = 'In a swap Zorbix proposed to Miro, Quanta would take the Pella unit.';
    expect(triggerClause(swap, swap.indexOf('take'), swap.indexOf('take') + 4).start).toBe(0);
    // Nor does a closing verb that takes a clause (a report of the one before), or a noun described by a participle.
    expect(clauseTitle('The Pella rules discriminated against Norland traders, the Quanta panel has ruled.', 'ruled')).not.toBe('The Quanta panel has ruled');
    const works = 'Quanta won the Pella tender and the Norland rail works planned for the spring.';
    expect(triggerClause(works, works.indexOf('planned'), works.indexOf('planned') + 7).start).toBe(0);
  });
  it('leaves out names of a second clause with its own subject, after a dash and "and", or after a reduced relative (session 29, evt52)', () => {
    const { a, sentences } = article('own', '2020-05-05', [
      'The Pella courts were busy this spring.',
      'Quanta was fined 5 mln dlrs, Zorbix was penalized 2 mln dlrs and Miro Corp 1 mln dlrs.',
      'Quanta sued Zorbix in May - and later blamed Miro Corp for the delay.',
      'Lee, 27, fired by Quanta and fined for missing a test, is now coached by Ann Miro, sister of Zorbix chief Bob Miro.',
      "Zorbia's entry in 1999 took ten years and talks with Norland and Pellia have been going on for five years.",
    ]);
    const names: [number, string, EntityType][] = [[1, 'Quanta', 'organization'], [1, 'Zorbix', 'organization'], [1, 'Miro Corp', 'organization'],
      [2, 'Quanta', 'organization'], [2, 'Zorbix', 'organization'], [2, 'Miro Corp', 'organization'],
      [3, 'Lee', 'person'], [3, 'Quanta', 'organization'], [3, 'Ann Miro', 'person'], [3, 'Zorbix', 'organization'], [3, 'Bob Miro', 'person'],
      [4, 'Zorbia', 'place'], [4, 'Norland', 'place'], [4, 'Pellia', 'place']];
    const entities = names.map(([i, t, ty]) => ent(sentences, i, t, ty));
    const events = extractEvents(a, sentences, entities, []);
    const who = (i: number) => events.find((e) => e.sentence === i)?.participants.map((p) => entities[p.mention]!.text);
    expect(who(1)).toEqual(['Quanta']);
    expect(who(2)).toEqual(['Quanta', 'Zorbix']);
    expect(who(3)).toEqual(['Lee', 'Quanta']);
    // Two names joined inside the trigger's own subject stay.
    expect(who(4)).toEqual(['Norland', 'Pellia']);
    // A lede under its headline tells the news whole: its clauses are not parted.
    const lede = article('own-lede', '2020-05-05', ['Quanta was fined 5 mln dlrs, Zorbix was penalized 2 mln dlrs and Miro Corp 1 mln dlrs.']);
    const ledeNames = [ent(lede.sentences, 0, 'Quanta', 'organization'), ent(lede.sentences, 0, 'Zorbix', 'organization'), ent(lede.sentences, 0, 'Miro Corp', 'organization')];
    expect(extractEvents(lede.a, lede.sentences, ledeNames, [])[0]!.participants.map((p) => ledeNames[p.mention]!.text)).toEqual(['Quanta', 'Zorbix', 'Miro Corp']);
  });
  it('reads no clause title whose trigger is a participle describing a noun (the participle model, session 28)', () => {
    // The happening is what a noun is described by, not what the clause tells: no title.
    expect(readableClause('Velmar students painted a mural showing Quanta miners digging coal under the hills', 'digging')).toBe(false);
    expect(readableClause('The Velmar dam cannot be finished without a fresh cabinet order approving extra funds', 'approving')).toBe(false);
    // The same words as the clause's own verb stay titles.
    expect(readableClause('Quanta soldiers fought the war in Velmaria', 'fought')).toBe(true);
    expect(readableClause('Quanta launched a new tablet in Velmaria', 'launched')).toBe(true);
    expect(readableClause('Zorbix Bank shares plummeted on Monday', 'plummeted')).toBe(true);
    expect(readableClause('Ann Lee was unanimously elected on Friday', 'elected')).toBe(true);
  });
  it('reads a clause title as understood when it opens with its subject and its happening is its verb', () => {
    expect(readableClause('Mitch killed about 10,000 people', 'killed')).toBe(true);
    expect(readableClause('At least 82 people were killed in April', 'killed')).toBe(true);
    expect(readableClause('A similar suit was filed in California', 'suit')).toBe(true);
    expect(readableClause('Steelmakers have been enjoying record profits', 'profits')).toBe(false);
    expect(readableClause('Of the 116 papers presented at the conference', 'conference')).toBe(false);
    expect(readableClause('Despite being arrested and bailed', 'arrested')).toBe(false);
    expect(readableClause('It also introduced the Extractor', 'introduced')).toBe(false);
    expect(clauseTitle('Penril further said director Ann Lee has resigned from the board.', 'resigned')).toBe('Director Ann Lee has resigned from the board');
    expect(clauseTitle('In 1986 he bought Pixar.', 'bought', 'Ann Lee')).toBe('Ann Lee bought Pixar');
    // A second verb cut from what it tells is left out; a second verb that is the happening stays.
    expect(clauseTitle('Ann Lee, 57, quit her Quanta post on 24 November and vowed: "I will be back."', 'quit')).toBe('Ann Lee quit her Quanta post on 24 November');
    expect(clauseTitle('Ann Lee fell ill and resigned.', 'resigned')).toBe('Ann Lee fell ill and resigned');
    // A clause cut after "and" (a phrase opens there) ends where the first part does, never on the conjunction.
    expect(clauseTitle('The indictment charged that Ann Lee lied to the board and before the court about her fees.', 'charged')).toBe('The indictment charged that Ann Lee lied to the board');
    expect(clauseTitle('Ann Lee, born in Oslo on March 3, 1961, leads Zorbix.', 'born')).toBe('Ann Lee born in Oslo on March 3');
    expect(clauseTitle('The Qube, which was launched last spring, costs 300 dollars.', 'launched')).toBe('The Qube was launched last spring');
    expect(clauseTitle('Zorbix was founded in 1976, and launched the Qube in 2003.', 'launched', 'Zorbix')).toBe('Zorbix launched the Qube in 2003');
    expect(readableClause('Figures released by the Cabinet Office showed', 'released')).toBe(false);
    expect(readableClause('Ranks countries according to the steps', 'ranks')).toBe(false);
    // An apposition after the subject is left out; a demonstrative standing alone for what came before is no subject.
    expect(clauseTitle('Ann Lee, a spokesperson for Quanta, told reporters the Qube was recalled.', 'told')).toBe('Ann Lee told reporters the Qube was recalled');
    expect(readableClause('This was rejected by the board', 'rejected')).toBe(false);
    expect(readableClause('That lawsuit was settled in 1991', 'lawsuit')).toBe(true);
    // No clause fragment: ", as well as" opens no clause, "that" after "said" is not the subject, and a relative
    // clause of the subject with a time before its verb is told with its subject.
    expect(clauseTitle('All of the Zorbix purchases, as well as all of the 14 mln barrels Quanta bought in 1986, were in Velmora.', 'bought')).not.toMatch(/^Well as/);
    expect(clauseTitle('Quanta previously said that former chief executive Ann Lee resigned due to family problems.', 'resigned')).toBe('Former chief executive Ann Lee resigned due to family problems');
    expect(clauseTitle('Zorbix, which this morning introduced four new personal computers, said prices would fall.', 'introduced')).toBe('Zorbix this morning introduced four new personal computers');
  });
  it('joins reports of two articles only when they tell one happening: close dates, a shared participant, alike words', () => {
    const lede = (id: string, title: string, line: string, names: [number, string, EntityType][]) => ({ rec: { ...rec(id, '2022-03-08'), title }, x: (() => {
      const x = extraction(id, '2022-03-08', [line], names, []);
        x.events.forEach((e) => { e.lede = true; e.date = '2022-03-08'; e.precision = 'day'; });
      return x;
    })() });
    const a = lede('a', 'Zorbix buys Quanta', 'Zorbix Corp said it acquired Quanta Inc for 20 mln dlrs.', [[0, 'Zorbix Corp', 'organization'], [0, 'Quanta Inc', 'organization']]);
    const b = lede('b', 'Zorbix to buy Quanta for 20 mln dlrs', 'Zorbix Corp has acquired Quanta Inc, the tablet maker.', [[0, 'Zorbix Corp', 'organization'], [0, 'Quanta Inc', 'organization']]);
    const c = lede('c', 'Zorbix names new chief', 'Zorbix Corp said it appointed Ann Lee chief executive.', [[0, 'Zorbix Corp', 'organization'], [0, 'Ann Lee', 'person']]);
    const ids = new Map<string, (string | null)[]>([['a', ['zorbix', 'quanta']], ['b', ['zorbix', 'quanta']], ['c', ['zorbix', 'ann-lee']]]);
    const events = resolveEvents({ articles: [a.rec, b.rec, c.rec], extractions: [a.x, b.x, c.x], assignment: ids });
    expect(events.map((e) => e.sources.map((s) => s.article)).sort()).toEqual([['a', 'b'], ['c']]);
  });
  it('joins two sources telling one happening in other words, by the same-happening model; statements stay apart', () => {
    const news = (id: string, day: string, title: string, line: string, names: [number, string, EntityType][]) => ({ rec: { ...rec(id, day), title }, x: (() => {
      const x = extraction(id, day, [line], names, []);
      x.events.forEach((e) => { e.lede = true; e.date = day; e.precision = 'day'; });
      return x;
    })() });
    const a = news('a', '2022-03-08', 'Ann Lee leaves Zorbix', 'Ann Lee has resigned as chief executive of Zorbix after nine years.', [[0, 'Ann Lee', 'person'], [0, 'Zorbix', 'organization']]);
    // (Two articles' ledes are not one happening for being news, session 50: the model reads the same act and actor.)
    const b = news('b', '2022-03-09', 'Tablet pioneer quits', 'Zorbix founder Ann Lee resigned after a long dispute with the board.', [[0, 'Zorbix', 'organization'], [0, 'Ann Lee', 'person']]);
    const c = news('c', '2022-03-08', 'Zorbix upgraded', 'Moody\'s said it upgraded Zorbix debt.', [[0, 'Moody\'s', 'organization'], [0, 'Zorbix', 'organization']]);
    const d = news('d', '2022-03-08', 'Quanta downgraded', 'Moody\'s said it downgraded Quanta debt.', [[0, 'Moody\'s', 'organization'], [0, 'Quanta', 'organization']]);
    const ids = new Map<string, (string | null)[]>([['a', ['ann-lee', 'zorbix']], ['b', ['zorbix', 'ann-lee']], ['c', ['moodys', 'zorbix']], ['d', ['moodys', 'quanta']]]);
    const events = resolveEvents({ articles: [a.rec, b.rec, c.rec, d.rec], extractions: [a.x, b.x, c.x, d.x], assignment: ids });
    expect(events.map((e) => e.sources.map((s) => s.article)).sort()).toEqual([['a', 'b'], ['c'], ['d']]);
    expect(events.find((e) => e.sources.length === 2)!.disagreements).toEqual([{ field: 'date', values: [{ value: '2022-03-08', article: 'a' }, { value: '2022-03-09', article: 'b' }] }]);
  });
  it('keeps apart two reports alike in words that tell different figures, and joins those that tell the same', () => {
    const help = (id: string, day: string, line: string) => {
      const x = extraction(id, day, [line], [[0, 'Bank of Zorbia', 'organization']], []);
      x.events.forEach((e) => { e.lede = true; e.date = day; e.precision = 'day'; });
      return { rec: { ...rec(id, day), title: 'Zorbian money market given help' }, x };
    };
    const a = help('a', '2022-03-08', 'The Bank of Zorbia said it provided the money market with 437 mln crowns of assistance in the morning session.');
    const b = help('b', '2022-03-09', 'The Bank of Zorbia said it provided the money market with 85 mln crowns of assistance in the morning session.');
    const c = help('c', '2022-03-08', 'The Bank of Zorbia said it had provided the money market with 437 mln crowns of assistance in the morning session.');
    const ids = new Map<string, (string | null)[]>([['a', ['bank-of-zorbia']], ['b', ['bank-of-zorbia']], ['c', ['bank-of-zorbia']]]);
    const events = resolveEvents({ articles: [a.rec, b.rec, c.rec], extractions: [a.x, b.x, c.x], assignment: ids });
    expect(events.map((e) => e.sources.map((s) => s.article)).sort()).toEqual([['a', 'c'], ['b']]);
  });
  it('keeps apart two reports of one template that name different places, and joins those of one place', () => {
    // One company's template told of several places the same day (a launch in Pella and another in Varna).
    const stocks = (id: string, place: string) => {
      const line = `Zorbix Corp launched its Qube tablet in ${place} with a new range of accessories.`;
      const x = extraction(id, '2022-03-08', [line], [[0, 'Zorbix Corp', 'organization'], [0, place, 'place']], []);
      x.events.forEach((e) => { e.lede = true; e.date = '2022-03-08'; e.precision = 'day'; });
      return { rec: { ...rec(id, '2022-03-08'), title: `Zorbix launches Qube in ${place}` }, x };
    };
    const [a, b, c] = [stocks('a', 'Pella'), stocks('b', 'Varna'), stocks('c', 'Pella')];
    const ids = new Map<string, (string | null)[]>([['a', ['zorbix', 'pella']], ['b', ['zorbix', 'varna']], ['c', ['zorbix', 'pella']]]);
    const events = resolveEvents({ articles: [a.rec, b.rec, c.rec], extractions: [a.x, b.x, c.x], assignment: ids });
    expect(events.map((e) => e.sources.map((s) => s.article)).sort()).toEqual([['a', 'c'], ['b']]);
  });
  it('gives an article\'s dated happening the undated sentences that tell it again, and keeps other happenings apart', () => {
    const x = extraction('m', '2022-03-08', ['Zorbix Corp said it has acquired Quanta Inc on Monday.', 'Zorbix acquired all the common stock of Quanta in exchange for 1.05 mln shares.', 'Zorbix launched the Qube tablet.'],
      [[0, 'Zorbix Corp', 'organization'], [0, 'Quanta Inc', 'organization'], [1, 'Zorbix', 'organization'], [1, 'Quanta', 'organization'], [2, 'Zorbix', 'organization'], [2, 'Qube', 'other']],
      [[0, 'Monday', '2022-03-07', 'day']]);
    const events = resolveEvents({ articles: [rec('m', '2022-03-08')], extractions: [x], assignment: new Map([['m', ['zorbix', 'quanta', 'zorbix', 'quanta', 'zorbix', 'qube']]]) });
    expect(events.map((e) => [e.type, e.date, e.sources.length]).sort()).toEqual([['deal', '2022-03-07', 2], ['launch', null, 1]]);
  });
  it('joins an undated report to another article\'s report of its days when the model reads them as one, never across targets', () => {
    const lede = 'Tablet sales rose in February.';
    const p = extraction('p', '2022-03-08', [lede, 'Ann Lee resigned in a letter to the board of Zorbix.'], [[1, 'Ann Lee', 'person'], [1, 'Zorbix', 'organization']], []);
    const q = extraction('q', '2022-04-20', [lede, 'On March 7, Ann Lee resigned from her post as chief executive.'], [[1, 'Ann Lee', 'person']], [[1, 'March 7', '2022-03-07', 'day']]);
    const r = extraction('r', '2022-03-30', [lede, 'Ann Lee resigned in a letter to the board of Zorbix.'], [[1, 'Ann Lee', 'person'], [1, 'Zorbix', 'organization']], []);
    const s = extraction('s', '2022-03-08', [lede, 'The Miro Commission charged Quanta with fraud.'], [[1, 'Miro Commission', 'organization'], [1, 'Quanta', 'organization']], []);
    const t = extraction('t', '2022-03-09', [lede, 'The Miro Commission charged Pesch with fraud on Monday.'], [[1, 'Miro Commission', 'organization'], [1, 'Pesch', 'organization']], [[1, 'Monday', '2022-03-07', 'day']]);
    const ids = new Map<string, (string | null)[]>([['p', ['ann-lee', 'zorbix']], ['q', ['ann-lee']], ['r', ['ann-lee', 'zorbix']], ['s', ['miro', 'quanta']], ['t', ['miro', 'pesch']]]);
    const events = resolveEvents({ articles: [rec('p', '2022-03-08'), rec('q', '2022-04-20'), rec('r', '2022-03-30'), rec('s', '2022-03-08'), rec('t', '2022-03-09')], extractions: [p, q, r, s, t], assignment: ids });
    // "p" is told on 8 March, a day after q's 7 March; "r" three weeks later; s and t charge different targets.
    expect(events.map((e) => `${e.date}:${e.sources.map((x) => x.article).join('+')}`).sort()).toEqual(['2022-03-07:p+q', '2022-03-07:t', 'null:r', 'null:s']);
  });
  it('reads an article\'s news by its headline\'s trigger too: a sentence telling it with the headline\'s word joins it', () => {
    // The lede says "has chosen to step down"; the headline and a later sentence say "resigns", "resigned" (undated).
    const lines = ['Ann Lee has chosen to step down after nine years.', 'Ann Lee resigned in a letter to the board of Zorbix.', 'Ann Lee sued Quanta in 2019.'];
    const told = (id: string, title: string, day: string) => {
      const { a, sentences } = article(id, day, lines);
      const entities = [ent(sentences, 0, 'Ann Lee', 'person'), ent(sentences, 1, 'Ann Lee', 'person'), ent(sentences, 1, 'Zorbix', 'organization'), ent(sentences, 2, 'Ann Lee', 'person'), ent(sentences, 2, 'Quanta', 'organization')];
      const dates = [date(sentences, 2, '2019', '2019', 'year')];
      const events = extractEvents(a, sentences, entities, dates);
      markTheNews({ ...a, title }, sentences, entities, dates, events);
      return { rec: { ...rec(id, day), title }, x: { article: id, sentences, entities, dates, events } };
    };
    const ids = ['ann-lee', 'ann-lee', 'zorbix', 'ann-lee', 'quanta'];
    const build = (...arts: ReturnType<typeof told>[]) => resolveHappenings({ articles: arts.map((t) => t.rec), extractions: arts.map((t) => t.x), assignment: new Map(arts.map((t) => [t.rec.id, ids])) });
    const sourcesOf = (r: ReturnType<typeof build>) => r.events.map((e) => e.sources.map((x) => `${x.article}:${x.paragraph}`).join('+')).sort();
    const resigns = told('h', 'Ann Lee resigns as Zorbix chief', '2022-03-08');
    expect(resigns.x.events.find((e) => e.lede)).toMatchObject({ trigger: 'step down', headline: { trigger: 'resigns', type: 'resignation' } });
    expect(sourcesOf(build(resigns))).toEqual(['h:p1+h:p2', 'h:p3']);
    // A headline that tells no happening gives nothing more to compare: the sentence stays apart.
    expect(sourcesOf(build(told('n', 'Zorbix without a chief', '2022-03-08')))).not.toContain('n:p1+n:p2');
    // A lede that only reports a saying stays uncompared, whatever its headline tells: another article's "resigned"
    // (undated, so only the model could join it) stays apart.
    const s = extraction('s', '2022-03-08', ['Ann Lee said she would leave the company.'], [[0, 'Ann Lee', 'person']], []);
    s.events.forEach((e) => Object.assign(e, { lede: true, date: '2022-03-08', precision: 'day', headline: { trigger: 'resigns', type: 'resignation' } }));
    const t = extraction('t', '2022-03-08', ['Tablet sales rose in February.', 'Ann Lee resigned in a letter to the board.'], [[1, 'Ann Lee', 'person']], []);
    const apart = resolveHappenings({ articles: [{ ...rec('s', '2022-03-08'), title: 'Ann Lee resigns' }, rec('t', '2022-03-08')], extractions: [s, t], assignment: new Map([['s', ['ann-lee']], ['t', ['ann-lee']]]) });
    expect(apart.events.filter((e) => new Set(e.sources.map((x) => x.article)).size > 1)).toEqual([]);
  });
  it('drops participants the entity resolution dropped', () => {
    const events = resolveEvents({ articles: [rec('one', null)], extractions: [x1], assignment: new Map([['one', [null, null]]]) });
    expect(events).toEqual([]);
  });
});

describe('the real chain on the seed articles', async () => {
  const { readInputFolder, ingestFiles } = await import('../src/ingest/index.ts');
  const { extractArticle } = await import('../src/extract/index.ts');
  const { resolveEntities } = await import('../src/resolve/entities.ts');
  const { emptyCuration } = await import('../src/curation.ts');
  const { files } = await readInputFolder(path.resolve(import.meta.dirname, '../seeds'));
  const { articles } = ingestFiles(files);
  const extractions = articles.map(extractArticle);
  const resolution = resolveEntities({ articles: articles as ArticleRecord[], extractions, curation: emptyCuration });
  // Names as the pipeline passes them (src/pipeline.ts): an event is titled by a participant's name, not its id.
  const entityNames = new Map(resolution.entities.map((e) => [e.id, e.name]));
  const events = resolveEvents({ articles: articles as ArticleRecord[], extractions, assignment: resolution.assignment, entityNames });
  const byDate = (d: string, type: string) => events.filter((e) => e.date === d && e.type === type);

  it('finds one sanction event on the Friday, cited by both articles', () => {
    const [sanction] = byDate('2021-12-10', 'sanction').filter((e) => e.sources.length > 1);
    expect(sanction).toBeDefined();
    expect(new Set(sanction!.sources.map((s) => s.article)).size).toBe(2);
  });
  it('keeps the Saturday statement as a dated quote of its speaker, not an event; dates the coup and the April killings in the past', () => {
    const quotes = resolveQuotes({ articles: articles as ArticleRecord[], extractions, assignment: resolution.assignment });
    const saturday = quotes.filter((q) => q.date === '2021-12-11');
    expect(new Set(saturday.map((q) => q.article)).size).toBe(2);
    expect(new Set(saturday.map((q) => q.entity)).size).toBe(1);
    expect(events.filter((e) => e.type === 'statement')).toEqual([]);
    expect(byDate('2021-02-01', 'coup').length).toBe(1);
    expect(byDate('2021-04', 'attack').length).toBeGreaterThan(0);
    expect(events.some((e) => e.type === 'meeting' && /summit/i.test(e.sources.map((s) => s.quote).join(' ')))).toBe(true);
  });
  it('makes each dated article\'s news an event titled by its headline, and no title a type label with names', () => {
    for (const a of articles) {
      const news = events.filter((e) => e.sources.some((s) => s.article === a.id && extractions.find((x) => x.article === a.id)!.events.some((m) => m.lede && m.sentence === extractions.find((x) => x.article === a.id)!.sentences.find((t) => t.text === s.quote)?.index)));
      expect(news.length).toBeGreaterThan(0);
    }
    expect(events.map((e) => e.title)).toContain('China condemns US sanctions, warns response');
    expect(events.filter((e) => /^[A-Z][a-z ]+: /.test(e.title) || /^Statement by /.test(e.title))).toEqual([]);
  });
  it('dates nothing in the future of the articles', () => {
    expect(events.filter((e) => e.date?.startsWith('2022'))).toEqual([]);
  });
});

describe('the news of an article', () => {
  it('is the lede\'s event, dated by the lede\'s own date, else by the article\'s; without one, made from the lede\'s names', () => {
    const { a, sentences } = article('n', '2020-05-05', ['Zorbix sued Quanta on Monday.', 'Zorbix said it was confident.']);
    const entities = [ent(sentences, 0, 'Zorbix', 'organization'), ent(sentences, 0, 'Quanta', 'organization'), ent(sentences, 1, 'Zorbix', 'organization')];
    const dates = [date(sentences, 0, 'Monday', '2020-05-04', 'day')];
    const events = extractEvents(a, sentences, entities, dates);
    markTheNews(a, sentences, entities, dates, events);
    expect(events.map((e) => [e.sentence, e.type, e.date, e.lede ?? false])).toEqual([[0, 'legal', '2020-05-04', true], [1, 'statement', null, false]]);

    const plain = article('q', '2020-05-05', ['Shares of Zorbix fell sharply in early trading.']);
    const names = [ent(plain.sentences, 0, 'Zorbix', 'organization')];
    const founded = article('f', '2020-05-05', ['Zorbix, founded in 1965, fell sharply.']);
    const old: ReturnType<typeof extractEvents> = [];
    markTheNews({ ...founded.a, title: 'Zorbix slides' }, founded.sentences, [ent(founded.sentences, 0, 'Zorbix', 'organization')], [date(founded.sentences, 0, '1965', '1965', 'year')], old);
    expect(old.map((e) => e.date)).toEqual(['2020-05-05']);
    const news: ReturnType<typeof extractEvents> = [];
    markTheNews({ ...plain.a, title: 'Zorbix shares slide' }, plain.sentences, names, [], news);
    expect(news).toMatchObject([{ sentence: 0, type: 'news', date: '2020-05-05', precision: 'day', lede: true, participants: [{ mention: 0, role: 'actor' }] }]);

    // A place inside a noun phrase of a lede with no trigger describes its head, as in any sentence.
    const affair = article('z', '2020-05-05', ['Minister Ann Lee acknowledged failings in the Zorbia arms affair but declared she would stay.']);
    const affairNews: ReturnType<typeof extractEvents> = [];
    markTheNews({ ...affair.a, title: 'Lee stays on' }, affair.sentences, [ent(affair.sentences, 0, 'Ann Lee', 'person'), ent(affair.sentences, 0, 'Zorbia', 'place')], [], affairNews);
    expect(affairNews).toMatchObject([{ sentence: 0, participants: [{ mention: 0, role: 'actor' }] }]);
    expect(affairNews[0]!.participants).toHaveLength(1);
    // The source a lede with no trigger cites ("according to notices in …") tells of the news; it takes no part.
    const cited = article('c', '2020-05-05', ['Zorbix and Quanta are issuing bonds, according to notices in the Norland Gazette (NG).']);
    const citedNames = ['Zorbix', 'Quanta', 'Norland Gazette', 'NG'].map((t) => ent(cited.sentences, 0, t, 'organization'));
    const citedNews: ReturnType<typeof extractEvents> = [];
    markTheNews({ ...cited.a, title: 'Zorbix and Quanta issue bonds' }, cited.sentences, citedNames, [], citedNews);
    expect(citedNews[0]!.participants.map((p) => citedNames[p.mention]!.text)).toEqual(['Zorbix', 'Quanta']);
    const groups = article('w', '2020-05-05', ['All grain producers must help cut surpluses, two Zorbia wheat groups said.']);
    const groupNews: ReturnType<typeof extractEvents> = [];
    markTheNews({ ...groups.a, title: 'Wheat groups call for action' }, groups.sentences, [ent(groups.sentences, 0, 'Zorbia', 'place')], [], groupNews);
    expect(groupNews).toMatchObject([{ sentence: 0, participants: [{ mention: 0, role: 'place' }] }]);

    // The lede's own trigger dated by a year the sentence mentions in passing: the news is of the article's day.
    const sale = article('s', '2020-05-05', ['Zorbix said it is selling Quanta, a bank it acquired in 1965.']);
    const saleNames = [ent(sale.sentences, 0, 'Zorbix', 'organization'), ent(sale.sentences, 0, 'Quanta', 'organization')];
    const saleDates = [date(sale.sentences, 0, '1965', '1965', 'year')];
    const saleEvents = [{ paragraph: 'p1', sentence: 0, trigger: 'acquired', type: 'deal', date: '1965', precision: 'year' as const, participants: [{ mention: 0, role: 'actor' as const }], quote: sale.sentences[0]!.text }];
    markTheNews({ ...sale.a, title: 'Zorbix to sell Quanta' }, sale.sentences, saleNames, saleDates, saleEvents);
    expect(saleEvents).toMatchObject([{ date: '2020-05-05', precision: 'day', lede: true }]);

    // A period the lede tells a figure for is no day of the news: the report is of the article's day. Nor is a
    // quarter's or a year's end, fresh or not (session 34, evt73: "a figure's period is not the happening's day"; a
    // week's end still dates a weekly figure).
    const period = (text: string, expr: string, value: string, precision: DateMention['precision'], trigger = 'rose', others: [string, string][] = []) => {
      const p = article('p', '2020-05-05', [text]);
      const events = [{ paragraph: 'p1', sentence: 0, trigger, type: 'results', date: value, precision, participants: [{ mention: 0, role: 'actor' as const }], quote: p.sentences[0]!.text }];
      const dates = [date(p.sentences, 0, expr, value, precision), ...others.map(([t, v]) => date(p.sentences, 0, t, v, 'month'))];
      markTheNews({ ...p.a, title: 'Zorbix figures' }, p.sentences, [ent(p.sentences, 0, 'Zorbix', 'organization')], dates, events);
      return [events[0]!.date, events[0]!.precision];
    };
    expect(period('Zorbix sales rose 0.2 pct in April after a 1.1 pct rise in March.', 'March', '2020-03', 'month', 'rose', [['April', '2020-04']])).toEqual(['2020-05-05', 'day']);
    expect(period('Zorbix expects profits to rise this year, it said.', 'this year', '2020', 'year', 'rise')).toEqual(['2020-05-05', 'day']);
    // The one month a lede names, its happening anchored in it by the TLINK-trained model, is the happening's own.
    expect(period('Zorbix passed Quanta in March to become the largest music seller.', 'March', '2020-03', 'month', 'passed')).toEqual(['2020-03', 'month']);
    expect(period('Zorbix profit rose in the quarter ended March 31, it said.', 'March 31', '2020-03-31', 'day')).toEqual(['2020-05-05', 'day']);
    expect(period('Zorbix shipped 500 tonnes in the week ended May 1, it said.', 'May 1', '2020-05-01', 'day', 'shipped')).toEqual(['2020-05-01', 'day']);
    expect(period('Zorbix restated its profit for the year ended June 30, 2019, it said.', 'June 30, 2019', '2019-06-30', 'day')).toEqual(['2020-05-05', 'day']);
    expect(period('Zorbix said it bought Quanta on March 20.', 'March 20', '2020-03-20', 'day')).toEqual(['2020-03-20', 'day']);

    const undated: ReturnType<typeof extractEvents> = [];
    markTheNews({ ...plain.a, date: null, dateSource: null }, plain.sentences, names, [], undated);
    expect(undated).toEqual([]);
  });
  it('is on the day a lede schedules its own verb for ("will open talks tomorrow"), not on another clause\'s day', () => {
    const lede = (text: string, dated: [string, string][], title: string) => {
      const { a, sentences } = article('k', '2020-05-04', [text]);
      const entities = [ent(sentences, 0, 'Zorbia', 'place'), ent(sentences, 0, 'Quanta', 'organization')];
      const dates = dated.map(([t, v]) => date(sentences, 0, t, v, 'day'));
      const events = extractEvents(a, sentences, entities, dates);
      markTheNews({ ...a, title }, sentences, entities, dates, events);
      return events.find((e) => e.lede)?.date;
    };
    expect(lede('Trade ministers of Zorbia and Quanta will open talks on tariffs tomorrow, officials said.', [['tomorrow', '2020-05-05']], 'ZORBIA AND QUANTA TO OPEN TRADE TALKS')).toBe('2020-05-05');
    expect(lede('Zorbia and Quanta will sign the treaty on May 12.', [['May 12', '2020-05-12']], 'Zorbia and Quanta to sign treaty')).toBe('2020-05-12');
    // The day of another happening: a meeting the proxies are for, a hearing the court set, a tender cancelled today.
    expect(lede('Quanta said it will mail proxy materials to Zorbia holders for its special meeting on May 20.', [['May 20', '2020-05-20']], 'Quanta to mail proxies')).toBe('2020-05-04');
    expect(lede('Quanta said it filed a petition in Zorbia, and the court set a hearing for May 20.', [['May 20', '2020-05-20']], 'Quanta files petition')).toBe('2020-05-04');
    expect(lede('Zorbia and Quanta will not sign the treaty on May 12.', [['May 12', '2020-05-12']], 'Zorbia and Quanta not to sign treaty')).toBe('2020-05-04');
    expect(lede('The Zorbia central bank said it cancelled the Quanta tender scheduled for May 5.', [['May 5', '2020-05-05']], 'Zorbia cancels tender')).toBe('2020-05-04');
    // A term ("payable May 20"), a period's end or a bound ("the year ending May 31", "from May 31") is not the news's day.
    expect(lede('Zorbia plans to cut its grant to Quanta in the year ending May 31.', [['May 31', '2020-05-31']], 'Zorbia to cut grant to Quanta')).toBe('2020-05-04');
    expect(lede('Zorbia declared a grant to Quanta payable May 20.', [['May 20', '2020-05-20']], 'Zorbia declares grant to Quanta')).toBe('2020-05-04');
    // A plan in the present governs the day in its clause, whatever tense the reporting clause after it tells; a
    // passive told with an adverb ("will be formally installed") is still to come; "as head of" names a role, no clause.
    expect(lede('The Zorbia envoy plans a trip to Quanta on May 12, a spokesman said on Monday.', [['May 12', '2020-05-12'], ['on Monday', '2020-05-04']], 'Zorbia envoy to visit Quanta')).toBe('2020-05-12');
    expect(lede('The Zorbia envoy will be formally installed as head of the Quanta council next Tuesday, officials said.', [['next Tuesday', '2020-05-12']], 'Envoy to take office')).toBe('2020-05-12');
  });
  it('reads a date as TimeML does, without the preposition opening its phrase ("on Monday night")', () => {
    const { a, sentences } = article('k', '2020-05-06', ['Zorbia condemned the arrests.', 'Police arrested the Quanta leader, a critic of Zorbia, and two aides on Monday night, the group said.']);
    const entities = [ent(sentences, 0, 'Zorbia', 'place'), ent(sentences, 1, 'Quanta', 'organization'), ent(sentences, 1, 'Zorbia', 'place')];
    const dates = [date(sentences, 1, 'on Monday night', '2020-05-04', 'day')];
    expect(extractEvents(a, sentences, entities, dates).find((e) => e.sentence === 1)?.date).toBe('2020-05-04');
  });
  it('leaves a date in the clause "that" opens after the trigger to that clause\'s verb ("ruled that he lied … in 1987")', () => {
    const { a, sentences } = article('k', null, ['Zorbia leaders met.', 'A jury ruled that Ann Lee lied during a trial against Quanta in 1987.']);
    const entities = [ent(sentences, 0, 'Zorbia', 'place'), ent(sentences, 1, 'Ann Lee', 'person'), ent(sentences, 1, 'Quanta', 'organization')];
    const dates = [date(sentences, 1, '1987', '1987', 'year')];
    const ruled = extractEvents(a, sentences, entities, dates).find((e) => e.sentence === 1);
    expect(ruled?.trigger).toBe('ruled');
    expect(ruled?.date).toBeNull();
  });
  it('is the reported happening on its own day when the headline tells the happening, not the saying', () => {
    const lede = (text: string, names: string[], dated: [string, string][], title: string) => {
      const { a, sentences } = article('r', '1987-02-27', [text]);
      const entities = names.map((n) => ent(sentences, 0, n, 'organization'));
      const dates = dated.map(([t, v]) => date(sentences, 0, t, v, 'day'));
      const events = extractEvents(a, sentences, entities, dates);
      markTheNews({ ...a, title }, sentences, entities, dates, events);
      return events.find((e) => e.lede)?.date;
    };
    const rice = 'BANGKOK, Feb 27 - Thailand exported 84,960 tonnes of rice in the week ended February 24, up from 80,498 the previous week, the Commerce Ministry said.';
    expect(lede(rice, ['Commerce Ministry'], [['February 24', '1987-02-24']], 'THAI RICE EXPORTS RISE IN WEEK ENDED FEBRUARY 24')).toBe('1987-02-24');
    // Under a headline that tells the saying, the saying is the news, on the article's day.
    expect(lede(rice, ['Commerce Ministry'], [['February 24', '1987-02-24']], 'COMMERCE MINISTRY SAYS THAI RICE EXPORTS ROSE')).toBe('1987-02-27');
    // Of two dates, the one the reported happening is on, not the one of the figure it is compared with.
    const reserves = 'TOKYO, March 2 - Japan\'s external reserves rose to a record 51.73 billion dlrs at the end of February from the previous record of 51.46 billion on January 30, the Finance Ministry said.';
    const { a: r } = article('j', '1987-03-02', [reserves]);
    const { sentences: rs } = article('j', '1987-03-02', [reserves]);
    const rNames = [ent(rs, 0, 'Finance Ministry', 'organization')];
    const rDates = [date(rs, 0, 'end of February', '1987-02-28', 'day'), date(rs, 0, 'January 30', '1987-01-30', 'day')];
    const rEvents = extractEvents(r, rs, rNames, rDates);
    markTheNews({ ...r, title: 'JAPAN FEBRUARY RESERVES RECORD 51.73 BILLION DLRS' }, rs, rNames, rDates, rEvents);
    expect(rEvents.find((e) => e.lede)?.date).toBe('1987-02-28');
  });
  it('is titled by its headline (a headline in capitals in sentence case, spelled as the lede spells its words)', () => {
    expect(headlineTitle('ZORBIX <ZRB> SUES QUANTA OVER U.S. PATENT', 'NEW YORK, March 3 - Zorbix Corp said it sued Quanta Inc over a U.S. patent.')).toBe('Zorbix sues Quanta over U.S. patent');
    expect(headlineTitle('Zorbix sues Quanta', 'Zorbix sued Quanta.')).toBe('Zorbix sues Quanta');
    // A dotted acronym inside a hyphenated word keeps its capitals ("U.s.-Japan" before).
    expect(headlineTitle('ZORBIAN EXPORTERS FEAR DAMAGE FROM U.S.-JAPAN RIFT', 'PELLA, April 8 - Trade friction between the U.S. And Japan has raised fears in Zorbia.')).toBe('Zorbian exporters fear damage from U.S.-Japan rift');
    expect(headlineTitle('TAIWAN TO SEEK HIGHER EXPORTS TO U.S.', 'TAIPEI, March 2 - Taiwan will seek higher exports to the United States.')).toBe('Taiwan to seek higher exports to U.S.');
    // A headline's initials without their last period stay initials, not a word in lower case ("U.s").
    expect(headlineTitle('U.S SENATE OVERRIDES VETO OF ZORBIX BILL', 'WASHINGTON, April 2 - The Senate overrode a veto of the Zorbix bill.')).toBe('U.S Senate overrides veto of Zorbix bill');
    // A company in angle brackets standing alone is the headline's subject, not a ticker.
    expect(headlineTitle('<ZORBIX CORP> BUYS QUANTA FOR UNDISCLOSED AMOUNT', 'DALLAS, March 3 - Zorbix Corp said it bought Quanta Inc.')).toBe('Zorbix Corp buys Quanta for undisclosed amount');
    expect(headlineTitle('<ZORBIX> WINS APPROVAL FOR QUANTA<QNT> DEAL', 'Zorbix said it won approval for the Quanta deal.')).toBe('Zorbix wins approval for Quanta deal');
  });
  it('spells the company a ticker follows in a headline in capitals as a name, where the lede does not spell it', () => {
    const table = 'VELMORA, March 2 - Shr loss 40 cts vs loss 10 cts';
    expect(headlineTitle('QUENTAR INDUSTRIES INC <QNT> 4TH QTR LOSS', table)).toBe('Quentar Industries Inc 4th qtr loss');
    expect(headlineTitle('VELLO AND MINOR INC <VMI> RAISES QTLY DIVIDEND', table)).toBe('Vello and Minor Inc raises qtly dividend');
    expect(headlineTitle('NPQ TECHNOLOGIES GROUP <NPQGU> 4TH QTR', table)).toBe('NPQ Technologies Group 4th qtr');
    // A verb before the ticker ends what is not the name.
    expect(headlineTitle('PARTNERS CALL VELCORP <VLC> RESPONSE UNPRODUCTIVE', table)).toBe('Partners call Velcorp response unproductive');
    // Later in the headline only the word before the ticker is surely the name's.
    expect(headlineTitle('ZORBIX GROUP HAS TALKS WITH PELLA ON AMV <AMV>', 'VELMORA, March 2 - Zorbix Group said it had talks with Pella and Co.')).toBe('Zorbix Group has talks with Pella on AMV');
  });
  it('spells a headline in capitals by the lede\'s inner capitals, acronyms and participants, not by its dateline', () => {
    expect(headlineTitle("O'DARRAN ENERGY SELLS DEBT", "O'Darran Energy Systems Inc is raising 25 mln dlrs.")).toBe("O'Darran Energy sells debt");
    expect(headlineTitle('QJNB SAYS CHIEF EXECUTIVE RESIGNS', 'QJNB Financial Corp said its chief executive resigned.')).toBe('QJNB says chief executive resigns');
    // The case table knows "GM" and "IMF" written in capitals, never as "Gm" or "Imf"; "CORP" is written "Corp".
    expect(headlineTitle('GM PARTS WORKERS AND IMF STAFF VOTE', 'Workers at a parts plant voted.')).toBe('GM parts workers and IMF staff vote');
    // A dateline's capitals spell nothing; its mixed-case words do; a word news always capitalises is capitalised.
    expect(headlineTitle('KESTREL WINS ORDER FROM WEST GERMANY IN OKLAHOMA', 'OKLAHOMA CITY, West Germany, March 3 - The firm won an order.')).toBe('Kestrel wins order from West Germany in Oklahoma');
    // A word the lede does not spell is written as news usually writes it (the case table): a country the lede names
    // only by its people ("Turkish") keeps its capital; words joined by a slash are spelled one by one.
    expect(headlineTitle('ZORBIA ACCUSES TURKEY OF BORDER RAID', 'PELLA, March 3 - Zorbia accused Turkish troops of a raid.')).toBe('Zorbia accuses Turkey of border raid');
    expect(headlineTitle('QUANTA GETS ZORBIX/MIRO PROPOSAL', 'Quanta Corp said it got a proposal from Zorbix and Miro Corp.')).toBe('Quanta gets Zorbix/Miro proposal');
    // A word the lede capitalises only inside a longer name is that name's, not the headline's common word.
    expect(headlineTitle('ZORBIA PANEL URGES ECONOMIC REFORMS', "PELLA, March 3 - An advisory panel to Zorbia's Economic Planning Agency said reforms were needed.")).toBe('Zorbia panel urges economic reforms');
    expect(headlineTitle('ZORBIA OPPOSITION PARTY UNVEILS POLICY', "PELLA, March 3 - Zorbia's opposition Unity Party said it would cut taxes.")).toBe('Zorbia opposition party unveils policy');
    // A participant's name written in the lede spells its words at the sentence start.
    const lede = 'DALLAS, March 3 - River Gables Industries Inc said it gave control to an investor.';
    expect(headlineTitle('INVESTOR TAKES CONTROL OF RIVER GABLES', lede, ['River Gables Industries Inc'])).toBe('Investor takes control of River Gables');
    expect(headlineTitle('INVESTOR TAKES CONTROL OF RIVER GABLES', lede)).toBe('Investor takes control of river Gables');
    // The capitalised title that runs into a participant's name at the lede's start spells the headline's title.
    expect(headlineTitle('ZORBIAN HOUSE SPEAKER DENIES BILL HURT STOCKS', 'PELLA, March 3 - House Speaker Ann Lee dismissed charges that the bill hurt stocks.', ['Ann Lee'])).toBe('Zorbian House Speaker denies bill hurt stocks');
    // A table story's lede repeats the headline in capitals: its capitals spell nothing, its participants do.
    expect(headlineTitle('VELLMARK CORP <VLM> RAISES DIVIDEND', 'VELLMARK CORP <VLM> RAISES DIVIDEND', ['Vellmark Corp'])).toBe('Vellmark Corp raises dividend');
  });
  it('spells a headline word its lede does not by how news writes it: countries, acronyms, "US" of a lede\'s "U.S."', () => {
    // The lede names the countries only by their demonyms and the agency by its full name.
    expect(headlineTitle("TURKEY ACCUSES GREECE OVER BRAZIL'S ANGLO-DUTCH LOANS", 'ANKARA, March 3 - The Turkish government accused its Greek neighbour.')).toBe("Turkey accuses Greece over Brazil's Anglo-Dutch loans");
    expect(headlineTitle("FDIC'S ZORBAN SAYS QUANTA UNHURT", 'DALLAS, March 3 - Federal Deposit Insurance Corp chairman Ann Zorban said Quanta was unhurt.')).toBe("FDIC's Zorban says Quanta unhurt");
    expect(headlineTitle('US ENVOYS ON ALERT IN ZORBIA', 'WASHINGTON, March 3 - Many U.S. envoys are on alert in Zorbia.')).toBe('US envoys on alert in Zorbia');
    // Words news writes in lower case stay so, hyphenated or not.
    expect(headlineTitle('ZORBIX SEEKS CO-OPERATION ON SHORT-TERM DEBT', 'Zorbix said it sought help.')).toBe('Zorbix seeks co-operation on short-term debt');
  });
  it('gives no clause title whose verb dangles, its object moved out of the clause ("the banks that Lee has sued")', () => {
    expect(clauseTitle('That took to 12 the number of firms that Ms Lee has sued, a wave of legal action.', 'sued')).toBe('');
    expect(clauseTitle('The plant that Zorbix acquired in 2003 makes tablets.', 'acquired')).toBe('');
    // A name before "whom" is put back as the object; a passive clause and a clause after a reporting verb stand.
    expect(clauseTitle('Quanta, whom Zorbix has sued, denied the claims.', 'sued')).toBe('Zorbix has sued Quanta');
    expect(clauseTitle('Lee said that Zorbix sued Quanta.', 'sued')).toBe('Zorbix sued Quanta');
  });
  it('opens a clause title with who did it: no connective, no phrase before the subject, no bare pronoun', () => {
    expect(clauseTitle('But the union said it sued Zorbix.', 'sued')).toBe('The union said it sued Zorbix');
    expect(clauseTitle('However, Quanta bought Zorbix.', 'bought')).toBe('Quanta bought Zorbix');
    expect(clauseTitle('Following the accord, Chairman Ann Lee appealed to Quanta to cut its prices.', 'cut its prices')).toBe('Chairman Ann Lee appealed to Quanta to cut its prices');
    expect(clauseTitle('For the year ended March 31, 1985, Zorbix reported net income of 3.7 mln dlrs.', 'net income')).toBe('Zorbix reported net income of 3.7 mln dlrs');
    expect(clauseTitle('It said orders rose after it acquired Quanta.', 'said', 'Zorbix')).toBe('Zorbix said orders rose');
    expect(clauseTitle('They held talks with Quanta on Monday.', 'talks with', 'Zorbix')).toBe('Zorbix held talks with Quanta on Monday');
    // A phrase without a comma is part of the clause; with no actor known, a pronoun stays.
    expect(clauseTitle('In Oslo protesters marched on Sunday.', 'marched')).toBe('In Oslo protesters marched on Sunday');
    expect(clauseTitle('It said orders rose.', 'said')).toBe('It said orders rose');
    // "since" with a subject after it opens the happening's clause ("The firm" is not the one who died); "since 1999"
    // is a preposition. "and" before a subject pronoun ends the clause.
    expect(clauseTitle('The firm has been quiet since founder Ann Lee died in 2002, leaving no will.', 'died', 'Ann Lee')).toBe('Founder Ann Lee died in 2002');
    expect(clauseTitle('Zorbix has sued Quanta twice since 1999.', 'sued')).toBe('Zorbix has sued Quanta twice since 1999');
    expect(clauseTitle('Last year, Zorbia launched its first league and it has more players than Norland.', 'launched')).toBe('Zorbia launched its first league');
  });
  it('keeps a verb\'s particle after an apposition of its object, and names a pronoun after a named speaker by the speaker (session 26)', () => {
    // The apposition is left out and the phrase it split goes on; an adjunct after it ("as part of") is no part.
    expect(clauseTitle('Flu ruled Dan Berk, the 2001 Kestrel Open champion, out of his Rilmo semi-final on Tuesday.', 'ruled')).toBe('Flu ruled Dan Berk out of his Rilmo semi-final on Tuesday');
    expect(clauseTitle('Quanta sold Miro, its tablet unit, to Zorbix Ltd in May.', 'sold')).toBe('Quanta sold Miro to Zorbix Ltd in May');
    expect(clauseTitle('Quanta sued Miro, a Zorbix unit, and Zorbix sued Kelp.', 'sued')).toBe('Quanta sued Miro');
    // "Ann Lee says she …": she is Ann Lee, not the actor by whom she was banned.
    expect(clauseTitle('Mira Tosk says she has been banned for two years by the Quanta Tennis Federation after a test.', 'banned', 'Quanta Tennis Federation'))
      .toBe('Mira Tosk has been banned for two years by the Quanta Tennis Federation');
    expect(clauseTitle('Later Ann Lee said he was sacked by Zorbix United on Friday.', 'sacked', 'Zorbix United')).toBe('Ann Lee was sacked by Zorbix United on Friday');
    expect(clauseTitle('The union said it sued Zorbix.', 'sued')).toBe('The union said it sued Zorbix');
    // Only a speaker the event's people and bodies name: not one the name reader missed.
    expect(clauseTitle('Velm said it also unveiled the Qube 4 tablet.', 'unveiled', undefined, ['Velm Corp'])).toBe('Velm also unveiled the Qube 4 tablet');
    expect(clauseTitle('Velm said it also unveiled the Qube 4 tablet.', 'unveiled', undefined, [])).toBe('Velm said it also unveiled the Qube 4 tablet');
    // A pronoun is never the actor the clause names as its agent.
    expect(clauseTitle('Zorbix Bank is involved because it is being sued by Quanta Oil.', 'sued', 'Quanta Oil')).toBe('It is being sued by Quanta Oil');
    // It is the one party the sentence names before it.
    expect(clauseTitle('Zorbix Bank is involved because it is being sued by Quanta Oil.', 'sued', 'Quanta Oil', ['Quanta Oil', 'Zorbix Bank'])).toBe('Zorbix Bank is being sued by Quanta Oil');
  });
  it('titles other happenings by their own clause, never by a type label', () => {
    expect(clauseTitle('WASHINGTON – The United States on Friday blacklisted Zorbix, a maker of tablets, as part of a crackdown.', 'blacklisted')).toBe('The United States on Friday blacklisted Zorbix');
    // A clause after "which" has no subject of its own: the title starts with the sentence.
    expect(clauseTitle('Acme makes the rifles, which were used to suppress protesters.', 'suppress')).toBe('Acme makes the rifles, which were used to suppress protesters');
  });
  it('turns statements into quotes of their speaker unless the statement is the lede\'s news', () => {
    const rec = (id: string): ArticleRecord => ({ id, file: `${id}.txt`, title: 'Zorbix says tablets sell well', date: '2020-05-05', dateSource: 'header', section: null, source: null, hash: id, paragraphs: [] });
    const { a, sentences } = article('t', '2020-05-05', ['Zorbix says its tablets sell well.', 'Quanta said on Monday it disagreed.']);
    const entities = [ent(sentences, 0, 'Zorbix', 'organization'), ent(sentences, 1, 'Quanta', 'organization')];
    const dates = [date(sentences, 1, 'Monday', '2020-05-04', 'day')];
    const events = extractEvents(a, sentences, entities, dates);
    markTheNews(a, sentences, entities, dates, events);
    const input = { articles: [rec('t')], extractions: [{ article: 't', sentences, entities, dates, events }], assignment: new Map([['t', ['zorbix', 'quanta']]]) };
    expect(resolveEvents(input).map((e) => [e.type, e.date, e.title])).toEqual([['statement', '2020-05-05', 'Zorbix says tablets sell well']]);
    expect(resolveQuotes(input)).toEqual([{ entity: 'quanta', article: 't', paragraph: 'p2', sentence: 1, quote: 'Quanta said on Monday it disagreed.', date: '2020-05-04' }]);
  });
});

describe('the event taxonomy', () => {
  it('is one module of data that resolution and rendering read, not the extraction rules', () => {
    const extraction = (files: string[]) => files.filter((f) => f === 'src/extract/events.ts' || f.startsWith('src/extract/events/'));
    expect(extraction(codeFiles(['src/pages', 'astro.config.mjs']))).toEqual([]);
    expect(extraction(codeFiles(['src/resolve/events.ts', 'src/graph/site-model.ts']))).toEqual([]);
    expect(codeFiles(['src/resolve/events.ts'])).toContain('src/event-types.ts');
  });
  it('is the only code that names a type: every stage asks its flags (reportedSpeech, untriggered), never compares with "statement"', () => {
    const named = new RegExp(`['"\`](?:${EVENT_KINDS.map((k) => k.type).join('|')})['"\`]`);
    const src = path.resolve(import.meta.dirname, '../src');
    const code = (file: string) => readFileSync(path.join(src, file), 'utf8').split('\n').filter((l) => !/^\s*(?:\*|\/\*|\/\/)/.test(l));
    const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => /\.(?:ts|astro|mjs)$/.test(f) && f !== 'event-types.ts');
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((f) => code(f).filter((l) => named.test(l)).map((l) => `${f}: ${l.trim()}`))).toEqual([]);
  });
  it('labels every type, flags reported speech once, and every triggered type has trigger words', () => {
    expect(EVENT_KINDS.filter((k) => k.reportedSpeech).map((k) => k.type)).toEqual(['statement']);
    expect(eventKind('sanction').label).toBe('Sanctions');
    expect(eventKind('no-such-type').label).toBe('Event');
    // A triggered type without trigger words would throw when extraction loads; one sentence per type finds it.
    const samples: Record<string, string> = { coup: 'The army staged a coup.', sanction: 'Acme was blacklisted.', attack: 'Rebels attacked the town.',
      death: 'Ann Lee died.', birth: 'Ann Lee was born in Oslo.', disaster: 'An earthquake hit Oslo.', election: 'Ann Lee was elected.',
      appointment: 'Ann Lee was appointed.', resignation: 'Ann Lee resigned.', deal: 'Acme bought Quanta.', financial: 'Acme posted earnings.',
      legal: 'Acme sued Quanta.', protest: 'Protesters marched.', launch: 'Acme unveiled a tablet.', meeting: 'Leaders held talks.', statement: 'Acme said so.',
      contest: 'Vell United beat Corby Town.', signing: 'Vell United signed Ann Lee.', absence: 'Ann Lee was ruled out for a month.' };
    // (A kind read only in one register's ledes is tried in such a lede.)
    const where = (k: (typeof EVENT_KINDS)[number]) => (k.ledeOfRegister ? { [k.ledeOfRegister]: 1 } : undefined);
    expect(EVENT_KINDS.filter((k) => !k.untriggered).map((k) => findTrigger(samples[k.type] ?? '', where(k), true)?.type)).toEqual(EVENT_KINDS.filter((k) => !k.untriggered).map((k) => k.type));
  });
});

describe('dates, titles and happenings as a reader reads them (session 11)', () => {
  const rec = (id: string, date: string | null, title = id): ArticleRecord => ({ id, file: `${id}.txt`, title, date, dateSource: null, section: null, source: null, hash: id, paragraphs: [] });
  function extraction(id: string, d: string | null, lines: string[], names: [number, string, EntityType][], dated: [number, string, string, DateMention['precision']][] = [], title = id) {
    const { a, sentences } = article(id, d, lines);
    const entities = names.map(([i, t, ty]) => ent(sentences, i, t, ty));
    const dates = dated.map(([i, t, v, p]) => date(sentences, i, t, v, p));
    const events = extractEvents({ ...a, title }, sentences, entities, dates);
    markTheNews({ ...a, title }, sentences, entities, dates, events);
    return { article: id, sentences, entities, dates, events } as ArticleExtraction;
  }
  /** One lede line resolved, with its names' resolved names and types; and its events' participants and also-named. */
  const buildNamed = (id: string, line: string, names: [string, EntityType][], ids: string[], title: string) => resolveHappenings({ articles: [rec(id, '1987-03-02', title)],
    extractions: [extraction(id, '1987-03-02', [line], names.map(([t, ty]) => [0, t, ty]), [], title)], assignment: new Map([[id, ids]]),
    entityNames: new Map(names.map(([t], i) => [ids[i]!, t])), entityTypes: new Map(names.map(([, ty], i) => [ids[i]!, ty])) });
  const shownOf = (r: ReturnType<typeof buildNamed>) => r.events.map((e) => [e.participants.map((p) => p.entity).sort(), e.alsoNamed?.map((p) => p.entity)]);
  it('keeps a lede name the lede-role model reads as no party as alsoNamed (session 33, evt69)', () => {
    // A place that only says whose group the doer is part of: the model's odds of no party are high (src/resolve/lede-roles.ts).
    const line = 'Tarn Holdings Inc, part of Norland\'s Velmar Group, agreed with Orlin Corp to make pumps.';
    const names: [string, EntityType][] = [['Tarn Holdings Inc', 'organization'], ['Norland', 'place'], ['Velmar Group', 'organization'], ['Orlin Corp', 'organization']];
    const ids = ['tarn', 'norland', 'velmar-group', 'orlin'];
    expect(shownOf(buildNamed('lr', line, names, ids, 'TARN TO MAKE PUMPS'))).toEqual([[['orlin', 'tarn', 'velmar-group'], ['norland']]]);
  });
  it('makes a person or body the news page\'s title shows a party, not a unit\'s owner (issue 19, session 43, evt97)', () => {
    // The headline titles the news: a body it writes as the object of its verb, whatever reading of the lede left it
    // out (here as the owner of a thing, "its Zorbix Semiconductor operations"), is a party.
    const line = 'PELLA, March 2 - Vell Corp said it ended an agreement for Orlin Ltd to buy 80 pct of its Zorbix Semiconductor operations.';
    const names: [string, EntityType][] = [['Vell Corp', 'organization'], ['Orlin Ltd', 'organization'], ['Zorbix Semiconductor', 'organization']];
    const parties = (title: string) => buildNamed('ts', line, names, ['vell', 'orlin', 'zorbix'], title).events.flatMap((e) => e.participants.map((p) => p.entity));
    expect(parties('VELL <VLL> ENDS PACT TO SELL ZORBIX SEMICONDUCTOR')).toContain('zorbix');
    expect(parties('VELL <VLL> ENDS PACT WITH ORLIN')).not.toContain('zorbix');
    // Written before a noun it describes, it says which that one is: no part shown.
    expect(parties('VELL ENDS ZORBIX SEMICONDUCTOR SALE PACT')).not.toContain('zorbix');
    // Written only as a unit's owner, it says whose the unit is: the unit acts.
    const unit = 'PELLA, March 2 - Quanta Corp\'s Miro Stations said it will redeem 230,000 preferred shares.';
    const unitNames: [string, EntityType][] = [['Quanta Corp', 'organization'], ['Miro Stations', 'organization']];
    const unitParties = (title: string) => buildNamed('tu', unit, unitNames, ['quanta', 'miro'], title).events.flatMap((e) => e.participants.map((p) => p.entity));
    expect(unitParties('QUANTA <QNT> UNIT TO REDEEM STOCK')).not.toContain('quanta');
    expect(unitParties('QUANTA <QNT> TO REDEEM MIRO STOCK')).toContain('quanta');
  });
  it('shows no piece of a longer name as a participant, and keeps it in the event and its reports', () => {
    const build = (id: string, line: string, names: [string, EntityType][], ids: string[], title: string) => resolveHappenings({ articles: [rec(id, '1987-03-02', title)],
      extractions: [extraction(id, '1987-03-02', [line], names.map(([t, ty]) => [0, t, ty]), [], title)], assignment: new Map([[id, ids]]) });
    // Cut at a slash ("ZRB/Micro-Qube" is one name): neither half takes part.
    const slash = build('s', 'Zorbix Research Inc said its ZRB/Micro-Qube unit introduced a Qube Generator.',
      [['Zorbix Research Inc', 'organization'], ['ZRB', 'organization'], ['Micro-Qube', 'organization'], ['Qube Generator', 'other']], ['zorbix', 'zrb', 'micro-qube', 'qube-generator'], 'ZORBIX UNIT OFFERS QUBE PRODUCT');
    expect(slash.events.map((e) => [e.participants.map((p) => p.entity).sort(), e.alsoNamed?.map((p) => p.entity)])).toEqual([[['qube-generator', 'zorbix'], ['micro-qube', 'zrb']]]);
    // A firm named for its founder, cut at its "and": the founder's name and the firm's ending are pieces.
    const firm = build('f', 'Quanta Inc said it has acquired Miro Inc and Len Ode and Associates for undisclosed terms.',
      [['Quanta Inc', 'organization'], ['Miro Inc', 'organization'], ['Len Ode', 'person'], ['Associates', 'organization']], ['quanta', 'miro', 'len-ode', 'associates'], 'QUANTA MAKES ACQUISITIONS');
    expect(firm.events.map((e) => [e.participants.map((p) => p.entity).sort(), e.alsoNamed?.map((p) => p.entity)])).toEqual([[['miro', 'quanta'], ['associates', 'len-ode']]]);
    // Named by a piece alone, the news is no page, and is kept as a report with it.
    const lone = build('c', 'Zorbia Orbis und Cie said it will omit its dividend for 1986.', [['Cie', 'organization']], ['cie'], 'ORBIS OMITS DIVIDEND');
    expect([lone.events.length, lone.reports.map((r) => [r.why, r.participants.map((p) => p.entity)])]).toEqual([0, [['unnamed', ['cie']]]]);
  });
  it('shows no instrument, unit, part of a law, name suffix or model-numbered piece as a participant, and keeps each in the event', () => {
    const build = (id: string, line: string, names: [string, EntityType][], ids: string[], title: string) => resolveHappenings({ articles: [rec(id, '1987-03-02', title)],
      extractions: [extraction(id, '1987-03-02', [line], names.map(([t, ty]) => [0, t, ty]), [], title)], assignment: new Map([[id, ids]]) });
    const shown = (r: ReturnType<typeof build>) => r.events.map((e) => [e.participants.map((p) => p.entity).sort(), e.alsoNamed?.map((p) => p.entity)]);
    // A thing named by a word news writes in lower case ("Tranche"); a currency after an amount ("40 mln Ecu").
    // A place named by such a word stays ("Split"), and so does a company whose shares are counted.
    expect(shown(build('i', 'Zorbix Ltd said it launched a Tranche issue of 40 mln Ecu for its plant in Split.', [['Zorbix Ltd', 'organization'], ['Tranche', 'other'], ['Ecu', 'organization'], ['Split', 'place']], ['zorbix', 'tranche', 'ecu', 'split'], 'ZORBIX LAUNCHES BOND ISSUE')))
      .toEqual([[['split', 'zorbix'], ['ecu', 'tranche']]]);
    // A product named by an ordinary word is one ("the Shuffle was introduced"); a year is no model's number.
    expect(shown(build('s', 'In 1998 Zorbix said the Shuffle was introduced in January.', [['Zorbix', 'organization'], ['Shuffle', 'other']], ['zorbix', 'shuffle'], 'ZORBIX LAUNCHES SHUFFLE')))
      .toEqual([[['shuffle', 'zorbix'], undefined]]);
    expect(shown(build('o', 'Novix Ltd said its offer for 3.3 mln Quanta Corp shares expired.', [['Novix Ltd', 'organization'], ['Quanta Corp', 'organization']], ['novix', 'quanta'], 'NOVIX EXTENDS QUANTA OFFER')))
      .toEqual([[['novix', 'quanta'], undefined]]);
    // A part of a law before its number; a suffix cut from a person's name.
    expect(shown(build('c', 'Quanta Stores Inc said it filed under Chapter 11 and named Ann Lee Jr as head.', [['Quanta Stores Inc', 'organization'], ['Chapter', 'other'], ['Jr', 'person']], ['quanta', 'chapter', 'jr'], 'QUANTA STORES FILES CHAPTER 11')))
      .toEqual([[['quanta'], ['chapter', 'jr']]]);
    // So whatever type the reader gave it: a part of a law read as a place, a model's word read as a firm.
    expect(shown(build('p', 'Quanta Stores Inc, in Chapter 11, said Miro Corp bought its Model 415 unit.', [['Quanta Stores Inc', 'organization'], ['Chapter', 'place'], ['Miro Corp', 'organization'],
      ['Model', 'organization']], ['quanta', 'chapter', 'miro', 'model'], 'MIRO BUYS QUANTA UNIT'))).toEqual([[['miro', 'quanta'], ['chapter', 'model']]]);
    // A word news writes in lower case, capitalised as its sentence's first (after the dateline), is no party.
    expect(shown(build('l', 'PELLA, March 2 - Loans to Quanta Corp were cut by Miro Bank.', [['Loans', 'other'], ['Quanta Corp', 'organization'], ['Miro Bank', 'organization']],
      ['loan', 'quanta', 'miro'], 'MIRO CUTS LOANS'))).toEqual([[['miro', 'quanta'], ['loan']]]);
    // A name glued to a currency sign; a thing after "a version of" is the family of the finer thing launched,
    // which stays when named in apposition; a maker's possessive stays.
    expect(shown(build('v', 'Zorbix Corp said it launched a 3G version of its Qube device, the Qube 3G, for US$ 49.', [['Zorbix Corp', 'organization'], ['Qube', 'other'], ['Qube 3G', 'other'], ['US', 'place']], ['zorbix', 'qube', 'qube-3g', 'us'], 'ZORBIX LAUNCHES QUBE 3G')))
      .toEqual([[['qube-3g', 'zorbix'], ['qube', 'us']]]);
    expect(shown(build('w', 'Miro Corp said it unveiled a new version of Zorbix\'s Qube.', [['Miro Corp', 'organization'], ['Zorbix', 'organization'], ['Qube', 'other']], ['miro', 'zorbix', 'qube'], 'MIRO UNVEILS QUBE')))
      .toEqual([[['miro', 'qube', 'zorbix'], undefined]]);
    // The rest of a name after its model's number ("Qube 3 Data System").
    expect(shown(build('m', 'Zorbix Corp said it is offering a new version of its Qube 3 Data System.', [['Zorbix Corp', 'organization'], ['Data System', 'other']], ['zorbix', 'data-system'], 'ZORBIX INTRODUCES DATA PRODUCT')))
      .toEqual([[['zorbix'], ['data-system']]]);
  });
  it('takes a building or gathering after "at" or "in" as the happening\'s place, not as a party, whatever its page\'s type', () => {
    const build = (id: string, line: string, names: [string, EntityType][], ids: string[], title: string) => resolveHappenings({ articles: [rec(id, '1987-03-02', title)],
      extractions: [extraction(id, '1987-03-02', [line], names.map(([t, ty]) => [0, t, ty]), [], title)], assignment: new Map([[id, ids]]),
      entityTypes: new Map(names.map(([, ty], i) => [ids[i]!, ty])) });
    const roles = (r: ReturnType<typeof build>) => r.events.map((e) => e.participants.map((p) => [p.entity, p.role]).sort());
    // (The setting is no party shown: the event keeps it, as its place, with the names that take no part.)
    const settings = (r: ReturnType<typeof build>) => r.events.map((e) => (e.alsoNamed ?? []).map((p) => [p.entity, p.role]));
    const expo = build('g', 'Zorbix Corp unveiled the Qube at the Miro Expo in Pella.', [['Zorbix Corp', 'organization'], ['Qube', 'other'], ['Miro Expo', 'organization'], ['Pella', 'place']], ['zorbix', 'qube', 'miro-expo', 'pella'], 'ZORBIX UNVEILS QUBE');
    expect(roles(expo)).toEqual([[['pella', 'place'], ['qube', 'target'], ['zorbix', 'actor']]]);
    expect(settings(expo)).toEqual([[['miro-expo', 'place']]]);
    const court = build('h', 'Zorbix Corp lost its case against Quanta Inc in the Norland High Court.', [['Zorbix Corp', 'organization'], ['Quanta Inc', 'organization'], ['Norland High Court', 'organization']], ['zorbix', 'quanta', 'court'], 'ZORBIX LOSES CASE');
    // A court is also the body that rules on the case: it stays a participant, as its place.
    expect(roles(court)).toEqual([[['court', 'place'], ['quanta', 'target'], ['zorbix', 'actor']]]);
    expect(settings(court)).toEqual([[]]);
    // A hotel or an arena where it happened, whatever type its page has.
    const hotel = build('j', 'The Kestrel Stars sacked coach Bob Wilm at the Grand Rilmo Hotel on Monday.', [['Kestrel Stars', 'organization'], ['Bob Wilm', 'person'], ['Grand Rilmo Hotel', 'organization']], ['stars', 'wilm', 'hotel'], 'STARS SACK WILM');
    expect(roles(hotel)[0]!.map(([id]) => id)).toEqual(['stars', 'wilm']);
    expect(settings(hotel)).toEqual([[['hotel', 'place']]]);
    // A party after "at" that is no building or gathering ("a strike at Quanta Corp") stays a party.
    expect(roles(build('k', 'Zorbix Ltd staged a protest at Quanta Corp in Pella.', [['Zorbix Ltd', 'organization'], ['Quanta Corp', 'organization'], ['Pella', 'place']], ['zorbix', 'quanta', 'pella'], 'PROTEST AT QUANTA')))
      .toEqual([[['pella', 'place'], ['quanta', 'target'], ['zorbix', 'actor']]]);
  });
  it('shows one party once (an alias beside its full name) and no partner\'s name of a firm named for its partners, and keeps each in the event', () => {
    // A shorter name inside a longer one of the same party; an acronym of it; a plural.
    expect(shownOf(buildNamed('n', 'The National Bank of Zorbia, the Zorbian National Bank, sold yen for dollars.', [['National Bank', 'organization'], ['Zorbian National Bank', 'organization']], ['nb', 'znb'], 'ZORBIAN SIGHT DEPOSITS FALL')))
      .toEqual([[['znb'], ['nb']]]);
    expect(shownOf(buildNamed('a', 'The Quanta Trade Commission said the QTC will rule on Zorbix imports.', [['Quanta Trade Commission', 'organization'], ['QTC', 'organization'], ['Zorbix', 'organization']], ['qtc-full', 'qtc', 'zorbix'], 'QUANTA TO RULE ON ZORBIX IMPORTS')))
      .toEqual([[['qtc-full', 'zorbix'], ['qtc']]]);
    // A body named again with the place it is of, the resolver's key aside its legal form (session 27); not its unit
    // of that place, nor a one-word head before "of".
    const quantex: [string, EntityType][] = [['Quantex Aluminium Co Ltd', 'organization'], ['Quantex Aluminium Co of Zorbia', 'organization'], ['Miro Metals Inc', 'organization']];
    expect(shownOf(buildNamed('q', 'Quantex Aluminium Co Ltd, known as Quantex Aluminium Co of Zorbia, signed a deal with Miro Metals Inc.', quantex, ['qal', 'qaz', 'miro'], 'QUANTEX SIGNS DEAL')))
      .toEqual([[['miro', 'qaz'], ['qal']]]);
    expect(shownOf(buildNamed('u', 'Quantex Aluminium Co Ltd said its Quantex Aluminium Co of Zorbia unit signed a deal with Miro Metals Inc.', quantex, ['qal', 'qaz', 'miro'], 'QUANTEX UNIT SIGNS DEAL')))
      .toEqual([[['miro', 'qal', 'qaz'], undefined]]);
    expect(ofPlaceAgain({ name: 'Bank', type: 'organization' }, { name: 'Bank of Zorbia', type: 'organization' }, [])).toBe(false);
    expect(ofPlaceAgain({ name: 'Miro Bank Ltd', type: 'organization' }, { name: 'Miro Bank of Zorbia', type: 'organization' }, [])).toBe(true);
    expect(ofPlaceAgain({ name: 'Miro Bank Ltd', type: 'organization' }, { name: 'Miro Bank of Zorbia', type: 'organization' }, ['Miro Bank of Zorbia, a unit of Miro Bank Ltd, fell.'])).toBe(false);
    // A one-word key is no name of its own; a unit described in up to three words with a number (session 27, mendD).
    expect(ofPlaceAgain({ name: 'Quantex Inc', type: 'organization' }, { name: 'Quantex Co of Norland', type: 'organization' }, [])).toBe(false);
    expect(ofPlaceAgain({ name: 'Miro Bank Ltd', type: 'organization' }, { name: 'Miro Bank of Zorbia', type: 'organization' }, ['Miro Bank Ltd said Miro Bank of Zorbia, its 60 pct-owned affiliate, fell.'])).toBe(false);
    expect(ofPlaceAgain({ name: 'Miro Bank Ltd', type: 'organization' }, { name: 'Miro Bank of Zorbia', type: 'organization' }, ['Miro Bank of Zorbia, a 51 pct owned subsidiary of Miro Bank Ltd, fell.'])).toBe(false);
    // A place inside an institution's name is another party.
    expect(namedTwice({ name: 'Zorbia', type: 'place' }, { name: 'Bank of Zorbia', type: 'organization' })).toBe(false);
    expect(namedTwice({ name: 'Pesch', type: 'person' }, { name: 'Ann Pesch', type: 'person' })).toBe(true);
    // A surname alone, whatever type one word was read as, and in a plural slip, is the person; a place is not.
    expect(namedTwice({ name: 'Pesch', type: 'organization' }, { name: 'Ann Pesch', type: 'person' })).toBe(true);
    expect(namedTwice({ name: 'Peschs', type: 'organization' }, { name: 'Ann Pesch', type: 'person' })).toBe(true);
    expect(namedTwice({ name: 'Lee', type: 'organization' }, { name: 'Ann Pesch', type: 'person' })).toBe(false);
    expect(namedTwice({ name: 'Washington', type: 'place' }, { name: 'George Washington', type: 'person' })).toBe(false);
    expect(namedTwice({ name: 'Quanta Corp', type: 'organization' }, { name: 'Quanta Training Corp', type: 'organization' })).toBe(false);
    // A name that starts a longer one names another party ("Apple", "Apple Corps"); a place within a place is another.
    expect(namedTwice({ name: 'Zorbix', type: 'organization' }, { name: 'Zorbix Records', type: 'organization' })).toBe(false);
    expect(namedTwice({ name: 'Orbis', type: 'organization' }, { name: 'Miro Orbis Inc', type: 'organization' })).toBe(true);
    expect(namedTwice({ name: 'Africa', type: 'place' }, { name: 'South Africa', type: 'place' })).toBe(false);
    // Partners' names listed up to the firm's legal form are pieces of its name; firms each with their own form are not.
    expect(shownOf(buildNamed('l', 'Zorbix said 19 people were arrested, eight of them with Pesch, Weinger, Orbis and Miro, Inc.', [['Zorbix', 'organization'], ['Pesch', 'person'], ['Weinger', 'person'], ['Orbis', 'person'], ['Miro', 'organization']], ['zorbix', 'pesch', 'weinger', 'orbis', 'miro'], 'ZORBIX STAFF ARRESTED')))
      .toEqual([[['zorbix'], ['miro', 'orbis', 'pesch', 'weinger']]]);
    expect(shownOf(buildNamed('m', 'Zorbix Inc, Quanta Corp and Miro Inc said they will merge.', [['Zorbix Inc', 'organization'], ['Quanta Corp', 'organization'], ['Miro Inc', 'organization']], ['zorbix', 'quanta', 'miro'], 'ZORBIX, QUANTA AND MIRO TO MERGE')))
      .toEqual([[['miro', 'quanta', 'zorbix'], undefined]]);
  });
  it('shows no place that only qualifies a noun as a party, and keeps it in the event (session 27, evt41)', () => {
    expect(shownOf(buildNamed('v', 'PELLA, March 2 - Quanta Corp sold 200 mln dlrs of Zorbia corporate bonds to Miro Inc.', [['Quanta Corp', 'organization'], ['Zorbia', 'place'], ['Miro Inc', 'organization']], ['quanta', 'zorbia', 'miro'], 'QUANTA SELLS BONDS')))
      .toEqual([[['miro', 'quanta'], ['zorbia']]]);
    // The state's organ acting keeps its place a party.
    expect(shownOf(buildNamed('w', 'PELLA, March 2 - Zorbia authorities fined Quanta Corp 20 mln dlrs.', [['Zorbia', 'place'], ['Quanta Corp', 'organization']], ['zorbia', 'quanta'], 'ZORBIA FINES QUANTA')))
      .toEqual([[['quanta', 'zorbia'], undefined]]);
  });
  it('shows no news outlet that reports a happening and no body whose spokesman tells it as a party, and keeps each in the event (session 24)', () => {
    // An outlet by the noun before its name, by its name's end, and after its name. (The place acts: "Zorbia wheat
    // output has risen" would name it only as what qualifies the output, no party since session 27, evt41.)
    expect(shownOf(buildNamed('d', 'PELLA, March 2 - Zorbia has raised its wheat output steadily, the official daily Pella Matin reported.', [['Zorbia', 'place'], ['Pella Matin', 'organization']], ['zorbia', 'matin'], 'ZORBIA BOOSTS WHEAT OUTPUT')))
      .toEqual([[['zorbia'], ['matin']]]);
    expect(shownOf(buildNamed('n', 'PELLA, March 2 - Rainfall has eased the drought in the province of Quantia, the Zorbia News Agency said.', [['Quantia', 'place'], ['Zorbia News Agency', 'organization']], ['quantia', 'zna'], 'DROUGHT EASES IN QUANTIA')))
      .toEqual([[['quantia'], ['zna']]]);
    expect(shownOf(buildNamed('t', 'PELLA, March 2 - The Miro Times reported that Quanta Corp bought Zorbix Inc.', [['Miro Times', 'organization'], ['Quanta Corp', 'organization'], ['Zorbix Inc', 'organization']], ['times', 'quanta', 'zorbix'], 'QUANTA BUYS ZORBIX')))
      .toEqual([[['quanta', 'zorbix'], ['times']]]);
    // An outlet telling of its own act is its party; a body after a preposition is no outlet for a press word further back.
    expect(shownOf(buildNamed('p', 'PELLA, March 2 - The Miro Times said it sold its stake in Zorbix Inc to Quanta Corp.', [['Miro Times', 'organization'], ['Zorbix Inc', 'organization'], ['Quanta Corp', 'organization']], ['times', 'zorbix', 'quanta'], 'MIRO TIMES SELLS ZORBIX STAKE')))
      .toEqual([[['quanta', 'times', 'zorbix'], undefined]]);
    // The body a closing report's manager speaks for, and its short form; kept as the party when no one else is named.
    expect(shownOf(buildNamed('m', 'PELLA, March 2 - The state of Quantia will issue a bond today, a syndicate manager for the Miro Landesbank, MiroLB, said.', [['Quantia', 'place'], ['Miro Landesbank', 'organization'], ['MiroLB', 'organization']], ['quantia', 'miro', 'mirolb'], 'QUANTIA TO ISSUE BOND')))
      .toEqual([[['quantia'], ['miro', 'mirolb']]]);
    expect(shownOf(buildNamed('o', 'PELLA, March 2 - A bond will be issued today, a syndicate manager for the Miro Landesbank said.', [['Miro Landesbank', 'organization']], ['miro'], 'BOND TO BE ISSUED')))
      .toEqual([[['miro'], undefined]]);
    // The one told and the office a paper is filed with hear of the news, in a lede read by its headline's trigger too.
    expect(shownOf(buildNamed('s', 'PELLA, March 2 - A group of investors which once sought control of Quanta Corp, told the Zorbia Exchange Commission it sold its stake in the company.', [['Quanta Corp', 'organization'], ['Zorbia Exchange Commission', 'organization']], ['quanta', 'zec'], 'GROUP SELLS STAKE IN QUANTA')))
      .toEqual([[['quanta'], undefined]]);
    expect(shownOf(buildNamed('f', 'PELLA, March 2 - Miro Group said it filed preliminary proxy materials with the Zorbia Exchange Commission to elect directors to the Quanta Corp board.', [['Miro Group', 'organization'], ['Zorbia Exchange Commission', 'organization'], ['Quanta Corp', 'organization']], ['miro', 'zec', 'quanta'], 'INVESTORS FILE PROXY FOR QUANTA BOARD')).flatMap(([p]) => p))
      .not.toContain('zec');
    expect(shownOf(buildNamed('w', 'PELLA, March 2 - Quanta Corp will increase production abroad, chairman Ann Lee told the Zorbian newspaper Pella Welt.', [['Quanta Corp', 'organization'], ['Ann Lee', 'person'], ['Pella Welt', 'organization']], ['quanta', 'lee', 'welt'], 'QUANTA INCREASING PRODUCTION ABROAD')).flatMap(([p]) => p))
      .not.toContain('welt');
    // The one written to reads of it: "in a letter to Quanta's board" names no party of the resigning.
    const letter = resolveHappenings({ articles: [rec('r', '2011-08-25', 'Quanta executive Ann Lee resigns')],
      extractions: [extraction('r', '2011-08-25', ['Ann Lee said she will stay.', 'Lee resigned in a letter to Quanta\'s board of directors.'], [[0, 'Ann Lee', 'person'], [1, 'Lee', 'person'], [1, 'Quanta', 'organization']], [], 'Quanta executive Ann Lee resigns')],
      assignment: new Map([['r', ['lee', 'lee', 'quanta']]]) });
    expect(letter.events.flatMap((e) => e.participants.map((p) => p.entity))).not.toContain('quanta');
    // Initials of a name without its legal form, and a dotted abbreviation's letters.
    expect(namedTwice({ name: 'ZP', type: 'organization' }, { name: 'Zorbix Paper Co', type: 'organization' })).toBe(true);
    expect(namedTwice({ name: 'ZQFP', type: 'organization' }, { name: 'Z.Q. Forest Products Ltd', type: 'organization' })).toBe(true);
    expect(namedTwice({ name: 'ZF', type: 'organization' }, { name: 'Zorbix Paper Co', type: 'organization' })).toBe(false);
  });
  it('gives a name the sentence read as a place, and resolution types as a company on good evidence, the part its position tells', () => {
    const x = extraction('p', null, ['Novix has bought all of Zorbia\'s Quanta.'], [[0, 'Novix', 'organization'], [0, 'Quanta', 'place']]);
    const input = (types?: Map<string, EntityType>, sure = new Set(['novix', 'quanta'])) => ({ articles: [rec('p', null)], extractions: [x], assignment: new Map([['p', ['novix', 'quanta']]]), ...(types ? { entityTypes: types, typeSure: sure } : {}) });
    const roles = (types?: Map<string, EntityType>, sure?: Set<string>) => resolveEvents(input(types, sure)).map((e) => e.participants.map((p) => `${p.entity}:${p.role}`).sort());
    expect(roles()).toEqual([['novix:actor', 'quanta:place']]);
    expect(roles(new Map([['novix', 'organization'], ['quanta', 'organization']]))).toEqual([['novix:actor', 'quanta:target']]);
    expect(roles(new Map([['novix', 'organization'], ['quanta', 'place']]))).toEqual([['novix:actor', 'quanta:place']]);
    // A company's type resolution gave on weak evidence ("Moscone Center") leaves a place the sentence's words show
    // (a known place's name: a vote of 2.5); "in X" alone (a vote of 1) shows none.
    const unsure = () => roles(new Map([['novix', 'organization'], ['quanta', 'organization']]), new Set(['novix']));
    const votes = (place: number) => ({ tagger: { person: 0, organization: 0, place: 0.9, other: 0 }, rules: { person: 0, organization: 0, place, other: 0 } });
    x.entities[1]!.reading = votes(2.5);
    expect(unsure()).toEqual([['novix:actor', 'quanta:place']]);
    expect(roles(new Map([['novix', 'organization'], ['quanta', 'organization']]))).toEqual([['novix:actor', 'quanta:target']]);
    x.entities[1]!.reading = votes(1);
    expect(unsure()).toEqual([['novix:actor', 'quanta:target']]);
  });
  it('titles no clause whose subject or object is a noun standing for a name told before', () => {
    // (Title, trigger, readable.) A quantifier standing alone is a pronoun too: no name to stand for.
    const titles: [string, string, boolean][] = [['State-owned Novix bought the unit for $9.3bn', 'bought', false], ['The merger was announced in a statement on Tuesday', 'announced', false],
      ['Ann Lee sued the company', 'sued', false], ['Novix bought the sale of Quanta', 'bought', true], ['Novix bought a stake in Quanta', 'bought', true],
      ['Some had looked to the Zorbia summit for direction', 'summit', false], ['Some 300 fans protested outside the ground', 'protested', true],
      // Told through someone's telling of it.
      ['Zorbia police told reporters the four arrested', 'arrested', false], ['Zorbia police arrested four men', 'arrested', true]];
    expect(titles.map(([t, w]) => readableClause(t, w))).toEqual(titles.map(([, , readable]) => readable));
  });
  it('dates a happening by a year only when the TimeML anchor model puts it in that year, not the year a figure is for', () => {
    const x = extraction('y', null, ['AMR reported a loss of $387m for the fourth quarter of 2004, against a $111m loss a year earlier.', 'Mitch killed about 10,000 people and caused damage of about $10bn in 1998.'],
      [[0, 'AMR', 'organization'], [1, 'Mitch', 'other']], [[0, '2004', '2004', 'year'], [1, '1998', '1998', 'year']]);
    expect(x.events.map((e) => [e.type, e.date])).toEqual([['financial', null], ['attack', '1998']]);
  });
  it('dates a lede that names only a past year (the year a figure is for) by its article', () => {
    const x = extraction('b', '1987-03-02', ['Brown Corp said it will omit its dividend in 1986 for the second consecutive year.'], [[0, 'Brown Corp', 'organization']], [[0, '1986', '1986', 'year']], 'BROWN OMITS DIVIDEND');
    expect(x.events.map((e) => [e.date, e.lede])).toEqual([['1987-03-02', true]]);
  });
  it('titles a clause without an age apposition, without the list after a dash, and with the name its relative clause is about', () => {
    expect(clauseTitle('A court ruled that agent Jeff Roy, 41, fed data to Tony Elg, 36.', 'ruled')).toBe('A court ruled that agent Jeff Roy fed data to Tony Elg');
    expect(clauseTitle('Zorbix is currently suing four companies - Quanta, its unit Qube and Acme - for their part.', 'suing')).toBe('Zorbix is currently suing four companies');
    expect(clauseTitle('The shops were linked to Bank One, which JP Morgan bought last year.', 'bought')).toBe('JP Morgan bought Bank One last year');
    expect(clauseTitle('The shops were linked to Bank One, which JP Morgan bought a stake in.', 'bought')).toBe('JP Morgan bought a stake in');
    expect(clauseTitle('The Qube, which was launched last spring, sold well.', 'launched')).toBe('The Qube was launched last spring');
    // A relative clause about a name set off by a dash is told with the name as its subject; a reflexive pronoun is
    // no subject.
    expect(clauseTitle('The speech by Mr Lane - who was elected in 1997 in a safe seat - prompted calls for reform.', 'elected')).toBe('Mr Lane was elected in 1997 in a safe seat');
    expect(readableClause('Herself nominated for her role in Zorbix', 'nominated')).toBe(false);
  });
  it('titles a long clause whole, or ends it where a phrase after its trigger opens, never mid-phrase', () => {
    // [sentence, trigger, title]
    const titled: [string, string, string][] = [
      // Up to 16 words a clause is kept whole.
      ['Zorbix had unveiled a new plan last year promising to launch new tablets every season, including summer.', 'launch',
        'Zorbix had unveiled a new plan last year promising to launch new tablets every season'],
      // Longer: cut before the last preposition, participle or second verb that keeps it that short.
      ['Quanta and Zorbix have been charged by the Velmora Football Association over crowd trouble during their Norland Cup match on 26 October.', 'charged',
        'Quanta and Zorbix have been charged by the Velmora Football Association over crowd trouble'],
      ['Former host Ann Lee has attacked Zorbian policy on tablets saying the open door approach of Quanta is hitting small shops.', 'attacked',
        'Former host Ann Lee has attacked Zorbian policy on tablets'],
      // (A second verb after "and" and an auxiliary is another happening: the title ends before it, session 28.)
      ['Quanta launched the Qube tablet in the spring and has since doubled its orders for screens from the Zorbix plant.', 'launched',
        'Quanta launched the Qube tablet in the spring'],
      // A connector inside a name is no place to cut ("Bank for International Settlements").
      ['The governors of the big central banks met at the offices of the Bank for International Settlements in Basel.', 'met', 'The governors of the big central banks met'],
      // What a trigger reports is cut after its verb, never on its subject.
      ['The Velmora court ruled on Tuesday that Ann Lee was unlawfully held in police custody in Zorbia for ten days.', 'ruled',
        'The Velmora court ruled on Tuesday that Ann Lee was unlawfully held in police custody'],
      // Nor after a participle, a conjunction or an article that the phrase completes.
      ['Zorbix Investments bought 201,800 Quanta common shares between Feb 3 and March 2 at prices ranging from 20 to 25 dlrs.', 'bought',
        'Zorbix Investments bought 201,800 Quanta common shares between Feb 3 and March 2'],
      ['Zorbix officials met with almost all the banks involved in its financing on Friday and over the weekend in Pella.', 'met',
        'Zorbix officials met with almost all the banks involved in its financing'],
      ['Ann Lee bought his stake under the guise of a Pella-based company known as The Forward Zorbix Fund.', 'bought', 'Ann Lee bought his stake'],
      // With no such place, the headline's length and an ellipsis, as before.
      ['Zorbix sold eighteen thousand two hundred and forty seven new Qube tablets and sixty nine old Qube tablets.', 'sold',
        'Zorbix sold eighteen thousand two hundred and forty seven new Qube tablets and sixty …'],
      // An age before an apposition keeps its comma, so the apposition is left out.
      ['Father-of-two Mr Lee, 28, a hotel receptionist, was arrested in Zorbia.', 'arrested', 'Father-of-two Mr Lee was arrested in Zorbia'],
    ];
    for (const [sentence, trigger, title] of titled) expect(clauseTitle(sentence, trigger)).toBe(title);
    // Never inside a reported clause before its verb, a dash aside, or between a passive verb and its agent.
    const unfinished: [string, string, RegExp][] = [
      ['The Velmora court ruled on Tuesday that the death of Ann Lee in police custody in Zorbia broke Velmoran law.', 'ruled', /custody$/],
      ['Quanta output declined 0.2% in 2003 and President Ann Marie Lee da Silva - elected as Zorbia\'s first woman president in 2002 - was criticised for pursuing a hard policy.', 'elected', /elected$/],
      ['The former Quanta subsidiary was controversially sold off last year and was eventually acquired by state-owned tablet maker Zorbix.', 'acquired', /acquired$/],
    ];
    for (const [sentence, trigger, cut] of unfinished) expect(clauseTitle(sentence, trigger)).not.toMatch(cut);
  });
  it('makes no event of the lede of a correction notice or an analysis column, told by the headline\'s desk label', () => {
    const lines = ['Zorbix Corp said it launched a new tablet.'];
    const names: [number, string, EntityType][] = [[0, 'Zorbix Corp', 'organization']];
    const titles = ['(CORRECTED) - ZORBIX LAUNCHES TABLET', 'TALKING POINT/ZORBIX TABLET', 'ECONOMIC SPOTLIGHT - ZORBIX', 'ZORBIX LAUNCHES TABLET'];
    const built = titles.map((t, i) => {
      const x = extraction(`c${i}`, '1987-03-02', lines, names, [], t);
      return resolveHappenings({ articles: [rec(`c${i}`, '1987-03-02', t)], extractions: [x], assignment: new Map([[`c${i}`, ['zorbix']]]) });
    });
    expect(built.map((b) => [b.events.length, b.reports.map((r) => r.why)])).toEqual([[0, ['not-news']], [0, ['not-news']], [0, ['not-news']], [1, []]]);
  });
  it('makes no event of a lede under a forecast headline, even with the statements joined to it', () => {
    const lines = ['Zorbix Corp expects 1987 profit to exceed 1986 levels, chairman Ann Lee said.', 'Lee said the profit rise surpassed that of turnover.', 'Lee said the profit ratio should rise further.'];
    const names: [number, string, EntityType][] = [[0, 'Zorbix Corp', 'organization'], [0, 'Ann Lee', 'person'], [1, 'Lee', 'person'], [2, 'Lee', 'person']];
    const t = 'ZORBIX EXPECTS HIGHER 1987 PROFIT';
    const x = extraction('h', '1987-06-29', lines, names, [], t);
    const { events } = resolveHappenings({ articles: [rec('h', '1987-06-29', t)], extractions: [x], assignment: new Map([['h', ['zorbix', 'ann-lee', 'ann-lee', 'ann-lee']]]) });
    expect(events.map((e) => e.title)).toEqual([]);
    // Nor with another article's lede of the same forecast.
    const y = extraction('i', '1987-06-29', [lines[0]!], [names[0]!, names[1]!], [], t);
    const both = resolveHappenings({ articles: [rec('h', '1987-06-29', t), rec('i', '1987-06-29', t)], extractions: [x, y], assignment: new Map([['h', ['zorbix', 'ann-lee', 'ann-lee', 'ann-lee']], ['i', ['zorbix', 'ann-lee']]]) });
    expect(both.events.map((e) => e.title)).toEqual([]);
    // A tip is a forecast too.
    const tip = 'ANN LEE TIPPED TO BE ZORBIX CHAIRMAN';
    const z = extraction('j', '1987-06-29', ['Ann Lee won the backing of the Zorbix Corp board on Monday.'], [[0, 'Ann Lee', 'person'], [0, 'Zorbix Corp', 'organization']], [], tip);
    expect(resolveHappenings({ articles: [rec('j', '1987-06-29', tip)], extractions: [z], assignment: new Map([['j', ['ann-lee', 'zorbix']]]) }).events).toEqual([]);
    // So is a view of what is to come: "unlikely", "confident of".
    for (const view of ['ZORBIA UNLIKELY TO IMPORT QUANTA COPRA', 'ZORBIA DEBT NEGOTIATOR CONFIDENT OF ACCORD']) {
      const v = extraction('k', '1987-06-29', ['Zorbia will hold talks with Quanta on Monday, Ann Lee said.'], [[0, 'Zorbia', 'place'], [0, 'Quanta', 'organization'], [0, 'Ann Lee', 'person']], [], view);
      expect(resolveHappenings({ articles: [rec('k', '1987-06-29', view)], extractions: [v], assignment: new Map([['k', ['zorbia', 'quanta', 'ann-lee']]]) }).events).toEqual([]);
    }
  });
  it('joins two undated reports of one article only when the same-happening model reads them as one', () => {
    const x = extraction('f', null, ['Zorbix has bought a big stake in Quanta.', 'Zorbix bought 12% of Quanta at 3 dollars a share.', 'Velmar Stores has reported a record yearly profit.', 'Velmar Stores cut its prices by 5% once it saw that demand would fall.'],
      [[0, 'Zorbix', 'organization'], [0, 'Quanta', 'organization'], [1, 'Zorbix', 'organization'], [1, 'Quanta', 'organization'], [2, 'Velmar Stores', 'organization'], [3, 'Velmar Stores', 'organization']]);
    const events = resolveEvents({ articles: [rec('f', null)], extractions: [x], assignment: new Map([['f', ['zorbix', 'quanta', 'zorbix', 'quanta', 'velmar-stores', 'velmar-stores']]]) });
    // One type and a shared name joined the profit and the price cut before; the model tells them apart (the profit,
    // a noun with no clause a reader understands, is a report). (A share price's move is no happening since session 26.)
    expect(events.map((e) => e.sources.map((s) => s.quote.slice(0, 12))).sort()).toEqual([['Velmar Store'], ['Zorbix has b', 'Zorbix bough']]);
  });
});

describe('a lede told in the present of a verb of a state', () => {
  const lede = (text: string, title: string) => extractArticle({ ...article('ls', '2020-03-02', [text]).a, title }).events.filter((e) => e.lede).map((e) => e.mood ?? 'news');
  it('is a state or a plan, kept as a report, not the day\'s happening', () => {
    expect(lede('ZORBA, March 2 - Quanta Co and its smaller rival Zorbix Ltd are considering a merger.', 'Quanta and Zorbix weigh merger')).toEqual(['state']);
    expect(lede('ZORBA, March 2 - Heavy rain in the north is posing a problem for the grain harvest in Zorbia.', 'Rain poses problem for Zorbia harvest')).toEqual(['state']);
    expect(lede('ZORBA, March 2 - Zorbix Corp said it is considering a bid for Quanta Inc.', 'Zorbix weighs Quanta bid')).toEqual(['state']);
  });
  it('reads a situation met or a decision pending as a state where WordNet\'s commonest sense is a deed or is too rare (session 30, evt57)', () => {
    expect(lede('ZORBA, March 2 - Velmar Motors Inc is facing a lawsuit from a group of its former dealers, a trade weekly said.', 'Velmar faces dealer suit')).toEqual(['state']);
    expect(lede('ZORBA, March 2 - Zorbix Corp is mulling a bid for its smaller rival Quanta Inc.', 'Zorbix mulls Quanta bid')).toEqual(['state']);
    expect(lede('ZORBA, March 2 - Zorbix Corp is looking to takeovers and mergers to widen its range of tablets, its chief said.', 'Zorbix looks to takeovers')).toEqual(['state']);
    expect(lede('ZORBA, March 2 - Zorbix Corp sued Quanta Inc, which is facing a lawsuit from Velmar Motors.', 'Zorbix sues Quanta')).toEqual(['news']);
    // "to" and a verb: what is intended is announced.
    expect(lede('ZORBA, March 2 - Zorbix Corp is looking to sell its tablet unit to Quanta Inc.', 'Zorbix to sell unit')).toEqual(['news']);
  });
  it('leaves a deed told in the present or the past, a relative clause\'s state, and a statement headline\'s saying as the news', () => {
    expect(lede('ZORBA, March 2 - Zorbix Corp is selling its unit to Quanta Inc for 40 mln dlrs.', 'Zorbix selling unit to Quanta')).toEqual(['news']);
    expect(lede('ZORBA, March 2 - Zorbix Corp agreed to sell its unit to Quanta Inc.', 'Zorbix to sell unit')).toEqual(['news']);
    expect(lede('ZORBA, March 2 - Zorbix Corp, which is considering a bid, said it sold its unit to Quanta Inc.', 'Zorbix sells unit')).toEqual(['news']);
    expect(lede('ZORBA, March 2 - Zorbix chief Ann Lee said the group is considering a merger with Quanta Inc.', 'Lee says Zorbix considering merger')).toEqual(['news']);
  });
});

describe('the terms of an agreement name its parties (session 29, evt53)', () => {
  it('keeps the names of an "under which" clause after the trigger, and still cuts a plain relative clause', () => {
    const { a, sentences } = article('u', '2020-05-05', [
      'Zorbix Corp agreed on Monday to a merger under which Quanta Bell will distribute its phones.',
      'Zorbix Corp sued Miro Ltd on Monday, which Quanta Bell had advised.',
    ]);
    const names: [number, string, EntityType][] = [[0, 'Zorbix Corp', 'organization'], [0, 'Quanta Bell', 'organization'],
      [1, 'Zorbix Corp', 'organization'], [1, 'Miro Ltd', 'organization'], [1, 'Quanta Bell', 'organization']];
    const entities = names.map(([i, t, ty]) => ent(sentences, i, t, ty));
    const events = extractEvents(a, sentences, entities, [0, 1].map((i) => date(sentences, i, 'Monday', '2020-05-04', 'day')));
    const who = (i: number) => events.find((e) => e.sentence === i)?.participants.map((p) => entities[p.mention]!.text);
    expect(who(0)).toEqual(['Zorbix Corp', 'Quanta Bell']);
    expect(who(1)).toEqual(['Zorbix Corp', 'Miro Ltd']);
  });
});

describe('the lede is the first paragraph that tells something (session 29, evt53)', () => {
  const paras = (texts: string[]) => ({ ...article('l', '2020-05-05', texts).a });
  it('passes over a dateline or a byline set apart on its own line', () => {
    expect(ledeParagraph(paras(['PELLA 2020-05-05', 'Zorbix Corp agreed on Monday to buy Quanta Ltd.']))?.text).toMatch(/^Zorbix/);
    expect(ledeParagraph(paras(["Ann O'Vell", 'NEW PELLA 2020-05-05', 'Quanta Ltd was sold on Monday.']))?.text).toMatch(/^Quanta/);
  });
  it('keeps a short lede that ends as a sentence, and the first paragraph when nothing tells more', () => {
    expect(ledeParagraph(paras(['Zorbix Corp Rose.', 'Quanta Ltd was sold on Monday.']))?.text).toBe('Zorbix Corp Rose.');
    expect(ledeParagraph(paras(['Shares fell in Pella', 'Quanta Ltd was sold on Monday.']))?.text).toBe('Shares fell in Pella');
    expect(ledeParagraph(paras(['PELLA 2020-05-05']))?.text).toBe('PELLA 2020-05-05');
  });
});

describe('a date belongs to its own clause\'s verb (session 31, evt61)', () => {
  const read = (id: string, title: string, date: string, lines: string[]) => extractArticle({ ...article(id, date, lines).a, title }).events;
  it('does not give the main happening a day told in a relative clause or a clause of time of its own', () => {
    // The lede reports the starting; "yesterday" is the disclosing's, in the relative clause.
    const offer = read('rc1', 'Brelco starts share offer for Quillan', '2021-05-06',
      ['TARMOUTH, May 6 - Brelco Ltd said it has started the share offer for Quillan Group that it disclosed yesterday.']);
    expect(offer.find((e) => e.lede)?.date).toBe('2021-05-06');
    // "Monday" is the court's approving, in the clause "after" opens with its own verb: the buying is left undated.
    const bought = read('rc2', 'Brelco news', '2021-05-06', ['Brelco Ltd opened an office in Tarmouth.', 'Brelco acquired Quillan Group after the Tarmouth court approved the plan on Monday.']);
    expect(bought.find((e) => e.sentence === 1)).toMatchObject({ trigger: 'acquired', date: null });
  });
  it('leaves to its own clause a date before the trigger in a clause closed by a comma, and a lede\'s relative clause\'s day to that clause', () => {
    const lines = ['Brelco Ltd opened an office in Tarmouth.', 'After the Tarmouth court approved the plan on Monday, Brelco acquired Quillan Group.',
      'Brelco, which was founded in March, acquired the Halbury mill.', 'Ivo Marek, who resigned in March, was arrested.'];
    expect(read('rc4', 'Brelco news', '2021-05-06', lines).filter((e) => e.sentence > 0).map((e) => [e.trigger, e.date]))
      .toEqual([['acquired', null], ['acquired', null], ['resigned', '2021-03']]);
    // A lede's trigger read in a relative clause ("bought a stake") does not give the news its clause's day: the news
    // the headline and the main clause tell (the selling) is the report's.
    const lede = read('rc5', 'Kelm sells its Dunmore unit', '2021-03-10', ['PELLA, March 10 - Kelm Inc said it sold its Dunmore unit to Orvex Corp, which had bought a stake in it on March 3.']);
    expect(lede.find((e) => e.lede)?.date).toBe('2021-03-10');
  });
  it('dates the verb of a clause a date is the time of ("since March when …")', () => {
    const events = read('rc3', 'Hill rebels hold the pass', '2021-05-06',
      ['HALBURY, May 6 - Rebels in the hills said they would hold the pass.', 'The rebels have held the pass since March when Ivo Marek resigned as governor.',
        'Rebels have fought the army since April, when Dan Quell stepped down as governor.']);
    expect(events.find((e) => e.sentence === 1)).toMatchObject({ trigger: 'resigned', date: '2021-03', precision: 'month' });
    expect(events.find((e) => e.sentence === 2)).toMatchObject({ date: '2021-04', precision: 'month' });
  });
  it('dates a headline\'s change of schedule on the report\'s day, not on the new day of what was put off', () => {
    const lede = 'HALBURY, June 2 - The census results will be released on June 14 after they were first set for June 7, an official said.';
    expect(read('rs1', 'Census results release delayed', '2021-06-02', [lede]).find((e) => e.lede)?.date).toBe('2021-06-02');
    // Under a headline of the release itself, the release is the news, on its scheduled day.
    expect(read('rs2', 'Census results to be released on June 14', '2021-06-02', [lede]).find((e) => e.lede)?.date).toBe('2021-06-14');
  });
});

describe('the happening\'s own clause and its own actors (session 32, evt67)', () => {
  it('prefers the main clause\'s trigger to one in a relative clause set off after it', () => {
    expect(findTrigger('Quanta Corp sued Miro Inc, which had bought Tarn Ltd in May.')?.text).toBe('sued');
    // A relative clause's trigger is still read where the sentence has no other (a body sentence's background).
    expect(findTrigger('Quanta Corp hired Ann Vell, who had resigned from Miro Inc in May.')?.text).toBe('resigned');
    // Before its main clause's verb, it is no relative clause of one: "Quanta, which bought Miro, said …" keeps its reading.
    expect(findTrigger('Quanta Corp, which bought Miro Inc in May, has doubled its staff.')?.text).toBe('bought');
  });
  it('reads a dated lede whose only trigger is a relative clause\'s by its main clause, the relative clause\'s names aside', () => {
    const { a, sentences } = article('rl', '2022-03-08', ['PELLA, March 8 - Quanta Corp sold its barge unit to Miro Inc, which had bought Tarn Ltd from Halden Group last year.']);
    const headed = { ...a, title: 'Quanta sells barge unit' };
    const entities = ['Quanta Corp', 'Miro Inc', 'Tarn Ltd', 'Halden Group'].map((n) => ent(sentences, 0, n, 'organization'));
    const events = extractEvents(headed, sentences, entities, []);
    markTheNews(headed, sentences, entities, [], events);
    expect(events.map((e) => [e.participants.map((p) => entities[p.mention]!.text), (e.asides ?? []).map((i) => entities[i]!.text)]))
      .toEqual([[['Quanta Corp', 'Miro Inc'], ['Tarn Ltd', 'Halden Group']]]);
  });
  it('keeps a name that only describes the next one ("Norland Senator Ann Vell") aside, with or without a trigger', () => {
    for (const [text, parties] of [
      ['WASHINGTON, March 8 - Norland Senator Ann Vell proposed a bill to curb imports of cloth.', ['Ann Vell']],
      ['WASHINGTON, March 8 - Norland Senator Ann Vell sued Zorbix Inc over its pension plan.', ['Ann Vell', 'Zorbix Inc']],
    ] as const) {
      const { a, sentences } = article('dn', '2022-03-08', [text]);
      const headed = { ...a, title: 'Vell acts on cloth' };
      const entities = [ent(sentences, 0, 'Norland', 'place'), ent(sentences, 0, 'Ann Vell', 'person'), ...(text.includes('Zorbix') ? [ent(sentences, 0, 'Zorbix Inc', 'organization')] : [])];
      const events = extractEvents(headed, sentences, entities, []);
      markTheNews(headed, sentences, entities, [], events);
      expect(events.map((e) => [e.participants.map((p) => entities[p.mention]!.text), (e.asides ?? []).map((i) => entities[i]!.text)])).toEqual([[parties, ['Norland']]]);
    }
  });
});
