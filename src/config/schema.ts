/**
 * chronicle.config.{json,yaml,mjs}: one schema per concern — the site as readers see it, the build — merged into
 * the one flat object users write. Every field is optional; defaults live here and nowhere else.
 */
import { z } from 'zod';
import { GRAPH_JSON_VERSIONS } from '../graph/graph-json.ts';

/** What readers see: the site's name, language, address, logo and footer. */
export const siteConfigSchema = z.object({
  title: z.string().trim().min(1).max(120).default('News archive'),
  description: z
    .string()
    .trim()
    .max(300)
    .default('A wiki of the people, organisations, places and events in a news archive, every fact linked to the sentence that reports it.'),
  /** BCP 47 language tag: the pages' `lang` attribute and the date format. */
  lang: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a language tag such as "en", "fr" or "pt-BR"')
    .default('en'),
  /** The path the site is served under, for its absolute URLs (sitemap, feed, structured data); links stay relative. */
  base: z
    .string()
    .regex(/^\/([^/?#\s]+\/)*$/, 'must be a path that starts and ends with "/", such as "/" or "/news/"')
    .default('/'),
  /** The public address (scheme and host), for absolute URLs; without it they stay relative. */
  url: z
    .string()
    .url()
    .regex(/^https?:\/\/[^/]+\/?$/, 'must be an http(s) address with no path, such as "https://news.example.org" (the path goes in "base")')
    .optional(),
  /** An image file (svg, png, jpg, webp, gif), relative to the config file: shown beside the title. */
  logo: z
    .string()
    .regex(/\.(svg|png|jpe?g|webp|gif)$/i, 'must be an .svg, .png, .jpg, .webp or .gif file')
    .optional(),
  /** A line of plain text in every page's footer (before "made with Chronicle"). */
  footer: z.string().trim().max(500).optional(),
});

/** Where and how the site is built: command-line flags override each of these. */
export const buildConfigSchema = z.object({
  /** The folder of articles, relative to the config file. */
  input: z.string().min(1).optional(),
  /** The output folder, relative to the config file. */
  out: z.string().min(1).optional(),
  /** Extraction threads (default: the number of cores). */
  workers: z.number().int().min(1).max(999).optional(),
  /** The cache folder, relative to the config file, or false for none. */
  cache: z.union([z.string().min(1), z.literal(false)]).optional(),
  /** Records per search-index part (src/search/parts.ts); small values are for tests. */
  searchPartRecords: z.number().int().min(1).optional(),
  /** The graph.json version written (`--graph-version`): the current one (4) by default, 3, 2 or 1 for consumers that pin one. */
  graphVersion: z
    .number()
    .refine((v): v is (typeof GRAPH_JSON_VERSIONS)[number] => (GRAPH_JSON_VERSIONS as readonly number[]).includes(v), `must be one of ${GRAPH_JSON_VERSIONS.join(', ')}`)
    .optional(),
});

export const configSchema = siteConfigSchema.merge(buildConfigSchema).strict();

export type ChronicleConfig = z.output<typeof configSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;
