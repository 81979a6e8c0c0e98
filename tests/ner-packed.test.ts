/**
 * The name tagger's packed scoring (tagger.ts, `scorePacked`): it finds each feature's row by template and value
 * instead of building the feature's string, and must give the scores of the string features (`scoreTags` over
 * `features`) to the last bit, so that extraction's output does not move. Sentences invented for the test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flatModel, loadWeights, readWeights, tagDocumentScored, TAGS, type FlatModel, type SerializedModel, type Weights } from '../src/extract/ner/tagger.ts';
import { loadGazetteers, shippedGazetteers } from '../src/extract/ner/gazetteer.ts';
import { shippedWordTable } from '../src/extract/ner/words.ts';

/** The same model as training holds it: one row per feature string (read by `scoreTags`, string by string). */
function byString(model: SerializedModel): Weights {
  const out: Weights = new Map();
  for (const [f, pairs] of Object.entries(model.weights)) {
    const row = new Float64Array(TAGS.length);
    for (const [k, v] of pairs) row[k] = v;
    out.set(f, row);
  }
  return out;
}

/** The shipped model.json (flat: tagger.ts `FlatModel`) in the trainer's nested shape. */
function shippedNested(): SerializedModel {
  const flat = JSON.parse(readFileSync(new URL('../src/extract/ner/model.json', import.meta.url), 'utf8')) as FlatModel;
  const weights: Record<string, [number, number][]> = Object.fromEntries(flat.names.map((f) => [f, []]));
  for (let j = 0; j < flat.cells.length; j += 2) {
    const cell = flat.cells[j]!;
    weights[flat.names[Math.floor(cell / TAGS.length)]!]!.push([cell % TAGS.length, flat.cells[j + 1]! / flat.scale]);
  }
  return { tags: flat.tags, weights };
}

/** Every word's tag and class odds, the odds as their exact bits. */
function exactly(read: ReturnType<typeof tagDocumentScored>): string[] {
  return read.flatMap((s) => s.tags.map((t, i) => `${t} ${Object.values(s.odds[i]!).map((v) => Buffer.from(new Float64Array([v]).buffer).toString('hex')).join(' ')}`));
}

describe('packed scoring', () => {
  it('gives the shipped model the scores of the string features, bit for bit, with lists, word table and document', () => {
    const model = shippedNested();
    const article = [
      'MARLOW TIDINGS : Quenby Harts of Orvale Lumber Corp. said on Tuesday the mill at Port Vila would close .',
      'Harts , 52 , told Reuters that orvale lumber had lost money since 1999-04-12 | a | b = c .',
      'The Paris - based firm and New York Mets fans met in Lagos , Nigeria ; Harts said " no " .',
      'Shares of Orvale rose 3.5 percent to 12.40 dollars while the U.S. dollar fell against the yen .',
    ].map((s) => s.split(' '));
    const g = shippedGazetteers();
    const t = shippedWordTable();
    const packed = tagDocumentScored(loadWeights(model), article, g, t);
    expect(exactly(packed)).toEqual(exactly(tagDocumentScored(byString(model), article, g, t)));
    expect(packed[0]!.tags.some((tag) => tag !== 'O')).toBe(true);
  });

  it('splits features at their first "=" and a previous tag at its first "|", whatever the word holds', () => {
    // Words that are themselves '|', '=' or '<s>' make feature strings such as `w-1w=|||x` and `t-1w=O||`.
    const weights: Record<string, [number, number][]> = {
      b: [[0, 0.5]],
      'w=|': [[1, 1.25]],
      'W==': [[3, 0.75]],
      'w-1w=|||': [[2, 2.5]],
      'ww+1=|||': [[5, -1.5]],
      'w-1w=<s>||': [[4, 0.125]],
      't-1w=O||': [[7, 3]],
      't-1w=B-PER|=': [[8, 1]],
      't-2t-1=<s>|O': [[6, 0.25]],
      't-1=<s>': [[0, 0.1], [1, 0.2]],
      'first=true||': [[1, 0.3]],
      'caps=false|=': [[2, 0.7]],
      's-1s=||=': [[3, 0.9]],
      'lc=false|true|false': [[5, 0.4]],
      'h=none': [[6, 0.6]],
      'g=CITY|U': [[7, 0.8]],
    };
    const model: SerializedModel = { tags: TAGS, weights };
    const sentences = [['|', '|', '=', 'Orvik', '<s>', '|'], ['Orvik', '=', 'Orvik']];
    const g = loadGazetteers({ about: '', sources: {}, lists: { CITY: ['orvik'], FIRST: ['orvik'] } });
    const packed = tagDocumentScored(loadWeights(model), sentences, g);
    expect(exactly(packed)).toEqual(exactly(tagDocumentScored(byString(model), sentences, g)));
  });
});

describe('template index read from names in any order (session 37, speed48)', () => {
  it('finds each name under its own template when templates that open alike come apart and together again', () => {
    // The index tries the last name's template first: "w" must not take "w-1=…" or "ww+1=…", nor "w" alone a value.
    const weights: Record<string, [number, number][]> = {
      'w=orvik': [[1, 1.5]],
      'w-1=orvik': [[3, 0.5]],
      'w=zell': [[5, 2.25]],
      'ww+1=orvik|zell': [[2, -0.75]],
      w: [[4, 9]],
      'w==': [[6, 1.125]],
      'w-1w=orvik|zell': [[7, 0.375]],
      'w=vell': [[8, -1]],
      b: [[0, 0.5]],
      'w-1=zell': [[2, 0.25]],
    };
    const model: SerializedModel = { tags: TAGS, weights };
    const sentences = [['Orvik', 'Zell', 'Vell', '=', 'Orvik'], ['Zell', 'Orvik', 'Zell']];
    const packed = tagDocumentScored(loadWeights(model), sentences, null);
    expect(exactly(packed)).toEqual(exactly(tagDocumentScored(byString(model), sentences, null)));
    expect(packed.flatMap((s) => s.tags).some((tag) => tag !== 'O')).toBe(true);
  });
});

describe('model.json read from its text (session 36, speed47)', () => {
  const bits = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');
  const same = (text: string) => {
    const read = readWeights(text);
    const parsed = loadWeights(JSON.parse(text) as SerializedModel);
    expect(bits(read.values)).toBe(bits(parsed.values));
    expect(read.index).toEqual(parsed.index);
  };
  it('gives the shipped model, nested again, the rows and numbers of a parse of it, bit for bit', () => {
    same(JSON.stringify(shippedNested()));
  });
  it('reads escaped names, empty rows, exponents and negative zero as JSON.parse does, and any other shape by parsing it', () => {
    const weights = { 'w=Zorbix': [[0, 1.5], [4, -0.25]], 'w=say \"hi\"': [[8, 1e-7]], 'p=\u00e9': [], 'W=Vell|Orlin': [[3, -0], [2, 12345.678]] };
    const model = { tags: TAGS, weights } as unknown as SerializedModel;
    same(JSON.stringify(model));
    same(JSON.stringify(model, null, 2));
    same(JSON.stringify({ weights, tags: TAGS }));
    same(JSON.stringify({ tags: TAGS, weights: { ...weights, '7': [[1, 2]] } }));
  });
});

describe('model.json in its flat shape (session 37, speed48)', () => {
  const bits = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');
  const weights = { 'w=Zorbix': [[0, 1.5], [4, -0.25]], 'w=say "hi"': [[8, 0.001]], 'p=\u00e9': [], 'W=Vell|Orlin': [[3, -113.624], [2, 12345.678]], '7': [[1, 2]], b: [[5, 0]] };
  const nested = { tags: TAGS, weights } as unknown as SerializedModel;

  it('reads the weights and names the nested shape gives, bit for bit, in the order a parse gives them', () => {
    const text = JSON.stringify(flatModel(nested));
    const flat = readWeights(text);
    const parsed = loadWeights(JSON.parse(JSON.stringify(nested)) as SerializedModel);
    expect(bits(flat.values)).toBe(bits(parsed.values));
    expect(flat.index).toEqual(parsed.index);
    expect(JSON.parse(text).names).toEqual(['7', 'w=Zorbix', 'w=say "hi"', 'p=\u00e9', 'W=Vell|Orlin', 'b']);
  });

  it('is the shape the shipped model is in, and gives the same weights as the nested text of it', () => {
    const text = readFileSync(new URL('../src/extract/ner/model.json', import.meta.url), 'utf8');
    expect(JSON.parse(text)).toHaveProperty('scale', 1000);
    const nestedText = JSON.stringify(shippedNested());
    expect(bits(readWeights(text).values)).toBe(bits(readWeights(nestedText).values));
    expect(readWeights(text).index).toEqual(readWeights(nestedText).index);
  });

  it('refuses a weight that is not a whole number of thousandths, and a cell outside the model', () => {
    expect(() => flatModel({ tags: TAGS, weights: { b: [[0, 0.0005]] } })).toThrow(/thousandths/);
    expect(() => flatModel({ tags: TAGS, weights: { b: [[0, -0]] } })).toThrow(/thousandths/);
    const outside = { tags: TAGS, scale: 1000, names: ['b'], cells: [9, 5] };
    expect(() => readWeights(JSON.stringify(outside))).toThrow(/outside/);
  });

  it('refuses a flat model it cannot read with an error naming the file and the problem, not a bare TypeError (rev37)', () => {
    const flat = { tags: TAGS, scale: 100, names: ['w=Zorbix'], cells: [0, 150] };
    expect(() => readWeights(JSON.stringify(flat))).toThrow(/^model\.json: a flat model has scale 100, not 1000/);
    expect(() => readWeights(JSON.stringify(flat), 'vell/model.json')).toThrow(/^vell\/model\.json: .*scale 100/);
    expect(() => readWeights(JSON.stringify({ ...flat, scale: 1000, cells: [0, 150, 1] }))).toThrow(/odd number of cells/);
    expect(() => readWeights(JSON.stringify({ tags: TAGS, scale: 1000, names: ['w=Zorbix'] }))).toThrow(/array of names or of cells/);
    expect(readWeights(JSON.stringify({ ...flat, scale: 1000 })).values[0]).toBe(0.15);
  });
});
