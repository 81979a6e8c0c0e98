/** Ingest on the real seeds and on small fixtures of each format and encoding. */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFile, ingestFiles, MAX_FILE_BYTES, readInputFolder } from '../src/ingest/index.ts';
import { stripTitleSlogan, photoCredit, isDebris, looksLikeHeading } from '../src/ingest/clean.ts';
import type { IngestedArticle, InputFile } from '../src/types.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const one = (file: string, content: string | Uint8Array) => ingestFile({ file, bytes: typeof content === 'string' ? enc(content) : content }, 'x');

describe('the seeds', async () => {
  const { files } = await readInputFolder('seeds');
  const { articles, problems } = ingestFiles(files);
  const [reuters, rewrite] = articles as [IngestedArticle, IngestedArticle];

  it('reads both, with no problems', () => {
    expect(articles).toHaveLength(2);
    expect(problems).toEqual([]);
  });

  it('takes a wire story\'s closing sign-off as its source, not as text', () => {
    const a = one('w1.txt', ' date 1987-03-09 BUSINESS\nBank cuts rate\n\nThe bank cut its rate to 9.5 pct.\n\nDealers expect more cuts. REUTER\n').article!;
    expect(a.paragraphs.map((p) => p.text)).toEqual(['The bank cut its rate to 9.5 pct.', 'Dealers expect more cuts.']);
    expect(a.source).toBe('Reuters');
    const b = one('w2.txt', ' date 1987-03-09 BUSINESS\nBank cuts rate\n\nThe bank cut its rate, dealers told AFP\n\nAFP\n').article!;
    expect(b.paragraphs.map((p) => p.text)).toEqual(['The bank cut its rate, dealers told AFP']);
    expect(b.source).toBe('AFP');
    const c = one('w3.txt', ' date 1987-03-09 BUSINESS\nBank results\n\nNet profit 8.0 mln vs 4.5 mln REUTER\n').article!;
    expect(c.paragraphs.map((p) => p.text)).toEqual(['Net profit 8.0 mln vs 4.5 mln']);
    const d = one('w4.txt', ' date 1987-03-09 BUSINESS\nBank cuts rate\n\nThe rate will fall, the governor told Reuters\n').article!;
    expect(d.paragraphs.map((p) => p.text)).toEqual(['The rate will fall, the governor told Reuters']);
  });

  it('reads the header-line format: date, section, title, source', () => {
    expect(reuters.format).toBe('dateline');
    expect(reuters.date).toBe('2021-12-14');
    expect(reuters.dateSource).toBe('header');
    expect(reuters.section).toBe('WORLD');
    expect(reuters.title).toBe('China condemns US sanctions, warns response');
    expect(reuters.source).toBe('Reuters');
  });

  it('infers the date of the undated rewrite from its photo caption, and strips the slogan from its title', () => {
    expect(rewrite.format).toBe('plain');
    expect(rewrite.date).toBe('2021-12-10');
    expect(rewrite.dateSource).toBe('inferred');
    expect(rewrite.title).toBe('The United States has imposed major human rights sanctions on China, Myanmar and North Korea');
  });

  it('keeps photo captions as captions, without the credit', () => {
    const caption = reuters.paragraphs.find((p) => p.kind === 'caption');
    expect(caption?.text).toMatch(/^Foreign ministry spokesperson .*relations\.$/);
    expect(rewrite.paragraphs[0]?.kind).toBe('caption');
    expect(rewrite.paragraphs.filter((p) => p.kind === 'caption')).toHaveLength(1);
  });

  it('removes page debris and keeps subheadings as headings', () => {
    const all = [...reuters.paragraphs, ...rewrite.paragraphs].map((p) => p.text);
    for (const debris of [/^READ MORE/i, /^Leave a Reply/, /email address will not be published/, /^SOURCE:/, /^December 14, 2021$/]) {
      expect(all.filter((t) => debris.test(t))).toEqual([]);
    }
    expect(reuters.paragraphs.find((p) => p.text === 'Summit for Democracy')?.kind).toBe('heading');
    expect(rewrite.paragraphs.find((p) => p.text === 'Myanmar and North Korea')?.kind).toBe('heading');
  });

  it('numbers paragraphs in order with the line they start on', () => {
    expect(reuters.paragraphs.map((p) => p.id)).toEqual(reuters.paragraphs.map((_, i) => `p${i + 1}`));
    const lines = rewrite.paragraphs.map((p) => p.line);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
    expect(rewrite.paragraphs[1]!.line).toBe(5);
  });
});

describe('formats', () => {
  it('reads Markdown with YAML front matter', () => {
    const r = one('a/story.md', '---\ntitle: "Floods: river bursts banks"\ndate: 2020-03-04\nsource: AFP\n---\n\n# Headline repeated as a heading\n\nFirst **bold** paragraph with a [link](https://x.y).\n\n## Aftermath\n\n> A quote.\n\n![Rescuers wade through water](p.jpg)\n');
    expect(r.problems).toEqual([]);
    const a = r.article!;
    expect([a.format, a.title, a.date, a.dateSource, a.source]).toEqual(['markdown', 'Floods: river bursts banks', '2020-03-04', 'header', 'AFP']);
    expect(a.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['body', 'First bold paragraph with a link.'],
      ['heading', 'Aftermath'],
      ['quote', 'A quote.'],
      ['caption', 'Rescuers wade through water'],
    ]);
  });

  it('reports broken front matter with its line and still reads the body', () => {
    const r = one('bad.md', '---\ntitle: [unclosed\ndate: 2020-01-01\n---\nBody text here.\n');
    expect(r.article?.paragraphs.map((p) => p.text)).toEqual(['Body text here.']);
    expect(r.problems[0]).toMatchObject({ file: 'bad.md', severity: 'warning' });
    expect(r.problems[0]!.line).toBe(2);
    expect(r.problems[0]!.message).toBe('front matter: unclosed `[` at line 2');
  });

  it('reports an impossible header date and infers one instead', () => {
    const r = one('d.txt', ' date 2021-13-45 WORLD\nTitle here\n\nThe vote was held on March 3, 2021 in the capital.\n');
    expect(r.article?.date).toBe('2021-03-03');
    expect(r.article?.dateSource).toBe('inferred');
    expect(r.problems).toEqual([{ file: 'd.txt', line: 1, message: 'date 2021-13-45 is not a date; using the date from the text instead', severity: 'warning' }]);
  });

  it('joins hard-wrapped lines and leaves an article without any date undated', () => {
    const r = one('w.txt', 'Markets slide\n\nShares fell sharply in early trading\nas investors worried about rates, and\nbonds rallied.\n\nSecond paragraph.\n');
    expect(r.article?.paragraphs.map((p) => p.text)).toEqual(['Shares fell sharply in early trading as investors worried about rates, and bonds rallied.', 'Second paragraph.']);
    expect(r.article?.date).toBeNull();
  });
});

describe('encodings and bad files', () => {
  it('decodes UTF-8 with BOM, UTF-16 with BOM, Latin-1 and CRLF to the same NFC text', () => {
    const text = 'Müller wins\r\n\r\nHerr Müller won the vote.\r\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
    const latin1 = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const decomposed = enc('\uFEFF' + text.normalize('NFD'));
    const results = [one('a.txt', utf16), one('b.txt', latin1), one('c.txt', decomposed)];
    for (const r of results) {
      expect(r.article?.title).toBe('Müller wins');
      expect(r.article?.paragraphs[0]?.text).toBe('Herr Müller won the vote.');
    }
    expect(results[1]!.problems[0]?.message).toMatch(/Windows-1252/);
  });

  it('strips zero-width and bidi control characters', () => {
    expect(one('z.txt', 'Ti\u200Btle\n\nA\u202Eb\u200Dc.\n').article?.paragraphs[0]?.text).toBe('Abc.');
  });

  it('skips binary and empty files with a problem each, and never stops the others', () => {
    const files: InputFile[] = [
      { file: 'empty.txt', bytes: new Uint8Array() },
      { file: 'blank.txt', bytes: enc('  \n\n ') },
      { file: 'image.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]) },
      { file: 'ok.txt', bytes: enc('Fine title\n\nFine text.\n') },
    ];
    const { articles, problems } = ingestFiles(files);
    expect(articles.map((a) => a.file)).toEqual(['ok.txt']);
    expect(problems.map((p) => [p.file, p.severity, p.message])).toEqual([
      ['empty.txt', 'error', 'empty file'],
      ['blank.txt', 'error', 'no text (only whitespace)'],
      ['image.png', 'error', 'not text: binary data'],
    ]);
  });

  it('reads folders recursively in a stable order, skipping hidden files and links', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chronicle-ingest-'));
    await fs.mkdir(path.join(dir, 'b/c'), { recursive: true });
    await fs.writeFile(path.join(dir, 'b/c/z.txt'), 'Z\n\nz.');
    await fs.writeFile(path.join(dir, 'a.txt'), 'A\n\na.');
    await fs.writeFile(path.join(dir, '.hidden.txt'), 'H');
    await fs.symlink('/etc/passwd', path.join(dir, 'link.txt'));
    // More files than are read at once, so order must survive concurrent reads; and one sparse file over the limit.
    const many = Array.from({ length: 70 }, (_, i) => `m/${String(i).padStart(2, '0')}.txt`);
    await fs.mkdir(path.join(dir, 'm'));
    for (const [i, f] of many.entries()) await fs.writeFile(path.join(dir, f), `Title ${i}\n\n${'x'.repeat(i * 997)}.`);
    await fs.writeFile(path.join(dir, 'huge.txt'), '');
    await fs.truncate(path.join(dir, 'huge.txt'), MAX_FILE_BYTES + 1);
    const { files, problems } = await readInputFolder(dir);
    expect(files.map((f) => f.file)).toEqual(['a.txt', 'b/c/z.txt', ...many]);
    for (const [i, f] of files.slice(2).entries()) expect(f.bytes.length).toBe(`Title ${i}\n\n`.length + i * 997 + 1);
    expect(problems).toEqual([
      { file: '.hidden.txt', message: 'hidden file skipped', severity: 'error' },
      { file: 'link.txt', message: 'symbolic link not followed', severity: 'error' },
      { file: 'huge.txt', message: `file too large (${MAX_FILE_BYTES + 1} bytes; limit ${MAX_FILE_BYTES})`, severity: 'error' },
    ]);
    const { articles } = ingestFiles(files);
    expect(articles.map((a) => a.id).slice(0, 3)).toEqual(['a', 'b-c-z', 'm-00']);
    await fs.rm(dir, { recursive: true });
  });
});

describe('cleaning rules', () => {
  it('strips site slogans but not headline clauses', () => {
    expect(stripTitleSlogan('Storm hits the coast – Let’s See Todays News Updates')).toBe('Storm hits the coast');
    expect(stripTitleSlogan('Storm hits the coast | The Daily Bugle')).toBe('Storm hits the coast');
    expect(stripTitleSlogan('Storm hits the coast - Reuters')).toBe('Storm hits the coast');
    expect(stripTitleSlogan('UK heading wrong way - Howard')).toBe('UK heading wrong way - Howard');
    expect(stripTitleSlogan('Minister resigns – and nobody is surprised')).toBe('Minister resigns – and nobody is surprised');
  });
  it('recognises photo credits and debris', () => {
    expect(photoCredit('A man walks past the bank. REUTERS/Jane Doe')).toEqual({ credit: 'REUTERS/Jane Doe', text: 'A man walks past the bank.' });
    expect(photoCredit('Officials meet in Rome. (AP Photo/John Smith)')?.credit).toBe('AP Photo/John Smith');
    expect(photoCredit('He said he would go to Reuters')).toBeNull();
    expect(photoCredit('Women who were infected with HIV/Aids.')).toBeNull();
    expect(photoCredit('Ministers meet in Oslo. XINHUA/Li Ming Wei')?.credit).toBe('XINHUA/Li Ming Wei');
    expect(isDebris('Read more: Ten things you missed')).toBe(true);
    expect(isDebris('Read more about the plan in the report.')).toBe(false);
  });
  it('takes short unpunctuated word lines as subheadings, but not figures from tables', () => {
    expect(looksLikeHeading('Myanmar and North Korea')).toBe(true);
    expect(looksLikeHeading('78,000')).toBe(false);
    expect(looksLikeHeading('2000 GMT')).toBe(false);
    expect(looksLikeHeading('The minister said the talks had failed.')).toBe(false);
  });
});

describe('inferred article dates: only evidence of publication', () => {
  const dateOf = (text: string) => one('x.txt', text).article?.date ?? null;
  it('takes a date line, a published line, a caption, a dateline and the date the lede gives its news', () => {
    expect(dateOf('Storm hits coast\n\nMarch 4, 2020\n\nWaves flooded the town.\n')).toBe('2020-03-04');
    expect(dateOf('Storm hits coast\n\nPublished: 4 March 2020 10:31 GMT\n\nWaves flooded the town.\n')).toBe('2020-03-04');
    expect(dateOf('Storm hits coast\n\nA rescuer stands in flood water in Riverton on Wednesday, March 4, 2020.\n\nWaves flooded the town on Wednesday.\n')).toBe('2020-03-04');
    expect(dateOf('Storm hits coast\n\nRIVERTON, March 4, 2020 – Waves flooded the town.\n')).toBe('2020-03-04');
    expect(dateOf('Vote held\n\nThe vote was held on March 3, 2021 in the capital. Turnout was low.\n')).toBe('2021-03-03');
    expect(dateOf('Army seizes power\n\nThe army on Monday, February 1, 2021 seized power in a coup.\n')).toBe('2021-02-01');
  });

  it('never takes a date the text only mentions: a birth, a term, a forecast, a later paragraph', () => {
    expect(dateOf('Leader profile\n\nThe leader, born on 20 February 1951, spoke to voters.\n')).toBeNull();
    expect(dateOf('Bonds called\n\nAcme Corp said it called for redemption on April 10, 1987, of its notes.\n')).toBeNull();
    expect(dateOf('Plan unveiled\n\nThe minister said the plant will open on March 3, 2025.\n')).toBeNull();
    expect(dateOf('Markets slide\n\nShares fell sharply on Friday.\n\nThe index last fell this much on October 19, 1987.\n')).toBeNull();
    expect(dateOf('Talks resume\n\nTOKYO, Feb 27 - The parties agreed to reopen talks on the budget for the fiscal year ending March 31 1988, an official said.\n')).toBeNull();
  });
});

describe('a dateline on its own line', () => {
  it('opens the next paragraph, as a dateline within the text does', () => {
    const article = one('a.txt', 'Quanta shuts a mill.\n\nVELLTON 1996-08-22\n\nQuanta Corp shut its Vellton mill on Thursday.\n\nIt said so.\n').article!;
    expect(article.paragraphs.map((p) => p.text)).toEqual(['VELLTON, 1996-08-22 - Quanta Corp shut its Vellton mill on Thursday.', 'It said so.']);
  });
  it('is kept as written when nothing follows it, and is no dateline inside the story', () => {
    const alone = one('b.txt', 'Quanta shuts a mill.\n\nVELLTON 1996-08-22\n').article!;
    expect(alone.paragraphs.map((p) => p.text)).toEqual(['VELLTON 1996-08-22']);
    const inside = one('c.txt', 'Quanta shuts a mill.\n\nQuanta Corp shut its mill.\n\nVELLTON 1996-08-22\n\nIt said so.\n').article!;
    expect(inside.paragraphs.map((p) => p.text)).toEqual(['Quanta Corp shut its mill.', 'VELLTON 1996-08-22', 'It said so.']);
  });
  it('joins no byline, agency opening or source line, and keeps the order of what follows', () => {
    const texts = (body: string) => one('d.txt', `Quanta shuts a mill.\n\nVELLTON 1996-08-22\n\n${body}`).article!.paragraphs.map((p) => p.text);
    expect(texts('By Ann Vell\n\nQuanta Corp shut its mill.\n')).toEqual(['VELLTON 1996-08-22', 'By Ann Vell', 'Quanta Corp shut its mill.']);
    expect(texts('(Zorbix News) - Quanta Corp shut its mill.\n')[0]).toBe('VELLTON 1996-08-22');
    const sourced = one('e.txt', 'Quanta shuts a mill.\n\nVELLTON 1996-08-22\n\nSOURCE: Reuters\n\nQuanta Corp shut its mill.\n').article!;
    expect(sourced.source).toBe('Reuters');
    expect(sourced.paragraphs.map((p) => p.text)).toEqual(['VELLTON, 1996-08-22 - Quanta Corp shut its mill.']);
  });
});
