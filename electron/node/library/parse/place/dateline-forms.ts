// More ways a story opens with the city it was filed from, beside the datelines lead.ts reads:
// "Toluca, Estado de México, 9 de enero de 2020. El …" (Spanish and Portuguese date after the city),
// "Saarbrücken · Im Rahmen …" / "Balikpapan – …" (a city and a separator), "Jakarta, Kompas.com - …"
// (an Indonesian city and its outlet), "TRIER. (red) Über …" (German capitals, a full stop and an
// editor's tag), "Jalandhar 23 June (Reporter)- …" (a city and a date without a comma), and the
// Chinese and Japanese press's own: "（亚庇31日讯）", "7月20日香港訊", "新华社北京3月5日电", "【北京＝共同】".
// Read only for a report of a meeting that names no place of its own.

/** A city's name: one to three capitalised words, joined by a Romance "de" ("Ciudad de México", "Campo Grande"). */
const CITY = String.raw`\p{Lu}[\p{Ll}’'-]+(?:(?: (?:de|del|do|da|de la))? \p{Lu}[\p{Ll}’'-]+){0,2}`;
const ROMANCE_MONTH =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro';
const ENGLISH_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';

const DATELINES: RegExp[] = [
  // "Cozumel, Quintana Roo, a 17 de diciembre de 2019.– El …", "Ciudad de México, 13 de noviembre. – A …"
  new RegExp(
    `^(${CITY})(?:, ${CITY})?,? (?:a )?\\d{1,2}[º°]? de (?:${ROMANCE_MONTH})(?: de \\d{4})?\\s*(?:\\.\\s*[-–—]?|[-–—])\\s*(?=\\p{Lu})`,
    'iu',
  ),
  // "Saarbrücken · Im Rahmen …", "Balikpapan – jurnalpolisi.id": a separator right after the city.
  new RegExp(`^(${CITY})(?: \\(\\p{Lu}{2,3}\\))? [·•–—] (?=\\S)`, 'u'),
  // "Kota Bima, Kahaba.- Polres …", "Jakarta, Kompas.com - …": the city, the outlet's name, a dash.
  new RegExp(`^(${CITY}), \\p{Lu}[\\p{L}]+(?:\\.(?:com|id|co\\.id|net))?\\s*\\.?\\s*[-–—]+\\s*(?=\\p{Lu})`, 'u'),
  // "Jalandhar 23 June (Gurkirat Singh)- CT University …"
  new RegExp(`^(${CITY}),? \\d{1,2} (?:${ENGLISH_MONTH})(?:,? \\d{4})?\\s*(?:\\([^)]{1,40}\\))?\\s*[-–—:]\\s*(?=\\p{Lu})`, 'u'),
];

/**
 * Chinese datelines: a city and the day in brackets, then 讯 (news from) or 电 (wire), "（槟城13日讯）"; the
 * day, the city and 讯, "7月4日上海讯"; an agency, the city, the day and 电, "新华社北京3月5日电".
 * Japanese: the city and the agency or reporter in lenticular brackets, "【ワシントン＝共同】", "【北京時事】".
 */
const HAN_DATELINES: RegExp[] = [
  /^[（(]\s*(\p{Script=Han}{2,6}?)\s*\d{1,2}\s*日\s*[讯訊电電]\s*[)）]/u,
  /^[^。\n]{0,30}?\d{1,2}月\d{1,2}日\s*(\p{Script=Han}{2,4}?)\s*[讯訊]/u,
  /^[^。\n]{0,12}?(?:社|网|網|报|報|台)(\p{Script=Han}{2,4}?)\d{1,2}月\d{1,2}日\s*[电電]/u,
  /^【([\p{Script=Han}\p{Script=Katakana}ー]{2,10}?)(?:[＝=][^】]{1,12}|時事|共同)】/u,
];

/** "TRIER. (red) Über …": a city in capitals, a full stop, perhaps an editor's tag, then the prose. */
const CAPS_STOP = /^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2})\.\s+(?:\(\p{Ll}{2,6}\)\s+)?(?=\p{Lu}\p{Ll})/u;

const titleCase = (s: string): string =>
  s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase());

/** A byline's "By", "Von", "Por", "Oleh" before a name: not a city. */
const BYLINE = /^(?:By|Von|Por|Par|Oleh|Da|Door|Av)\s/u;
/** A city's name in capitals has a vowel; an abbreviation of a title ("VSTT.", "TSKH.") may not. */
const VOWEL = /[AEIOUYÄÖÜÀ-ÝĀ-ž]/u;

/** The city one of these datelines opens one of the first three paragraphs with, when `ok` takes it. */
export function openingDatelineCity(lead: string[], ok: (city: string) => boolean): string | null {
  for (const p of lead.slice(0, 3)) {
    const text = p.trim();
    for (const re of DATELINES) {
      const city = re.exec(text)?.[1];
      if (city && !BYLINE.test(city) && ok(city)) return city;
    }
    for (const re of HAN_DATELINES) {
      const city = re.exec(text)?.[1];
      if (city && ok(city)) return city;
    }
    const caps = CAPS_STOP.exec(text)?.[1];
    if (caps && VOWEL.test(caps) && ok(titleCase(caps))) return titleCase(caps);
  }
  return null;
}
