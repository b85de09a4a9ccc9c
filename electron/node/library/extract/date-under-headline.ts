// The date a page prints between its headline and its first paragraph ("December 16, 2016, 4:19 PM",
// "20.01.2022", "April 26, 2022") in an element of its own that no class name marks as a date and
// no metadata repeats. Readability leaves such a line out of the article, so without this the page
// seems undated. Read only from a short element that is nothing but the date (a time, weekday, zone
// or "Published" label may go with it), or from a byline block's own line of text ("Name<br>Outlet<br>
// Thu, 14 May 2020 17:55 UTC"), and never from an update stamp, a link (another story's date) or a
// caption (the photo's). Where the page's tags also date it, printed-day.ts weighs the two.

import { firstFullDate } from '../parse/dates.ts';

/** A heading that says something: four words, or eight characters in scripts written without spaces. */
const says = (s: string): boolean =>
  s.split(/\s+/).filter(Boolean).length >= 4 ||
  (s.match(/[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length >= 8;

/** An update or modification stamp, in the languages the corpus has met. */
const UPDATED =
  /updat|modif|revis|aktualisiert|geändert|actualiz|mis à jour|atualiz|aggiorn|обновл|изменен|更新|수정|cập nhật|diperbarui|güncellen|تحديث/i;

/** A clock time beside the date ("15:41", "7:43 p.m.", "9.10 Uhr"), taken out before the date's own numbers. */
const CLOCK = /\b\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?/giu;

/** What may stand beside the date in its element once its numbers and clock are out: a weekday, a zone, a "published" label. */
const DATE_ONLY_REST = /^(?:[\p{L}.]{0,14}[,:]?\s*){0,4}$/iu;

/** Elements whose dates are someone else's: a link, a caption, a list of other stories. */
const NOT_THE_ARTICLES = 'a, figcaption, li, [class*="caption" i], [class*="related" i], [class*="teaser" i]';

/** How far past the headline to look, in elements: a byline block, an image, a share bar. */
const LOOK_AHEAD = 300;

/** A byline block (author, outlet, date, a label) is short; a longer one is the article's text. */
const BYLINE_CHARS = 160;

/** The texts an element holds itself, between its child elements. */
const ownLines = (el: Element): string[] =>
  Array.from(el.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length >= 6);

/** The date of a line that is nothing but a date: with its digits, clock and month out, at most a weekday, a label and a zone. */
function dateOnly(text: string): { date: string; text: string } | null {
  if (text.length > 48 || UPDATED.test(text)) return null;
  const date = firstFullDate(text);
  if (!date) return null;
  const rest = text
    .replace(CLOCK, ' ')
    .replace(/\b\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\b[./-]?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return DATE_ONLY_REST.test(rest.replace(/[,|·•–—-]/g, ' ')) ? { date, text } : null;
}

/**
 * The full date printed alone in a short element after the page's first telling <h1>, before the
 * article's second paragraph of prose (a standfirst may come first), with the text it was read from; null when there is none.
 */
export function dateUnderHeadline(document: Document): { date: string; text: string } | null {
  const h1 = Array.from(document.querySelectorAll('h1')).find((h) => says((h.textContent ?? '').trim()));
  if (!h1) return null;
  const all = Array.from(document.querySelectorAll('body *'));
  const start = all.indexOf(h1);
  if (start === -1) return null;
  // A standfirst may come between the headline and the date; the second paragraph of prose is the article's.
  let prose = 0;
  for (const el of all.slice(start + 1, start + 1 + LOOK_AHEAD)) {
    if (h1.contains(el)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    // The article has begun: no date after its first lines is the page's.
    if (el.tagName === 'P' && text.length >= 120 && ++prose >= 2) return null;
    if (text.length < 6 || el.closest(NOT_THE_ARTICLES)) continue;
    // A leaf holding the date, or a byline block's own line of text ("Name<br>Outlet<br>Thu, 14 May 2020").
    const lines = el.children.length === 0 ? [text] : el.tagName !== 'P' && text.length <= BYLINE_CHARS ? ownLines(el) : [];
    for (const line of lines) {
      const found = dateOnly(line);
      if (found) return found;
    }
  }
  return null;
}
