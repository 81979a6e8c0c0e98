/** Misspellings inside one article join the article's other spelling of the name (src/extract/misspellings.ts). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.ts';
import { archiveMisspellingJoins, misspellingJoins } from '../src/extract/misspellings.ts';
import type { IngestedArticle } from '../src/types.ts';

function article(text: string): IngestedArticle {
  return {
    id: 'a', file: 'a.txt', format: 'plain', title: 'T', date: '1987-06-29', dateSource: 'header', section: null, source: null, hash: 'a',
    paragraphs: text.split('\n\n').map((t, i) => ({ id: `p${i + 1}`, kind: 'body' as const, text: t, line: i + 1 })),
  };
}
const canonicalOf = (text: string) => Object.fromEntries(extractArticle(article(text)).entities.map((m) => [m.text, m.canonical]));
const noPeople = () => false;

describe('misspellings within an article', () => {
  it('joins a slip to the spelling the article writes more often, through the names joined to that spelling', () => {
    const found = canonicalOf('Vorbitex Corp said it would buy Kestrelline Inc. Vorbitex said the deal closes in July.\n\n' +
      'Vorbitex added that Vorbitx shareholders must approve it.');
    expect(found['Vorbitx']).toBe(found['Vorbitex']);
    expect(found['Vorbitex']).toBe('Vorbitex Corp');
  });
  it('joins a swapped pair of letters and a name written without its space', () => {
    expect(misspellingJoins(new Map([['Oglevane Norton Co', 2], ['Ogelvane Norton Co', 1]]), noPeople)).toEqual(new Map([['Ogelvane Norton Co', 'Oglevane Norton Co']]));
    expect(misspellingJoins(new Map([['Clean Water Act', 1], ['Clean WaterAct', 1]]), noPeople)).toEqual(new Map([['Clean WaterAct', 'Clean Water Act']]));
  });
  it('takes, of two spellings written equally often, the one whose words news knows', () => {
    expect(misspellingJoins(new Map([['Americal Heart Association', 1], ['American Heart Association', 1]]), noPeople)).toEqual(new Map([['Americal Heart Association', 'American Heart Association']]));
    // Neither word known and each written once: nothing says which is right.
    expect(misspellingJoins(new Map([['Vorbitex', 1], ['Vorbitx', 1]]), noPeople).size).toBe(0);
  });
  it('leaves apart names news knows, digits, plurals, acronyms, short names and two people', () => {
    for (const [a, b] of [['Zambia', 'Gambia'], ['Johnson', 'Johnston'], ['Domain Series 3000', 'Domain Series 4000'], ['Americas', 'America'], ['NASD', 'NASDX'], ['Korb', 'Kirb'], ['Vorbitex', 'Vorbitexes']]) {
      expect(misspellingJoins(new Map([[a!, 3], [b!, 1]]), noPeople).size, `${a} / ${b}`).toBe(0);
    }
    expect(misspellingJoins(new Map([['Kellan Dorwick', 3], ['Darwick', 1]]), noPeople)).toEqual(new Map());
    expect(misspellingJoins(new Map([['Dorwick', 3], ['Darwick', 1]]), (n) => n === 'Dorwick').size).toBe(0);
    // A slip read as a person (a word nobody knows reads as a surname) still joins a firm.
    expect(misspellingJoins(new Map([['Dorwick', 3], ['Darwick', 1]]), (n) => n === 'Darwick')).toEqual(new Map([['Darwick', 'Dorwick']]));
    expect(misspellingJoins(new Map([['Dorwick', 3], ['Darwick', 1]]), noPeople)).toEqual(new Map([['Darwick', 'Dorwick']]));
  });
  it('keeps two players of one squad list apart', () => {
    const found = canonicalOf('Coach Kellan Vorst named the squad. Dorwick, Darwick, Hallorn, Pesk.\n\nDorwick said he was pleased. Dorwick starts.');
    expect(found['Darwick']).toBe('Darwick');
  });
});

describe('misspellings across the articles of an archive', () => {
  const oneStory = () => 1;
  it('joins a name whose one word is a slip of a word news knows, whichever is written more often', () => {
    expect(archiveMisspellingJoins(['Quillan Boad of Trade', 'Quillan Board of Trade'], noPeople, oneStory)).toEqual(new Map([['Quillan Boad of Trade', 'Quillan Board of Trade']]));
    expect(archiveMisspellingJoins(['Quillan Exchange Comission', 'Quillan Exchange Commission'], noPeople, oneStory)).toEqual(new Map([['Quillan Exchange Comission', 'Quillan Exchange Commission']]));
  });
  it('leaves apart two unknown words, one-word names, plurals, digits, a different number of words and people', () => {
    for (const [a, b] of [['Vorbinel Corp', 'Varbinel Corp'], ['Vorbitex', 'Vorbitx'], ['Quillan Boards', 'Quillan Board'], ['Quillan Series 3000', 'Quillan Series 4000'], ['Quillan Boad', 'Quillan Board of']]) {
      expect(archiveMisspellingJoins([a!, b!], noPeople, oneStory).size, `${a} / ${b}`).toBe(0);
    }
    expect(archiveMisspellingJoins(['Kellan Dorwick', 'Kellan Darwick'], (n) => n === 'Kellan Dorwick', oneStory).size).toBe(0);
    // A possessive and a period are no slip: "St Andrew's" (a school, a course) is not "St. Andrew".
    expect(archiveMisspellingJoins(["St Quillan's", 'St. Quillan'], noPeople, oneStory).size).toBe(0);
    // A spelling written in two stories is a name of its own, not a slip.
    expect(archiveMisspellingJoins(['Quillan Exchange Comission', 'Quillan Exchange Commission'], noPeople, (n) => (n.includes('Comission') ? 2 : 5)).size).toBe(0);
  });
});
