// Where the meeting took place, when the record says so: a venue ("at the guest house of the
// Ministry of Foreign Affairs of Viet Nam"), a city or country it was held in ("met … in
// Bucharest on", "di Kota Padang"), the place a visitor is visiting, and failing those the
// dateline ("BEIJING, April 24 (Yonhap)"). A phone or video call has no place unless the text
// states one ("Chiều 12/12, tại Hà Nội, … điện đàm"). Each reading carries an honest confidence:
// "met in X" is stronger than the city a story was filed from.

import { COUNTRY_SOURCE } from './countries.ts';
import { type DateReader, dateOfDateLine, READ_ALWAYS } from './dates/forms.ts';
import { MEETING } from './dates/meeting.ts';

export type PlaceReading = { place: string; confidence: number; why: string };

// Either case for the first letter, without the i flag (which would make \p{Lu} match lowercase).
const ci = (w: string): string => w.replace(/\b([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`);

const VENUE_NOUN = ci(
  '(?:guest ?house|guesthouse|ministry|hotel|palace|headquarters|hall|centre|center|office|building|residence|house|embassy|mission|villa|convention|complex|expo)',
);

/** "at the … <venue noun> [of/in …]", stopping at the end of the phrase. */
const VENUE = new RegExp(
  `(?<![\\p{L}])(?:${ci('at')}|${ci('in')}|di) (?:the )?((?:[\\p{L}’'-]+ ){0,4}?${VENUE_NOUN}(?: ${VENUE_NOUN})*(?:(?: of| in)(?: the)? [\\p{Lu}][\\p{L}’'-]*(?: (?:of |and |the )*[\\p{Lu}][\\p{L}’'-]*)*)*)`,
  'u',
);

/** "is in Vietnam", "arrived in Seoul", "held in Hanoi". */
const IN_COUNTRY = new RegExp(
  `\\b(?:is|are|was|were|arrived|held|took place|met|meeting) in ((?:${COUNTRY_SOURCE})|[\\p{Lu}][\\p{L}]+(?: [\\p{Lu}][\\p{L}]+)?)(?= to\\b| for\\b| on\\b|[,.;]| and\\b)`,
  'u',
);

/** A place name: one to three capitalised words, not an acronym ("ASEAN", "UN"). */
const PLACE = `[\\p{Lu}][\\p{Ll}’'.-][\\p{L}’'.-]*(?: [\\p{Lu}][\\p{L}’'.-]*){0,2}`;
/** What follows a place in a sentence: a date, another complement, or the end of the clause. */
const AFTER_PLACE = `(?=\\s+(?:on|from|to|for|with|during|this|last|yesterday|today|pada|untuk|dengan)\\b|\\s+and\\s+\\p{Ll}+ed\\b|\\s*[,.;:(]|\\s*$)`;
const NOT_PLACES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Hari)\b/;

/** "met … in Bucharest on", "Meeting in Hanoi.", "In Tokyo, the Deputy Secretary met", German "in Bern bei". */
const IN_PLACE = new RegExp(
  `(?<![\\p{L}])(?<!(?:situation|security|peace|stability|crisis|war|conflict|developments?|events|issues?|cooperation|investments?|presence|interests|elections?|troops|operations?|attacks?|work|Office|Ministry|Embassy|ambassador|Ambassador) )[Ii]n (${PLACE})(?:${AFTER_PLACE}|(?=\\s+(?:bei|am|an|zu|mit|und|statt|teil)\\b))`,
  'gu',
);
/** A headline's "meets foreign ministers in Munich conference", "talks in Hanoi": a place in it, with a meeting word. */
const TITLE_IN = new RegExp(
  `(?<=(?:${MEETING.source}).*)(?<![\\p{L}])in (${PLACE})(?=\\s+(?:conference|summit|talks|meeting|forum|dialogue)\\b|${AFTER_PLACE.slice(3, -1)})`,
  'gu',
);
/** Indonesian "di Kota Padang," (read only in Indonesian text: Italian "di" is "of"). */
const DI_PLACE = new RegExp(`(?<![\\p{L}])[Dd]i (?:Kota )?(${PLACE})${AFTER_PLACE}`, 'gu');
const INDONESIAN = /\b(?:yang|dengan|untuk|dalam|tersebut)\b/;
/** Spanish "en Lima", Italian "a Mar-a-Lago", French "à Paris", after a verb of meeting or arriving. */
const ROMANCE_PLACE = new RegExp(
  `(?<![\\p{L}])(?:reuni\\p{L}*|encuentro|recibió|llegó|arrivat[oa]|giunt[oa]|incontr\\p{L}*|rencontr\\p{L}*|arrivé|reçu)[^.;]{0,60}?\\s(?:en|a|à)\\s(${PLACE})(?=\\s|[,.;:(])`,
  'gu',
);
/** Russian and Ukrainian: "в финском Рованиеми", "у Вашингтоні", a residence in quotes «Чжуннаньхай». */
const CYRILLIC_PLACE =
  /(?<![\p{L}])(?:в|во|у)\s+(?:(?:его|её|их)\s+)?(?:\p{Ll}+(?:ом|ем|ой|ій|ому)\s+)?(?:(?:личной\s+)?резиденции\s+«([^»]{2,30})»|(\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+)?))/u;
/** "on an official visit to Vietnam", "who is visiting Hanoi, Viet Nam". */
const VISITING = new RegExp(`\\b(?:visit(?:ing)?|trip|travel(?:l)?ed|flew) (?:to )?(${PLACE})${AFTER_PLACE}`, 'gu');
/** Korean: time, then place with 에서 ("10.5(화) 오후 파리에서"). */
const KOREAN_PLACE = /(?:오전|오후|\)|일)\s*(\p{Script=Hangul}{2,6})에서/u;
/**
 * Korean, more generally: up to three words before 에서 ("캄보디아 프놈펜에서", "워싱턴 DC 주미대사관에서"),
 * dropping words that end in a particle or a verb ending ("열리는"), and never an event ("회의에서").
 */
const KOREAN_AT = /((?:[\p{Script=Hangul}A-Za-z]+\s+){0,4}[\p{Script=Hangul}A-Za-z]{2,})에서/gu;
const KOREAN_NOT_WORD = /(?:는|은|이|가|을|를|의|한|된|던|과|와|로|고|며|서)$/u;
/** An institution at the end of "서울 종로구 외교부": the place is the words before it. */
const KOREAN_INSTITUTION = /(?:\s+(?:외교부|청사))+$/u;
/** Time words before a place ("이날 오후 서울 …"): not part of it. */
const KOREAN_TIME = /^(?:이날|당일|오전|오후|저녁|현지시간|\d+일)$/u;
/** "경남도청을 찾아": a building a visitor went to, by the ending of its name. */
const KOREAN_VISITED =
  /(\p{Script=Hangul}{2,}(?:청|청사|관저|궁|호텔|대사관|영사관|공관|본부|회관|센터|빌딩|캠퍼스))(?:을|를)\s*(?:찾아|방문)/u;
/** "중국 항저우에 도착해": where a visitor arrived. */
const KOREAN_ARRIVED = /((?:\p{Script=Hangul}{2,}\s+)?\p{Script=Hangul}{2,})에\s*도착/u;
const KOREAN_EVENT =
  /(?:회의|회담|면담|접견|회동|발언|회견|간담회|브리핑|통화|행사|만찬|오찬|자리|연설|발표|성명|인터뷰|방송|정상회의|총회|포럼|세미나|현장|국회|정부|외교부|당국|측|기사|보도|과정|상황|가운데|분야|차원|측면|계기|관계|문제)$/u;
/**
 * Vietnamese: "tại Hà Nội", "tại trụ sở Chính phủ", "tại cung Hòa Bình" ("ở" is too often figurative:
 * "ở Biển Đông"); not an ambassador's post ("Đại sứ … tại Việt Nam").
 */
const VIETNAMESE_AT =
  /(?<![\p{L}])(?<!(?:Đại sứ|Đại sứ quán|Lãnh sự|Tổng Lãnh sự|đại diện)[^,.]{0,80})(?:tại)\s+((?:(?:[Tt]rụ sở|[Tt]hủ đô|[Tt]hành phố|[Tt]ỉnh|[Nn]hà khách|[Pp]hủ|[Vv]ăn phòng|[Tt]rung tâm|[Cc]ung|[Dd]inh)\s+)?\p{Lu}\p{Ll}*(?:\s+(?:tịch|thống|tướng)(?![\p{L}]))?(?:\s+\p{Lu}\p{Ll}*(?:\s+(?:tịch|thống|tướng)(?![\p{L}]))?){0,4})/gu;
/** A time, then "tại <venue>," opening a Vietnamese lead, with the city in brackets after the venue. */
const VIETNAMESE_OPENING = /^(?:\([^)]{1,12}\)\s*)?[^,.]{0,30}\d[^,.]{0,10},\s*tại\s+([^,()]{3,80}?(?:\s*\([^)]{1,40}\))?)\s*,/u;
/** "thăm tỉnh Tochigi", "đến thăm thành phố Busan": the place a visitor went to. */
const VIETNAMESE_VISIT = /(?<![\p{L}])thăm\s+(?:tỉnh|thành phố|thủ đô)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})/u;
/** Japanese: a place in katakana before で, において, 出張, 訪問 ("ニューヨーク出張中", "ブエノスアイレスにおいて"). */
const JAPANESE_AT = /([\p{Script=Katakana}ー・]{2,})(?:で|において|出張|訪問|を訪)/u;

function koreanPlace(text: string): string | null {
  KOREAN_AT.lastIndex = 0;
  for (let m = KOREAN_AT.exec(text); m; m = KOREAN_AT.exec(text)) {
    const all = (m[1] ?? '').split(/\s+/);
    // The place is the words after the last one that ends in a particle or names a time ("아베 총리는 서훈 원장과의 면담").
    const cut = all.findLastIndex((w, i) => i < all.length - 1 && (KOREAN_NOT_WORD.test(w) || KOREAN_TIME.test(w)));
    const words = all.slice(cut + 1);
    let place = words.join(' ');
    if (words.length > 1 && KOREAN_INSTITUTION.test(place)) place = place.replace(KOREAN_INSTITUTION, '');
    if (!KOREAN_NOT_WORD.test(words[0] ?? '') && !KOREAN_EVENT.test(place)) return place;
  }
  return null;
}

const REMOTE =
  /\b(?:phone|telephone|video ?(?:call|conference|link)|videoconference|virtual(?:ly)?|online meeting)\b|điện đàm|trực tuyến|전화|화상|통화|Telefon\p{L}*|telefonierte|telef[oó]nic\p{L}*|téléphon\p{L}*|телефон\p{L}*|電話|通电话|通话/iu;
/** "Chiều 12/12, tại Hà Nội, …", "In Seoul, the minister …": a place opening the lead, stated even for a call. */
const REMOTE_FROM = /^(?:[^,.]{0,30},\s*)?(?:tại|[Ii]n)\s+(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2}),/u;
/** Spanish and Portuguese datelines: "Lima (Perú), (jun. 26/14)." */
// Not a news agency's tag ("Phnom Penh (FN), May 19"): the city a story was filed from.
const PAREN_DATELINE = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) \((\p{Lu}\p{Ll}[^)]{0,20})\),/u;
/** "Abu Dhabi: Sheikh Abdullah … received": a city and a colon opening a report of a meeting. */
const COLON_DATELINE = new RegExp(`^(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}):\\s+\\p{Lu}(?=.*(?:${MEETING.source}))`, 'u');
/** Labels that open a line with a colon and are not places. */
const LABELS =
  /^(?:Photo|Video|Note|Update|Updated|Source|Read|Watch|Listen|Also|Related|Editor|Breaking|Exclusive|Opinion|Analysis|Ảnh|Nguồn|Foto|Sumber|Quelle|Fuente)\b/i;
/** A spokesperson's briefing or press conference: no meeting, so no meeting place. */
const BRIEFING =
  /\b(?:press conference|press briefing|regular briefing|spokesperson'?s (?:remarks|briefing))\b|기자회견|정례브리핑|họp báo|記者会見|记者会/i;
/** A photo caption: its place is the photo's. */
const CAPTION = /\b(?:photograph|Picture by|Photo:|file photo)\b|\(Ảnh:|사진=/i;

function firstPlace(re: RegExp, texts: string[]): string | null {
  for (const text of texts) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[1]?.trim().replace(/[.’']+$/, '');
      if (name && !NOT_PLACES.test(name)) return name;
    }
  }
  return null;
}

/** The first three paragraphs of prose, with the short lines among them (a headline left in the text). */
function leadOf(paragraphs: string[]): string[] {
  const out: string[] = [];
  let prose = 0;
  for (const p of paragraphs.slice(0, 10)) {
    if (CAPTION.test(p)) continue;
    out.push(p);
    if ((p.match(/\S+/g) ?? []).length >= 8 || /[\uac00-\ud7af\u3040-\u30ff\u4e00-\u9fff]{20}/.test(p)) prose += 1;
    if (prose >= 3) break;
  }
  return out;
}

/** The sentences of a paragraph that report a meeting, call, visit or reception. */
const meetingSentences = (text: string): string[] =>
  text
    // Not after an initial or a title ("Antony J. Blinken", "Mr. Kim").
    .split(/(?<=(?<![\s(]\p{Lu}|\b(?:Mr|Ms|Mrs|Dr|St|No))[.!?。])\s+/u)
    .filter((s) => (MEETING.test(s) || /arriv|도착|đến/i.test(s)) && !UPCOMING.test(s));
/** "which was held at …", "took place in …": the words that state the venue outright, from there on. */
const HELD_AT = /\b(?:held|took place|hosted)\s+(?:at|in)\s.*$/u;
/** A meeting still to come: its place is not this record's. */
const UPCOMING = /\b(?:will|to be held|scheduled|is to)\b|(?<![\p{L}])sẽ(?![\p{L}])|예정|予定|将于/u;

/** "New York" over "21 September 2017", or "New York  21 September 2017", heading a readout. */
function placeOverDate(head: string[], dates: DateReader): string | null {
  for (const [i, line] of head.slice(0, 8).entries()) {
    const t = line.trim();
    const d = dateOfDateLine(t, dates);
    const next = head[i + 1]?.trim() ?? '';
    const one = d ? t.replace(/\s{2,}.*$|,?\s*\d.*$/, '').trim() : '';
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

const reading = (place: string | null | undefined, confidence: number, why: string): PlaceReading | null =>
  place ? { place: place.trim(), confidence, why } : null;

export function findPlace(
  paragraphs: string[],
  opts: { title?: string | null; dateline?: string | null; head?: string[]; dates?: DateReader } = {},
): PlaceReading | null {
  const top = `${opts.title ?? ''}\n${paragraphs.slice(0, 3).join('\n')}`;
  if (BRIEFING.test(top)) return null;
  const lead = leadOf(paragraphs);
  // A call has no venue, whatever city the story was filed from, unless the lead opens by stating one.
  if (REMOTE.test(top) || REMOTE.test(lead.find((p) => MEETING.test(p)) ?? '')) {
    for (const text of lead) {
      const from = REMOTE_FROM.exec(text)?.[1];
      if (from) return reading(from, 0.7, `the text opens with where the call was made from ('${from}')`);
    }
    return null;
  }
  const meeting = lead.map((p) => meetingSentences(p).join(' ')).filter((s) => s !== '');
  // "The meeting was held at X" outranks an "at X" that may be part of someone's title
  // ("Senior Director … at the Executive Office of the President").
  const held = meeting.map((t) => HELD_AT.exec(t)?.[0]).find((x) => x);
  for (const text of held ? [held, ...meeting] : meeting) {
    const m = VENUE.exec(text);
    // The venue must be a name or a qualified place, not "in the office" alone.
    if (m?.[1] && /\p{Lu}/u.test(m[1]) && m[1].trim().includes(' '))
      return reading(m[1], 0.8, `the text says the meeting was held at '${m[1].trim()}'`);
  }
  // "Chiều 2/11, tại trụ sở Bộ Quốc phòng (Hà Nội), …": the venue a Vietnamese lead opens with.
  for (const text of lead.slice(0, 3)) {
    const v = VIETNAMESE_OPENING.exec(text)?.[1]?.trim();
    if (v && MEETING.test(text)) return reading(v, 0.8, `the text opens with where the meeting was held ('${v}')`);
  }
  const said = (p: string | null): PlaceReading | null => reading(p, 0.75, `the text says the meeting took place in '${p}'`);
  const named =
    firstPlace(IN_PLACE, meeting) ??
    (INDONESIAN.test(lead.join(' ')) ? firstPlace(DI_PLACE, meeting) : null) ??
    firstPlace(ROMANCE_PLACE, meeting);
  if (named) return said(named);
  for (const text of meeting) {
    const korean = KOREAN_PLACE.exec(text)?.[1];
    if (korean && !KOREAN_EVENT.test(korean)) return said(korean);
    const k = koreanPlace(text);
    if (k) return said(k);
    const vi = firstPlace(VIETNAMESE_AT, meetingSentences(text));
    if (vi) return said(vi);
    const ja = JAPANESE_AT.exec(text)?.[1];
    if (ja) return reading(ja, 0.7, `the text says the minister was in '${ja}'`);
    const ru = meetingSentences(text)
      .map((s) => CYRILLIC_PLACE.exec(s))
      .find((x) => x);
    if (ru)
      return reading(
        ru[1] ?? ru[2],
        0.6,
        `the text says the meeting took place in '${ru[1] ?? ru[2]}' (the word may be inflected)`,
      );
  }
  const visiting = firstPlace(VISITING, meeting);
  if (visiting) return reading(visiting, 0.65, `the text says the visitor was visiting '${visiting}'`);
  for (const text of lead) {
    const v = VIETNAMESE_VISIT.exec(text)?.[1] ?? KOREAN_ARRIVED.exec(text)?.[1] ?? KOREAN_VISITED.exec(text)?.[1];
    if (v) return reading(v, 0.6, `the text says the visitor went to '${v}'`);
  }
  const over = placeOverDate(opts.head ?? [], opts.dates ?? READ_ALWAYS);
  if (over) return reading(over, 0.65, `the place and date line heading the readout ('${over}')`);
  const headline = firstPlace(TITLE_IN, [opts.title ?? '']);
  if (headline) return reading(headline, 0.6, `the headline says the meeting was in '${headline}'`);
  const colon = lead
    .slice(0, 3)
    .map((t) => COLON_DATELINE.exec(t)?.[1])
    .find((x) => x && !NOT_PLACES.test(x) && !LABELS.test(x));
  if (colon)
    return reading(
      colon,
      0.5,
      `the dateline opening the text ('${colon}'): where the story was filed, perhaps not where they met`,
    );
  const paren = lead.map((t) => PAREN_DATELINE.exec(t)?.[1]).find((x) => x);
  if (paren) return reading(paren, 0.55, `the dateline opening the text ('${paren}')`);
  if (opts.dateline)
    return reading(
      opts.dateline,
      0.5,
      `only the dateline names a city ('${opts.dateline}'): where the story was filed, perhaps not where they met`,
    );
  for (const text of meeting) {
    const m = IN_COUNTRY.exec(text);
    if (m?.[1] && !NOT_PLACES.test(m[1])) return reading(m[1], 0.5, `the text says someone was in '${m[1].trim()}'`);
  }
  return null;
}
