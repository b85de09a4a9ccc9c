// How Latin- and Cyrillic-script records state where a meeting took place: "at the Great Hall of
// the People", "met … in Bucharest on", "di Kota Padang", "en Lima", "à Paris", "в Рованиеми".
// Patterns only; place.ts decides which reading wins.

import { COUNTRY_SOURCE } from '../../../../shared/countries.ts';
import { dateOfDateLine } from '../dates/date-line.ts';
import type { DateReader } from '../dates/forms.ts';
import { NOT_CITY } from './german.ts';

// Either case for the first letter, without the i flag (which would make \p{Lu} match lowercase).
const ci = (w: string): string => w.replace(/\b([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`);

export const VENUE_NOUN = ci(
  '(?:guest ?house|guesthouse|ministry|hotel|palace|headquarters|hall|centre|center|office|building|residence|house|embassy|mission|villa|convention|complex|expo)',
);

/** "at the … <venue noun> [of/in …]", stopping at the end of the phrase. */
export const VENUE = new RegExp(
  `(?<![\\p{L}])(?:${ci('at')}|${ci('in')}|di) (?:the )?((?:[\\p{L}’'-]+ ){0,4}?${VENUE_NOUN}(?: ${VENUE_NOUN})*(?:(?: of| in)(?: the)? [\\p{Lu}][\\p{L}’'-]*(?: (?:of |and |the )*[\\p{Lu}][\\p{L}’'-]*)*)*)`,
  'u',
);

/** "is in Vietnam", "arrived in Seoul", "held in Hanoi". */
export const IN_COUNTRY = new RegExp(
  `\\b(?:is|are|was|were|arrived|held|took place|met|meeting) in ((?:${COUNTRY_SOURCE})|[\\p{Lu}][\\p{L}]+(?: [\\p{Lu}][\\p{L}]+)?)(?= to\\b| for\\b| on\\b|[,.;]| and\\b)`,
  'u',
);

/**
 * Before "en", "em", "à", "di": a post or a topic, not where anyone met: "el embajador de México en Venezuela",
 * "para duta besar di Indonesia" (the ambassadors in Indonesia), "evaluar situación en Venezuela";
 * Indonesian writes the envoy's country straight after the title: "Konsul Jenderal Jepang di Surabaya".
 */
const POSTED = String.raw`(?:(?:[Ee]mbajador(?:a)?|[Ee]mbaixador(?:a)?|[Aa]mbassadeur|[Aa]mbassadrice|[Aa]mbasciatore|[Cc]ónsul|[Cc]onsul|[Dd]uta [Bb]esar|[Ss]ituación|[Ss]ituação|[Ss]ituation|[Cc]risis|[Cc]rise|[Cc]onflicto|[Cc]onflito|[Cc]onflit)(?:\s+(?:de|do|da|du|del|d’|di)\s+\p{Lu}\p{L}+)?|(?<![\p{L}])(?:[Kk]onsul(?:\s+[Jj]enderal)?|[Kk]onjen|[Dd]uta\s+[Bb]esar|[Dd]ubes)\s+\p{Lu}\p{L}+)`;
/** A place name: one to three capitalised words, not an acronym ("ASEAN", "UN"). */
export const PLACE = `[\\p{Lu}][\\p{Ll}’'.-][\\p{L}’'.-]*(?: [\\p{Lu}][\\p{L}’'.-]*){0,2}`;
/** What follows a place in a sentence: a date, another complement, or the end of the clause. */
export const AFTER_PLACE = `(?=\\s+(?:on|from|to|for|with|during|this|last|yesterday|today|here|in|within|where|pada|untuk|dengan)\\b|\\s+and\\s+\\p{Ll}+ed\\b|\\s*[,.;:(]|\\s*$)`;
/** Not places: months, weekdays, and the platforms a statement was posted on ("у Twitter", "on Facebook"). */
// Polish, Czech, Slovak, Croatian and Serbian weekdays and a news section's name ("Vijesti 05. svi 2016") stand before a date line, not a place.
export const NOT_PLACES =
  // A month's short form alone ("Apr" over "27/04/2021", "Apr 22, 2023") is a date's, never a place's ("Mar del Plata" is one).
  /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Hari)\b|^(?:Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Domingo|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Segunda|Terça|Quarta|Quinta|Sexta|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Thứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|Chủ [Nn]hật)(?![\p{L}])|^(?:Twitter|Facebook|Instagram|Telegram|YouTube|WhatsApp|WeChat|Weibo|LinkedIn|TikTok|Threads|Bluesky)$|^(?:Poniedziałek|Wtorek|Środa|Czwartek|Piątek|Sobota|Niedziela|Pondělí|Úterý|Středa|Čtvrtek|Pátek|Neděle|Pondelok|Utorok|Streda|Štvrtok|Piatok|Nedeľa|Ponedjeljak|Ponedeljak|Utorak|Srijeda|Sreda|Četvrtak|Petak|Subota|Nedjelja|Nedelja|Wiadomości|Aktualności|Zprávy|Správy|Vijesti|Vesti|Gündem|Haberler|Pressmeddelande|Pressemitteilung|Pressemelding|Aktuelles|Nachrichten)(?![\p{L}])|^(?:Prime|Deputy|Foreign|Vice)\s+(?:Minister|President|Secretary)\b|^(?:President|Minister|Chancellor|Secretary)$|^\p{Lu}\p{Ll}*(?:minister|ministerin|präsident|präsidentin|kanzler|kanzlerin)$/u;

/** "met … in Bucharest on", "Meeting in Hanoi.", "In Tokyo, the Deputy Secretary met", German "in Bern bei". */
export const IN_PLACE = new RegExp(
  `(?<![\\p{L}])(?<!(?:situation|security|peace|stability|crisis|war|conflict|developments?|events|issues?|cooperation|investments?|presence|interests|elections?|troops|operations?|attacks?|work|Office|Ministry|Embassy|ambassador|Ambassador) )[Ii]n (${PLACE})(?:${AFTER_PLACE}|(?=\\s+(?:bei|am|an|zu|mit|und|statt|teil|zusammengekommen|zusammengetroffen|getroffen|empfangen|gesprochen|beraten|weilte|weilt|eintraf|eingetroffen|ankam|angekommen)(?![\\p{L}])))`,
  'gu',
);
/** A headline's "meets foreign ministers in Munich conference", "talks in Hanoi", "Réunion … à Singapour": a place after its meeting word (place.ts finds that word). */
export const TITLE_IN = new RegExp(
  `(?<![\\p{L}])(?<!${POSTED} )(?:in|à|en|em) (${PLACE})(?=\\s+(?:conference|summit|talks|meeting|forum|dialogue)\\b|${AFTER_PLACE.slice(3, -1)})`,
  'gu',
);
/**
 * Indonesian "di Kota Padang," (read only in Indonesian text: Italian "di" is "of"), with the names after
 * it that say where that is: "di Ruang Kredensial, Istana Merdeka, Jakarta, Senin (4/11)", "di ruang Kredensial, …".
 */
export const DI_PLACE = new RegExp(
  `(?<![\\p{L}])(?<!${POSTED} )[Dd]i (?:Kota )?((?:(?:ruang|aula|balai|wisma)\\s+)?${PLACE}(?:, ${PLACE}){0,2})${AFTER_PLACE}`,
  'gu',
);
/** A venue and the places after its commas, up to the day or month that dates it ("…, Jakarta, Senin"). */
export const untilDayWord = (names: string | null): string | null => {
  if (names === null) return null;
  const kept: string[] = [];
  for (const name of names.split(', ')) {
    if (NOT_PLACES.test(name) || INDONESIAN_MONTH.test(name)) break;
    kept.push(name);
  }
  return kept.length > 0 ? kept.join(', ') : null;
};
const INDONESIAN_MONTH =
  /^(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)(?![\p{L}])/u;
export const INDONESIAN = /\b(?:yang|dengan|untuk|dalam|tersebut)\b/;
/** Verbs and nouns of meeting, receiving, arriving in Spanish, Portuguese, French and Italian. */
export const ROMANCE_MEETING =
  'r[eé]uni\\p{L}*|encuentro|se encuentra|se encontraba|encontr\\p{L}*|recib\\p{L}*|receb\\p{L}*|llegó|chegou|tuvo lugar|arrivat[oa]|giunt[oa]|incontr\\p{L}*|rencontr\\p{L}*|entretenu\\p{L}*|entretien|arrivé|reçu|reçoit|tenue?|' +
  // Italian "ha ricevuto … a Palazzo Margherita", "è stato ricevuto dal sindaco di Quito" (latin28).
  'ricevut[oaie]|riceve|colloquio|colloqui';
/**
 * A venue named by its kind in a Romance language: "au siège du ministère des Affaires étrangères",
 * "en el Palacio San Martín", "no Palácio do Planalto".
 */
export const ROMANCE_VENUE =
  /(?<![\p{L}])(?:au|à la|en el|en la|no|na|em)\s+((?:[Ss]iège|[Ss]ede|[Pp]alais|[Pp]alacio|[Pp]alácio|[Mm]inistère|[Mm]inisterio|[Mm]inistério|[Rr]ésidence|[Rr]esidencia|[Rr]esidência|[Hh]ôtel|[Cc]ancillería)(?:\s+[^\s,.;:()]+){1,6}?)(?=\s*[,.;:(]|\s*$|\s+(?:entre|avec|con|com|où|donde|onde|et|y|e|para|pour|o|os|as|a|el|los|las|tras|después|luego|antes|durante|après|avant|pendant|após|depois)\s)/u;
/** Spanish "en Lima", Italian "a Mar-a-Lago", French "à Paris", after a verb of meeting or arriving. */
export const ROMANCE_PLACE = new RegExp(
  `(?<![\\p{L}])(?:${ROMANCE_MEETING})[^.;]{0,80}?(?<!${POSTED})\\s(?:en|a|à|no|na|em)\\s(?:(?:el|la|o|a)\\s)?(${PLACE})(?=\\s|[,.;:(])`,
  'gu',
);
/** Russian and Ukrainian: "в финском Рованиеми", "у Вашингтоні", a residence in quotes «Чжуннаньхай». */
export const CYRILLIC_PLACE =
  /(?<![\p{L}])(?:в|во|у)\s+(?:(?:его|её|их)\s+)?(?:\p{Ll}+(?:ом|ем|ой|ій|ому)\s+)?(?:(?:личной\s+)?резиденции\s+«([^»]{2,30})»|(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)?))/u;
/** "in the German city of Bonn", "in the Kenyan capital of Nairobi", "in a beach resort of Goa": the city a lead names with its kind. */
export const CITY_OF = new RegExp(
  `(?<![\\p{L}])in (?:the|a) (?:[\\p{L}-]+ )?(?:city|town|capital|capital city|port city|resort town|resort) of (${PLACE})${AFTER_PLACE}`,
  'gu',
);
/** "on an official visit to Vietnam", "who is visiting Hanoi, Viet Nam". */
export const VISITING = new RegExp(`\\b(?:[Vv]isit(?:ing)?|trip|travel(?:l)?ed|flew) (?:to )?(${PLACE})${AFTER_PLACE}`, 'gu');

/** The city a venue is followed by: "…Villa, Abuja", "…House, Accra, Ghana". */
export const CITY_AFTER = new RegExp(`^,\\s+(${PLACE})${AFTER_PLACE}`, 'u');
/** "at Seri Perdana, Putrajaya": a named place without a venue word, then its city. */
export const AT_NAME_CITY = new RegExp(
  `(?<![\\p{L}])at ((?:[\\p{Lu}][\\p{L}’'-]+ ){0,3}[\\p{Lu}][\\p{L}’'-]+), (${PLACE})(?=\\s+(?:on|last|yesterday|today|this|in)\\b|\\s*[,.;]|\\s*$)`,
  'u',
);
/** "Prime Minister X is in New York to attend …": where a visitor is, when no meeting sentence says where they met. */
export const IS_IN = new RegExp(`\\b(?:is|are|was|were) in (${PLACE}) (?:to|for)\\b`, 'u');
/** The city named just before a venue: "in New York in der Ständigen Mission", "in Hanoi at the Government Guest House". */
export const CITY_BEFORE = new RegExp(`(?<![\\p{L}])(?:[Ii]n|à|en) (${PLACE})\\s*,?\\s*$`, 'u');

/**
 * A dateline in capitals opening the lead, or alone above it: "ISLAMABAD: …", "NEW YORK—On Tuesday …",
 * "ABU DHABI, (WAM - 02nd May, 2021) …", "ISLAMABAD" (a word or two). The city the story was filed from.
 */
export const CAPS_DATELINE =
  /^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2})(?:\s*[:—–]\s*(?=\S)|\s+-{1,2}\s+|,\s*\()|^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,})?)\s*$/u;
export const titleCase = (s: string): string =>
  s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase());

/** "New York" over "21 September 2017", or "New York  21 September 2017", heading a readout. */
export function placeOverDate(head: string[], dates: DateReader): string | null {
  for (const [i, line] of head.slice(0, 8).entries()) {
    const t = line.trim();
    const d = dateOfDateLine(t, dates);
    const next = head[i + 1]?.trim() ?? '';
    // "All News 16:20 January 15, 2024": a clock after the words makes the line a site's stamp, not a place's.
    // A word glued to the date ("Política25/05/2016") is a section's label, not a place: a place stands apart from it.
    const one = d && !/^[^\d]*\s\d{1,2}:\d{2}/u.test(t) ? t.replace(/\s{2,}.*$|(?:,\s*|\s+)\d.*$/, '').trim() : '';
    const place = one && one !== t ? one : !d && dateOfDateLine(next, dates) && !/\d/.test(t) ? t : '';
    if (
      /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}$/u.test(place) &&
      !NOT_PLACES.test(place) &&
      !/^(?:By|Por|Von|Par|Oleh|Bởi|Published|Updated|Posted|Modified|Released|Issued|Dated?|Last)\b/.test(place)
    )
      return place;
  }
  return null;
}

/** Turkish words of meeting: görüştü, bir araya geldi, kabul etti, ziyaret, temas, toplantı. */
const TURKISH_MEETING = /görüş\p{L}*|bir araya gel\p{L}*|kabul et\p{L}*|ziyaret\p{L}*|temas\p{L}*|toplantı\p{L}*/iu;
/** Turkish case endings after an apostrophe: "Brüksel’de" (in Brussels), "Atina'ya gitti" (went to Athens), "Cidde kentinde"; one name, not the title before it. */
const TURKISH_IN = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)['’](?:da|de|ta|te)(?![\p{L}])/u;
const TURKISH_CITY = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:kentinde|şehrinde|başkentinde)(?![\p{L}])/u;
const TURKISH_TO =
  /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)['’](?:ya|ye|a|e)\s+(?:gitti|geçti|geldi|ulaştı|resmi ziyaret|ziyaret)/u;

/**
 * A Turkish building in the locative, its last word in the possessive ("Cumhurbaşkanlığı Külliyesi'nde",
 * "Dışişleri Resmi Konutu'nda", "Konya Valilik Binası’nda"): the name, up to four words, as written.
 */
const TURKISH_VENUE = /(?<![\p{L}])((?:\p{Lu}\p{Ll}+\s+){1,3}\p{Lu}\p{Ll}*[ıiuü])['’]n(?:da|de)(?![\p{L}])/u;

/** The building's name without a plural subject before it ("Kabuller Cumhurbaşkanlığı Külliyesi’nde gerçekleşti"). */
function turkishVenue(text: string): string | null {
  const words = TURKISH_VENUE.exec(text)?.[1]?.split(/\s+/) ?? [];
  while (words.length > 0 && /(?:ler|lar)$/u.test(words[0] ?? '')) words.shift();
  return words.length >= 2 ? words.join(' ') : null;
}

/** Where a Turkish paragraph that reports a meeting says it was: in a building, a city, or the city a minister went to. */
export function turkishPlace(text: string): string | null {
  if (!TURKISH_MEETING.test(text)) return null;
  return turkishVenue(text) ?? TURKISH_IN.exec(text)?.[1] ?? TURKISH_CITY.exec(text)?.[1] ?? TURKISH_TO.exec(text)?.[1] ?? null;
}

/**
 * German words of a meeting held, in the past: a present "empfängt am Sonntag" announces one ahead. A
 * credentials ceremony ("nahm … die Beglaubigungsschreiben … entgegen", "bei ihrer Akkreditierung") and
 * envoys sent off ("verabschiedet") are receptions too.
 */
const GERMAN_MEETING =
  /(?<![\p{L}])(?:empfing|empfangen|traf(?:en)?|getroffen|zusammengekommen|verabschiedete?|Beglaubigungsschreiben|Akkreditierung)(?![\p{L}])|(?<![\p{L}])kamen?\s[^.]{0,80}zusammen(?![\p{L}])/u;
/**
 * A German venue: "im Bundeskanzleramt", "im Auswärtigen Amt", "in der Staatskanzlei": a building named
 * by its ending (-amt, -palais, -haus, -ministerium, -kanzlei) after "im", "dem" or "in der"; or a
 * palace by its name, also after "in", "auf" or "vor" and a word or two ("auf Schloss Salem", "vor
 * Schloss Bellevue", "Vor dem leicht verschneiten Schloß Bellevue"), in either spelling.
 */
const GERMAN_VENUE =
  /(?<![\p{L}])(?:(?:[Ii]m|[Dd]em|[Ii]n der|[Ii]n|[Aa]uf|[Vv]or)\s+(?:\p{Ll}+\s+){0,2}((?:Schloss|Schloß|Palais)\s+\p{Lu}\p{Ll}+)|(?:[Ii]m|[Dd]em|[Ii]n der)\s+(Rathaus\s+\p{Lu}\p{Ll}+|(?:Auswärtigen\s+)?\p{Lu}\p{Ll}*(?:amt|Amt|palais|haus|ministerium|residenz|rathaus|saal|kanzlei)))(?![\p{L}])/u;

/** Where a German paragraph that reports a meeting says it was held: the building it names. */
export function germanVenue(text: string): string | null {
  if (!GERMAN_MEETING.test(text)) return null;
  const m = GERMAN_VENUE.exec(text);
  if (m?.[1]) return m[1];
  const venue = m?.[2];
  if (!m || !venue) return null;
  // "im Landeshaus in Düsseldorf": a building named by its kind, with the city it stands in said right after it.
  const city = VENUE_IN_CITY.exec(text.slice(m.index + m[0].length))?.[1];
  return city && !NOT_CITY.test(city) && !NOT_PLACES.test(city) ? `${venue}, ${city}` : venue;
}
/** " in Düsseldorf statt", " in Neu-Ulm.": a city after a building, then the next word or the clause's end. */
const VENUE_IN_CITY = /^\s+in\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?=[\s,.;:]|$)/u;
