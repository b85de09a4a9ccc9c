// Chinese also writes a body's person between the body and the office, the name first: "中国驻日本大使馆程永华临时代办
// 出席", "复旦大学日研中心高岚副主任、…", "新聞及國際關係處蘇恩恩處長接待訪團", "日本館山市森正一市長、…率團" (a
// Japanese mayor, named in his own order). With no spaces, the name is read only straight after the body's last word,
// closed by the office, and the office by a list's comma or the verb of attending, receiving or leading.

import { SURNAME } from './chinese-surnames.ts';
import { countryPrefix, type Found, TITLE } from './cjk-offices.ts';
import { namedAt } from './named-mention.ts';

/** The last word of a body: a mission, a centre, an association, a division, a city or a county. */
// …or a college ("国际交流学院姚喜明院长").
const BODY = '(?:使馆|使館|领馆|領館|中心|[总總][会會]|[协協][会會]|[学學][会會]|[学學]院|[处處]|[市县縣])';

/** After the office: the list goes on or ends ("等", and others), or the verb of one who attends, accompanies, meets, receives or leads. */
const NEXT = '(?=[、，,和及与與等]|出席|陪同|[会會][见見]|接待|[参參]加|拜[会會]|率)';

/** A field or an office word: a run of these before a title is the office's, not a name ("国际合作主任"). */
export const FIELD = /合作|交流|[发發]展|[经經][济濟]|商[务務]|文化|教育|科技|研究|秘[书書]|[财財][务務]|公[关關]/u;

/** The office after a name, the field it serves before it ("经济商务公使", economic and commercial minister). */
export const OFFICE_AFTER_NAME = `(?:${FIELD.source})*(?:副)?(?:${TITLE.source})`;

const BODY_NAME = new RegExp(`(?<=${BODY})(\\p{Script=Han}{2,4}?)(${OFFICE_AFTER_NAME})${NEXT}`, 'gu');

/** Characters of an office, a body or a rank, never of a name: "公使衔参赞", "常务副主任", "名誉会长", "代表团团长". */
const NOT_NAME =
  /^(?:新任|前任|现任|現任|首任|代理|常[务務]|[执執]行|名[誉譽]|首席|高[级級]|[该該本我贵貴各两兩原驻駐副前])|[部省院委会會局司处處厅廳办辦馆館府长長臣使官席总總统統首方市州县縣区區团團国國际際务務衔銜]/u;

/** Where the clause before the body opens: punctuation or the start. */
const OPENING = /[^\s，。、：；,:;（(“"」】]*$/u;

export function chineseNamesAfterBody(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(BODY_NAME)) {
    const name = m[1] ?? '';
    const title = m[2] ?? '';
    // A Chinese name starts with a common surname; a Japanese one in full is four characters ("中田庆雄"), a
    // three-character one follows a Japanese place ("館山市森正一市長").
    const index = m.index ?? 0;
    // …back to the clause's opening, or to the joining word after another's name ("黃偉哲市長偕新聞…處": with).
    const clause = (OPENING.exec(text.slice(Math.max(0, index - 24), index))?.[0] ?? '').replace(/^.*[偕并並]/u, '');
    const japaneseBody = /^日本/u.test(clause);
    if (!(SURNAME.has(name[0] ?? '') || name.length === 4 || (japaneseBody && name.length === 3))) continue;
    if (NOT_NAME.test(name) || FIELD.test(name) || countryPrefix(name)) continue;
    const whose = countryPrefix(clause);
    const role = (whose ? clause.slice(whose.length) : clause) + title;
    const end = index + m[0].length;
    out.push({
      mention: namedAt(text, index - clause.length, end, {
        name,
        role,
        country: whose?.country ?? null,
        how: 'named between the body and the office (Chinese, name first)',
      }),
      end,
    });
  }
  return out;
}
