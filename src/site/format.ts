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
