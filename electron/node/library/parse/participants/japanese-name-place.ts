// Japanese writes whose office it is between the name and the title, with no space: "中島孝之福岡県副知事"
// (Nakajima Takayuki, vice-governor of Fukuoka), "橋本高知県知事", "元木高知県議会議長", "王安順北京市副書記";
// or sets the name off with a middle dot: "阿部守一・長野県知事", "余功斌・鞍山市長", "孫平・副市長".
// The name-then-title reading (cjk-japanese.ts) asks these where the name ends.

import { countryPrefix, type Found } from './cjk-offices.ts';
import { namedAt } from './named-mention.ts';

/**
 * A place's suffix closing the run before the title, and its assembly ("県議会議長"): the office's, not the name's.
 * Not the common nouns "都市" (a city: "姉妹都市委員") and "地区" (a district).
 */
const PLACE_END = /(?:[都道府県町村省州]|(?<!都)市|(?<!地)区)(?:議会)?$/u;

/** Times `s` occurs in `text`. */
const count = (text: string, s: string): number => text.split(s).length - 1;

/**
 * The kanji run before the title, a name and then a place: the place is most often two kanji before its suffix
 * ("福岡県", "北京市"), three when the record writes those three before the suffix more often than
 * the name it would leave ("鹿児島県" said again). The name is two to five kanji ("二日市具正") and no place itself.
 */
export function nameBeforePlace(run: string, text: string, prev: string, title = ''): { name: string; place: string } | null {
  const suffix = PLACE_END.exec(run)?.[0];
  // "16日牛崇文区区長": a day's "日" after its number is no part of a name.
  if (!suffix || (/\d/u.test(prev) && /^[年月日]/u.test(run))) return null;
  const body = run.slice(0, run.length - suffix.length);
  const split = (k: number) => ({ name: body.slice(0, body.length - k), place: body.slice(body.length - k) + suffix });
  const two = split(2);
  const three = split(3);
  const fits = (s: { name: string }): boolean => s.name.length >= 2 && s.name.length <= 5 && !PLACE_END.test(s.name);
  // "中村法道県知事", "鈴木康友県知事": a governor named in full before "県知事" (the prefecture's governor), the
  // prefecture left unsaid; the two kanji before "県" the record writes nowhere else are the given name, no place.
  if (title === '知事' && suffix === '県' && body.length >= 4 && body.length <= 5 && count(text, body.slice(-2)) === 1)
    return { name: body, place: suffix };
  const longer = three.place.slice(0, 4);
  if (fits(three) && count(text, longer) > count(text, three.name + longer)) return three;
  return fits(two) ? two : fits(three) ? three : null;
}

/** Kanji the office may carry after the dot: "副" alone, or a place with its suffix ("長野県"), or a city's name before "市長". */
const AFTER_DOT_PLACE = /^(?:副|\p{Script=Han}{1,4}[都道府県市区町村省州]副?)$/u;

/**
 * …or the body whose office it is, ending like a government, a mission, a chamber or a school: "大連市人民政府外事弁公室副"
 * (主任), "大連日本商工会" (理事長).
 */
const AFTER_DOT_BODY =
  /^\p{Script=Han}{2,16}?(?:政府|弁公室|事務所|会|館|省|庁|局|部|課|室|処|大学|学院|学校|協会|委員会|組合)(?:副|常務|専務)?$/u;

/**
 * "阿部守一・長野県知事", "劉一郎・大連市人民政府外事弁公室副主任": a name of two to four kanji, opening a clause, set off by a
 * dot from the office. `before` is the text before the office's kanji `han`; `cityHead`: the title is a city's or a town's
 * head ("市長"), so the kanji after the dot may be the city's bare name ("鞍山"). A field before the dot ("観光・考古大臣",
 * "経済・文化交流協会会長") is no name.
 */
export function nameBeforeDot(before: string, han: string, cityHead: boolean): string | null {
  const m = /(?:^|[\s、。，,「」『』（）()：:\p{Script=Hiragana}])(\p{Script=Han}{2,4})・$/u.exec(before);
  if (!m?.[1] || PLACE_END.test(m[1])) return null;
  const body = AFTER_DOT_BODY.test(han) && !FIELD_START.test(m[1]);
  if (!(han === '' || AFTER_DOT_PLACE.test(han) || body || (cityHead && /^\p{Script=Han}{1,4}$/u.test(han)))) return null;
  return m[1];
}

/**
 * Fields and departments a Japanese office belongs to, written between the surname and the title: a discipline before a
 * faculty's or a school's head ("佐伯工学研究科長", "朝水経済学部准教授"), an administrative department before its head
 * ("田中総務課長", "文国際交流部長", "安立生活環境委員長"), or the field one is in charge of ("国際担当参事", "広報担当領事").
 * The language's own words for them, one or more in a row.
 */
const FIELD =
  '(?:(?:経済|教育|社会|情報|人間|環境|国際|生命|文化|政策|経営|言語|人文|総合|商|工|農|理|医|法|文|薬|歯)学(?:部|科)?|(?:国際交流|国際|交流|総務|企画|人事|財務|経理|広報|営業|事務|教務|学務|研究|政策|観光|商工|産業|振興|環境|生活|文化|教育|福祉|健康|建設|農林|農業|水産|経済|情報|技術|管理|運営|社会貢献|貢献|留学生|渉外|金融|税務|通関|政治|商務|学生|儀典)(?:部|課|局|室|処|担当)?)';
const DEPARTMENT = new RegExp(`${FIELD}+$`, 'u');
/** A field or a department opening a run of kanji: "国際合作交流処", "人文学院". */
export const FIELD_START = new RegExp(`^${FIELD}`, 'u');

/** A body's own word, not a surname: "本学国際交流課長" (this university's), "当社", "同大". */
const SELF_REFERENCE = /^[本当同弊貴両各全我]/u;

/**
 * The name before a department and the department: "佐伯工学" → 佐伯, 工学; "国際交流" → no name at all (the
 * department's head, unnamed); null when the run holds no department, or only the body's own word before it.
 */
export function nameBeforeDepartment(run: string): { name: string; department: string } | null {
  const department = run.length >= 2 ? DEPARTMENT.exec(run)?.[0] : undefined;
  if (!department) return null;
  const name = run.slice(0, run.length - department.length);
  return name.length <= 2 && SELF_REFERENCE.test(name) ? null : { name, department };
}

/** The kanji run right before a unit's katakana word, opening a clause. */
const BEFORE_UNIT = /(?:^|[\s、。，,「」『』（）()：:\p{Script=Hiragana}])(\p{Script=Han}{2,8})$/u;
/**
 * Kanji of a field or a body: a run holding one is no name ("研究開発プロジェクト課長", "東和大学国際交流センター所長": the
 * university, then its department); a place's "村" ends surnames (植村, 志村), so places are checked by their suffix alone.
 */
const NOT_BARE_NAME = /[学研究際交流開発企画業務事部課局室所館院省庁]/u;

/**
 * A unit whose name is or holds katakana, between the name and the title: "志村知美アサーティブ課長", "小畑精和国際交流
 * センター所長" (a department before it), "植村東アジア研究科長" (a point of the compass opening the region). The name is
 * what is left of the kanji run before the katakana: two to four kanji, no place, no country, no field.
 * `at` is where the katakana starts in `text`, `office` the katakana and the title after it.
 */
export function nameBeforeUnit(text: string, before: string, at: number, office: string, end: number): Found | null {
  const run = BEFORE_UNIT.exec(before)?.[1];
  // "在大阪モンゴル国総領事": a mission, the katakana its country and the kanji where it is posted (在, 駐), no name.
  if (!run || /^[在駐]/u.test(run) || countryPrefix(office)) return null;
  const compass = /[東西南北]$/u.test(run);
  const rest = compass ? run.slice(0, -1) : run;
  const field = nameBeforeDepartment(rest);
  const name = field ? field.name : rest;
  if (name.length < 2 || name.length > 4 || /[都道府県省州市区]$/u.test(name) || countryPrefix(name) || NOT_BARE_NAME.test(name))
    return null;
  // A bare run of two kanji may be the unit's own word ("日本センター"): three at least, unless the compass marks where the
  // region's name opens.
  if (!field && !compass && name.length < 3) return null;
  const index = at - run.length;
  const role = run.slice(name.length) + office;
  return {
    mention: namedAt(text, index, end, {
      name,
      role,
      how: 'named, then a unit in katakana and the title (Japanese)',
    }),
    end,
  };
}
