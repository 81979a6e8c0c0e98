/**
 * `npm run build-ner-flat`: writes src/extract/ner/model.json, the name tagger's weights, in the flat shape it ships
 * in (src/extract/ner/tagger.ts `FlatModel`: the names in one array, the weights as integer thousandths in another),
 * from the nested shape the trainer's `serialize` makes (`{ tags, weights: { feature: [[tag, weight], …] } }`), the
 * one older models and `NER_OUT` files are in. `npm run train-ner` writes the flat shape itself; this converts a
 * nested file (the model.json of session 36 and before, or one given as the first argument) without retraining.
 *
 * The weights do not change: before writing, the flat text is read back (`readWeights`) and must give the nested
 * text's feature names in its order and every number bit for bit (`loadWeights(JSON.parse(nested))`), and the same
 * template index; the build fails otherwise. A model.json already flat is checked and left as it is.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FLAT_HEAD, flatModel, loadWeights, readWeights, type PackedWeights, type SerializedModel } from '../src/extract/ner/tagger.ts';
import { isDeepStrictEqual } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src', 'extract', 'ner', 'model.json');
const source = process.argv[2] ?? OUT;
const text = readFileSync(source, 'utf8');
if (text.startsWith(FLAT_HEAD)) {
  console.log(`${path.relative(ROOT, source)} is flat already (${readWeights(text).values.length / 9} features): nothing to do`);
  process.exit(0);
}
const nested = JSON.parse(text) as SerializedModel;
const flat = JSON.stringify(flatModel(nested));
const bits = (w: PackedWeights) => Buffer.from(w.values.buffer, w.values.byteOffset, w.values.byteLength);
const before = loadWeights(nested);
const after = readWeights(flat);
if (!bits(before).equals(bits(after))) throw new Error('the flat model does not give the nested one\'s weights bit for bit');
if (!isDeepStrictEqual(before.index, after.index)) throw new Error('the flat model does not give the nested one\'s feature names in order');
writeFileSync(OUT, flat);
console.log(`wrote ${path.relative(ROOT, OUT)}: ${Object.keys(nested.weights).length} features, ${(text.length / 1e6).toFixed(2)} → ${(flat.length / 1e6).toFixed(2)} MB, weights bit for bit`);
