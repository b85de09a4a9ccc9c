// The offices Chinese and Japanese records name people by, and the countries written before them
// ("英國首相", "米国務長官"): shared by the Chinese and the Japanese readings.

import { normalizeCountry } from '../../../../shared/countries.ts';
import { SURNAMED_HEADS } from './chinese-surnamed-heads.ts';
import type { Mention } from './types.ts';

/** Head nouns of offices, Chinese (simplified and traditional) and Japanese, longest first. */
const HEADS = [
  '外交部[长長]',
  '外[务務]大臣',
  '[总総總]理大臣',
  '[国國]务卿|國務卿|国務長官|國務長官',
  '[国國]家主席',
  '[国國]家安全[事]?[务務]?[顾顧]问|國家安全事務顧問',
  '大[统統]領|大統領',
  '[总總][统統]',
  '[总總総]理',
  '主席',
  '首相',
  '外[相长長]',
  '部[长長]',
  '大臣',
  '[长長]官',
  '次官',
  '大使',
  '特使',
  '特[别別]代表',
  '秘[书書][长長]',
  '事務総長',
  '事務局長',
  '大公',
  '主任',
  '[顾顧]问|顧問',
  // An assistant to a minister or a president: "部长助理张昆生", "国家安全事务助理沙利文".
  '助理',
  // An international body's head, a company's, a high representative: "总干事伊维拉", "集团总裁萨德", "高级代表阿什顿".
  '[总總]干事|總幹事',
  '[总總]裁',
  '高[级級]代表',
  // A member of a parliament: "国会议员乌古罗", "参議院議員"; not a league or a group of them ("議員連盟", "议员团").
  '(?:[议議]员|議員)(?![连連聯联]盟|[团團]|会館|[会會]馆)',
  // A princess: "泰国公主诗琳通".
  '公主',
  '補佐官',
  // A committee's chair: "委员长斋藤彰一" (before "委员", a member).
  '委[员員][长長]',
  '委[员員]',
  '[发發]言人',
  '報道官',
  '[议議]长|議長',
  // Local government and consulates, the other side of sister-city and consular calls: "大分市市长佐藤树一郎",
  // "市委书记夏德仁", "何振良総領事", "前田晋太郎市長", "鈴木英敬知事".
  '[总総總]?[领領]事',
  '[市区區町村][长長]',
  // A township's head (Chinese "乡长", Japanese "郷長"): "蘇界欽郷長"; not "故郷長野" (a hometown, Nagano).
  '[乡鄉郷][长長](?![野期])',
  // A civil servant's grade, written before the name as an office: "二级巡视员黄国平", "二级调研员陈进".
  '[巡调調][视視研][员員]',
  // A province's, a state's or a county's head: "省长张中伟", "副省长宋军继", "省長王偉中", "州长…"; not "省长期" (a
  // province, then "long-term"). The chargé d'affaires: "临时代办杨宇".
  '[省州县縣][长長](?![期远遠足效久])',
  '(?:临时|臨時)代[办辦]',
  '知事',
  '[书書]记|書記',
  // A university's president: "校长黄德宽", "副校长李晨阳"; not "学校长期" (a school, then "long-term").
  '校[长長](?![期远遠足效久])',
  // The head of an institute, a college, a research institute, a division or a bureau: "常务副院长赵克斌", "副所长杨伯江",
  // "国际处处长柯静", "劉芹院長", "ギエム局長"; not "医院长期" (a hospital, then "long-term").
  '[院所处處局][长長](?![期远遠足效久])',
  // A government's department head and its law officers, as a list of officials names them one by one:
  // "亚洲司司长刘劲松", "行政法務司司長張永春", "檢察院檢察長陳子勁", "審計長歐陽瑜", "海關關長何浩瀚".
  '司[长長](?![期远遠足效久城])',
  '[检檢]察[长長]',
  '[审審][计計][长長]',
  '海[关關][关關]?[长長]',
  // A commissioner: "廉政專員歐陽湘"; not its office ("专员办", "專員公署").
  '[专專][员員](?![办辦公会會])',
  // An embassy's minister, counsellor and deputy head: "大使馆公使上野麻子", "公使衔参赞叶琳娜", "副馆长张德音".
  '公使(?![馆館])',
  // …and the minister-counsellor by the usual short form: "张漪波公参" (公使衔参赞); not "办公参观" (an office, then a visit).
  '公[参參](?![加观觀考照与與])',
  '参[赞贊]|參[贊赞]',
  '[馆館][长長]',
  '[会會][长長]',
  // The chair of an association's or a foundation's board: "协会理事长蔡明", "川原俊明理事長".
  '理事[长長]',
  ...SURNAMED_HEADS,
];
export const TITLE = new RegExp(`(?:${HEADS.join('|')})`, 'gu');

/** Japanese one-character country prefixes before a title: "米国務長官", "英首相". */
export const PREFIX: Record<string, string> = {
  米: 'United States',
  英: 'United Kingdom',
  日: 'Japan',
  中: 'China',
  韓: 'Republic of Korea',
  韩: 'Republic of Korea',
  越: 'Viet Nam',
  豪: 'Australia',
  露: 'Russia',
  俄: 'Russia',
  仏: 'France',
  独: 'Germany',
  印: 'India',
  比: 'Philippines',
  朝: "Democratic People's Republic of Korea",
};
/** Short country names ICU does not give: "米国", "中國", "韓国". */
export const SHORT: Record<string, string> = {
  米国: 'United States',
  // Japanese says "アメリカ" (America) for the United States as often as "米国": "駐大阪・神戸アメリカ総領事".
  アメリカ: 'United States',
  美国: 'United States',
  美國: 'United States',
  英国: 'United Kingdom',
  英國: 'United Kingdom',
  中国: 'China',
  中國: 'China',
  韓国: 'Republic of Korea',
  韩国: 'Republic of Korea',
  韓國: 'Republic of Korea',
  中華人民共和国: 'China',
  中华人民共和国: 'China',
  大韓民国: 'Republic of Korea',
  大韩民国: 'Republic of Korea',
  北朝鮮: "Democratic People's Republic of Korea",
  朝鲜: "Democratic People's Republic of Korea",
  朝鮮: "Democratic People's Republic of Korea",
  越南: 'Viet Nam',
  澳洲: 'Australia',
  澳大利亚: 'Australia',
  澳大利亞: 'Australia',
};
export const countryWord = (s: string): string | null => SHORT[s] ?? normalizeCountry(s);

/**
 * Chinese names each party of a meeting by its country's one-character short form and "方" (side): "澳方参赞"
 * (the Australian side's counsellor), "美方代表", "中方". Not "西方" (the West), nor one form two countries share.
 */
const SIDE: Record<string, string> = {
  中: 'China',
  美: 'United States',
  英: 'United Kingdom',
  法: 'France',
  德: 'Germany',
  俄: 'Russia',
  日: 'Japan',
  韩: 'Republic of Korea',
  韓: 'Republic of Korea',
  朝: "Democratic People's Republic of Korea",
  澳: 'Australia',
  加: 'Canada',
  意: 'Italy',
  泰: 'Thailand',
  越: 'Viet Nam',
  印: 'India',
  菲: 'Philippines',
  蒙: 'Mongolia',
  柬: 'Cambodia',
  缅: 'Myanmar',
  緬: 'Myanmar',
  荷: 'Netherlands',
};

/** The country a run of characters starts with, longest first: "英國首相…" → United Kingdom, 2; a side, "澳方参赞…". */
export function countryPrefix(s: string): { country: string; length: number } | null {
  for (let n = Math.min(8, s.length); n >= 2; n--) {
    const country = countryWord(s.slice(0, n));
    if (country) return { country, length: n };
  }
  const side = s[1] === '方' ? SIDE[s[0] ?? ''] : undefined;
  return side ? { country: side, length: 2 } : null;
}

/** A mention a reading found, and where its text ends. */
export type Found = { mention: Mention; end: number };
