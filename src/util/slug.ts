/**
 * ASCII-safe, bounded slugs for ids and file names. Slugs never contain `/`, `.` or `..`, so no input
 * can make a page path escape its folder.
 */
export const MAX_SLUG_LENGTH = 80;

export function slugify(text: string, fallback = 'untitled'): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // combining marks left by NFKD: "Müller" → "Muller"
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const bounded = ascii.slice(0, MAX_SLUG_LENGTH).replace(/-+$/g, '');
  return bounded || fallback;
}

/** Short, stable hex hash of a string (FNV-1a 32-bit), for disambiguating colliding slugs. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0').slice(0, 6);
}

/**
 * Gives each key a unique slug. Keys are processed in sorted order so the result does not depend on the
 * order they were found in; a key whose plain slug is taken gets `-<hash of the key>`.
 */
export function uniqueSlugs(keys: Iterable<string>, toSlug: (key: string) => string = slugify): Map<string, string> {
  const sorted = [...new Set(keys)].sort();
  const taken = new Set<string>();
  const out = new Map<string, string>();
  for (const key of sorted) {
    let slug = toSlug(key);
    if (taken.has(slug)) {
      slug = `${slug.slice(0, MAX_SLUG_LENGTH - 7)}-${shortHash(key)}`;
      let n = 2;
      while (taken.has(slug)) slug = `${toSlug(key).slice(0, MAX_SLUG_LENGTH - 10)}-${shortHash(key)}-${n++}`;
    }
    taken.add(slug);
    out.set(key, slug);
  }
  return out;
}
