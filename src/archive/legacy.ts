/**
 * Snapshots written before Chronicle wrote bags (0.1.0 and earlier): a zip with the site under `site/` and
 * `chronicle-manifest.json` (the SHA-256 and size of every file). Only read, so that old archives stay checkable.
 */
import { createHash } from 'node:crypto';

export const LEGACY_MANIFEST_FILE = 'chronicle-manifest.json';

interface LegacyManifest {
  format: 'chronicle-snapshot/1';
  files: { path: string; sha256: string; bytes: number }[];
}

/** One line per difference (`changed: …`, `missing: …`, `extra: …`), and how many files the manifest lists. */
export function verifyLegacySnapshot(entries: Map<string, Uint8Array>): { problems: string[]; files: number } {
  let manifest: LegacyManifest;
  try {
    manifest = JSON.parse(new TextDecoder().decode(entries.get(LEGACY_MANIFEST_FILE))) as LegacyManifest;
    if (manifest.format !== 'chronicle-snapshot/1' || !Array.isArray(manifest.files)) throw new Error('not a Chronicle snapshot manifest');
  } catch (err) {
    return { problems: [`invalid: ${LEGACY_MANIFEST_FILE}: ${(err as Error).message}`], files: 0 };
  }
  const problems: string[] = [];
  const listed = new Set<string>([LEGACY_MANIFEST_FILE]);
  for (const f of manifest.files) {
    const name = `site/${f.path}`;
    listed.add(name);
    const content = entries.get(name);
    if (!content) problems.push(`missing: ${name}`);
    else if (createHash('sha256').update(content).digest('hex') !== f.sha256 || content.length !== f.bytes) problems.push(`changed: ${name}`);
  }
  for (const name of entries.keys()) if (!listed.has(name) && !name.endsWith('/')) problems.push(`extra: ${name} (not in ${LEGACY_MANIFEST_FILE})`);
  return { problems, files: manifest.files.length };
}
