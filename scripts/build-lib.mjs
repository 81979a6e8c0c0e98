// `npm pack` (prepack): compiles src/ into lib/ (tsconfig.build.json) and copies the files the code opens beside
// itself (the name model's weights, the browser scripts), so an installed package runs plain JavaScript, no tsx.
// postpack removes lib/ again: in a clone, bin/chronicle.js runs src/ through tsx, and a stale lib/ would shadow it.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { copiedAsIs } from './compile-source.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lib = path.join(root, 'lib');
if (process.argv[2] === 'clean') {
  rmSync(lib, { recursive: true, force: true });
  process.exit(0);
}
rmSync(lib, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
for (const entry of readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const from = path.join(entry.parentPath, entry.name);
  const rel = path.relative(path.join(root, 'src'), from);
  if (copiedAsIs(rel)) cpSync(from, path.join(lib, rel));
}
