// A publication label and its date opening a line the text runs on from ("Data publikacji: 15 lutego
// 2017Wojewoda podkarpacki spotkała się…", "Publicado el 3 de mayo de 2021 El ministro recibió…"):
// a page's byline the copy joined to the first sentence. The label says whose date it is, in any
// language the byline reader knows; the stamp goes to a line of its own, so it dates the page and
// the sentence after it reads as the text's, without the page's date taken for the meeting's.

import { PUBLISHED } from './byline.ts';
import { type DateReader, isFull } from './dates.ts';

const OPENING_LABEL = new RegExp(`^\\s*[-•·*]?\\s*${PUBLISHED}\\s*[:：]?\\s*`, 'iu');

/** How many lines with text from the top such a line may stand (a headline and a kicker above it). */
const REACH = 6;

/** The stamp and the text after it, when the line opens on a labelled full date and goes on; null otherwise. */
export function splitOpeningStamp(line: string, dates: DateReader): [string, string] | null {
  const label = OPENING_LABEL.exec(line);
  if (!label) return null;
  const date = dates.mentions(line).find(isFull);
  // The date stands right after the label (a weekday may come between: "Publicado el martes, 3 de mayo de 2021").
  if (!date || date.index < label[0].length || date.index - label[0].length > 14) return null;
  let end = date.index + date.phrase.length;
  // "… 2017 12:30": the clock stays with the stamp.
  end += /^,?\s*\d{1,2}:\d{2}(?::\d{2})?/.exec(line.slice(end))?.[0].length ?? 0;
  const rest = line.slice(end).replace(/^\s*[|–—-]?\s*/, '');
  // A few words after it are the byline's own (a reporter, a clock): only a sentence running on is split off.
  if ((rest.match(/\S+/g) ?? []).length < 6) return null;
  return [line.slice(0, end).trim(), rest];
}

/** The first lines of a text, a line opening on a labelled stamp set on two lines. */
export function withOpeningStampApart(lines: string[], dates: DateReader): string[] {
  let seen = 0;
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    if (++seen > REACH) break;
    const split = splitOpeningStamp(line, dates);
    if (split) return [...lines.slice(0, i), ...split, ...lines.slice(i + 1)];
  }
  return lines;
}
