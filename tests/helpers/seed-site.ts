/** The seed articles built into a temporary folder by the real CLI, for tests and scripts that check the output. */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { main } from '../../src/cli.ts';

export interface SeedSite { root: string; remove(): Promise<void> }

export async function buildSeedSite(prefix = 'chronicle-site-'): Promise<SeedSite> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  const stderr: string[] = [];
  const code = await main(['build', '--input', 'seeds', '--out', root], { stdout: () => {}, stderr: (l) => stderr.push(l) });
  if (code !== 0) throw new Error(`chronicle build exited ${code}:\n${stderr.join('\n')}`);
  return { root, remove: () => fs.rm(root, { recursive: true, force: true }) };
}
