/** Chronicle's own version, from its package.json. */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { PROJECT_ROOT } from './project.ts';

export const CHRONICLE_VERSION = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
