// Where the meeting took place, when the record says so: a venue ("at the guest house of the
// Ministry of Foreign Affairs of Viet Nam"), a city or country it was held in ("met … in
// Bucharest on", "di Kota Padang"), the place a visitor is visiting, and failing those the
// dateline ("BEIJING, April 24 (Yonhap)"). A phone or video call has no place unless the text
// states one ("Chiều 12/12, tại Hà Nội, … điện đàm"). Each reading carries an honest confidence:
// "met in X" is stronger than the city a story was filed from.

import { normalizeCountry } from '../../../shared/countries.ts';
import { MEETING } from './dates/meeting.ts';
import { reportsMeetingWord, speaksOfFuture } from './dates/words.ts';
import { execAll } from './patterns.ts';
import {
  ARABIC_CAPITAL,
  ARABIC_DAY_IN,
  ARABIC_VENUE_CITY,
  ARABIC_VISITING,
  koreanArrived,
  koreanPlace,
  koreanVisited,
  thaiVenue,
  VIETNAMESE_OPENING,
  VIETNAMESE_VISIT,
  vietnameseHostReceived,
  vietnameseWorkedAt,
} from './place/asian.ts';
import { COLON_DATELINE, datelinePlace, LABELS } from './place/dateline.ts';
import { germanIn, withoutGermanBareNouns } from './place/german.ts';
import { hindiDateline } from './place/hindi.ts';
import { indonesianVenue } from './place/indonesian-venue.ts';
import { italianVenue } from './place/italian.ts';
import {
  AT_NAME_CITY,
  CITY_AFTER,
  CITY_BEFORE,
  CITY_OF,
  DI_PLACE,
  germanVenue,
  IN_PLACE,
  INDONESIAN,
  IS_IN,
  NOT_PLACES,
  ROMANCE_PLACE,
  ROMANCE_VENUE,
  turkishPlace,
  untilDayWord,
  VENUE,
  VISITING,
} from './place/latin.ts';
import { CAPTION, leadOf } from './place/lead.ts';
import { nordicPlace } from './place/nordic.ts';
import { DEVANAGARI, placeInOwnScript } from './place/own-script.ts';
import { firstPlace, type PlaceOptions, type PlaceReading, reading } from './place/reading.ts';
import { romanceCityOf } from './place/romance-city.ts';
import { SIGNING } from './place/signing.ts';
import { UKRAINIAN_LETTERS, UKRAINIAN_UPCOMING } from './place/ukrainian.ts';
import { withCity } from './place/venue-city.ts';
import { westSlavicPlace } from './place/west-slavic.ts';

export type { PlaceReading } from './place/reading.ts';

const REMOTE =
  /\b(?:phone|telephone|telephonic|teleconference|video ?(?:call|conference|link)|videoconference|virtual(?:ly)?|online meeting)\b|điện đàm|trực tuyến|전화|화상|통화|Telefon\p{L}*|telefonierte|telef[oó]nic\p{L}*|téléphon\p{L}*|телефон\p{L}*|電話|通电话|通话|(?<![\p{L}])(?:telepono|nagkausap)(?![\p{L}])/iu;
/** "Chiều 12/12, tại Hà Nội, …", "In Seoul, the minister …": a place opening the lead, stated even for a call. */
const REMOTE_FROM = /^(?:[^,.]{0,30},\s*)?(?:tại|[Ii]n)\s+(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2}),/u;
/** A spokesperson's briefing or press conference: no meeting, so no meeting place. */
// Not a joint press conference ("공동기자회견", "họp báo chung"): two sides who met hold one.
const BRIEFING =
  /(?<!joint )\b(?:press conference|press briefing|regular briefing|spokesperson'?s (?:remarks|briefing))\b|(?<!공동\s?)기자회견|정례브리핑|họp báo(?! chung)|(?<!共同)記者会見|(?<!联合)记者会/iu;
const SENTENCE_END = /(?<=(?<![\s(]\p{Lu}|\b(?:Mr|Ms|Mrs|Dr|St|No|Jr|Sr))[.!?。])\s+/u;
const SENTENCE_END_CHINESE = /(?<=(?<![\s(]\p{Lu}|\b(?:Mr|Ms|Mrs|Dr|St|No|Jr|Sr))[.!?])\s+|(?<=。)\s*/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** The sentences of a paragraph that report a meeting, call, visit or reception. */
const meetingSentences = (text: string): string[] =>
  text
    // Not after an initial or a title ("Antony J. Blinken", "Mr. Kim"). Chinese puts no space after 。: its
    // sentences are split there too, so a visit still ahead in the next sentence ("馬克龍將…訪問") is not the
    // meeting's (Japanese paragraphs are read whole: the venue and the meeting often stand in two sentences).
    .split(KANA.test(text) ? SENTENCE_END : SENTENCE_END_CHINESE)
    .filter(
      (s) =>
        (reportsMeetingWord(s) || CEREMONY.test(s) || SIGNING.test(s) || /arriv|도착|đến|прибы\p{L}*|прибу\p{L}*/iu.test(s)) &&
        !UPCOMING.test(s) &&
        // Ukrainian's own future ("пройдуть у Києві"): tested only where its letters are.
        !(UKRAINIAN_LETTERS.test(s) && UKRAINIAN_UPCOMING.test(s)),
    );
/** Credentials, a courtesy call, 會面 (met), a medal handed over ("trao Kỷ niệm chương"): meetings read for their place. */
const CEREMONY =
  /\b(?:credentials?|credence|ceremony|courtesy call|paid a courtesy|audience)\b|quốc thư|thư ủy nhiệm|trao (?:tặng )?(?:kỷ niệm chương|huân chương|huy chương|bằng khen)|훈장을? 수여|신임장|國書|国书|信任状|會面|会面/iu;
/** "which was held at …", "took place in …": the words that state the venue outright, from there on. */
const HELD_AT = /\b(?:held|took place|hosted)\s+(?:at|in)\s.*$/u;
/** An aim, not a venue: "interest in establishing an office in X", "in opening a new consulate". */
const DOING = /^\p{Ll}+ing\s+(?:an?|the|new|their|its|his|her|our)\s/u;
/** A meeting still to come: its place is not this record's. */
// Korean "오는 31일" (the coming 31st) and Chinese "即将" (about to), "将会见" (will meet) date a meeting still ahead.
const UPCOMING =
  /\b(?:will|to be held|scheduled|is to)\b|(?<![\p{L}])sẽ(?![\p{L}])|예정|予定|[将將](?:于|於|会见|會見|会晤|會晤|访问|訪問|赴|前往|出席)|即将|即將|오는\s*\d{1,2}일/u;

/** A place and the larger place after its comma: "Río de Janeiro, Brasil", "Thủ đô Seoul, Hàn Quốc", "tỉnh Champasak, Lào". */
const PLACE_COMMA =
  /(?<![\p{L}])(\p{Lu}[\p{L}'’-]*(?:\s+(?:de|del|da|do|di|la|al|el|an)?\s*\p{Lu}[\p{L}'’-]*){0,2}),\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?![\p{L}])/gu;

/** Where the meeting took place; for a country ("se reunió en Brasil"), the city the text names in it. */
export function findPlace(paragraphs: string[], opts: PlaceOptions = {}): PlaceReading | null {
  const lead = leadOf(paragraphs);
  const found = withCity(placeOf(paragraphs, opts), lead, lead.flatMap(meetingSentences));
  if (!found || normalizeCountry(found.place) === null) return found;
  for (const text of [opts.title ?? '', ...leadOf(paragraphs)])
    for (const m of execAll(PLACE_COMMA, text))
      if (m[2] === found.place && m[1] && !NOT_PLACES.test(m[1]) && m[1] !== found.place)
        return {
          place: m[1],
          confidence: found.confidence,
          why: `${found.why}; the text names the city there ('${m[1]}, ${m[2]}')`,
        };
  // Said only as the country ("is now in Fiji", "arrived in Saudi Arabia"): the city the lead names
  // the meeting in ("a consultative meeting in Jeddah", "in the capital city of Suva", "Tashkent: …").
  const dateline = lead
    .slice(0, 3)
    .map((t) => COLON_DATELINE.exec(t)?.[1])
    .find((x) => x && !NOT_PLACES.test(x) && !LABELS.test(x));
  for (const text of lead.flatMap(meetingSentences))
    for (const re of [CITY_OF, IN_PLACE])
      for (const m of execAll(re, text)) {
        const city = m[1]?.trim().replace(/[.’']+$/, '');
        if (city && !NOT_PLACES.test(city) && normalizeCountry(city) === null)
          return { place: city, confidence: found.confidence, why: `${found.why}; the text names the city there ('${city}')` };
      }
  if (dateline && normalizeCountry(dateline) === null)
    return { place: dateline, confidence: found.confidence, why: `${found.why}; the dateline names the city ('${dateline}')` };
  return found;
}

function placeOf(paragraphs: string[], opts: PlaceOptions): PlaceReading | null {
  // A caption's "joint press conference" after the talks does not make the record a briefing.
  const top = `${opts.title ?? ''}\n${paragraphs
    .slice(0, 3)
    .filter((p) => !CAPTION.test(p))
    .join('\n')}`;
  // A briefing is the record's subject when it comes first; talks reported before it ("단독 정상회담 …
  // 이어 기자회견") make a meeting record whose press conference followed.
  const briefing = BRIEFING.exec(top);
  const talks = MEETING.exec(top);
  if (briefing && (!talks || talks.index > briefing.index)) return null;
  const lead = leadOf(paragraphs);
  // A call has no venue, whatever city the story was filed from, unless the lead opens by stating one.
  // Only the headline and the first meeting paragraph say so: a call recalled later ("In a phone call … last week") is another event.
  const first = lead.find((p) => reportsMeetingWord(p)) ?? '';
  if (REMOTE.test(opts.title ?? '') || REMOTE.test(first) || (!reportsMeetingWord(first) && REMOTE.test(top))) {
    for (const text of lead) {
      const from = REMOTE_FROM.exec(text)?.[1] ?? VIETNAMESE_OPENING.exec(text)?.[1]?.trim();
      if (from) return reading(from, 0.7, `the text opens with where the call was made from ('${from}')`);
    }
    // Korean: "정부서울청사 집무실에서 트럼프 대통령과 통화했다" (called from the office): the sentence of the call says where.
    const call = lead
      .flatMap((p) => p.split(/(?<=[.!?])\s+/))
      .find((t) => /통화/u.test(t) && /에서/u.test(t.slice(0, t.indexOf('통화'))));
    const from = call ? koreanPlace(call.slice(0, call.indexOf('통화'))) : null;
    if (from) return reading(from, 0.7, `the text says where the call was made from ('${from}')`);
    return null;
  }
  const meeting = lead.map((p) => meetingSentences(p).join(' ')).filter((s) => s !== '');
  // "The meeting was held at X" outranks an "at X" that may be part of someone's title
  // ("Senior Director … at the Executive Office of the President").
  const held = meeting.map((t) => HELD_AT.exec(t)?.[0]).find((x) => x);
  for (const text of held ? [held, ...meeting] : meeting) {
    const m = VENUE.exec(text);
    // The venue must be a name or a qualified place, not "in the office" alone.
    if (m?.[1] && /\p{Lu}/u.test(m[1]) && m[1].trim().includes(' ') && !DOING.test(m[1])) {
      // "at the presidential Villa, Abuja": the venue with the city the text names after it.
      const city = (
        CITY_AFTER.exec(text.slice((m.index ?? 0) + m[0].length))?.[1] ?? CITY_BEFORE.exec(text.slice(0, m.index))?.[1]
      )?.replace(/[.’']+$/, '');
      const venue = city ? `${m[1].trim()}, ${city}` : m[1].trim();
      return reading(venue, 0.8, `the text says the meeting was held at '${venue}'`);
    }
    const named = AT_NAME_CITY.exec(text);
    const at = named?.[1] && named[2] && !NOT_PLACES.test(named[1]) ? `${named[1]}, ${named[2].replace(/[.’']+$/, '')}` : null;
    if (at) return reading(at, 0.75, `the text says the meeting was at '${at}'`);
    const romance = ROMANCE_VENUE.exec(text)?.[1];
    // A venue of a later meeting ("recebeu no Palácio Itamaraty …") gives way to the city of the first ("reuniu-se em Brasília").
    const before = meeting.slice(0, meeting.indexOf(text));
    if (romance && !before.some((s) => firstPlace(ROMANCE_PLACE, [s]) !== null))
      return reading(romance, 0.8, `the text says the meeting was held at '${romance}'`);
  }
  // "Chiều 2/11, tại trụ sở Bộ Quốc phòng (Hà Nội), …": the venue a Vietnamese lead opens with.
  for (const text of lead.slice(0, 3)) {
    const v = VIETNAMESE_OPENING.exec(text)?.[1]?.trim();
    if (v && (reportsMeetingWord(text) || CEREMONY.test(text)))
      return reading(v, 0.8, `the text opens with where the meeting was held ('${v}')`);
  }
  // A Thai lead's room and building ("ที่ห้องสีงาช้าง ตึกไทยคู่ฟ้า ทำเนียบรัฐบาล"): read on the whole
  // paragraph, which a title's "H.E." may cut into pieces before its meeting word.
  for (const text of lead.slice(0, 3)) {
    const v = thaiVenue(text);
    if (v && (reportsMeetingWord(text) || CEREMONY.test(text)))
      return reading(v, 0.75, `the text says the meeting was held at '${v}'`);
  }
  const building = lead
    .slice(0, 3)
    .map(germanVenue)
    .find((x) => x);
  if (building) return reading(building, 0.75, `the text says the meeting was held in '${building}'`);
  const said = (p: string | null): PlaceReading | null => reading(p, 0.75, `the text says the meeting took place in '${p}'`);
  const named =
    italianVenue(meeting) ??
    // Not a German noun "in" takes bare ("Austausch in Wissenschaft und Forschung"): no place.
    firstPlace(IN_PLACE, withoutGermanBareNouns(meeting)) ??
    (INDONESIAN.test(lead.join(' ')) ? (untilDayWord(firstPlace(DI_PLACE, meeting)) ?? indonesianVenue(meeting)) : null) ??
    firstPlace(ROMANCE_PLACE, meeting) ??
    romanceCityOf(meeting) ??
    firstPlace(CITY_OF, meeting) ??
    germanIn(meeting) ??
    nordicPlace(meeting) ??
    westSlavicPlace(meeting);
  if (named) return said(named);
  // Sentence by sentence, so the first meeting reported wins over a leg mentioned after it ("앞서 … 베이징에서").
  for (const sentence of lead.flatMap(meetingSentences)) {
    const own = placeInOwnScript(sentence, lead);
    if (own) return own;
  }
  const visiting = firstPlace(VISITING, meeting) ?? firstPlace(IS_IN, lead);
  if (visiting) return reading(visiting, 0.65, `the text says the visitor was visiting '${visiting}'`);
  // The headline too: "Đoàn … thăm và làm việc tại Quảng Nam" may be all a record says of where.
  for (const text of [...lead, opts.title ?? '']) {
    const v =
      VIETNAMESE_VISIT.exec(text)?.[1] ??
      vietnameseWorkedAt(text) ??
      vietnameseHostReceived(text) ??
      koreanArrived(text) ??
      koreanVisited(text) ??
      ARABIC_VISITING.exec(text)?.[1] ??
      ARABIC_CAPITAL.exec(text)?.[1] ??
      ARABIC_VENUE_CITY.exec(text)?.[1] ??
      ARABIC_DAY_IN.exec(text)?.[1] ??
      turkishPlace(text);
    if (v) return reading(v, 0.6, `the text says the visitor went to '${v}'`);
  }
  // A preview ("is to receive … on Wednesday") reports no meeting yet: the city it was filed from is not a venue.
  if (meeting.length === 0 && lead.some((p) => speaksOfFuture(p))) return null;
  // Hindi (asia28): a Devanagari dateline over a report of a meeting ("पटना: …", "नई दिल्ली, 02 मार्च, …").
  // A first paragraph read as the headline (a long one: a prose lead, not a headline's "X: …") keeps its dateline.
  const opening = (opts.title ?? '').split(' ').length >= 12 ? [opts.title ?? '', ...lead] : lead;
  const hindi = meeting.length > 0 && DEVANAGARI.test(lead.join(' ')) ? hindiDateline(opening) : null;
  if (hindi) return reading(hindi, 0.5, `the dateline opening the text ('${hindi}')`);
  return datelinePlace(lead, meeting, opts);
}
