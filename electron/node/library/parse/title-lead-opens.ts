// A headline copied onto one line with the lead that follows it, a space between them and no stop: the
// lead's first word shows where it starts. An article or a preposition is written with a capital only
// where a sentence opens ("… la Medaglia d'oro del Ministro Lajcak Il ministro degli Affari esteri …",
// "… lập thành phố phía Đông Tại buổi làm việc …"), and so is the time of day a lead opens on with its date
// ("… Chiều 13/10, tại Đà Nẵng …"). Mid-line, after a line of words with no stop, the headline ends there.

import { wordCount } from './text.ts';

/**
 * The words a lead opens on, capitalised, that a headline does not hold mid-line: an article or a
 * preposition before a lowercase word, or a time of day before its date. Names that start with an
 * article ("La Spezia", "Le Drian", "El Salvador", "De Croo") are why the ambiguous ones are left out.
 */
const LEAD_OPENERS = [
  // Italian: "Il ministro …", "Nel corso del …", "Ieri il presidente …".
  String.raw`(?:Il|Gli|Nel|Nella|Nei|Nelle|Nello|Dopo|Durante|Ieri|Oggi)\s(?=\p{Ll})`,
  // Vietnamese: "Tại buổi làm việc …", "Trong chuyến thăm …", "Theo đó …".
  String.raw`(?:Tại|Trong|Theo)\s(?=\p{Ll})`,
  // Vietnamese: the time of day and its date ("Sáng 8/5, …", "Chiều nay …", "Ngày 17/4, …").
  String.raw`(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm)\s(?:nay|qua|\d{1,2}[/.-]\d{1,2})`,
  // Portuguese and Spanish: "Nesta terça-feira …", "Durante a visita …", "Ontem o …", "Ayer el …".
  String.raw`(?:Nesta|Neste|Nessa|Nesse|Ontem|Ayer)\s(?=\p{Ll})`,
  // French: "Lors de sa visite …", "Hier, le ministre …".
  String.raw`(?:Lors\sd|Hier,\s)(?=\p{Ll})`,
  // German: "Am Montag …", "Am 12. März …", "Im Rahmen …".
  String.raw`(?:Am\s(?=(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|\d))|Im\sRahmen\s)`,
].join('|');

/** A lead's opening word after a word of the headline and a space. */
const LEAD_OPENS = new RegExp(String.raw`(?<=[\p{L}\d”"»)’'])\s(?:${LEAD_OPENERS})`, 'gu');

/** Opening marks and their closing ones: a lead's word inside quotes or brackets is the headline's quotation. */
const PAIRS: readonly [string, string][] = [
  ['“', '”'],
  ['«', '»'],
  ['(', ')'],
  ['„', '“'],
];
const balanced = (s: string): boolean =>
  PAIRS.every(([open, close]) => s.split(open).length === s.split(close).length) && (s.split('"').length - 1) % 2 === 0;

/**
 * The headline a paragraph opens with, when its lead was run onto it after a space: the words before the lead's
 * capitalised opening word, a line of four words or more with no stop of its own; null when there is none.
 */
export function headBeforeLead(paragraph: string): string | null {
  for (const m of paragraph.matchAll(LEAD_OPENS)) {
    const head = paragraph.slice(0, m.index).trim();
    const rest = paragraph.slice(m.index).trim();
    if (wordCount(head) < 4 || head.length > 160 || /[.!?。](?=\s|$)|[:;]/u.test(head) || !balanced(head)) return null;
    return wordCount(rest) >= 6 ? head : null;
  }
  return null;
}
