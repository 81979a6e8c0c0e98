/**
 * Large synthetic articles for the size tests and the big-input benchmark: news-like sentences with a few hundred
 * made-up people, organisations and places, dates and reporting verbs, from a seeded generator (same bytes every
 * run). Made-up names keep corpus text out of the repository and make sure nothing can be recognised from a list.
 */

/** A small deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mar', 'ven', 'ti', 'sa', 'dor', 'el', 'ri', 'no', 'ba', 'zu', 'quin', 'ha', 'per', 'li'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function nameWord(rnd: () => number): string {
  const n = 2 + Math.floor(rnd() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
  return w[0]!.toUpperCase() + w.slice(1);
}

export function newsText(opts: { seed: number; chars: number; paragraphs: boolean }): string {
  const rnd = seededRandom(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const people = Array.from({ length: 300 }, () => `${nameWord(rnd)} ${nameWord(rnd)}`);
  const orgs = Array.from({ length: 80 }, () => `${nameWord(rnd)} ${pick(['Ministry', 'Bank', 'Corporation', 'Party', 'Council', 'Group'])}`);
  const places = Array.from({ length: 60 }, () => nameWord(rnd));
  const date = () => `${1 + Math.floor(rnd() * 28)} ${pick(MONTHS)} ${2000 + Math.floor(rnd() * 20)}`;
  const templates: (() => string)[] = [
    () => `${pick(people)} said on ${pick(['Monday', 'Tuesday', 'Friday'])} that the ${pick(orgs)} would review its plans in ${pick(places)}.`,
    () => `The ${pick(orgs)} sanctioned ${pick(people)} on ${date()}, officials in ${pick(places)} said.`,
    () => `"We will not accept this," ${pick(people)}, a spokesperson for the ${pick(orgs)}, told reporters.`,
    () => `Protesters gathered in ${pick(places)} after ${pick(people)} resigned as head of the ${pick(orgs)}.`,
    () => `Talks between ${pick(people)} and ${pick(people)} ended without agreement, according to the ${pick(orgs)}.`,
    () => `Prices rose by ${Math.floor(rnd() * 90) + 1} percent in ${pick(places)} last year, the ${pick(orgs)} reported.`,
  ];
  const out: string[] = [];
  let length = 0;
  let paragraph: string[] = [];
  while (length < opts.chars) {
    const sentence = pick(templates)();
    paragraph.push(sentence);
    length += sentence.length + 1;
    if (opts.paragraphs && paragraph.length >= 4 + Math.floor(rnd() * 4)) {
      out.push(paragraph.join(' '));
      paragraph = [];
      length += 1;
    }
  }
  if (paragraph.length) out.push(paragraph.join(' '));
  return out.join(opts.paragraphs ? '\n\n' : ' ').slice(0, opts.chars);
}

/** A 5 MB transcript with a dated header, and a 1.4 MB file that is one single line (no title line, no breaks). */
export function bigInputs(): { file: string; text: string }[] {
  return [
    { file: 'transcript-5mb.txt', text: ` date 2020-06-30 WORLD\nTranscript of the long hearing\n\n${newsText({ seed: 5, chars: 5_000_000, paragraphs: true })}\n` },
    { file: 'one-line-1.4mb.txt', text: newsText({ seed: 14, chars: 1_400_000, paragraphs: false }) },
  ];
}
