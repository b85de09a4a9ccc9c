// How Korean, Vietnamese, Japanese, Chinese and Thai records state where a meeting took place:
// "서울 종로구 외교부에서", "tại trụ sở Bộ Ngoại giao", "ジュネーブ出張中", "在北京會見", "ณ นครดานัง".

import { normalizeCountry } from '../../../../shared/countries.ts';
import { postedBefore } from './posted.ts';

/** Korean: time, then place with 에서 ("10.5(화) 오후 파리에서"). */
export const KOREAN_PLACE = /(?:오전|오후|\)|일)\s*(\p{Script=Hangul}{2,6})에서/u;
/**
 * Korean, more generally: up to three words before 에서 ("캄보디아 프놈펜에서", "워싱턴 DC 주미대사관에서", "청와대 본관 1층에서"),
 * dropping words that end in a particle or a verb ending ("열리는"), and never an event ("회의에서").
 */
export const KOREAN_AT = /((?:[\p{Script=Hangul}A-Za-z\d]+\s+){0,4}(?:\d+층|[\p{Script=Hangul}A-Za-z]{2,}))에서/gu;
export const KOREAN_NOT_WORD = /(?:는|은|이|가|을|를|의|한|된|던|과|와|로|고|며|서)$/u;
/** An institution at the end of "서울 종로구 외교부": the place is the words before it. */
export const KOREAN_INSTITUTION = /(?:\s+(?:외교부|청사))+$/u;
/**
 * Time words before a place ("이날 오후 서울 …"), and the adverbs and linking verbs a sentence opens on
 * ("먼저 의회2층 간담회실에서", "개원 100주년을 맞아 의회에서"): not part of it.
 */
export const KOREAN_TIME =
  /^(?:먼저|우선|이어|이어서|앞서|또한|특히|한편|아울러|이후|맞아|맞이해|위해|통해|이용해|따라|대해|관해|올해|지난해|내년|작년|금년|\d{1,2}월|이날|당일|오전|오후|저녁|정오|새벽|밤|낮|현지시간|이틀간|사흘간|나흘간|\d+일(?:부터|까지|간)?|\d+(?:시|분)(?:부터|까지|간|에)?)$/u;
/**
 * "경남도청을 찾아", "대전시를 방문하고", "서울 강서구의회를 방문했다", "빈시를 공식 방문", "여의도 국회를 예방해":
 * a building, city, district, province or council a visitor went to, by the ending of its name.
 */
export const KOREAN_VISITED =
  /(?<!\p{Script=Hangul})(?!(?:돌파|친|연|요|도|입|출|탐|추|가|기|창|욕)구(?:를|을))(\p{Script=Hangul}{2,}의회|\p{Script=Hangul}*국회|\p{Script=Hangul}{2,}(?:청|청사|관저|궁|호텔|대사관|영사관|공관|본부|회관|센터|빌딩|캠퍼스|도|시|군|구|성))(?:을|를)\s*(?:공식\s*)?(?:찾아|찾았|방문|예방해|예방했)/u;
/** "19일 남구를 방문했다", "4일 함안을 찾았다": a day, then the one word the visitor went to. */
const KOREAN_DAY_VISITED = /\d{1,2}일\s+(\p{Script=Hangul}{2,5})(?:을|를)\s*(?:공식\s*)?(?:찾아|찾았|방문)/u;
/**
 * "대사 일행이 담양을 방문해", "대표단이 지난 7일부터 11일까지 인천을 찾아", "방문단은 … 시엠립주에 찾아": the guests, then
 * the one word they went to, whatever its ending; not a sight toured after another visit in the sentence ("직접 방문하여 …
 * 화엄사를 방문하여"), nor a thing of something ("한민족의 영산을 찾았다").
 */
const KOREAN_GUESTS_VISITED =
  /(?:방문단|대표단|사절단|일행|대사|영사|지사|시장|군수|구청장|의장|장관|위원장)(?:\s*등)?\s*(?:이|가|은|는)\s(?:(?:(?!방문|찾)[^.。\n]){0,80}?\s)?(?<!의\s)(\p{Script=Hangul}{2,5})(?:을|를|에)\s*(?:공식\s*)?(?:방문|찾아|찾았)/u;
/** Where guests go that is no meeting's place: a farm, a site, a school toured, the country as a whole. */
const KOREAN_NOT_VISITED = /^(?:한국|국내|현장|농가|공장|학교|기업|회사|지역|마을|시설|단지|본사|대학|도시|이곳|그곳|우리나라)$/u;
/** The place a visitor went to, unless the sentence says the visit was an earlier one ("지난 2월 … 빈프억성을 방문해"). */
export function koreanVisited(text: string): string | null {
  const day = KOREAN_DAY_VISITED.exec(text);
  const guests = KOREAN_GUESTS_VISITED.exec(text);
  const word = (x: RegExpExecArray | null): RegExpExecArray | null =>
    x?.[1] && normalizeCountry(x[1]) === null && !KOREAN_NOT_VISITED.test(x[1]) ? x : null;
  // A whole country visited ("9일 베트남을 방문") is where the trip went, not the meeting's place.
  const m = KOREAN_VISITED.exec(text) ?? word(day) ?? word(guests);
  if (!m?.[1]) return null;
  const clause =
    text
      .slice(0, m.index)
      .split(/[.。]\s/)
      .at(-1) ?? '';
  return /지난\s?(?:\d{1,2}월|달|해|번)|지난해|과거|예전/u.test(clause) ? null : m[1];
}
/** "중국 항저우에 도착해": where a visitor arrived. */
const KOREAN_ARRIVED = /((?:\p{Script=Hangul}{2,}\s+)?\p{Script=Hangul}{2,})에\s*도착/u;
/** Where a Korean visitor arrived ("인천국제공항에 도착"), without a linking verb or time word before it ("비행기를 이용해 한국에 도착"). */
export function koreanArrived(text: string): string | null {
  const words = KOREAN_ARRIVED.exec(text)?.[1]?.split(/\s+/) ?? [];
  const first = words[0] ?? '';
  const place = (words.length > 1 && (KOREAN_TIME.test(first) || KOREAN_NOT_WORD.test(first)) ? words.slice(1) : words).join(' ');
  return place === '' ? null : place;
}
/**
 * What happens, not where: a meeting, a ceremony by its ending -식 ("서명식", "환영식"), a speech by its
 * ending -사 after what it was given at ("만찬사", "환영사"), a tour ("해외 순방"), a point of view ("베트남적 시각"),
 * a field of cooperation ("다방면에서", "경제 부문에서").
 */
export const KOREAN_EVENT =
  /(?:회의|회담|면담|접견|회동|발언|회견|간담회|브리핑|통화|행사|만찬|오찬|자리|연설|발표|성명|인터뷰|방송|정상회의|총회|포럼|세미나|현장|국회|정부|외교부|당국|측|기사|보도|과정|상황|가운데|분야|방면|부문|영역|차원|측면|계기|관계|문제|\p{Script=Hangul}식|(?:만찬|오찬|환영|환송|기념|개회|폐회|취임|축|답)사|순방|시각|관점|입장)$/u;
/**
 * Vietnamese: "tại Hà Nội", "tại trụ sở Chính phủ", "tại cung Hòa Bình" ("ở" is too often figurative:
 * "ở Biển Đông"); not an ambassador's post ("Đại sứ … tại Việt Nam"). A name written in capitals is
 * one word ("tại TPHCM", "tại UBND tỉnh"), never cut to its first letter; a name spelled out in syllables
 * is one name ("tại Thủ đô Vi-ni-út"); a building named by a common noun keeps it ("tại Đại sứ quán Đức",
 * "tại Ký túc xá …"); not a diplomat's or country director's post ("Tham tán … tại Đại sứ quán", "Giám đốc
 * quốc gia WB tại Việt Nam").
 */
export const VIETNAMESE_AT =
  /(?<![\p{L}])(?<!(?:Đại sứ|Đại sứ quán|Lãnh sự|Tổng Lãnh sự|đại diện|[Tt]ham tán|[Tt]ùy viên|[Cc]ông sứ|[Gg]iám đốc quốc gia)[^,.]{0,80})(?:tại)\s+((?:(?:[Đđ]ại sứ quán|[Tt]ổng [Ll]ãnh sự quán|[Ll]ãnh sự quán|[Đđ]ại học|[Hh]ọc viện|[Kk]ý túc xá|[Kk]hách sạn|[Hh]ội trường|[Nn]hà hát|[Bb]ảo tàng|[Tt]rụ sở|[Tt]hủ đô|[Tt]hành phố|[Tt]ỉnh|[Nn]hà khách|[Pp]hủ|[Vv]ăn phòng|[Tt]rung tâm|[Cc]ung|[Dd]inh|[Ss]ân bay|[Xx]ã|[Pp]hường|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hị trấn)\s+)?\p{Lu}(?:\p{Lu}+(?![\p{L}])|\p{Ll}*(?:-\p{Ll}+)*)(?:\s+(?:tịch|thống|tướng|\p{Ll}+(?=\s+\p{Lu}))(?![\p{L}]))?(?:\s+\p{Lu}(?:\p{Lu}+(?![\p{L}])|\p{Ll}*(?:-\p{Ll}+)*)(?:\s+(?:tịch|thống|tướng|\p{Ll}+(?=\s+\p{Lu}))(?![\p{L}]))?){0,4})/gu;
/** A time, then "tại <venue>," opening a Vietnamese lead, with the city in brackets after the venue. */
export const VIETNAMESE_OPENING =
  /^(?:\([^)]{1,12}\)\s*)?[^,.]{0,30}\d[^,.]{0,10},\s*tại\s+([^,()]{3,80}?(?:\s*\([^)]{1,40}\))?)\s*,/u;
/** "thăm tỉnh Tochigi", "đến thăm thành phố Busan", "đã đến thành phố Quảng Châu": the place a visitor went to. */
export const VIETNAMESE_VISIT =
  /(?<![\p{L}])(?:thăm|đến)\s+(?:[Tt]ỉnh|[Tt]hành phố|[Tt]hủ đô)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})/u;
/**
 * Vietnamese: where a delegation came to work, "đã đến thăm và làm việc với tỉnh Ninh Bình", "thăm và làm
 * việc tại Quảng Nam", "đã đến Hà Nội": a province or city by its name, not a person
 * or a body named by a title ("đến Thủ tướng", "làm việc với Sở Ngoại vụ").
 */
const VIETNAMESE_WORKED_AT =
  /(?<![\p{L}])(?:đến thăm(?: và làm việc)?(?: với| tại)?|thăm và làm việc (?:với|tại)|làm việc tại|đã đến)\s+((?:tỉnh|thành phố|thủ đô)\s+)?(\p{Lu}(?:\p{Lu}+(?![\p{L}])|\p{Ll}*)(?:\s+\p{Lu}(?:\p{Lu}+(?![\p{L}])|\p{Ll}*)){0,2})/gu;
const VIETNAMESE_BODY =
  /^(?:Thủ|Chủ|Bộ|Quyền|Đại|Tổng|Phó|Ngài|Ông|Bà|Đoàn|Lãnh|Trưởng|Bí|Sở|Ban|Ủy|Văn|Trung|Hội|Cục|Vụ|Viện|Trường|Công|Tập|Ngân|Đảng|Quốc|Nhà|Cơ|Các|Những)(?![\p{L}])/u;
/**
 * Vietnamese: the host is the province's or city's leader and receives the guest, "Chủ tịch UBND TP.Đà Nẵng đã tiếp …",
 * "Bí thư Thành ủy, Trưởng Đoàn ĐBQH thành phố Hải Phòng tiếp xã giao …", "Phó Chủ tịch UBND tỉnh An Giang Nguyễn Thị
 * Minh Thúy đã tiếp đoàn …": the meeting sat in that province or city. The host's own name after the province's is cut
 * at its family name.
 */
const VIETNAMESE_HOST_RECEIVED =
  /(?<![\p{L}])(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân|Tỉnh ủy|Thành ủy|Đoàn ĐBQH)\s+(?:tỉnh|thành phố|TP\.?)\s*(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,5}),?\s+(?:đã\s+)?(?:có buổi\s+)?(?:tiếp|đón tiếp)(?![\p{L}])(?!\s+(?:tục|cận|theo|thu|nối|xúc))/u;
/** Vietnamese family names: where a host's name starts after the name of the province ("tỉnh An Giang Nguyễn Thị …"). */
const VIETNAMESE_FAMILY =
  /^(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Lương|Đoàn|Lâm|Mai|Trịnh|Đào|Cao|Hà|Tô|Tạ|Lưu|Châu|Thái|Văn|Quách|Chu|Triệu|Lại|Kiều|Hứa)$/u;
export function vietnameseHostReceived(text: string): string | null {
  if (!text.includes('tiếp')) return null;
  const words = VIETNAMESE_HOST_RECEIVED.exec(text)?.[1]?.split(/\s+/u);
  if (!words) return null;
  // No province named: "Chủ tịch HĐND tỉnh Bùi Thị Quỳnh Vân tiếp" gives the host's name, three words or more from a family name.
  if (VIETNAMESE_FAMILY.test(words[0] ?? '') && words.length >= 3 && words.slice(0, 3).join(' ') !== 'Hồ Chí Minh') return null;
  const cut = words.findIndex((w, i) => i > 0 && VIETNAMESE_FAMILY.test(w));
  const name = (cut === -1 ? words : words.slice(0, cut)).join(' ');
  return normalizeCountry(name) === null ? name : null;
}
/** "đến Hà Nội, bắt đầu chuyến thăm chính thức": arrived in a city, beginning the visit. */
const VIETNAMESE_ARRIVED_IN = /(?<![\p{L}])đến\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2}),\s*bắt đầu/u;
export function vietnameseWorkedAt(text: string): string | null {
  if (!text.includes('đến') && !text.includes('làm việc')) return null;
  const arrived = VIETNAMESE_ARRIVED_IN.exec(text)?.[1];
  if (arrived && normalizeCountry(arrived) === null) return arrived;
  for (const m of text.matchAll(VIETNAMESE_WORKED_AT)) {
    const name = m[2] ?? '';
    // A country is where the whole visit was, not the meeting ("đến thăm Việt Nam").
    if (name !== '' && !VIETNAMESE_BODY.test(name) && normalizeCountry(name) === null) return `${m[1] ?? ''}${name}`;
  }
  return null;
}
/**
 * Japanese: a place in katakana before で, において, 出張, 訪問 ("ニューヨーク出張中", "ブエノスアイレスにおいて"); not a
 * loanword for an event or a setting ("セレモニーでは", "レセプションで", "キャンパスを訪問", "オンラインで").
 */
export const JAPANESE_AT =
  /(?<![\p{Script=Katakana}ー・])(?!(?:セレモニー|レセプション|パーティー?|イベント|キャンパス|フォーラム|シンポジウム|セミナー|ミーティング|オンライン|テーマ|スピーチ|ワークショップ|ランチ|ディナー|ツアー|プログラム|サミット|ビデオ|テレビ|リモート|フェア)(?:で|において|出張|訪問|を訪))([\p{Script=Katakana}ー・]{2,})(?:で|において|出張|訪問|を訪)/u;
/**
 * Japanese: a building named in kanji before で ("港区の迎賓館で", "官邸で岩屋外相と会い"), にて, or the
 * call paid at it ("市役所を表敬訪問した", "三重県庁を訪問します"): prefectural and city halls and the ministry
 * too; or the hall, then "に", then whom the visitor called on there ("市役所に山田市長を表敬訪問した").
 * Not "外務省では" (the ministry, as a topic) nor "市役所を訪問すると" (whenever one visits one). A town's name may hold
 * a small "ケ" between kanji ("駒ケ根市役所"). A consulate or embassy named by its city in katakana, and the call paid
 * "to" it ("サンフランシスコ総領事館へ表敬", "大使館へ表敬訪問し"), say where the visitors met its staff.
 */
export const JAPANESE_VENUE =
  /([\p{Script=Katakana}ー・]{2,}(?:総領事館|大使館)|(?:\p{Script=Han}|[ケヶ](?=\p{Script=Han})){0,4}(?:迎賓館|官邸|公邸|大使館|会館|宮殿|庁舎|本館|別館|県庁|都庁|道庁|府庁|市役所|区役所|役場|外務省|公館|校舎|議場|議事堂))(?:で(?!は)|において|にて|を(?:表敬)?訪問(?=し|され)|を訪れ|へ表敬(?:訪問)?(?=[。し]|され)|に(?=[^。、]{1,20}を(?:表敬)?訪問(?:し|され)))/u;

/**
 * Japanese: a city, ward or prefecture in kanji, named by its own suffix, where the meeting was held or
 * that was visited ("大阪市で会談した", "高槻市を訪問した"), or a city visited without its suffix
 * ("名古屋を訪れ", "松本を訪れ"); the prefecture before the city is left out ("新潟県胎内市に赴き": 胎内市). Not "市長" or "市内" (the suffix must end the name), nor "…では", nor "this
 * city", "the sister city" ("本市", "姉妹都市"); a prefecture visited is where a delegation went, not a meeting place.
 */
export const JAPANESE_CITY =
  /(?<![\p{Script=Han}])(?:\p{Script=Han}{2,3}[都道府県](?=\p{Script=Han}{1,4}[市区町村]))?(?![本当同各全両他])((?:(?!都市)\p{Script=Han}){1,4}[市区町村])(?:で(?!は)|において|にて|を(?:公式)?訪問(?=し|され)|を訪れ|に赴)|(?<![\p{Script=Han}])(?![本当同各全両他])(\p{Script=Han}{2,4})を訪れ/u;

/**
 * Chinese: "在北京會見", "在美國紐約先后會見", "在北京人民大會堂與蒂勒森舉行會談": the place between 在 and the verb of meeting;
 * or a city's one-character short name ("在京会见", "在蓉会见", "在沪会见": Beijing, Chengdu, Shanghai).
 */
const CHINESE_AT =
  /在(\p{Script=Han}{2,8}?|[京沪滬穗津渝蓉榕甬邕港澳])(?:先后|先後|分别|分別)?(?:(?:同|与|與|和)\p{Script=Han}{0,12}?)?(?:會見|会见|會晤|会晤|會談|会谈|會面|会面|举行|舉行|接见|接見|出席)/u;
/**
 * "在北京,國務委員兼外長王毅,與到訪的…會面": a lead that opens with where, then a comma; "曾國衞在北京期間,…獲…接見":
 * where the visitor was during (期間) the stay the sentence tells the meeting of (not "在訪華期間", "在東盟外長會期間":
 * during a visit or a conference, no place).
 */
const CHINESE_OPENING =
  /(?:^|[。\s])在(\p{Script=Han}{2,6})[,，]|在((?:(?![访訪会會议議])\p{Script=Han}){2,6}?)(?:期間|期间|逗留期間|逗留期间)/u;
/** "赴上海拜访" (went to Shanghai to call on), "来到云南大学参观交流" (came to … to visit): where the visitors went to meet. */
const CHINESE_GONE_TO =
  /(?:赴|来到|來到|抵达|抵達|前往)(\p{Script=Han}{2,8}?)(?:拜会|拜會|拜访|拜訪|参观|參觀|访问|訪問|会见|會見|考察|出席)/u;
/** "美國紐約": the country before the city is not part of the city's name. */
const CHINESE_COUNTRY = /^\p{Script=Han}{1,2}[國国](?=\p{Script=Han}{2})/u;
/** "首都北京" (the capital Beijing): the word for capital before the city's name. */
const CHINESE_CAPITAL = /^(?:首都|首府)(?=\p{Script=Han}{2})/u;
/**
 * The city without the country written before it: "美國紐約", "瑞士蘇黎世" (Switzerland Zurich), "印尼峇里"
 * (Indonesia Bali); a country's name of two to five characters, with two or more left for the city.
 */
function withoutCountry(place: string): string {
  const bare = place.replace(CHINESE_COUNTRY, '').replace(CHINESE_CAPITAL, '');
  if (bare !== place || normalizeCountry(place) !== null) return bare;
  // Not a city whose own name starts with a country's ("巴西利亚", Brasília, is no "巴西" + "利亚").
  for (let n = Math.min(5, place.length - 2); n >= 2; n--)
    if (normalizeCountry(place.slice(0, n)) !== null && !/^[利尼里]亚/u.test(place.slice(n)))
      return place.slice(n).replace(CHINESE_CAPITAL, '');
  return place;
}
export function chinesePlace(sentence: string): string | null {
  const opening = CHINESE_OPENING.exec(sentence);
  const m = CHINESE_AT.exec(sentence)?.[1] ?? opening?.[1] ?? opening?.[2] ?? CHINESE_GONE_TO.exec(sentence)?.[1];
  return m ? withoutCountry(m) : null;
}
/** Thai "ณ นครดานัง" ("at …"), a word standing alone between spaces (ณ also occurs inside words: "คณะ"). */
export const THAI_AT = /(?<!\S)ณ\s+(\p{Script=Thai}{2,})/u;

/**
 * Thai "ที่ห้องสีงาช้าง ตึกไทยคู่ฟ้า ทำเนียบรัฐบาล" (in the … room, … building, Government House),
 * "ที่ห้องหาดทรายรี ศาลากลางจังหวัดชุมพร ชั้น 2": a room or wing, then the building it is in. The
 * building, the last of the run, is where they met; the floor after it is not part of it.
 */
const THAI_VENUE =
  /ที่(?:ห้อง|ตึก|อาคาร)\p{Script=Thai}+((?:\s+(?:ห้อง|ตึก|อาคาร|ทำเนียบ|ศาลากลาง|กระทรวง|สำนักงาน|สถานเอกอัครราชทูต|โรงแรม)\p{Script=Thai}+)+)/u;
export const thaiVenue = (text: string): string | null => THAI_VENUE.exec(text)?.[1]?.trim().split(/\s+/).at(-1) ?? null;

export function koreanPlace(text: string): string | null {
  KOREAN_AT.lastIndex = 0;
  for (let m = KOREAN_AT.exec(text); m; m = KOREAN_AT.exec(text)) {
    // "2018년 무주에서 열린 국제회의": a place dated by its year alone is another event's, and "년" is no place.
    const before = text.slice(0, m.index);
    if ((/\d{4}$/.test(before) && m[1]?.startsWith('년')) || /\d{4}\s*년\s*$/.test(before) || /\d{4}년/.test(m[1] ?? ''))
      continue;
    const all = (m[1] ?? '').split(/\s+/);
    // The place is the words after the last one that ends in a particle or names a time ("아베 총리는 서훈 원장과의 면담").
    const cut = all.findLastIndex((w, i) => i < all.length - 1 && (KOREAN_NOT_WORD.test(w) || KOREAN_TIME.test(w)));
    // "지난 3월 일본 도쿄에서": a meeting the text recalls by its month alone, not this one ("지난달 27일" is this one's day).
    if (/(?:^|\s)(?:지난\s?(?:\d{1,2}월|달|해)|지난해|작년)(?:\s|$)(?!\s*\d{1,2}\s*일)/u.test(all.slice(0, cut + 1).join(' ')))
      continue;
    const words = all.slice(cut + 1);
    let place = words.join(' ');
    if (words.length > 1 && KOREAN_INSTITUTION.test(place)) place = place.replace(KOREAN_INSTITUTION, '');
    if (!KOREAN_NOT_WORD.test(words[0] ?? '') && !KOREAN_EVENT.test(place)) return place;
  }
  return null;
}

/** Arabic: the visitor "who is visiting Cairo currently" (الذي يزور القاهرة حاليا). */
export const ARABIC_VISITING = /(?<![\p{L}])(?:يزور|تزور)\s+(\p{Script=Arabic}+(?:\s+\p{Script=Arabic}+)?)\s+حالي\p{M}*ا/u;
/** Arabic: "in the Saudi capital Riyadh" (في العاصمة السعودية الرياض). */
export const ARABIC_CAPITAL = /(?<![\p{L}])في\s+العاصمة\s+\p{Script=Arabic}+\s+(\p{Script=Arabic}+(?:\s+ظبي)?)/u;
/** Arabic words run into "بـ" that are not places: "in the presence of", "on the occasion of", "about", "between". */
const ARABIC_NOT_PLACE = String.raw`(?!حضور|مناسبة|رئاسة|شأن|هدف|حث|ين|عد|ن\s|ما\s|ها\s|ه\s|كل|الإضافة|التزامن|التعاون|الشأن|المناسبة)`;
/**
 * Arabic: a venue and the city run into it with "بـ" (in): "في مقر الوزارة بالرياض" (at the ministry's
 * seat in Riyadh), "في قصره بجدة" (in his palace in Jeddah), "مطار الملك خالد الدولي بالرياض".
 */
export const ARABIC_VENUE_CITY = new RegExp(
  String.raw`(?<![\p{L}])(?:مقر|قصر|مكتب|ديوان|قاعة|فندق|مطار)\p{L}*(?:\s+[^\s،.]+){0,4}?\s*،?\s+ب${ARABIC_NOT_PLACE}((?:ال)?\p{Script=Arabic}{2,})(?![\p{L}])`,
  'u',
);
/**
 * Arabic: a meeting sentence's "in Riyadh" (في الرياض), ending its clause or followed by "today" ("في جدة
 * اليوم"): one word after في, not a phrase of time or manner ("في المقابل،" on the other hand).
 */
export const ARABIC_IN =
  /(?<![\p{L}])في\s+(?!المقابل|السياق|البداية|النهاية|الختام|المجمل|الواقع|الأثناء|غضون|حين|ذلك|هذا|هذه|المنطقة|العالم|المستقبل|الماضي|الخارج|الداخل|العاصمة|مدينة|إطار|ختام|مستهل|أعقاب|اليوم|أمس)((?:ال)?\p{Script=Arabic}{3,})(?=\s*[،.:]|\s*$|\s+(?:اليوم|أمس|مساء|صباح)(?![\p{L}]))/u;
/** Arabic: "today, Sunday, in Riyadh" (اليوم الأحد في الرياض): a place after the day the text names. */
export const ARABIC_DAY_IN =
  /(?<![\p{L}])(?:اليوم|أمس|مساء|صباح)(?:\s+(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت))?\s*،?\s+في\s+(?!العاصمة|مدينة|إطار|ختام|مستهل|أعقاب)((?:ال)?\p{Script=Arabic}{2,})(?=\s*[،.]|\s+مع(?![\p{L}]))/u;
/** The city a Vietnamese venue is followed by: ", thành phố Quảng Châu", " mạng ở Thủ đô La Habana". */
const VIETNAMESE_CITY_AFTER =
  /^((?:\s+\p{Ll}+){0,2})\s*(?:,|\s+ở)\s+((?:[Tt]hủ đô|[Tt]hành phố|TP\.?)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})/u;
/**
 * "tại <venue>" in a Vietnamese sentence, with the city the text names right after it ("tại Sân bay Quốc tế
 * Bạch Vân, thành phố Quảng Châu" gives "Sân bay Quốc tế Bạch Vân, thành phố Quảng Châu").
 */
export function vietnameseAt(sentence: string, notPlace: (name: string) => boolean): string | null {
  VIETNAMESE_AT.lastIndex = 0;
  for (let m = VIETNAMESE_AT.exec(sentence); m; m = VIETNAMESE_AT.exec(sentence)) {
    const name = m[1]?.trim().replace(/[.’']+$/, '');
    if (!name || notPlace(name) || postedBefore(sentence.slice(0, m.index + m[0].lastIndexOf(m[1] ?? '')), name)) continue;
    const city = VIETNAMESE_CITY_AFTER.exec(sentence.slice(m.index + m[0].length));
    return city?.[2] ? `${name}${city[1] ?? ''}, ${city[2]}` : name;
  }
  return null;
}
