/** The static paths of the sub-pages of entity and event pages (`[id]/[list].astro`): one per numbered page of each long list. */
import type { SubList } from '../graph/listings.ts';

export function subpagePaths<P extends { id: string; url: string; lists: Record<string, SubList> }>(pages: readonly P[]) {
  return pages.flatMap((page) => Object.values(page.lists).flatMap((list) => list.pages.map((p, current) => ({
    // entities/x/mentions-p2.html → mentions-p2
    params: { id: page.id, list: p.url.slice(page.url.length - '.html'.length + 1, -'.html'.length) },
    props: { page, list, current },
  }))));
}
