/** The page rules (PAGE_RULES, one table with a reason per rule) and the first of them that denies a name its page. */
import { usualCase } from '../../extract/ner/words.ts';
import { countryInitials } from '../../extract/ner/gazetteer.ts';
import { shippedJson } from '../../util/shipped-json.ts';
import { describingCompound, describingParticiple, isAcronym, LEGAL_FORMS } from '../../extract/shapes.ts';
import { EVIDENCE_RULES } from '../../extract/evidence.ts';
import { DEMONYM_NOUNS, isDemonymNoun, DESCRIBING_PREFIXES, NEWSPAPER_HEADS, ORG_HEADS } from '../../extract/lexicon.ts';
import { cueType, describesTheNextWord, nationalityForm, titledWithThe } from './type-cues.ts';
import { ACRONYM_PLURAL, capitalByPlace, capitalMonthBeforeADay, chamberAndParty, commonWord, commonWordAfter, every, EXCHANGE_SUFFIXED, LETTER_GRADE, LETTERED_GROUP, LONE_HEAD_MIN_SHARE, loneHeadShare, MOODYS_RATING, mostlyTypedAs, type NameView, type PageRule, partyAndState, ratedNear, SHARE_CLASS, stockCodeInBrackets, TAGGER_ODDS_FLOOR, typedAs, weekday, words, YEAR_OR_DECADE } from './name-shapes.ts';

/** The rules, in order: the first that denies a name its page is the one recorded. */
export const PAGE_RULES: readonly PageRule[] = [
  {
    name: 'stock-code',
    reason: 'A stock code ("<MOB.N>", "<CHV>", "DGSG.F") is a company\'s ticker written beside its name, not a name of its own: every mention is in capitals with an exchange suffix, or in capitals inside the angle brackets wire stories put codes in.',
    denies: (n) => every(n, (m) => EXCHANGE_SUFFIXED.test(m.raw) || stockCodeInBrackets(m)),
  },
  {
    name: 'describing-compound',
    reason: 'A word ending in a hyphen and a word news writes in lower case describes ("Israel-based", "English-speaking", "an A-rating"); a name holding it ("Geneva-based WTO", "New York-based", "Hong Kong-listed") is a description or a name glued to one (extraction cuts the name it describes free). Names whose hyphenated part is no such word stay ("Li Ka-shing").',
    denies: (n) => words(n.name).some((w, i) => (i === 0 ? describingCompound(w) : describingParticiple(w))),
  },
  {
    name: 'common-word-at-a-capital',
    reason: 'A one-word name that news writes in lower case almost always ("Sanctions", "Divers"), seen only where any word is capitalised (opening a sentence, in a headline), is a common word capitalised by its place. (Names of several such words are left to the tagger: "Best Buy" opens sentences too.)',
    denies: (n) => words(n.name).length === 1 && usualCase(n.name) === 'lower' && every(n, capitalByPlace),
  },
  {
    name: 'common-word-glued-to-a-name',
    reason: 'Another name of the archive after a year or a decade ("1980s Betamax"), or after a word news writes in lower case almost always where every mention opens a sentence ("Previous Big Brother", "Actor Bruce Willis"), is that name glued to the word before it; the name itself keeps its page. Mid-sentence such names stay ("Band Aid", "Clear Channel").',
    denies: (n) => {
      const w = words(n.name);
      if (w.length < 2 || !n.isOtherName(w.slice(1).join(' '))) return false;
      return YEAR_OR_DECADE.test(w[0]!) || (usualCase(w[0]!) === 'lower' && every(n, capitalByPlace));
    },
  },
  {
    name: 'prefix-glued-to-a-name',
    reason: 'One word of a describing prefix, a hyphen and another name of the archive ("Ex-BBC chat show host", "Ex-Labour leader", "Non-British citizens") describes someone by that name; it is no name of its own, and the name after the hyphen keeps its page. Words after the hyphen that name nothing else stay ("Ex-Im Bank", "Pro-Shift"), and so do other prefixes, which open names of their own ("Mid-South").',
    denies: (n) => {
      const m = /^(\p{Lu}\p{Ll}*)-(\S+)$/u.exec(n.name);
      return m !== null && DESCRIBING_PREFIXES.has(m[1]!) && n.isOtherName(m[2]!);
    },
  },
  {
    name: 'party-and-state',
    reason: 'A legislator\'s party letter and his state ("Sen. Orla Quinlan, D-Conn., said", "Rep. Tomas Vellberg (R-Tenn.)", "R-Iowa") say which party and state he sits for: no name of anyone or anything. The states are those the us-abbreviations data abbreviates or names; other words after a letter and a hyphen stay ("I-Hawk", a missile).',
    denies: (n) => partyAndState(n.name),
  },
  {
    name: 'chamber-and-party',
    reason: 'A chamber of a legislature and a party ("Senate Republican leader Tom Vell", "Some House Democrats", "Two House Republicans") name the chamber\'s members of that party: a group of legislators who change with each election, not a body with an address, a head or a history a reader can look up. News writes it before a title or as a count of members; the person after the title keeps his page, and so do the chamber and the party where they are named alone ("the Senate", "Republicans"). A word news writes in lower case that opens it ("Two", "Some", "Former") is read past.',
    denies: (n) => chamberAndParty(n.name),
  },
  {
    name: 'country-glued-to-a-common-word',
    reason: 'A country\'s abbreviation and one common word, followed at every mention by another common word ("U.S. Accounting principles", "the U.S. Budget deficit", "U.K. Insider dealing laws", "the U.S. State department") is the country glued to the noun phrase it describes: wire text capitalises the word after "U.S." and the tagger reads the two as one name. The country keeps its page. A body\'s head word ("U.S. Embassy spokesman", "UK Coal") or a name followed by a verb, "and" or nothing ("U.S. Sprint said") stays.',
    denies: (n) => {
      const w = words(n.name);
      return w.length === 2 && countryInitials(w[0]!) && commonWord(w[1]!) && !ORG_HEADS.has(w[1]!) && every(n, commonWordAfter);
    },
  },
  {
    name: 'country-glued-to-a-firm',
    reason: 'A country\'s abbreviation before a firm with its legal form, where the firm without the country is another name of the archive ("the U.S. Vellmark Co and Japan\'s Orlin Corp", "U.S. Zorbix Electric Co" beside "Zorbix Electric Co"), is the country glued to the firm it says is American or British: wire text writes the nationality so and the tagger reads the two as one name. The firm keeps its page, and so does the country; firms named after their country ("U.S. Trust Co", "U.S. West Inc"), whose rest names nothing else, stay.',
    denies: (n) => {
      const w = words(n.name);
      return w.length >= 3 && countryInitials(w[0]!) && LEGAL_FORMS.test(w.at(-1)!) && n.isOtherName(w.slice(1).join(' '));
    },
  },
  {
    name: 'lone-common-head',
    reason: 'A body\'s head word alone that news writes in lower case almost always ("NOTE: Company is a savings bank", "Government sources said", "Police said") is a common noun for some firm or body, capitalised by its place or by a line\'s style, not the name of one; where the article named the body, the word joined that name already (extract/entities/within-article.ts `joinLoneHeads`). Heads news also writes capitalised ("Army", "Treasury", "Congress") stay.',
    denies: (n) => !n.name.includes(' ') && ORG_HEADS.has(n.name) && usualCase(n.name) === 'lower',
  },
  {
    name: 'lone-head-short-for-a-body',
    reason: 'A body\'s head word alone that news writes mostly as the end of a longer name ("the Commission", "a Department spokesman", "Radio", "the Trust": under 30% of its capitalised uses stand alone in Reuters-21578 and BBC, lone-heads.json) is short for some body the reader is not told, or a piece cut from one ("the Office of the Deputy Prime Minister"); where the article named the body, the word joined it already (extract/entities/within-article.ts `joinLoneHeads`). Heads news writes alone as names ("the Army" 39%, "Congress", "the Treasury") stay, and so do newspapers ("the Times"). The 30% parts the lone heads judged on the dev and train samples.',
    denies: (n) => !n.name.includes(' ') && !NEWSPAPER_HEADS.has(n.name) && (loneHeadShare(n.name) ?? 1) < LONE_HEAD_MIN_SHARE,
  },
  {
    name: 'acronym-of-common-words',
    reason: 'An acronym the text spells out in words written in lower case ("compact disk videos (CDV)", "liquefied natural gas (LNG)") shortens a common noun phrase, a kind of thing and not one named thing a reader looks up; one such mention says what the letters stand for wherever else they stand.',
    denies: (n) => n.mentions.some((m) => m.spelledInLowerCase === true),
  },
  {
    name: 'single-letter',
    reason: 'A name of one letter, with or without its period, names nothing a reader can look up: the "S" of "S and P", a rating ("B"), an initial cut from its name ("C. Deilmann").',
    denies: (n) => /^\p{L}\.?$/u.test(n.name),
  },
  {
    name: 'share-class',
    reason: 'A class or series of a firm\'s shares or notes ("Class A common shares", "Series B preferred", "Class B stock") is written capitalised with its letter but names no one and nothing a reader looks up; the firm keeps its page.',
    denies: (n) => SHARE_CLASS.test(n.name),
  },
  {
    name: 'credit-rating',
    reason: 'A grade of Moody\'s rating scale ("cut to Aa-3 from Aa-2", "the Baa-1 first mortgage bonds", "Aaa") says how safe a debt is; it names no one and nothing a reader looks up, and the tagger reads it as a name because it is capitalised. So does a grade of the letter scales ("rated AA by", "senior debt to BB from B", "A-1 commercial paper") where most of its mentions have a rating word near ("rated", "debt", "downgraded"): the same letters name bodies elsewhere ("the AA said motorists") and aircraft ("B-1 bombers"), which have no such words near. The agency and the issuer keep their pages.',
    denies: (n) => MOODYS_RATING.test(n.name) || (LETTER_GRADE.test(n.name) && ratedNear(n)),
  },
  {
    name: 'lettered-group',
    reason: 'A group or pool of a draw named by its letter ("Group B", "Pool A" of a tournament) is one part of a competition the article names elsewhere, written capitalised with its letter as a share class is, not a name a reader looks up; the competition keeps its page. A number after the word may name a firm ("Group 4"), so only a letter counts.',
    denies: (n) => LETTERED_GROUP.test(n.name),
  },
  {
    name: 'common-abbreviation',
    reason: 'Letters in capitals that WordNet knows only as a common noun ("UHF" ultrahigh frequency, "GNP", "CEO", "M2"; common-abbreviations.json, none tagged alone as a body, place or person in CoNLL-2003 train) name a kind of thing, a measure or a job, not one thing a reader looks up; the tagger reads any word in capitals as a body. Where some mention\'s evidence rules read the letters as a body or a place by more than their shape ("shares of UHF", "UHF\'s chairman"), a firm or a place of that name stands there and the name stays; so does a name a cue types ("medical drama QZ", a work).',
    denies: (n) => commonAbbreviation(n.name) && !readByRulesAsBodyOrPlace(n) && !n.mentions.some((m) => cueType(m) !== undefined),
  },
  {
    name: 'acronym-plural',
    reason: 'The plural of an acronym or a model\'s code ("PCs", "DVDs", "SUVs", "GPs", "ADRs", "MP3s", "A300s") names a kind of thing or of people, many of them, not one named thing: one PC, DVD or aircraft model would be the name; many are a common noun written in capitals. Only a lower-case "s" after capitals counts, so names written all in capitals ("UPS", "NHS") stay.',
    denies: (n) => ACRONYM_PLURAL.test(n.name),
  },
  {
    name: 'weekday',
    reason: 'A day of the week, one or many ("on Thursday", "Mondays to Thursdays", "on Fridays"), is a time, not a name of anyone or anything a reader looks up; the tagger sometimes reads it as a name where the dates reader leaves it (a plural weekday is no date). The names are the platform\'s calendar data, as the months\' are.',
    denies: (n) => weekday(n.name),
  },
  {
    name: 'nationality-alone',
    reason: 'A nationality\'s adjective or its plural standing alone ("the Zorbian took the second set", "Zorbians queued to vote", "fluent in Zorbian") says what someone or something is, not which one: CoNLL calls it MISC, no name of a person, body, place or work a reader looks up. The words are the DEMONYM list of the shipped gazetteers (world-countries); entries that also name a country or a city stay ("Djibouti"), and so does any name the demonym only opens ("Brazilian Vela Corp"). A firm\'s short name may be a nationality\'s adjective too (an airline written "Zorbian said it would cut fares"): where any mention\'s evidence or cue types such a name a body or a person, it stays. A plural ("Zorbians") is a people, which the evidence types as persons: it never names one firm or one person.',
    denies: (n) => {
      const form = nationalityForm(n.name);
      return form === 'plural' || (form === 'adjective' && !typedAs(n, ['organization', 'person']));
    },
  },
  {
    name: 'demonym-noun-alone',
    reason: 'A noun for a person of a nation, region or city standing alone ("the Zorbman won the second set", "Zorbmen queued to vote"; WordNet\'s nouns of `DEMONYM_NOUNS`: "Briton", "Welshman", "Londoner") says what someone is, not who: it is no person\'s name, whatever the tagger reads. It may name a body (a firm, a club, a newspaper named so): where any mention\'s evidence or cue types the singular a body, or a capitalised "The" inside a sentence makes it a title ("editor of The Zorbman"), it stays. A plural is a people, as for `nationality-alone`, unless most of its mentions\' evidence types it a body: a team or a charity named so ("the Zorbmen said they had signed Vell Orsk", "the Zorbmen beat Quenby"), which the evidence reads as a body where it reads a people as persons.',
    denies: (n) => isDemonymNoun(n.name) && !(DEMONYM_NOUNS.has(n.name) ? typedAs(n, ['organization']) || n.mentions.some(titledWithThe) : mostlyTypedAs(n, 'organization')),
  },
  {
    name: 'month-in-capitals',
    reason: 'A month written in capitals before its day ("LONDON ECU SPOT/FORWARDS - APRIL 7", "ZURICH SILVER FIXING - APR 07") is the date of a wire headline, which the tagger can read as a name in a line of capitals. (A person named April is written so only in a headline; one mention elsewhere keeps the page.)',
    denies: (n) => every(n, capitalMonthBeforeADay),
  },
  {
    name: 'table-row',
    reason: 'A name seen only in rows of tables of figures (a market\'s prices and rates: "SUNOIL any origin dlrs tonne 345 up 10", "SFR 31.3615/4243", "TWOS MAY 182.00 184.00 NOM") is a commodity, a currency code or a column the row labels, not a name a reader looks up; where a real name stands there, the table tells nothing about it but a figure. A dateline\'s place before a results row ("AKRON, Ohio, April 8 - Shr 74 cts vs 67 cts") is no part of the row.',
    denies: (n) => every(n, (m) => m.tableRow === true),
  },
  {
    name: 'never-read-as-a-name',
    reason: 'The trained tagger reads no mention of the name as a name with odds of 0.05 or more (a word capitalised only because it opens sentences: "Workers will…"); one clear reading anywhere is enough to keep it. 0.05 was chosen on the dev page judgments: 0.1 took the seeds\' "Global Witness", 0.2 the dev sample\'s "Friends Reunited".',
    denies: (n) => n.taggerOdds !== undefined && n.taggerOdds < TAGGER_ODDS_FLOOR,
  },
];

/**
 * Abbreviations in capitals that WordNet knows only as common nouns (src/resolve/common-abbreviations.json, built by
 * `npm run build-common-abbreviations`): "UHF", "GNP", "CEO".
 */
let commonAbbreviations: ReadonlySet<string> | undefined;
export const commonAbbreviation = (text: string) =>
  (commonAbbreviations ??= new Set((shippedJson(new URL('../common-abbreviations.json', import.meta.url)) as { abbreviations: string[] }).abbreviations)).has(text);

/** What the evidence rule `acronym` votes a body for any one word in capitals (extract/evidence.ts). */
const ACRONYM_VOTE = EVIDENCE_RULES.find((r) => r.name === 'acronym')!.weight;

/**
 * Some mention's evidence rules vote the letters a body or a place above every other kind, by more than their shape:
 * a neighbour that reads a body ("shares of ABX", "ABX's chairman") or a place. Neither the tagger's odds nor the
 * rule `acronym`, which read any word in capitals as a body, count, nor a mention before a lower-case noun it
 * describes ("ABX channel 44": the letters a common noun's modifier, as "cable channel").
 */
function readByRulesAsBodyOrPlace(n: NameView): boolean {
  const shape = isAcronym(n.name) ? ACRONYM_VOTE : 0;
  return (n.readings ?? []).some((r, i) => r !== undefined && !describesTheNextWord(n.mentions[i]!) && Math.max(r.rules.organization - shape, r.rules.place) > Math.max(r.rules.person, r.rules.other, 0));
}

/** The first page rule that denies this name its page, or undefined when it gets one. */
export function pageDenial(n: NameView): string | undefined {
  return PAGE_RULES.find((r) => r.denies(n))?.name;
}
