// A dateline that names the place and the outlet on either side of a comma before its dash:
// "JAKARTA, DDTCNews –", "PALU, NEWSURBAN.ID —", "Bogor, MINA –", "BUKITTINGGI, METRO–" (the place,
// then the outlet) and "Liputan6.com, Jakarta -", "jpnn.com, JAKARTA -" (the outlet, then the place).
// The outlet is known by its shape: a web address, or one word with two capitals or more. A region
// after a city ("Makassar, Sulawesi Selatan -") is two words; a country ("MANILA, Philippines —") is refused.

import { countryIn } from '../../../shared/countries.ts';
import { isCapitalName } from './capitals.ts';

/** A web address, perhaps two words and a spaced dot ("POS KUPANG. COM"): the domain's ending in either case. */
const DOMAIN = String.raw`[\p{L}\d][\p{L}\d-]*(?: [\p{L}\d]+)?\.\s?(?:com|COM|co|CO|net|NET|org|ORG|id|ID|news|NEWS)(?:\.(?:id|ID))?(?![\p{L}\d])`;
/** One word with two capitals or more: "MINA", "METRO", "DDTCNews". */
const CAPITALS_WORD = String.raw`\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d]*`;
/** A place: up to three words, each capitalised. */
const PLACE = String.raw`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}`;
const DASH = String.raw`\s*(?:[-–—]+|\/\/-)\s*`;

const PLACE_THEN_OUTLET = new RegExp(`^(${PLACE}),\\s*(${DOMAIN}|${CAPITALS_WORD})${DASH}(?=\\S)`, 'u');
const OUTLET_THEN_PLACE = new RegExp(`^(${DOMAIN}),\\s*(${PLACE})${DASH}(?=\\S)`, 'u');

export type CommaDateline = { outlet: string; place: string; length: number };

/** The outlet and the place of a dateline "Place, Outlet –" or "Outlet, Place –" opening a paragraph. */
export function commaDateline(text: string): CommaDateline | null {
  // Cheap test first: a comma within the first 40 characters.
  const comma = text.indexOf(',');
  if (comma < 2 || comma > 40) return null;
  // The web address first: "ARDnusantara.com, PEKANBARU -" is the outlet, then the city in capitals.
  const b = OUTLET_THEN_PLACE.exec(text);
  const a = b ? null : PLACE_THEN_OUTLET.exec(text);
  const outlet = (a?.[2] ?? b?.[1])?.trim();
  const place = (a?.[1] ?? b?.[2])?.trim();
  if (!outlet || !place) return null;
  if (countryIn(outlet) !== null || countryIn(place) !== null || isCapitalName(outlet)) return null;
  return { outlet, place, length: (a ?? b)?.[0].length ?? 0 };
}

/**
 * An agency's dateline the stricter reading in publisher.ts leaves: a tag in mixed or lower case, or a
 * country tag in square brackets after the city ("Maputo (Canalmoz) –", "Roma, 26 set. (Adnkronos) -",
 * "CIUDAD DE MÉXICO (apro).-", "Washington [US], May 20 (ANI):", "Praha 4. februára (TASR) -",
 * "서울, 9월7일 (로이터) -"). The place must read as one: in capitals, a capital city, or followed by its date (a script
 * without capitals, "國際在線吉林頻道消息(姜彥艷):", only with its date).
 */
const AGENCY_DATELINE =
  /^([\p{Lu}\p{Lo}][\p{L}'’. -]{1,30}?)(?:\s*\[[\p{L} ]{2,12}\])?(?:,?\s+([^()[\]\d]{0,12}\d[^()[\]]{0,14}?))?\s*\(([\p{L}][\p{L}\d-]{1,11})\)\.?\s*[–—:-]+\s*(?=\S)/u;

export type AgencyDateline = { agency: string; place: string; length: number };

export function agencyDateline(text: string): AgencyDateline | null {
  // Cheap test first: a bracket within the first 60 characters.
  const open = text.indexOf('(');
  if (open < 2 || open > 60) return null;
  const m = AGENCY_DATELINE.exec(text);
  const place = m?.[1]?.replace(/,$/, '').trim();
  const agency = m?.[3];
  // A place is a few words: "그는 KF 아세안 문화원에서 한국 국제교류재단(KF) -" is a sentence.
  if (!m || !place || !agency || place.split(/\s+/).length > 4) return null;
  const dated = /\d/.test(m[2] ?? '');
  const placeLike =
    dated || (m[2] === undefined && ((/^\p{Lu}/u.test(place) && place === place.toUpperCase()) || isCapitalName(place)));
  if (!placeLike || countryIn(agency) !== null || isCapitalName(agency)) return null;
  return { agency, place, length: m[0].length };
}

/**
 * "ISLAMABAD, MAY 19 /DNA/ –": the agency between slashes after the place and the day. The place alone, or
 * after its day, may stand before the slashes as well: "БАКУ /Trend/ -", "Ulaanbaatar /MONTSAME/.",
 * "27 ноября, Минск /Корр. БЕЛТА/." (a correspondent's report).
 */
export const SLASH_DATELINE =
  /^(?:\d{1,2}\s+\p{L}{3,9}\.?,\s*)?([\p{Lu}][\p{L}'’. -]{1,40}?)(?:,\s*[^/()]{3,30}?)?\s*\/(?:(?:Корр|Corr)\.\s*)?([\p{L}][\p{L}-]{1,10})\/\s*[–—:.-]+\s*/u;

/**
 * "Source: …" in more of the desks' languages ("Quelle: www.stern.de", "Zdroj: TASR", "Kaynak: ANKA", "Fonte
 * Oficial: Isto É."): an outlet's name of three words at most, not a link ("Джерело: http://…") or a phrase
 * ("Fonte: Com informações do G1").
 */
export const SOURCE_ABROAD =
  /^(?:quelle|fuente|fonte(?: oficial)?|zdroj|kaynak|źródło|джерело|источник|bron|lähde|kilde|källa|来源|來源|出典)\s*[:：]\s*((?!https?:)[^\s:]+(?: [^\s:]+){0,2})$/iu;
