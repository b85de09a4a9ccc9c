// Display helpers (no DOM).
import { isoToLongDate } from '../../../electron/shared/dates.ts';

/** "2020-09-22" or a full ISO timestamp → "22 September 2020"; other strings as given. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  return isoToLongDate(value) ?? value;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
