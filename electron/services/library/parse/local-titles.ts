// How participants are written in the other languages of the records: Indonesian and Vietnamese
// titles before the name, Korean names before the title.

/**
 * Titles in the other languages of the corpus, written before the name as in English, with the
 * country after the title: Indonesian "Menteri Luar Negeri Australia Julie Bishop", Vietnamese
 * "Ngoại trưởng Hoa Kỳ Michael Richard Pompeo", "Bộ trưởng Bộ Ngoại giao Phạm Bình Minh".
 */
export const LOCAL_TITLES: Record<string, string> = {
  'menteri luar negeri': 'Foreign Minister',
  menlu: 'Foreign Minister',
  'bộ trưởng bộ ngoại giao': 'Foreign Minister',
  'bộ trưởng ngoại giao': 'Foreign Minister',
  'ngoại trưởng': 'Foreign Minister',
  'phó thủ tướng': 'Deputy Prime Minister',
  'thủ tướng': 'Prime Minister',
};
export const LOCAL_COUNTRIES: Record<string, string> = {
  ri: 'Indonesia',
  indonesia: 'Indonesia',
  australia: 'Australia',
  turki: 'Turkey',
  singapura: 'Singapore',
  'hoa kỳ': 'United States',
  mỹ: 'United States',
  'nhật bản': 'Japan',
  'hàn quốc': 'Korea',
  'trung quốc': 'China',
  'việt nam': 'Viet Nam',
  vietnam: 'Viet Nam',
  'vương quốc anh': 'United Kingdom',
};
export const LOCAL_NAMED = new RegExp(
  `(?<![\\p{L}])(${Object.keys(LOCAL_TITLES).join('|')})(?: (${Object.keys(LOCAL_COUNTRIES).join('|')}))?(?![\\p{L}])`,
  'giu',
);
/** Korean puts the name first: "정의용 외교부 장관", "안토니 블링컨(Antony J. Blinken) 미국 국무장관". */
export const KOREAN_NAMED =
  /(?<![\p{L}])((?:(?!외교부|국무부)\p{Script=Hangul}{2,4} )?(?!외교부|국무부)\p{Script=Hangul}{2,4})(?:\([^)]{1,40}\))? (?:(미국|중국|일본|베트남|러시아|영국|프랑스|독일|인도|호주) )?(?:외교부 |국무부 )?(장관|국무장관|외교장관|총리|대통령|대사)(?![\p{Script=Hangul}]{2})/gu;
export const KOREAN_NOT_NAMES = /^(?:한미|한중|한일|양국|우리|미국|중국|일본|외교부|국무부|신임|전임|현직)$/;
export const KOREAN_COUNTRIES: Record<string, string> = {
  미국: 'United States',
  중국: 'China',
  일본: 'Japan',
  베트남: 'Viet Nam',
  러시아: 'Russia',
  영국: 'United Kingdom',
  프랑스: 'France',
  독일: 'Germany',
  인도: 'India',
  호주: 'Australia',
};
export const KOREAN_ROLES: Record<string, string> = {
  장관: 'Minister',
  국무장관: 'Secretary of State',
  외교장관: 'Foreign Minister',
  총리: 'Prime Minister',
  대통령: 'President',
  대사: 'Ambassador',
};
