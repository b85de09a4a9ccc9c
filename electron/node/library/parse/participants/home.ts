// A home official needs no country: a Korean paper writes "박진 외교부 장관", a Vietnamese one
// "Thủ tướng Phạm Minh Chính", a Japanese one "岸田文雄外務大臣", and only foreigners get theirs
// ("토니 블링컨 미국 국무장관"). So a title with no country, held by a name in the language's own
// naming, in a title only that country's government uses, is that country's. Anything less
// certain (an ambassador, a bare "총리" that Japan also has) stays without a country.

const KOREA = 'Republic of Korea';
const VIET_NAM = 'Viet Nam';

/** Offices of the Korean government, held or acting for the president ("대통령 권한대행 국무총리"), and of its districts, counties, councils and education offices (구청장, 군수 and whoever acts for one, 구의회의장, 시의회 의장, 교육감, 교육장: no other country's in Korean, and held by a Korean name): "외교부 장관" (China's is 외교부장, Japan's 외무상), "국무총리", "통일부 차관". */
const KOREAN_HOME_TITLE =
  /^(?:대통령 ?권한대행 )?(?:(?:외교부|외교통상부|통일부|국방부|\p{Script=Hangul}{1,8}부) ?(?:제?[12])?(?:장관|차관)|외교부장관|국무총리|대통령|국가안보실장|국가안보실 ?[12]?차장|안보실장|청와대 \p{Script=Hangul}+|\p{Script=Hangul}*본부장|\p{Script=Hangul}*(?:구청장|군수|[구군시도]의회 ?(?:의장|부의장|의원))|구청장|군수|(?:구청장|군수) ?(?:권한대행|직무대행)|정책실장|비서실장|(?:국회|시|도|구|군)?의원|부?교육감|교육장)$/u;

/**
 * Sino-Korean syllables end in nothing, ㄱ, ㄴ, ㄹ, ㅁ, ㅂ or ㅇ and never start with a tense
 * consonant or ㅋ, and "ㅡ" always has a final: "마크롱", "트럼프", "바이든" fail, "윤석열" passes. Nor does ㅅ, ㅈ or
 * ㅊ ever stand before a "y" vowel in one (Sino-Korean writes "서", "주", "초"): "셜리", "쇼", "쥬디", "챠오" are loans.
 */
export function sinoKorean(word: string): boolean {
  for (const ch of word) {
    const code = (ch.codePointAt(0) ?? 0) - 0xac00;
    if (code < 0 || code > 11171) return false;
    const initial = Math.floor(code / 588);
    const medial = Math.floor((code % 588) / 28);
    const final = code % 28;
    if (![0, 1, 4, 8, 16, 17, 21].includes(final)) return false;
    if ([1, 4, 8, 10, 13, 15].includes(initial)) return false;
    if (medial === 18 && final === 0) return false;
    if ((initial === 9 || initial === 12 || initial === 14) && [2, 3, 6, 7, 12, 17].includes(medial)) return false;
    // "ㅔ", "ㅙ" and "ㅞ" never close on a consonant in a Sino-Korean reading (세, 쾌, 궤): "첸", "쉔" are Mandarin.
    if ((medial === 5 || medial === 10 || medial === 15) && final !== 0) return false;
  }
  return true;
}

const KOREAN_SURNAME =
  /^(?:남궁|황보|제갈|선우|독고|[김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉])/u;

/** "윤석열 대통령", "조태열 외교부장관": a Korean name (one word, 2–4 Sino-Korean syllables, a Korean surname) with a Korean office. */
export function koreanHome(name: string, role: string | null): string | null {
  if (role === null || /\s/.test(name) || name.length < 2 || name.length > 4) return null;
  if (!KOREAN_SURNAME.test(name) || !sinoKorean(name)) return null;
  return KOREAN_HOME_TITLE.test(role.trim()) ? KOREA : null;
}

/** Vietnamese family names: a name that starts with one is written the Vietnamese way. */
export const VIETNAMESE_SURNAME =
  /^(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Tô|Đinh|Trịnh|Đoàn|Lương|Mai|Cao|Lâm|Phùng|Tạ|Văn|Đào|Thái|Chu|Khuất|Nông|Triệu|Quách|Kiều|Lại|Vương|Hà|Trương|Tôn|Nghiêm|Đàm|Lưu|Giáp|Tống|Thân) /u;

/**
 * Offices a Vietnamese record leaves unqualified for its own government: "Thủ tướng", "Chủ tịch
 * nước", "Bộ trưởng Ngoại giao". Not an ambassador: a Vietnamese record says whose without fail
 * only for its own ("Đại sứ Việt Nam tại …"), so a bare one may be the other side's.
 */
const VIETNAMESE_HOME_TITLE =
  /^(?:(?:Quyền |Phó )?(?:Thủ tướng|Chủ tịch nước|Tổng Bí thư|Chủ tịch Quốc hội|Bộ trưởng|Thứ trưởng)|Ủy viên Bộ Chính trị|Bí thư Trung ương Đảng)(?:[ ,].*)?$/iu;

/** "Thủ tướng Phạm Minh Chính": a name of three words or more, written the Vietnamese way, with a home office. */
export function vietnameseHome(name: string, role: string | null): string | null {
  if (role === null || !VIETNAMESE_SURNAME.test(name)) return null;
  // Two words ("Tô Lâm", "Lương Cường") only with Vietnamese letters and a state or party office.
  const words = name.split(' ').length;
  if (words < 2 || (words === 2 && !(VIETNAMESE_LETTERS.test(name) && STATE_OFFICE.test(role)))) return null;
  if (/Đại sứ|Đại biện/iu.test(role)) return null;
  // Provincial offices only Viet Nam's local government has: "Chủ tịch UBND tỉnh", "Bí thư Tỉnh ủy".
  if (PROVINCIAL.test(role)) return VIET_NAM;
  return VIETNAMESE_HOME_TITLE.test(role.trim()) ? VIET_NAM : null;
}

const PROVINCIAL = /Tỉnh ủy|Thành ủy|UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân/iu;
export const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const STATE_OFFICE = /^(?:Tổng Bí thư|Chủ tịch nước|Chủ tịch Quốc hội|Thủ tướng)/iu;

/**
 * Offices only Germany's towns and parliament have, written bare before the name the way its own press writes them:
 * "Oberbürgermeister A B" (Austria and Switzerland have no such mayor), "der Beigeordnete C D", "der Beigeordnete für Bau, C D" (a German
 * town's deputy), "Bundestagspräsidentin E F". Not a bare "Bürgermeister", "Landrat" or "Ministerpräsident": German
 * writes them for the mayors, district heads and prime ministers of every country.
 */
const GERMAN_HOME_TITLE =
  /^(?:Oberbürgermeister(?:in)?|(?:Erste[nr]? )?Beigeordnete[nr]?(?: für [^,]+)?|Bundestags(?:vize)?präsident(?:in)?)$/u;

/** "Oberbürgermeister A B": Germany's, when the office stands alone, with no place or country after it. */
export const germanHome = (role: string | null): string | null =>
  role !== null && GERMAN_HOME_TITLE.test(role.trim()) ? 'Germany' : null;

export const HOME_WHY = 'an unqualified home title, written the way its own press writes it';
