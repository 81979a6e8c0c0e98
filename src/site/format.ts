/** Display helpers shared by the pages. */
import type { IsoDate } from '../types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2021-12-10` → "10 December 2021", `2021-04` → "April 2021", `2021` → "2021". */
export function formatDate(date: IsoDate | null | undefined): string {
  if (!date) return 'undated';
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export const ROLE_LABEL: Record<string, string> = { actor: 'Actor', target: 'Target', place: 'Place', other: 'Involved' };

/** Longest `<title>`: search engines and tabs cut longer ones anyway, so the page cuts it at a word itself. */
export const MAX_TITLE = 70;
const TITLE_SUFFIX = ' · Chronicle';

/** The page's `<title>`: its heading and the site name, the heading shortened at a word if the whole is too long. */
export function documentTitle(heading: string): string {
  const room = MAX_TITLE - TITLE_SUFFIX.length;
  if (heading.length <= room) return heading + TITLE_SUFFIX;
  const cut = heading.slice(0, room - 1).replace(/[\s,;:–—-]+\S*$/, '');
  return `${cut || heading.slice(0, room - 1)}…${TITLE_SUFFIX}`;
}
