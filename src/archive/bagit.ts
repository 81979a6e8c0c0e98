/**
 * BagIt (RFC 8493): writing a bag's tag files, and validating any bag — Chronicle's or another tool's — held in
 * memory as its files by path relative to the bag's root. Reading bags from zips and folders is in ./serialized.ts.
 *
 * Validation follows the RFC and the Library of Congress conformance suite (v0.97 and v1.0): bagit.txt exactly as
 * specified, every manifest line checked with the algorithm its file name names, payload completeness in both
 * directions, tag manifests, Payload-Oxum, percent-encoded names (%0A, %0D, %25) and paths that would leave the
 * bag. Files named in fetch.txt that are not present yet (a "holey" bag) are reported but not counted as missing,
 * as the suite's valid fetch bags require.
 */
import { createHash, getHashes } from 'node:crypto';

/** A bag's files (path relative to the bag's root, "/"-separated) and its folders (for an empty `data/`). */
export interface BagFiles {
  files: Map<string, Uint8Array>;
  dirs: Set<string>;
}

export interface BagReport {
  ok: boolean;
  /** One line per problem: `changed: …`, `missing: …`, `extra: …` for files, `invalid: …` for the bag itself. */
  problems: string[];
  /** Informational lines that do not make the bag invalid (files still to fetch). */
  notes: string[];
  version: string | null;
  payloadFiles: number;
  tagFiles: number;
  /** bag-info.txt, in file order (labels may repeat). */
  info: [string, string][];
}

const utf8 = new TextEncoder();

/** RFC 8493 §2.1.3: CR, LF and % in a manifest's file path are written %0D, %0A and %25. */
export function encodePath(p: string): string {
  return p.replace(/[%\r\n]/g, (c) => (c === '%' ? '%25' : c === '\r' ? '%0D' : '%0A'));
}

export function decodePath(p: string): string {
  return p.replace(/%(0A|0D|25)/gi, (_, code: string) => (code === '25' ? '%' : code.toUpperCase() === '0A' ? '\n' : '\r'));
}

/** A manifest: `checksum  path` lines, sorted by path so the same payload gives the same bytes. */
export function manifestText(algorithm: string, files: Iterable<[string, Uint8Array]>): string {
  const lines = [...files]
    .map(([p, bytes]) => ({ p, line: `${digest(algorithm, bytes)}  ${encodePath(p)}` }))
    .sort((a, b) => (a.p < b.p ? -1 : a.p > b.p ? 1 : 0));
  return lines.map((l) => `${l.line}\n`).join('');
}

export function bagitText(): string {
  return 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';
}

/** bag-info.txt from labelled values, in the order given; values never span lines. */
export function bagInfoText(fields: [string, string][]): string {
  return fields.map(([label, value]) => `${label}: ${value.replace(/[\r\n]+/g, ' ')}\n`).join('');
}

export function payloadOxum(payload: Iterable<Uint8Array>): string {
  let octets = 0;
  let count = 0;
  for (const bytes of payload) {
    octets += bytes.length;
    count++;
  }
  return `${octets}.${count}`;
}

function digest(algorithm: string, bytes: Uint8Array): string {
  return createHash(algorithm).update(bytes).digest('hex');
}

const SUPPORTED = new Set(getHashes());
const MANIFEST_NAME = /^(tag)?manifest-([a-z0-9-]+)\.txt$/;
/** A tag file's lines with their 1-based numbers, blank lines left out; CRLF, CR and LF all end a line. */
const lines = (text: string): [string, number][] =>
  text.split(/\r\n|\r|\n/).map((l, i): [string, number] => [l, i + 1]).filter(([l]) => l.trim() !== '');

/** Why a path from a manifest or fetch.txt may not be used, or null when it stays inside the bag. */
function outOfScope(p: string): string | null {
  if (p === '') return 'empty path';
  if (/^[/\\]/.test(p)) return 'absolute path';
  if (/^~/.test(p)) return 'home-folder path';
  if (/^[A-Za-z]:/.test(p)) return 'drive path';
  if (/^%[^%/\\]+%/.test(p)) return 'environment-variable path';
  if (p.split(/[/\\]/).some((seg) => seg === '..')) return 'path leaves the bag';
  return null;
}

/** A path as a manifest gives it: percent-decoded, with the leading "./" some tools write removed. */
function manifestPath(raw: string): string {
  return decodePath(raw).replace(/^(\.\/)+/, '');
}

/** What validation has found so far, shared by the steps of validateBag. */
interface Validation {
  bag: BagFiles;
  problems: string[];
  notes: string[];
  /** Decodes a tag file in the bag's declared encoding, or reports it and gives null. */
  readTag: (name: string) => string | null;
}

/**
 * bagit.txt: UTF-8, no byte-order mark, exactly two lines in this order (RFC 8493 §2.1.1). The version is kept
 * whenever its line reads, even if the bag is then refused; the encoding only when the declaration is valid.
 */
function readDeclaration(bag: BagFiles, problems: string[]): { version: string | null; encoding: string | null } {
  const declaration = bag.files.get('bagit.txt');
  if (!declaration) {
    problems.push('missing: bagit.txt (the bag declaration)');
    return { version: null, encoding: null };
  }
  if (declaration[0] === 0xef && declaration[1] === 0xbb && declaration[2] === 0xbf) {
    problems.push('invalid: bagit.txt starts with a byte-order mark');
    return { version: null, encoding: null };
  }
  let version: string | null = null;
  try {
    const declared = lines(new TextDecoder('utf-8', { fatal: true }).decode(declaration)).map(([l]) => l);
    const v = /^BagIt-Version: ([0-9]+\.[0-9]+)$/.exec(declared[0] ?? '');
    const e = /^Tag-File-Character-Encoding: (\S+)$/.exec(declared[1] ?? '');
    if (!v) throw new Error(`bagit.txt:1: expected "BagIt-Version: M.N", found "${declared[0] ?? ''}"`);
    version = v[1]!;
    if (!e) throw new Error(`bagit.txt:2: expected "Tag-File-Character-Encoding: ENCODING", found "${declared[1] ?? ''}"`);
    if (declared.length > 2) throw new Error(`bagit.txt:3: unexpected line "${declared[2]}"`);
    if (!['0.93', '0.94', '0.95', '0.96', '0.97', '1.0'].includes(version)) throw new Error(`bagit.txt:1: unsupported BagIt version ${version}`);
    return { version, encoding: e[1]! };
  } catch (err) {
    problems.push(`invalid: ${(err as Error).message}`);
    return { version, encoding: null };
  }
}

/** fetch.txt: `url length path` lines; a listed file need not be here yet, but its path must stay in data/. */
function readFetchList(v: Validation): Set<string> {
  const toFetch = new Set<string>();
  const fetchText = v.readTag('fetch.txt');
  if (fetchText === null) return toFetch;
  for (const [line, n] of lines(fetchText)) {
    const m = /^(\S+)[ \t]+(\d+|-)[ \t]+(.+)$/.exec(line);
    if (!m) {
      v.problems.push(`invalid: fetch.txt:${n}: expected "URL LENGTH PATH"`);
      continue;
    }
    const p = manifestPath(m[3]!);
    const why = outOfScope(p) ?? (p.startsWith('data/') ? null : 'not in data/');
    if (why) v.problems.push(`invalid: fetch.txt:${n}: ${p} (${why})`);
    else toFetch.add(p);
  }
  return toFetch;
}

/** Where the manifests look files up: by path, else by its Unicode NFC form (a file system's normalisation is no change). */
interface PayloadIndex {
  payload: string[];
  lookup: (p: string) => string | undefined;
  toFetch: Set<string>;
  /** Files listed in a manifest and in fetch.txt but not present (filled by checkManifest). */
  unfetched: Set<string>;
}

/** One manifest's lines, each checked with the algorithm its file name names; a payload manifest must list every payload file. */
function checkManifest(v: Validation, name: string, index: PayloadIndex): void {
  const isTag = name.startsWith('tag');
  const algorithm = MANIFEST_NAME.exec(name)![2]!;
  if (!SUPPORTED.has(algorithm)) {
    v.problems.push(`invalid: ${name}: unsupported algorithm ${algorithm}`);
    return;
  }
  const text = v.readTag(name);
  if (text === null) return;
  const listed = new Map<string, string>();
  for (const [line, n] of lines(text)) {
    const m = /^([0-9A-Fa-f]+)[ \t]+(.+)$/.exec(line);
    if (!m) {
      v.problems.push(`invalid: ${name}:${n}: expected "CHECKSUM PATH"`);
      continue;
    }
    const expected = m[1]!.toLowerCase();
    const p = manifestPath(m[2]!);
    const why = outOfScope(p) ?? (!isTag && !p.startsWith('data/') ? 'not in data/' : null);
    if (why) {
      v.problems.push(`invalid: ${name}:${n}: ${p} (${why})`);
      continue;
    }
    const before = listed.get(p);
    if (before !== undefined) {
      if (before !== expected) v.problems.push(`invalid: ${name}:${n}: ${p} listed twice with different checksums`);
      continue;
    }
    listed.set(p, expected);
    checkListedFile(v, { name, algorithm, path: p, expected }, index);
  }
  if (!isTag) {
    const inManifest = new Set([...listed.keys()].map((p) => p.normalize('NFC')));
    for (const p of index.payload) if (!inManifest.has(p.normalize('NFC'))) v.problems.push(`extra: ${p} (not in ${name})`);
  }
}

/** A manifest line's file: present with the checksum it lists, or still to fetch, or missing. */
function checkListedFile(v: Validation, line: { name: string; algorithm: string; path: string; expected: string }, index: PayloadIndex): void {
  const actualPath = index.lookup(line.path);
  if (actualPath === undefined) {
    if (index.toFetch.has(line.path)) index.unfetched.add(line.path);
    else v.problems.push(`missing: ${line.path} (listed in ${line.name})`);
    return;
  }
  const actual = digest(line.algorithm, v.bag.files.get(actualPath)!);
  if (actual !== line.expected) v.problems.push(`changed: ${line.path} (${line.algorithm} ${actual.slice(0, 16)}…, ${line.name} says ${line.expected.slice(0, 16)}…)`);
}

/** bag-info.txt: `Label: value` lines, continued by lines that start with white space; labels may repeat. */
function readBagInfo(v: Validation, info: [string, string][]): void {
  const infoText = v.readTag('bag-info.txt');
  if (infoText === null) return;
  for (const [line, n] of lines(infoText)) {
    if (/^[ \t]/.test(line) && info.length > 0) {
      info[info.length - 1]![1] += ` ${line.trim()}`;
      continue;
    }
    const m = /^([^:\s][^:]*?)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (!m) {
      v.problems.push(`invalid: bag-info.txt:${n}: expected "Label: value"`);
      continue;
    }
    info.push([m[1]!, m[2]!.trim()]);
  }
}

/** Payload-Oxum (octets.count of the payload), checked unless files are still to fetch. */
function checkOxum(v: Validation, info: [string, string][], index: PayloadIndex): void {
  const oxum = info.find(([label]) => label.toLowerCase() === 'payload-oxum')?.[1];
  if (oxum === undefined) return;
  if (!/^\d+\.\d+$/.test(oxum)) v.problems.push(`invalid: bag-info.txt: Payload-Oxum "${oxum}" is not OCTETS.COUNT`);
  else if (index.unfetched.size > 0) v.notes.push('Payload-Oxum not checked: the bag has files still to fetch');
  else {
    const actual = payloadOxum(index.payload.map((p) => v.bag.files.get(p)!));
    if (actual !== oxum) v.problems.push(`invalid: bag-info.txt: Payload-Oxum ${oxum}, but the payload is ${actual} (octets.files)`);
  }
}

/** A decoder of the declared encoding for the bag's tag files, or null (reported) when the platform has none. */
function tagReader(bag: BagFiles, encoding: string, problems: string[]): ((name: string) => string | null) | null {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    problems.push(`invalid: bagit.txt:2: unknown tag file encoding "${encoding}"`);
    return null;
  }
  return (name) => {
    const bytes = bag.files.get(name);
    if (!bytes) return null;
    try {
      return decoder.decode(bytes);
    } catch {
      problems.push(`invalid: ${name} is not ${encoding} text`);
      return null;
    }
  };
}

export function validateBag(bag: BagFiles): BagReport {
  const problems: string[] = [];
  const notes: string[] = [];
  const info: [string, string][] = [];
  const { version, encoding } = readDeclaration(bag, problems);
  const readTag = encoding === null ? null : tagReader(bag, encoding, problems);
  // Payload: every file under data/ (counted only once the declaration and its encoding are usable).
  const payload = readTag ? [...bag.files.keys()].filter((p) => p.startsWith('data/')).sort() : [];
  const tagFiles = readTag ? bag.files.size - payload.length : 0;
  const report = (): BagReport => ({ ok: problems.length === 0, problems, notes, version, payloadFiles: payload.length, tagFiles, info });
  if (!readTag) return report();
  const v: Validation = { bag, problems, notes, readTag };

  if (!bag.dirs.has('data') && payload.length === 0) problems.push('missing: data/ (the payload folder)');
  const byNfc = new Map<string, string>();
  for (const p of bag.files.keys()) byNfc.set(p.normalize('NFC'), p);
  const index: PayloadIndex = {
    payload,
    lookup: (p) => (bag.files.has(p) ? p : byNfc.get(p.normalize('NFC'))),
    toFetch: readFetchList(v),
    unfetched: new Set(),
  };
  const manifests = [...bag.files.keys()].filter((p) => MANIFEST_NAME.test(p)).sort();
  const payloadManifests = manifests.filter((p) => !p.startsWith('tag'));
  if (payloadManifests.length === 0) problems.push('missing: manifest-<algorithm>.txt (no payload manifest)');
  // Tag manifests are checked last, after anything above may have reported a tag file as unreadable.
  for (const name of [...payloadManifests, ...manifests.filter((p) => p.startsWith('tag'))]) checkManifest(v, name, index);

  for (const p of [...index.unfetched].sort()) notes.push(`to fetch: ${p} (in fetch.txt, not present, not checked)`);
  readBagInfo(v, info);
  checkOxum(v, info, index);
  return report();
}

/** The bytes of a tag file written by Chronicle (always UTF-8). */
export const tagBytes = (text: string): Uint8Array => utf8.encode(text);
