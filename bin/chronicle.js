#!/usr/bin/env node
// The CLI is TypeScript; tsx compiles it on the fly so there is no separate build step before `npm run build`.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
