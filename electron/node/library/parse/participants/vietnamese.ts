// Vietnamese writes an office, then the body that holds it, then the country, then the name, and
// capitalises every word of the body: "Chủ tịch Nhân đại Trung Quốc Trương Đức Giang", "Phó Chủ
// tịch Ủy ban Thường vụ Quốc hội Hàn Khởi Đức", "Chủ tịch UBND tỉnh Lê Duy Thành". Read word by
// word, a body is single capitalised syllables ("Ủy ban", "Quốc hội") or runs that start with a
// body word ("Bộ Ngoại giao", "Ban Liên lạc"); the name is the first run of two or more
// capitalised words that is neither. The country is the last one named on the way that is not
// where the office is posted ("tại Việt Nam").

import { countryAt, isCountryWord, normalizeCountry, VIETNAMESE_COUNTRY_SOURCE } from '../../../../shared/countries.ts';
import { compiledEarly } from '../compiled-early.ts';
import { fold } from '../text.ts';
import { VIETNAMESE_SURNAME } from './home.ts';
import { EPONYM, hyphenatedName, regionBefore, schoolName } from './vietnamese-run-names.ts';

/** Syllables that start the name of a body, never a person's: "Ủy ban", "Bộ Chính trị", "Đảng Cộng sản". */
const BODY_WORDS = new Set(
  (
    'ủy uỷ ban bộ đảng quốc hội nhân đại thường thượng hạ cộng trung liên đối toàn chính nhà tỉnh thành sở cục vụ viện ' +
    'học tổng mặt tổ ngân phòng quân công kinh hợp phát đoàn tòa kiểm đài báo hiệp xã nước thủ phó chủ bí trợ ' +
    'châu dân tư giáo y khoa môi lao giao tài kế an ngoại cơ tham lực nghị quân bảo tp phủ sứ lãnh nhóm quỹ ' +
    // A district's or a county's name: "Quận trưởng Quận Guro", "Chủ tịch Huyện Mỹ Đức".
    'quận huyện phường'
  ).split(' '),
);
/** Compared with its marks: "Tô" (Tô Lâm) is not "tổ", "Hà" (Hà Vĩ) is not "hạ". */
const isBody = (word: string): boolean => BODY_WORDS.has(word.toLowerCase());

/** "Lãnh sự danh dự", "Chủ tịch danh dự": "dự" (to attend, which ends a title) is here half of "honorary". */
const HONORARY = /^danh dự$/u;

/**
 * "Vụ Nghiên cứu tài nguyên và bền vững", "Phòng Kinh tế và hạ tầng": "và" between two lower-case words joins the
 * fields of a body's name; after a country or a name ("Nhật Bản và phu nhân") it ends the title.
 */
const joinsFields = (text: string, at: number): boolean =>
  /(?<![\p{L}])\p{Ll}+ $/u.test(text.slice(Math.max(0, at - 12), at)) &&
  /^và (?!(?:phu|các|những|một|hai)(?![\p{L}]))\p{Ll}/u.test(text.slice(at, at + 12));

/** Words that end the title's reach: the sentence's verb or a preposition has begun. */
export const STOP =
  /^(?:đã|có|sẽ|đang|là|được|bị|tiếp|gặp|dẫn|chủ|với|cho|về|khi|trong|để|này|đó|thì|mà|cùng|vừa|tới|đến|lên|ra|vào|sau|trước|theo|nói|phát|khẳng|nhấn|bày|hoan|cảm|chúc|gửi|trao|tặng|ký|dự|tham|làm|và|hội|tổ|chụp|cắt|đánh|mong|thay|nhận|đón|thăm|tiến|điện|hai|các|những|một)$/iu;

/**
 * The sentence's own verbs and markers, which no body's name holds: they end an office even right after a place ("UBND tỉnh
 * Lạng Sơn tiếp", "Trưởng ban Phật giáo Quốc tế TƯGH PG VN cùng các vị …").
 */
export const VI_VERB =
  /^(?:đã|sẽ|đang|vừa|tiếp|gặp|đón|trao|tặng|thăm|nhấn|khẳng|bày|cảm|chúc|gửi|cho|nói|hoan|mong|chụp|cắt|dẫn|làm|là|có|được|cùng)$/iu;

/**
 * A run after one of these is a place: "tỉnh Vĩnh Phúc", "thành phố Hồ Chí Minh", "tại Hà Nội"; a
 * local body is named with its place: "Bí thư Thành ủy Hải Phòng", "Chủ tịch UBND Đà Nẵng", the
 * youth union's "Bí thư Tỉnh đoàn Quảng Ninh", a district's "Bí thư Huyện ủy Sóc Sơn"; an autonomous region is
 * named after its people: "Khu tự trị dân tộc Choang Quảng Tây", "Khu tự trị Tây Tạng"; a town, a company or
 * a side of a city is named by its noun: "thị trấn Tam Đảo", "tập đoàn Hoa Sen", "công ty Minh Long", "phía Đông".
 */
const PLACE_BEFORE =
  /(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|tại|huyện|quận|xã|phường|thị xã|thị trấn|tập đoàn|công ty|phía|[Tt]hủ đô|Châu|châu|khu vực|vùng|[Tt]hành ủy|[Tt]hành uỷ|[Tt]ỉnh ủy|[Tt]ỉnh uỷ|[Hh]uyện ủy|[Hh]uyện uỷ|[Qq]uận ủy|[Qq]uận uỷ|[Tt]ỉnh đoàn|[Tt]hành đoàn|[Hh]uyện đoàn|[Qq]uận đoàn|UBND|HĐND|tự trị|dân tộc)\s$/u;

const WORD = /^[ \t]*([^\s,;:.()[\]"“”'‘’!?–-]+(?:[.-][^\s,;:()[\]"“”'‘’!?–-]+)*)/u;
export const CAPITAL = /^\p{Lu}/u;
/** Courtesy words before a name: skipped, never part of it. */
const COURTESY_WORD = /^(?:Ông|Bà|Ngài|Đồng|ông|bà|ngài|đồng)$/u;

let viCountry: RegExp | null = null;
/**
 * A country where the scan stands, written as Vietnamese writes it (marks and all: "Bí" in "Bí
 * thư" is not "Bỉ", Belgium) or in a foreign spelling without marks ("Dominica").
 */
function countryHere(text: string, pos: number, wordStart: number, word: string): { country: string; end: number } | null {
  const place = countryAt(text, pos);
  if (!place || !(place.end - wordStart > word.length || isCountryWord(word) || normalizeCountry(word))) return null;
  const surface = text.slice(wordStart, place.end);
  if (fold(surface) === surface.toLowerCase()) return place;
  viCountry ??= new RegExp(`(?:${VIETNAMESE_COUNTRY_SOURCE})(?![\\p{L}])`, 'uy');
  viCountry.lastIndex = wordStart;
  return viCountry.test(text) ? place : null;
}
/**
 * A country a body studies or teaches is not the side its people are on: "Giám đốc Trung tâm Nghiên cứu Ấn Độ",
 * "Viện Nghiên cứu Đông Nam Á", "Trưởng khoa tiếng Nhật Bản", "Khoa Ngôn ngữ Hàn Quốc".
 */
const STUDIED = /(?:[Nn]ghiên cứu|[Tt]iếng|[Nn]gôn ngữ)\s$/u;

/** One step of a scan along a title's clause: its end, a lower-case word, a courtesy word, a country, or a capitalised word. */
type Step =
  | { kind: 'end' }
  | { kind: 'lower' | 'courtesy'; next: number }
  /** country null: the place a person is posted to ("Đại sứ tại X"), not whose side they are on. */
  | { kind: 'country'; next: number; country: string | null }
  | { kind: 'capital'; word: string; wordStart: number; length: number };

export function stepAt(text: string, pos: number, inBody: boolean): Step {
  const rest = text.slice(pos, pos + 80);
  const w = WORD.exec(rest);
  if (!w?.[1]) return { kind: 'end' };
  const word = w[1];
  const wordStart = pos + w[0].length - word.length;
  if (!CAPITAL.test(word)) {
    if (
      STOP.test(word) &&
      (!inBody || VI_VERB.test(word)) &&
      !HONORARY.test(text.slice(Math.max(0, wordStart - 5), wordStart + 2)) &&
      !(word === 'và' && joinsFields(text, wordStart))
    )
      return { kind: 'end' };
    return { kind: 'lower', next: pos + w[0].length };
  }
  if (COURTESY_WORD.test(word))
    return { kind: 'courtesy', next: pos + w[0].length + (/^\s*đồng chí/iu.test(rest) ? ' chí'.length : 0) };
  const place = countryHere(text, pos, wordStart, word);
  if (place) {
    const posted = /(?:tại|ở|đến|sang|Châu|châu)\s$/u.test(text.slice(Math.max(0, wordStart - 6), wordStart));
    const studied = STUDIED.test(text.slice(Math.max(0, wordStart - 12), wordStart));
    return { kind: 'country', next: place.end, country: posted || studied ? null : place.country };
  }
  return { kind: 'capital', word, wordStart, length: w[0].length };
}

/** "UBND", "HĐND", "TP.HCM": an acronym names a body or a place. */
const ACRONYM = /^[\p{Lu}.]{2,}$/u;
/** A place written short, in capitals: "TPHCM", "TP.HCM" (not "TP" alone, which a place's name follows). */
const SHORT_PLACE = /^(?:\p{Lu}{3,}|\p{Lu}+\.\p{Lu}+)$/u;

/** A country just before where the scan starts. */
const COUNTRY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${VIETNAMESE_COUNTRY_SOURCE})\\s*$`, 'u');

export type ScannedName = { name: string; start: number; end: number; country: string | null };

/**
 * The name a Vietnamese title reaches past the body and country that follow it, from `at` (the
 * end of the title), within the clause; `title` tells whether ", <title>" continues it.
 */
export function scanVietnamese(text: string, at: number, continues: (at: number) => number | null): ScannedName | null {
  let pos = at;
  let country: string | null = null;
  // A lower-case syllable right after a capitalised one finishes a body's word ("Quốc hội", "Dân chủ").
  let inBody = false;
  // Where the capitalised run of a body's word just passed alone ends: "Hội Hữu Nghị Nhật-Việt", "Vụ Đông Nam Á".
  let bodyRunEnd = -1;
  // The title's own match may end on the country: "Bộ trưởng Bộ Quốc phòng Trung Quốc | Thường Vạn Toàn".
  let countryEnd = COUNTRY_BEFORE.test(text.slice(Math.max(0, at - 40), at)) ? at : -1;
  for (let steps = 0; steps < 24; steps++) {
    const rest = text.slice(pos, pos + 80);
    if (/^,\s/.test(rest)) {
      // "Bộ trưởng Ngoại giao Trung Quốc, Tổng thư ký Ủy ban …": the titles go on.
      // "…, ông Miêu Đắc Vũ": the name the titles belong to.
      const next = continues(pos + 2) ?? (/^,\s(?:ông|bà|ngài|đồng chí)\s\p{Lu}/iu.test(rest) ? pos + 2 : null);
      if (next === null) return null;
      pos = next;
      continue;
    }
    // "Thống đốc tỉnh Moskva (Nga) Andrei Vorobyov", "… Liên Hợp quốc (LHQ) Ban Ki-moon": an aside in brackets, a country kept.
    const aside = /^\s*\(([^()\n]{1,40})\)(?=\s\p{Lu})/u.exec(rest);
    if (aside) {
      country = normalizeCountry(aside[1] ?? '') ?? country;
      pos += aside[0].length;
      continue;
    }
    if (/^\s*[-–]\s/.test(rest) || /^\s*-\p{Lu}/u.test(rest)) {
      pos += /^\s*[-–]\s?/u.exec(rest)?.[0].length ?? 1;
      // A dash closes the body's name: "Chủ tịch HĐGMVN – đã chào mừng …" ends at the verb.
      inBody = false;
      // "Ủy viên Bộ Chính trị - Trưởng Ban Tổ chức Trung ương Lê Văn A": a dash joins offices as a comma does.
      pos = continues(pos) ?? pos;
      continue;
    }
    const step = stepAt(text, pos, inBody);
    if (step.kind === 'end') return null;
    inBody = false;
    if (step.kind !== 'capital') {
      if (step.kind === 'country' && step.country) country = step.country;
      if (step.kind === 'country') countryEnd = step.next;
      pos = step.next;
      continue;
    }
    const { word, wordStart } = step;
    // "tại TP Hồ Chí Minh": the city's short word (without its dot) opens a place, read as the place after it.
    if (word === 'TP' || word === 'Tp') {
      pos += step.length;
      continue;
    }
    // The run of capitalised words from here.
    const run: string[] = [];
    let end = pos;
    for (let p = pos; run.length < 6; ) {
      const m = WORD.exec(text.slice(p, p + 60));
      if (
        !m?.[1] ||
        !CAPITAL.test(m[1]) ||
        (run.length > 0 && (countryAt(text, p)?.end ?? 0) - (p + m[0].length - m[1].length) > m[1].length)
      )
        break;
      if (run.length > 0 && (isCountryWord(m[1]) || ACRONYM.test(m[1]))) break;
      run.push(m[1]);
      p += m[0].length;
      end = p;
      // "… Kim Boo-kyum. Trong …": a word that closes the sentence closes the name.
      if (/\p{Ll}{2}\.$/u.test(m[1])) break;
    }
    if (PLACE_BEFORE.test(text.slice(Math.max(0, wordStart - 12), wordStart)) && run.length >= 2) {
      // "UBND TPHCM Nguyễn Thị Hồng", "HĐND TP.HCM Nguyễn Thị Quyết Tâm": a place written short is one word.
      if (SHORT_PLACE.test(word)) {
        pos += step.length;
        continue;
      }
      // "UBND tỉnh Vĩnh Phúc Lê Duy Thành": a province is two words, the name what follows; three
      // words with a family name first are the name itself ("UBND tỉnh Lê Duy Thành").
      const person = run.length === 3 && VIETNAMESE_SURNAME.test(`${run.join(' ')} `) && run.join(' ') !== EPONYM;
      if (!person) {
        // "Thống đốc tỉnh Mendoza Rodolfo Suarez, …": three words in letters Vietnamese never writes without its marks, closing
        // an item of a list or the sentence, are a foreign place of one word and a name of two (a name of one word is rare);
        // not a place of three words ("thành phố Salt Lake City đã …", "… Salt Lake City, ông …").
        if (run.length === 3 && run.every((t) => FOREIGN_WORD.test(t)) && ITEM_END.test(text.slice(end, end + 12))) {
          pos += WORD.exec(text.slice(pos, pos + 60))?.[0].length ?? 0;
          continue;
        }
        if (run.length < 4) {
          pos = end;
          continue;
        }
        for (let k = 0; k < 2; k++) pos += WORD.exec(text.slice(pos, pos + 60))?.[0].length ?? 0;
        continue;
      }
    }
    // "Học viện Chính trị quốc gia Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh": the name bodies and the city
    // bear is nobody holding an office today.
    if (run.join(' ') === EPONYM) {
      pos = end;
      continue;
    }
    // "Chủ tịch HĐQT Trường THPT Marie Curie", "trưởng đoàn ĐHQG Kyung Pook": a school's own name, often a person's.
    if (schoolName(text, wordStart, run)) {
      pos = end;
      continue;
    }
    const body = isBody(word) || ACRONYM.test(word);
    // "Trung Tâm Công Giáo", "Hội Hữu Nghị Nhật-Việt": the words run on from a body's word written out are its name's,
    // unless a Vietnamese family name opens them ("Quốc Hội Nguyễn Thị Kim Ngân"); after an acronym the name may follow.
    const bodyGoesOn = wordStart < bodyRunEnd && !body && !VIETNAMESE_SURNAME.test(`${run.join(' ')} `);
    // A body's word may be a family name ("Đoàn Thị Hậu"), and a run right after the country is the name ("Trung Quốc Thường Vạn Toàn").
    const named =
      VIETNAMESE_SURNAME.test(`${run.join(' ')} `) || (countryEnd >= 0 && text.slice(countryEnd, wordStart).trim() === '');
    bodyRunEnd = run.length >= 2 && isBody(word) && !ACRONYM.test(word) && !named ? end : -1;
    if (bodyGoesOn) {
      pos = end;
      continue;
    }
    if (
      run.length >= 2 &&
      !body &&
      run.length <= 5 &&
      !run.some((t, i) => /[-.]/.test(t.replace(/\.$/, '')) && !hyphenatedName(t, run, i))
    ) {
      // "Trưởng Ban Chỉ đạo Tây Nguyên Trần Văn A": the region the body serves, then the name; or the region alone.
      const from = regionBefore(run);
      if (from > 0) {
        pos = wordStart;
        for (let k = 0; k < from; k++) pos += WORD.exec(text.slice(pos, pos + 60))?.[0].length ?? 0;
        continue;
      }
      return {
        name: run.join(' ').replace(/\.$/, ''),
        start: wordStart,
        end: end - (run.at(-1)?.endsWith('.') ? 1 : 0),
        country,
      };
    }
    // A body's word is passed alone: the name may follow in the same run ("TP.HCM Nguyễn Thị Quyết Tâm").
    pos = run.length >= 2 && !body ? end : pos + step.length;
    inBody = true;
  }
  return null;
}

/** A capitalised word in plain Latin letters, no Vietnamese mark on it ("Mendoza", "Rodolfo"). */
const FOREIGN_WORD = /^[A-Z][a-z]+$/u;
/** What follows a list's item or a sentence's last name: a comma (not a courtesy word), "và", a full stop, the end. */
const ITEM_END = /^(?:,(?!\s*(?:ông|bà|ngài)\s)|\s+(?:và|cùng)\s|[.;]|\s*$)/iu;

/**
 * "ông Pete Hegseth", "bà Vũ Thị Bích Ngọc", "Ngài Jigiee Sereejav", "đồng chí Lê Duy Thành"; the standing
 * the press gives a teacher, a researcher or a prince in place of "ông" ("Nhà giáo Trần Văn A", "NNC Lê Thị B",
 * "Hoàng thân Faisal bin …"); and the degrees and honours a university or a hospital writes before its people, run together with dots:
 * "PGS.TS Lê Quang Sơn", "GS.TS Nguyễn Văn Khánh", "TTND.TS.BSCKII. Nguyễn Thị Minh Chính", a doctoral
 * candidate, a staff officer or an engineer with the dot ("ThS. NCS. Lê Thị A", "CV. Phạm Văn B", "KS. Trần C"), the
 * doctor of science and the academy's members ("GS. TSKH.", "Viện sĩ, GS. TSKH.", "Viện sĩ thông tấn",
 * "VSTT."); and the Catholic press's clergy ("Đức TGM", "Đức Cha", "Đức Hồng Y"), whose
 * baptismal name is part of the name ("Đức Cha Giuse Trần Văn A"); an officer's rank below general, whose office
 * follows the name ("Đại tá Lê Văn A, Chính ủy Bộ đội Biên phòng tỉnh").
 */
export const VI_COURTESY = compiledEarly(
  /(?<![\p{L}])(?:[Ôô]ng|[Bb]à|[Nn]gài|[Đđ]ồng chí|[Nn]hà giáo|[Nn]hà nghiên cứu|NNC|[Hh]oàng thân|[Đđ]\/[Cc](?![\p{L}])|Đức (?:Tổng Giám [Mm]ục|TGM|Giám [Mm]ục|GM|Cha|Hồng [Yy]|Ông)|(?:(?:Viện sĩ(?: thông tấn)?|VSTT\.?),?\s)?(?:(?:P?GS|TSKH|TS|ThS|NCS|CV|KS|BS(?:CKI{1,2})?|TTND|TTƯT|NGND|NGƯT|VSTT)\.\s?)*(?:(?:P?GS|TSKH|TS|ThS|BS(?:CKI{1,2})?|TTND|TTƯT|NGND|NGƯT|VSTT)\.?|(?:NCS|CV|KS)\.)|Viện sĩ(?: thông tấn)?|(?:Đại|Thượng|Trung|Thiếu) tá)(?= \p{Lu})/gu,
);

/** The first word of a run is a body's, not a name's. */
export const bodyWord = (word: string): boolean => isBody(word) || ACRONYM.test(word);
