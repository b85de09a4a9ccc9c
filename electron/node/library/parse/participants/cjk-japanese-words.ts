// The words and patterns cjk-japanese.ts reads around a name before a title (office words, bodies, places), kept apart.

import { JAPANESE_TITLE } from './japanese-offices.ts';

export const KATAKANA_NAME = /[\p{Script=Katakana}ー]+(?:[・=＝][\p{Script=Katakana}ー]+)*$/u;
/** Offices of Japan's own government, written without "日本" in a Japanese record. */
export const JAPAN_HOME =
  /^(?:外務|総理|内閣総理|防衛|財務|経済産業|官房|\p{Script=Han}{0,4}(?:省|府))?(?:大臣|副大臣|政務官|次官|審議官|長官)$|^(?:首相|外相|総理)$/u;

/**
 * Office words between name and head noun ("外務副大臣", "特命全権大使"), or qualifying it: "山田新大使", "王岐山国家副主席",
 * "官房長官", "駐日各国大使", "甲斐名誉領事"; the house of the Diet a member sits in: "中曽根弘文参議院議員", "衆議院議長";
 * the Cabinet Office a minister serves in: "内閣府副大臣"; the city of a posting after "駐": "中国駐大阪総領事" (China's consul general in Osaka).
 */
export const OFFICE_WORDS =
  /(?:駐(?![在車])\p{Script=Han}{1,3}|外務省|外務|国務|総理|内閣府|内閣|防衛|財務|連邦|副|准|首席|特命全権|駐日|名誉|新任|新|国家|官房|外国|各国|参議院|衆議院|取締役|特別|代表|常務|専務|常任|特命|地方)+$/u;

/** A name in kanji with its reading in kana in brackets, before the office: "趙兌烈（チョ・テヨル）", "孔 鉉佑(こう げんゆう) ". */
export const GLOSSED =
  /(\p{Script=Han}{2,4}|(?<!\p{Script=Han})\p{Script=Han}{1,2}[ 　]\p{Script=Han}{1,3})[（(](?:[\p{Script=Katakana}\p{Script=Hiragana}ー・=＝ 　]{2,20}|[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2})[)）][ 　]?$/u;
/** A glossed place, not a name: "武漢市（ぶかんし）". */
export const GLOSSED_PLACE = /[都道府県市区町村省州国]$/u;

/** The last character of a department, a bureau, a mission, a ministry or a college: "政策部", "総領事館", "外務省", "日本語学院". */
// …or an association: "友好協会", "学会".
export const BODY_END = /[部局課館省庁室処院会]/u;

/**
 * Kanji read as a name that are an office or a rank themselves: "外務大臣補佐官", "三等書記官" (the ranks of secretaries);
 * or an ordinal: "第八次日中知事交流訪中団" (the eighth delegation of governors).
 */
// …or which holder in a line of them: "初代会長" (the first chair), "歴代", "次期" (the next).
export const OFFICE_NAME = new RegExp(
  `(?:${JAPANESE_TITLE.source})$|^[一二三]等$|^第[〇一二三四五六七八九十百d０-９]|^(?:初代|歴代|先代|次期|現職|前任|後任)$`,
  'u',
);

/** Heads of a city, a ward, a town, a village or a prefecture, and consuls: written after a place as well as after a name. */
export const LOCAL_HEAD = /^(?:[市区區町村][长長]|知事|[总総總]?[领領]事)$/u;

/** "山口県下関市前田晋太郎": the prefecture and the city before a name are where the office is, not the name. */
/** A body whose head the title names ("日中友好協会会長", "訪問団団長", "外国語学院院長", "外務局副局長"): the kanji before the title are no name. */
// …and the Diet or a city's assembly: "国会議員", "京都市会議員" (a member of the Kyoto city assembly).
export const BODY_NAME =
  /(?:協会|協議会|委員会|連盟|連合会|財団|組合|学会|事務所|商工会議所|議会|国会|[都道府県市区町村]会|大学|会社|団|院|局|課|庁|処|党|議連|連合|協|会)$/u;

/** A body, then a dot, before a name and its office: "〇〇観光協会・", "横浜分処・", "同・" (the same body as just named). */
export const DOTTED_BODY = new RegExp(`(?:${BODY_NAME.source.replace(/\$$/u, '')}|(?<!\\p{Script=Han})同)・$`, 'u');

export const PLACE_BEFORE_NAME = /^(?:\p{Script=Han}{1,4}?[都道府県])?\p{Script=Han}{1,4}?[市区町村](?![長会議庁役])/u;

/** "の5名", "の12 名" (the five people): a count of those just listed, not the owner of what follows. */
// …nor "の各会派代表", "の各氏" (each of them, as their groups' representatives).
export const COUNTED = /^の\s*(?:[0-9０-９一二三四五六七八九十]+\s*[名人]|各\p{Script=Han}{0,4}?(?:代表|氏))/u;

/** "について", "に関して", "に関する" (about): what a clause is about follows the name and title. */
export const ABOUT = /^(?:について|に関し)/u;
