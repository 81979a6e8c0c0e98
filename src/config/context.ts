/**
 * The build context: the config file and the command line, merged once in the CLI (flags win) into one typed
 * object that every stage receives. Paths from the config file are relative to it; paths from flags to the
 * working directory.
 */
import path from 'node:path';
import type { ChronicleConfig } from './schema.ts';
import { GRAPH_JSON_VERSION, type GraphJsonVersion } from '../graph/graph-json.ts';
import { defaultCacheFolder } from '../util/cache-folder.ts';

/** What the pages need to know about the site (handed to Astro as the virtual module `virtual:chronicle/site`). */
export interface SiteSettings {
  title: string;
  description: string;
  lang: string;
  /** The path the site is served under ("/" or "/news/"). */
  base: string;
  /** The site root's absolute address (public URL + base, ending in "/"), or undefined: absolute URLs stay relative. */
  publicUrl?: string;
  /** The logo: the image file read, and its name in the built site. */
  logo?: { source: string; file: string };
  footer?: string;
}

export interface BuildContext {
  input: string;
  out: string;
  /** Undefined: no cache. */
  cacheDir?: string;
  /** Extraction threads; undefined: the number of cores. */
  workers?: number;
  force: boolean;
  strict: boolean;
  /** Records per search-index part; undefined: the index's own default. */
  searchPartRecords?: number;
  /** The graph.json version written. */
  graphVersion: GraphJsonVersion;
  site: SiteSettings;
}

/** The flags `build`, `extract` and `dev` share; undefined where not given. */
export interface Flags {
  input?: string;
  out?: string;
  base?: string;
  site?: string;
  workers?: number;
  cache?: string;
  noCache?: boolean;
  force?: boolean;
  strict?: boolean;
  graphVersion?: GraphJsonVersion;
}

export function buildContext(config: ChronicleConfig, configFile: string | null, flags: Flags, cwd: string): BuildContext {
  const fromConfig = (p: string) => path.resolve(configFile ? path.dirname(configFile) : cwd, p);
  const fromFlag = (p: string) => path.resolve(cwd, p);
  const pick = (flag: string | undefined, configured: string | undefined, fallback: string) =>
    flag !== undefined ? fromFlag(flag) : configured !== undefined ? fromConfig(configured) : fromFlag(fallback);
  const input = pick(flags.input, config.input, 'seeds');
  const out = pick(flags.out, config.out, 'dist');
  const cacheDir = flags.noCache
    ? undefined
    : flags.cache !== undefined
      ? fromFlag(flags.cache)
      : config.cache === false
        ? undefined
        : config.cache !== undefined
          ? fromConfig(config.cache)
          : defaultCacheFolder(input, cwd);
  const base = flags.base ?? config.base;
  const url = flags.site ?? config.url;
  const logo = config.logo === undefined ? undefined : { source: fromConfig(config.logo), file: `logo${path.extname(config.logo).toLowerCase()}` };
  return {
    input,
    out,
    ...(cacheDir !== undefined ? { cacheDir } : {}),
    ...((flags.workers ?? config.workers) !== undefined ? { workers: (flags.workers ?? config.workers)! } : {}),
    force: flags.force === true,
    strict: flags.strict === true,
    ...(config.searchPartRecords !== undefined ? { searchPartRecords: config.searchPartRecords } : {}),
    graphVersion: flags.graphVersion ?? config.graphVersion ?? GRAPH_JSON_VERSION,
    site: {
      title: config.title,
      description: config.description,
      lang: config.lang,
      base,
      ...(url !== undefined ? { publicUrl: publicUrl(url, base) } : {}),
      ...(logo ? { logo } : {}),
      ...(config.footer !== undefined ? { footer: config.footer } : {}),
    },
  };
}

/** `https://x.org` + `/news/` → `https://x.org/news/`; an address that has a path of its own keeps it when base is "/". */
export function publicUrl(url: string, base: string): string {
  const root = url.endsWith('/') ? url : `${url}/`;
  return base === '/' ? root : new URL(base, root).href;
}
