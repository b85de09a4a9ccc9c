// The lead of a record, where its place is read: the first paragraphs of prose, photo captions left out.

/** A photo caption: its place is the photo's. */
export const CAPTION = /\b(?:photograph|Picture by|Photo:|file photo)\b|\(Ảnh:|사진=|\/사진/i;

/** The first three paragraphs of prose, with the short lines among them (a headline left in the text). */
export function leadOf(paragraphs: string[]): string[] {
  const out: string[] = [];
  let prose = 0;
  for (const p of paragraphs.slice(0, 10)) {
    if (CAPTION.test(p)) continue;
    out.push(p);
    // A deck or a share bar above the lead is not prose: prose ends its sentence, or runs long.
    const n = (p.match(/\S+/g) ?? []).length;
    const ended = /[.!?。][\s"'”’»)\]]*$/u.test(p.trim());
    if ((n >= 8 && ended) || n >= 25 || /[\uac00-\ud7af\u3040-\u30ff\u4e00-\u9fff]{20}/.test(p)) prose += 1;
    if (prose >= 3) break;
  }
  return out;
}

/**
 * A dateline in ordinary case opening the lead: the city, then the filing agency's tag or the date,
 * then a dash or a colon ("Nairobi (SD) – The …", "Ulaanbaatar /MONTSAME/. On March 16 …", "Suva, Fiji,
 * 15 September 2023 - Prime Minister …", "Nuku’alofa:-The Prime Minister …"), or the city and date on a
 * line of their own ("New Delhi, September 10"). Where the story was filed, which a report of a
 * meeting usually names because the meeting was there.
 */
const MIXED_DATELINE =
  /^(\p{Lu}[\p{Ll}’'-]+(?: \p{Lu}[\p{Ll}’'-]+){0,2})(?:(?:\s*\(\p{Lu}{2,10}\)|\s*\/\p{Lu}{2,12}\/\.?)\s*(?:[-–—:]\s*)?(?=\p{Lu})|,(?: \p{Lu}\p{Ll}+,)? (?:\d{1,2} \p{Lu}\p{Ll}+\.?|\p{Lu}\p{Ll}+\.? \d{1,2})(?:,? \d{4})?(?:\s*[-–—:]\s*(?=\p{Lu})|\s*$)|:-\s*(?=\p{Lu}))/u;

/** A weekday or month opening a line is a date, not a city ("Tuesday, 10 May -"). */
const MONTH_OR_DAY =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/iu;

/** The city a dateline in ordinary case opens one of the first three paragraphs with, when `ok` takes it. */
export function mixedDatelineCity(lead: string[], ok: (city: string) => boolean): string | null {
  for (const p of lead.slice(0, 3)) {
    const city = MIXED_DATELINE.exec(p.trim())?.[1];
    if (city && !MONTH_OR_DAY.test(city) && ok(city)) return city;
  }
  return null;
}
