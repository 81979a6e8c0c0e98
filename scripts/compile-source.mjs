// A clone's start-up without tsx: bin/chronicle.js runs src/ compiled to plain JavaScript by esbuild (types
// stripped, `.ts` import paths rewritten to `.js`, the files the code opens beside itself copied, as
// scripts/build-lib.mjs does for a package). tsx resolves and loads every module through its loader thread: about
// 5 s of each run before `main()` on the shared 2-core machine, against about 1 s to import the compiled copy.
//
// The copy lives in .cache/src-<hash>/, the hash taken over every file of src/ it is made from, this script and
// esbuild's version, so an edited src/ is compiled again before it runs: a clone never runs stale code. Written in a
// temporary folder and renamed into place, so processes started together (the tests) never see half a copy.
// src/pages is left out: Astro compiles the pages from src/ itself.
//
// Hashing src/ (11 MB, most of it model weights) and loading esbuild to ask its version were about 0.25 s of CPU of
// every run (session 49, speed66). A run notes what it hashed by every file's stamp (`.cache/source-stamps.json`): the
// next run whose files all have the same stamps takes the hash from there and reads nothing. A stamp is size,
// modification and change time and inode: a write changes the change time, a replacing rename the inode. A file
// written in the last STAMP_SETTLE_MS may be written again within the file system's clock tick without any of them
// moving (git's "racy clean" entries), so no note is made while any file is that new: its run reads every file.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const CODE = /\.(ts|mts)$/;
/**
 * The files of src/ the code opens beside itself, copied as they are into a compiled copy here and into lib/ by
 * scripts/build-lib.mjs: data and browser scripts (worker-entry.mjs, tsx's worker start, is not needed), outside
 * src/pages, which Astro compiles from src/ itself. `rel`: the path relative to src/.
 */
export const copiedAsIs = (rel) => /\.(json|js)$/.test(rel) && !inPages(rel);
const inPages = (rel) => rel.startsWith(`pages${path.sep}`);
/** A relative import of a TypeScript module in esbuild's output (always double-quoted), to point at the `.js`. */
const TS_IMPORT = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)"(\.{1,2}\/[^"]+)\.ts"/g;
/** Older copies are removed once this old: a process started before an edit (`chronicle dev`) may still load from its copy. */
const STALE_MS = 60 * 60_000;

/** Files younger than this are not noted by their stamps (the file system's clock moves in ticks of a few ms). */
const STAMP_SETTLE_MS = 2_000;

/** The URL of the compiled cli.js for the clone at `root`, compiling src/ first when no copy matches it. */
export async function compiledSource(root) {
  const src = path.join(root, 'src');
  const cache = path.join(root, '.cache');
  const files = sourceFiles(src);
  const stamps = stampsOf([SELF, esbuildManifest(), ...files.map((f) => path.join(src, f))]);
  let esbuild;
  let hash = notedHash(cache, stamps.key);
  if (hash === undefined) {
    esbuild = await import('esbuild');
    hash = contentHash(esbuild.version, src, files);
    if (stamps.settled) noteHash(cache, stamps.key, hash);
  }
  const dir = path.join(cache, `src-${hash}`);
  if (!existsSync(path.join(dir, 'cli.js'))) {
    await compileInto(esbuild ?? (await import('esbuild')), src, files, dir);
    removeStale(cache, dir);
  }
  return pathToFileURL(path.join(dir, 'cli.js'));
}

/** The hash a compiled copy is named by: esbuild's version, this script and every file of src/ it is made from. */
function contentHash(esbuildVersion, src, files) {
  const hash = createHash('sha256').update(esbuildVersion).update('\0').update(readFileSync(SELF));
  for (const file of files) hash.update(file).update('\0').update(readFileSync(path.join(src, file))).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** esbuild's package.json, whose stamp stands for its version (a reinstall writes it again). */
const esbuildManifest = () => path.join(path.dirname(createRequire(import.meta.url).resolve('esbuild')), '..', 'package.json');

/** A key over the files' paths and stamps, and whether every file is older than STAMP_SETTLE_MS. */
function stampsOf(files) {
  const hash = createHash('sha256');
  const settledBefore = Date.now() - STAMP_SETTLE_MS;
  let settled = true;
  for (const file of files) {
    const st = statSync(file);
    if (Math.max(st.mtimeMs, st.ctimeMs) > settledBefore) settled = false;
    hash.update(`${file}\0${st.size}\0${st.mtimeMs}\0${st.ctimeMs}\0${st.ino}\0`);
  }
  return { key: hash.digest('hex'), settled };
}

const stampsFile = (cache) => path.join(cache, 'source-stamps.json');

/** The content hash noted under `key`, if the last note was made with the same stamps. */
function notedHash(cache, key) {
  try {
    const noted = JSON.parse(readFileSync(stampsFile(cache), 'utf8'));
    return noted.key === key && /^[0-9a-f]{16}$/.test(noted.hash) ? noted.hash : undefined;
  } catch {
    return undefined;
  }
}

/** Notes `hash` under `key` (a temporary file renamed into place: processes started together read all or none). */
function noteHash(cache, key, hash) {
  try {
    mkdirSync(cache, { recursive: true });
    const tmp = `${stampsFile(cache)}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ key, hash }));
    renameSync(tmp, stampsFile(cache));
  } catch {
    // A read-only clone just hashes again next time.
  }
}

/** src/'s code and assets outside src/pages, relative to src/, sorted (the hash must not depend on listing order). */
function sourceFiles(src) {
  return readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.d.ts'))
    .map((e) => path.relative(src, path.join(e.parentPath, e.name)))
    .filter((f) => (CODE.test(f) && !inPages(f)) || copiedAsIs(f))
    .sort();
}

async function compileInto(esbuild, src, files, dir) {
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  for (const file of files) mkdirSync(path.dirname(path.join(tmp, file)), { recursive: true });
  // All files at once: esbuild's service transforms them in parallel (one at a time took 2–4 s at load 20).
  await Promise.all(
    files.map(async (file) => {
      const from = path.join(src, file);
      if (!CODE.test(file)) return cpSync(from, path.join(tmp, file));
      // The compiler options that change emitted JavaScript, as tsconfig.json sets them (tsc and tsx honour them too).
      const { code } = await esbuild.transform(readFileSync(from, 'utf8'), {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcefile: from,
        tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true, useDefineForClassFields: true } },
      });
      writeFileSync(path.join(tmp, file.replace(CODE, '.js')), code.replace(TS_IMPORT, '$1"$2.js"'));
    }),
  );
  try {
    renameSync(tmp, dir);
  } catch (err) {
    // Another process put the same copy in place first: theirs is as good.
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(path.join(dir, 'cli.js'))) throw err;
  }
}

function removeStale(cache, keep) {
  for (const name of readdirSync(cache)) {
    const dir = path.join(cache, name);
    if (dir === keep || !name.startsWith('src-')) continue;
    if (Date.now() - statSync(dir).mtimeMs > STALE_MS) rmSync(dir, { recursive: true, force: true });
  }
}
