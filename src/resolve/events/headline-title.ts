/** A headline as a title: tickers dropped, a headline in capitals spelled as its lede spells its words. */
import { datelineLength } from '../../extract/dateline.ts';
import { taggedTerms } from '../../extract/nlp.ts';
import { keepsCapitals, usualCase } from '../../extract/ner/words.ts';
import { COMPANY_WORDS, NOT_OF_A_NAME } from '../../extract/lexicon.ts';

/**
 * A headline as a title: agency tickers ("<ACME>") dropped, and a headline in capitals ("ACME BUYS WIDGETS UNIT") put
 * in sentence case, each word spelled as the lede spells it when the lede capitalises it there (names, "U.S.").
 */
export function headlineTitle(headline: string, lede: string, names: readonly string[] = []): string {
  // Reuters marks a company in angle brackets: after the name it is the ticker ("STANDARD OIL <SRD> TO …"), dropped;
  // standing alone ("<COFAB INC> BUYS GULFEX") it is the name itself, the headline's subject, kept.
  // (The ticker after a name is kept as a mark, TICKER_MARK, to tell which words name the company.)
  const marked = headline.replace(/<([^<>]*)>/g, (_, inside: string, offset: number) => {
    const afterName = /[\p{L}\d.&'’]\s*$/u.test(headline.slice(0, offset));
    return afterName && !/\s/.test(inside.trim()) ? ` ${TICKER_MARK}${inside.trim()} ` : ` ${inside} `;
  }).replace(/\s+/g, ' ').trim();
  const text = marked.split(' ').filter((w) => !w.startsWith(TICKER_MARK)).join(' ');
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 8 || letters.replace(/\p{Lu}/gu, '').length > letters.length * 0.2) return text;
  const spelled = spellings(lede, names);
  const named = tickerNamed(marked.split(' '));
  // (A word the lede writes in lower case is no name's: "EL PASO UNIT<BNI>" under "… its El Paso gas unit".)
  const ledeLower = new Set(lede.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []);
  // Words joined by a slash ("MARSHALL/ILSLEY", "RICE/MAIZE") are spelled one by one.
  const words = text.split(' ').map((word, i) => word.split('/').map((w) => {
    const core = w.replace(/^[^\p{L}\d]+|[^\p{L}\d.]+$/gu, '');
    const known = spelled.get(core.toLowerCase()) ?? spelled.get(core.replace(/\.$/, '').toLowerCase());
    const ticker = ledeLower.has(core.toLowerCase()) ? undefined : named.get(i);
    return w.replace(core, known ?? (ticker !== undefined ? spelledAsName(core, ticker) : spelledByNews(core)));
  }).join('/'));
  // A word the lede capitalises only as a piece of a longer name ("the Economic Planning Agency", "its National
  // Party"), and news otherwise writes in lower case at times, is that name's: alone in the headline ("URGES WORLD
  // ECONOMIC ADJUSTMENTS", "OPPOSITION PARTY UNVEILS") it is a common word.
  // Beside a word it stands beside in the lede ("NIPPON OIL AND FATS", "BEST BUY FILES") it is still the name's.
  const pieces = namePieces(lede);
  const bare = (w: string | undefined) => (w ?? '').replace(/^[^\p{L}\d]+|[^\p{L}\d'’]+$/gu, '');
  const besideInName = (w: string | undefined, beside: Set<string>) => w !== undefined && (/^[^\p{L}]*\p{Lu}/u.test(w) || beside.has(bare(w).toLowerCase()));
  words.forEach((w, i) => {
    const beside = named.has(i) ? undefined : pieces.get(bare(w));
    if (beside && !besideInName(words[i - 1], beside) && !besideInName(words[i + 1], beside)) words[i] = w.toLowerCase();
  });
  const out = words.join(' ');
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Marks a ticker after a name in a headline while its words are spelled (a character no headline holds). */
const TICKER_MARK = '\u0001';

/**
 * The words of a headline (with its tickers marked, TICKER_MARK) that name a company, as Reuters writes a ticker right
 * after the company's name: index among the unmarked words → the ticker. A ticker after a company word among a
 * headline's first words ("SMITH INTERNATIONAL INC <SII> 4TH QTR LOSS", "OWENS AND MINOR INC <OBOD>") follows the
 * whole name that opens it; else ("U.S. OIL <USOL>", "… TALKS WITH PESCH ON AMI <AMI>", "FAA FINES DELTA <DAL>") only
 * the word before it is surely the name's.
 */
function tickerNamed(marked: string[]): Map<number, string> {
  const named = new Map<number, string>();
  let word = 0;
  marked.forEach((w, k) => {
    if (!w.startsWith(TICKER_MARK)) { word++; return; }
    const opens = k === word && word <= NAME_OPENS_WORDS && isCompanyWord(marked[k - 1] ?? '') && !marked.slice(0, k).some((x) => NOT_OF_A_NAME.has(x.toLowerCase()));
    const from = opens ? afterLastVerb(marked.slice(0, k)) : Math.max(0, word - 1);
    for (let i = from; i < word; i++) named.set(i, w.slice(TICKER_MARK.length));
  });
  return named;
}

/**
 * Where a name before a ticker starts among a headline's first words: after the last word compromise tags a verb, the
 * last word aside ("U.S. DOT APPROVES AMERICAN <AMR>", "PARTNERS CALL GENCORP <GY>": the name is the one word; "PIER 1
 * IMPORTS <PIR>" is all name).
 */
function afterLastVerb(words: string[]): number {
  const terms = taggedTerms(words.join(' ').toLowerCase());
  if (terms.length !== words.length) return words.length - 1;
  for (let i = words.length - 2; i >= 0; i--) if (terms[i]!.tags.includes('Verb') && !terms[i]!.tags.includes('Noun')) return i + 1;
  return 0;
}

/** A word that ends a company's name (the lexicon's `COMPANY_WORDS`, any case, a period after it or not). */
const isCompanyWord = (w: string) => COMPANY_WORDS.has(w.toLowerCase().replace(/\.$/, ''));

/** How many words a company's name that opens a headline may have before its ticker. */
const NAME_OPENS_WORDS = 5;


/**
 * A word of a company's name in a headline in capitals, that the lede does not spell (a results table's lede names
 * no one): as news writes the word if it writes it capitalised ("U.S.", "Inc"); an acronym in capitals (the ticker
 * itself, "AMI <AMI>"; a short word with no vowel, "NPS"); a joining word in lower case ("Owens and Minor"); anything
 * else capitalised ("Smith International Inc", "Nat'l").
 */
function spelledAsName(core: string, ticker: string): string {
  const news = spelledByNews(core);
  if (/\p{Lu}/u.test(news)) return news;
  if (/^(?:and|of|the|de|du|des|und|van|von|der|da|di|la|le|y|et)$/i.test(core)) return core.toLowerCase();
  const letters = core.replace(/[^\p{L}]/gu, '');
  if (letters.toUpperCase() === ticker.replace(/\..*$/, '').toUpperCase() || (letters.length <= 4 && !/[AEIOUY]/i.test(letters))) return core;
  return core.toLowerCase().replace(/(^|[-/])(\p{L})/gu, (_, edge: string, letter: string) => edge + letter.toUpperCase());
}

/**
 * A headline's word in capitals that its lede does not spell, as news writes it: a dotted acronym ("U.S.") as written,
 * a short word the case table knows only in capitals as an acronym ("GM", "IMF", "FDIC's"), a word it almost never
 * sees in lower case capitalised ("Canada", "Brazil's", "Anglo-Dutch": a lede may name a country only by its
 * demonym), anything else in lower case. Each part of a hyphenated word the table does not know is spelled alone.
 */
/** "U.S.", "U.K.": capitals each with its period (a headline may drop the last one: "U.S SENATE OVERRIDES …"). */
const DOTTED_ACRONYM = /^(?:\p{Lu}\.)+\p{Lu}\.?$/u;

function spelledByNews(core: string): string {
  if (DOTTED_ACRONYM.test(core)) return core;
  // ("U.S.-JAPAN": a dotted acronym keeps its capitals inside a hyphenated word too, not "U.s.-Japan".)
  if (core.split('-').some((part) => DOTTED_ACRONYM.test(part))) return core.split('-').map(spelledByNews).join('-');
  if (core.endsWith('.')) return `${spelledByNews(core.slice(0, -1))}.`;
  const [, base, possessive] = /^(.*?)((?:['’]S)?)$/iu.exec(core)!;
  if (keepsCapitals(base!)) return base + possessive!.toLowerCase();
  const usual = usualCase(base!);
  if (usual === 'capital') return (base! + possessive).toLowerCase().replace(/(^|-)(\p{L})/gu, (_, edge: string, letter: string) => edge + letter.toUpperCase());
  if (!usual && core.includes('-')) return core.split('-').map(spelledByNews).join('-');
  return core.toLowerCase();
}

/**
 * How a lede spells the words a headline in capitals may hold (lowercased word → spelling): its capitalised words, its
 * sentence-initial words where they tell (see spelledWhenInitial), and the words of the participants it names.
 */
function spellings(lede: string, names: readonly string[]): Map<string, string> {
  const spelled = new Map<string, string>();
  // "San Diego's": the word is spelled with and without its possessive.
  const spell = (word: string) => {
    for (const w of [word, word.replace(/['’]s$/, '')]) spelled.set(w.toLowerCase(), w);
    // A lede's "U.S." spells a headline's "US" (a headline drops the dots), not the pronoun.
    if (DOTTED_ACRONYM.test(word)) spelled.set(word.replace(/\./g, '').toLowerCase(), word.replace(/\./g, ''));
  };
  // A dateline's capitals ("LONDON, West Germany, March 9 -") say nothing of how its words are spelled.
  const dateline = datelineLength(lede);
  // A lede in capitals (a table story repeats its headline) spells none of its words, only its names.
  const capitals = !/\p{Ll}/u.test(lede.slice(dateline));
  for (const m of lede.matchAll(/[\p{L}][\p{L}\d.'’&-]*/gu)) {
    const word = m[0].replace(/\.$/, m[0].split('.').length > 2 ? '.' : '');
    if ((capitals || m.index < dateline) && !/\p{Ll}/u.test(word)) continue;
    const initial = m.index === dateline || /[.!?]\s*$/.test(lede.slice(dateline, m.index));
    if (/\p{Lu}/u.test(word[0]!) && (!initial || spelledWhenInitial(word, lede.slice(m.index + m[0].length)))) spell(word);
  }
  // A participant's name of two words or more, written so in the lede after its dateline, spells its proper words
  // even at a sentence start ("River Oaks Industries Inc said …"); not its common words ("the U.S. Patent Office"
  // says nothing of "patent" in a headline) nor one-word names (a capitalised ordinary word read as a name).
  const written = names.filter((name) => /\s/.test(name) && (capitals ? lede.toLowerCase().includes(name.toLowerCase()) : lede.indexOf(name, dateline) >= 0));
  for (const name of written) {
    for (const [word] of name.matchAll(/[\p{L}][\p{L}\d'’&-]*/gu)) if (/^\p{Lu}.*\p{Ll}/u.test(word) && usualCase(word) !== 'lower') spell(word);
  }
  // Capitalised words that run into a participant's name at the lede's start are its title ("House Speaker Jim
  // Wright", "Finance Minister Gerhard Stoltenberg"): the title is spelled so in the headline too.
  if (!capitals) for (const name of names.filter((n) => /\s/.test(n))) {
    const at = lede.indexOf(name, dateline);
    const title = at > dateline ? /^(?:\p{Lu}[\p{L}'’&-]*\s+)+$/u.exec(lede.slice(dateline, at)) : null;
    if (title) for (const [word] of title[0].matchAll(/\p{Lu}[\p{L}'’&-]*/gu)) spell(word);
  }
  return spelled;
}

/**
 * The lede's capitalised words written only inside a run of capitalised words (pieces of a longer name), after its
 * dateline and not at a sentence start, that news does not always capitalise; each with the words beside it there.
 */
function namePieces(lede: string): Map<string, Set<string>> {
  const body = lede.slice(datelineLength(lede));
  const words = [...body.matchAll(/[\p{L}][\p{L}\d'’&.-]*/gu)].map((m) => ({ word: m[0].replace(/\.$/, ''), start: m.index, end: m.index + m[0].length }));
  const joined = (a: { word: string; end: number } | undefined, b: { start: number } | undefined) => a !== undefined && b !== undefined && /^\s+$/.test(body.slice(a.end, b.start));
  const pieces = new Map<string, Set<string>>();
  const alone = new Set<string>();
  words.forEach((w, i) => {
    if (!/^\p{Lu}\p{Ll}+$/u.test(w.word) || i === 0 || /[.!?]\s*$/.test(body.slice(0, w.start))) return;
    const [prev, next] = [words[i - 1], words[i + 1]];
    const run = (joined(prev, w) && /^\p{Lu}/u.test(prev!.word)) || (joined(w, next) && /^\p{Lu}/u.test(next!.word));
    if (!run) { alone.add(w.word); return; }
    const beside = pieces.get(w.word) ?? new Set<string>();
    for (const n of [prev, next]) if (n) beside.add(n.word.toLowerCase());
    pieces.set(w.word, beside);
  });
  for (const word of [...pieces.keys()]) if (alone.has(word) || (usualCase(word) ?? 'capital') === 'capital') pieces.delete(word);
  return pieces;
}

/**
 * Whether a lede's sentence-initial word (capitalised anyway) says how it is spelled: a capital inside a word in lower
 * case ("O'Brien", "McDonald"), a word news writes capitalised ("Germany", "Moody's"), or a short word in capitals among
 * words that are not ("SJNB Financial Corp"; not a dateline's "OKLAHOMA CITY").
 */
function spelledWhenInitial(word: string, after: string): boolean {
  if (/\p{Ll}/u.test(word)) return /\p{Lu}/u.test(word.slice(1)) || (usualCase(word) ?? 'capital') === 'capital';
  return word.length <= 4 && /^\W*\p{Lu}\p{Ll}/u.test(after);
}
