// The last look at a read name before it becomes a participant: whatever rule read it, an office
// alone ("(President)", "外務大臣"), a country ("Việt Nam"), or a place the text itself writes as
// one ("南スラウェシ州", "tỉnh Bà Rịa Vũng Tàu") is nobody the desk officer can call.

import { normalizeCountry } from '../../../../shared/countries.ts';
import { ROLE_SOURCE } from '../roles.ts';
import { TITLE as CJK_TITLE } from './cjk-offices.ts';
import { isKoreanTitleWord } from './korean.ts';
import { facilityName } from './names.ts';
import { EPONYM } from './vietnamese-run-names.ts';

/** An English office and nothing else: "Crown Prince", "Foreign Minister". */
const ENGLISH_OFFICE = new RegExp(`^(?:the )?(?:${ROLE_SOURCE})$`, 'iu');
/** A Han or Kana office and nothing else: "外務大臣", "总领事". */
const CJK_OFFICE = new RegExp(`^(?:${CJK_TITLE.source})$`, 'u');
/** Brackets around the whole "name": a description set off, never the name itself. */
const BRACKETED = /^[(（](.+)[)）]$/u;

/** The name is an office alone, in English, Chinese or Japanese, or Korean set off in brackets ("(공안부 장관)"). */
function officeAlone(name: string): boolean {
  const inner = BRACKETED.exec(name)?.[1]?.trim();
  const bare = inner ?? name;
  if (ENGLISH_OFFICE.test(bare) || CJK_OFFICE.test(bare)) return true;
  return inner !== undefined && isKoreanTitleWord(inner.split(/\s+/u).at(-1) ?? '');
}

/**
 * Korean "including", written as its bare stem after a list's head ("부시장을 비롯 12명", "의장을
 * 비롯 부의장"): it stands where a name would and is none.
 */
const KOREAN_INCLUDING = /^(?:비롯|포함)$/u;
const koreanClausePiece = (name: string): boolean => name.split(' ').some((w) => KOREAN_INCLUDING.test(w));

const literal = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The text writes the name with a place's suffix: Japanese and Chinese "州", "県", "省", "市", "区"
 * ("サハリン州知事", "南スラウェシ州"), but not an office after a surname ("森市長", "布朗州长",
 * "田中市議"), so no "長", "长" or "議" after the suffix. A Katakana name is a word of its own after
 * a Han character ("南スラウェシ州": south); a Han name must not be the end of a longer Han word.
 */
const PLACE_SUFFIXES = ['州', '県', '县', '縣', '省', '市', '区', '區'];
const cjkPlace = (name: string, text: string): boolean => {
  if (!/^[\p{Script=Han}\p{Script=Katakana}ー・]{2,}$/u.test(name)) return false;
  // The cheap test first: the name followed by a suffix somewhere, before a pattern is built for it.
  if (!PLACE_SUFFIXES.some((s) => text.includes(name + s))) return false;
  const before = /\p{Script=Han}/u.test(name) ? '\\p{Script=Han}\\p{Script=Katakana}ー・' : '\\p{Script=Katakana}ー・';
  // …nor "知事" after "県": "中村法道県知事" is a governor named in full, the prefecture left unsaid.
  // …nor "市政" before an office ("陳某市政顧問": a municipal adviser), unlike a city's government or its consultative conference ("台南市政府", "市政协").
  return new RegExp(
    `(?<![${before}])${literal(name)}(?:州|県|县|縣|省|市|区|區)(?![長长議议]|(?<=県)知事|(?<=市)政(?![府协協]))`,
    'u',
  ).test(text);
};

/**
 * A Han or Kana run that ends in an office or a body: the reading ran past the name into what follows
 * it ("杭勇市政府", a city government; "…参赞", counsellor), or read an office alone.
 */
const CJK_OFFICE_END = new RegExp(`(?:${CJK_TITLE.source}|[参參][赞贊]|政府|委[员員][会會]|委員会)$`, 'u');
const cjkOfficeEnd = (name: string): boolean =>
  /^[\p{Script=Han}\p{Script=Katakana}ー・]{3,}$/u.test(name) && CJK_OFFICE_END.test(name);

/**
 * The text writes the name after a Vietnamese word for a place: "tại Quảng Tây, Trung Quốc" (at), or a
 * province's name that opens with a courtesy word read as Mrs or Mr ("tỉnh Bà Rịa Vũng Tàu"). Not
 * "Chủ tịch UBND tỉnh Lê Văn Hưởng": after an office, "tỉnh" ends it and a name follows. The name must
 * end the capitalised run: "Đại sứ Việt Nam tại Cuba Lê …" names a person after the place.
 */
const VIETNAMESE_PLACE_BEFORE = /(?<![\p{L}\p{M}])(?:tại|(?:tỉnh|thành phố|huyện|quận|thị xã)\s+(?:Bà|Ông))\s+$/u;
const ENDS_CAPITALISED_RUN = /^(?![\p{L}\p{M}])(?!\s+\p{Lu})/u;
// Each place the name stands is looked at, its few characters before and after, rather than a
// pattern built for the name and run over the whole text (that cost 5% of all parsing).
const vietnamesePlace = (name: string, text: string): boolean => {
  if (!text.includes('tại') && !text.includes('Bà') && !text.includes('Ông')) return false;
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
    const end = i + name.length;
    if (VIETNAMESE_PLACE_BEFORE.test(text.slice(Math.max(0, i - 61), i)) && ENDS_CAPITALISED_RUN.test(text.slice(end, end + 40)))
      return true;
  }
  return false;
};

/**
 * Thai writes a clause's words without spaces between them, so a "name" with a run longer than any
 * name's part ("ลาวเป็นประเทศแรกหลังเข้ารับตำแหน่ง") is a clause the reading ran into.
 */
const thaiClause = (name: string): boolean => /\p{Script=Thai}/u.test(name) && name.split(/\s+/u).some((w) => w.length > 30);

/**
 * Arabic: a "name" that opens with an office ("عضو مجلس الوزراء", a member of the cabinet; "الأمين العام",
 * "سفيري", the two ambassadors) or holds a pronoun after a preposition ("له", to him) is an office or a clause.
 */
const ARABIC_OFFICE_START = /^[وب]?(?:الأمين|عضو|سفير|سفيري|سفيرة|سفراء|وزير|وزيرة|نائب|مستشار|رئيس)(?![\p{L}\p{M}])/u;
const ARABIC_CLAUSE_WORD = /(?:^|\s)(?:له|لها|لهم|إليه|عليه|فيه|منه)(?=\s|$)/u;
const arabicNotName = (name: string): boolean =>
  /\p{Script=Arabic}/u.test(name) && (ARABIC_OFFICE_START.test(name) || ARABIC_CLAUSE_WORD.test(name));

/**
 * A word of a state body or a building in a read name, in the languages' own words: "Estratégicos de la
 * Presidencia", "Делегации Евросоюза", "Light Rail", Portuguese and Spanish "cargo" (a post: "os Cargo de Governador"): the office or the
 * place the reading ran into.
 * The courtesy and family words of names ("Rey", "Rei") are not among them.
 */
const BODY_WORDS = new Set(
  'presidencia presidência présidence presidenza cancillería chancelaria gobierno governo gouvernement embajada embaixada ambassade ambasciata consulado consulat cargo cargos internacionales internacionale internacionais diplomatici iberoamericana делегация делегации делегації республика республики республіки республіка'.split(
    ' ',
  ),
);
const bodyWord = (name: string): boolean =>
  name
    .toLowerCase()
    .split(/\s+/u)
    .some((w) => BODY_WORDS.has(w)) ||
  /^(?:the )?first (?:lady|gentleman)$/iu.test(name) ||
  facilityName(name);

/**
 * A place named after a person: "Kenneth Kaunda International Airport", "Aeropuerto Internacional
 * Benito Juárez", "sân bay quốc tế Tân Sơn Nhất", "Ho Chi Minh City". Where every time the text writes the name it is a
 * building's or a street's, the name is where the visitor landed, not who met them.
 */
const PLACE_NOUN_AFTER =
  /^\s+(?:(?:International|National|Memorial|Regional|Conference|Convention)\s+)?(?:Airport|Air Base|Stadium|University|Hospital|Bridge|Avenue|Street|Road|Boulevard|Square|Hall|Centre|Center|Museum|Library|Foundation|Institute|Mausoleum|Highway|Expressway|Dam|Port|Prize|Award|City)(?![\p{L}])/u;
const PLACE_NOUN_BEFORE =
  /(?<![\p{L}])(?:[Aa]eropuerto|[Aa]eroporto|[Aa]éroport|[Aa]eroport|[Bb]andara|[Bb]andar [Uu]dara|[Ss]ân bay|[Ff]lughafen|[Ll]otnisko|[Ll]etiště|[Аа]эропорт|[Аа]еропорт|[Aa]venida|[Cc]alle|[Rr]ua|[Rr]ue|[Uu]niversidad|[Uu]niversidade|[Uu]niversité|[Ee]stadio|[Ee]stádio|[Ss]tade|[Ff]undación|[Ff]undação|[Ff]ondation)(?:\s+(?:[Ii]nternacional|[Ii]nternational|[Ii]nternationale|quốc tế|[Ii]nternasional|[Мм]еждународн\p{L}+|[Мм]іжнародн\p{L}+|d[eoa]|del|des|du|la|le|l['’]))*(?:\s+\p{Lu}[\p{Ll}\p{M}]+){0,2}\s+$/u;
// Each place the name stands is looked at, a few characters either side: no pattern built per name.
function namedForAPlace(name: string, text: string): boolean {
  let seen = false;
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
    const end = i + name.length;
    if (!PLACE_NOUN_AFTER.test(text.slice(end, end + 40)) && !PLACE_NOUN_BEFORE.test(text.slice(Math.max(0, i - 50), i)))
      return false;
    seen = true;
  }
  return seen;
}

/**
 * A continent alone, in the languages' own words: "the India-Central Asia Dialogue", "a peaceful Asia"
 * leave "Asia" behind when a reading takes the capitalised word for a given name. A person is never
 * written as a continent and nothing else.
 */
const CONTINENTS = new Set(
  'asia europe africa america americas oceania eurasia antarctica asien europa afrika amerika ozeanien asie afrique amérique océanie ásia áfrica américa азия европа африка америка азія європа америка'.split(
    ' ',
  ),
);
const continentAlone = (name: string): boolean => CONTINENTS.has(name.toLowerCase());

/** Two to four capitals alone: an acronym ("PNG", "ЕС") or a numeral ("XI"), no one's name. */
const ACRONYM = /^\p{Lu}{2,4}$/u;

/** A name read by any rule that is no person's: an office, a country, a place, a clause's piece. */
export function notAPerson(name: string, text: string): boolean {
  const trimmed = name.trim();
  return (
    officeAlone(trimmed) ||
    normalizeCountry(trimmed) !== null ||
    koreanClausePiece(trimmed) ||
    cjkPlace(trimmed, text) ||
    cjkOfficeEnd(trimmed) ||
    thaiClause(trimmed) ||
    bodyWord(trimmed) ||
    ACRONYM.test(trimmed) ||
    continentAlone(trimmed) ||
    arabicNotName(trimmed) ||
    vietnamesePlace(trimmed, text) ||
    // "từ thời Chủ tịch Hồ Chí Minh", "Góc Việt Nam – Hồ Chí Minh": the late president's name, or a city's or a body's.
    trimmed === EPONYM ||
    namedForAPlace(trimmed, text)
  );
}
