// Japanese writes the name, then the title: "岸田文雄外務大臣", "レックス・ティラソン米国務長官",
// "前田晋太郎市長"; a katakana name may carry its country at the end ("ビショップ・オーストラリア連邦外務大臣").

import { execAll } from '../patterns.ts';
import {
  ABOUT,
  BODY_END,
  BODY_NAME,
  COUNTED,
  DOTTED_BODY,
  GLOSSED,
  GLOSSED_PLACE,
  JAPAN_HOME,
  KATAKANA_NAME,
  LOCAL_HEAD,
  OFFICE_NAME,
  OFFICE_WORDS,
  PLACE_BEFORE_NAME,
} from './cjk-japanese-words.ts';
import { countryPrefix, countryWord, type Found, PREFIX, SHORT } from './cjk-offices.ts';
import { postedEnvoy, postedMention } from './cjk-posted.ts';
import { JAPANESE_OWN_ACT } from './context.ts';
import { HOME_WHY } from './home.ts';
import { headGlossingBody } from './japanese-body-heads.ts';
import { nameBeforeBody } from './japanese-name-body.ts';
import { headOfNamedBody, officeWordsAfterName, spacedName, surnameAlone } from './japanese-name-cuts.ts';
import { nameBeforeDepartment, nameBeforeDot, nameBeforePlace, nameBeforeUnit } from './japanese-name-place.ts';
import { JAPANESE_TITLE } from './japanese-offices.ts';

/**
 * An envoy's country written with no dot after a katakana name ("…エテウアティサモア特命全権大使",
 * "…ウエキパラオ共和国特命全権大使"): only before an ambassador's title, and leaving a name of three
 * kana at least, so that a name merely ending like a country stays whole.
 */
function gluedCountry(last: string, han: string, title: string): { country: string; length: number } | null {
  if (!/大使$/u.test(title)) return null;
  for (let n = Math.min(8, last.length - 3); n >= 2; n--) {
    const tail = last.slice(-n);
    const country = countryWord(tail) ?? countryWord(tail + han.slice(0, 2)) ?? countryWord(tail + han.slice(0, 3));
    if (country) return { country, length: n };
  }
  return null;
}

/** An ambassador's or a consul's title, and the name before "在" and the place of the mission. */
const ENVOY = /(?:大使|領事)$/u;
const STATIONED = /(?<!\p{Script=Han})(\p{Script=Han}{2,4})在$/u;

/** Japanese: the name (kanji, or katakana with "・"), an optional country, then the title. */
export function japanese(text: string): Found[] {
  const out: Found[] = [];
  for (const m of execAll(JAPANESE_TITLE, text)) {
    const titleEnd = m.index + m[0].length;
    // "名古屋総領事館", "大使館": the office's building (a consulate, an embassy), no one holding it.
    if (text[titleEnd] === '館') continue;
    // "人民委員会", "全国市長会", "知事会": a committee or an association of the office's holders, not one of them.
    if (text[titleEnd] === '会' && !/[談見]/u.test(text[titleEnd + 1] ?? '')) continue;
    const head = text.slice(Math.max(0, m.index - 40), m.index);
    // The kanji right before the title: a country, an office word, or the name itself.
    const han = /\p{Script=Han}*$/u.exec(head)?.[0] ?? '';
    let before = head.slice(0, head.length - han.length);
    let country: string | null = null;
    let name: string | null = null;
    let rolePrefix = han;
    let kata = KATAKANA_NAME.exec(before)?.[0];
    let glossLength = 0;
    // "山田一郎在ペルー日本国特命全権大使": Japan's envoy, named by the place of the mission after "在" (stationed in).
    const stationed = kata && ENVOY.test(m[0]) ? STATIONED.exec(before.slice(0, before.length - kata.length)) : null;
    if (kata && stationed?.[1]) {
      name = stationed[1];
      country = /^日本/u.test(han) ? 'Japan' : null;
      rolePrefix = han.replace(/^日本国?/u, '');
      glossLength = kata.length + 1 + name.length;
      kata = undefined;
    }
    // "趙兌烈（チョ・テヨル）韓国外交部長官": a name in kanji with its reading in brackets, then whose office it is.
    const glossed = kata || glossLength > 0 ? null : GLOSSED.exec(before);
    if (glossed?.[1]) {
      const whose = countryPrefix(han);
      // A reading given in brackets marks a name: the kanji between it and the title are the office's own
      // ("李熙燮(イ・ヒソプ)駐福岡韓国総領事", "陳 勁超(ちん けいちょう)武漢市人民政府常務副市長").
      if (!GLOSSED_PLACE.test(glossed[1])) {
        name = glossed[1];
        country = whose?.country ?? null;
        rolePrefix = whose ? han.slice(whose.length) : han;
        glossLength = glossed[0].length;
      }
    }
    // "阿部守一・長野県知事", "余功斌・鞍山市長": the name set off by a dot from the office.
    const dotted = kata || glossLength > 0 ? null : nameBeforeDot(before, han, /^[市区町村]長$/u.test(m[0]));
    if (dotted) {
      name = dotted;
      glossLength = dotted.length + 1;
    }
    // "柴橋 正直岐阜市長", "林世賢 新市長": a space between family and given name, or after the name.
    const bare = han.slice(0, han.length - (OFFICE_WORDS.exec(han)?.[0].length ?? 0));
    const spaced = kata || glossLength > 0 ? null : spacedName(before, bare);
    if (spaced) {
      name = spaced.name;
      rolePrefix = han.slice(spaced.taken);
      glossLength = spaced.surname + 1;
    }
    if (glossLength > 0) {
      // read above
    } else if (kata) {
      const tokens = kata.split(/[・=＝]/u);
      // "ビショップ・オーストラリア連邦": the last word may be the country.
      const last = tokens.at(-1) ?? '';
      const lastCountry = tokens.length > 1 ? (countryWord(last) ?? countryWord(last + han.slice(0, 2))) : null;
      const glued = lastCountry ? null : gluedCountry(last, han, m[0]);
      if (lastCountry) {
        country = lastCountry;
        tokens.pop();
        rolePrefix = han.replace(/^(?:連邦|共和国|王国)/u, '');
      } else if (glued) {
        // "…エテウアティサモア特命全権大使": a diplomatic list writes the envoy's country straight after the name.
        country = glued.country;
        tokens[tokens.length - 1] = last.slice(0, last.length - glued.length);
        rolePrefix = han.replace(/^(?:連邦|共和国|王国)/u, '');
      }
      name = tokens.join('・');
      // "…駐日フィジー共和国特命全権大使": the katakana is the posting's country, the name is before "駐".
      const envoy = postedEnvoy(text, m.index - han.length - kata.length, kata, han);
      if (envoy) {
        if (envoy.name) out.push(postedMention(text, envoy, han + m[0], titleEnd));
        continue;
      }
      before = before.slice(0, before.length - kata.length);
      const unit = nameBeforeUnit(text, before, m.index - han.length - kata.length, kata + han + m[0], titleEnd);
      if (unit) {
        out.push(unit);
        continue;
      }
      // "東北アジア処副処長", "東アジア研究科長": katakana after a point of the compass ("東アジア", a region), or
      // between kanji with more than office words before the title, is a word of a compound noun, not a name.
      if (/[東西南北]$/u.test(before) || (/\p{Script=Han}$/u.test(before) && han.replace(OFFICE_WORDS, '') !== '')) continue;
      // "国際交流センター所長": katakana glued to kanji that are no country ("米トランプ大統領") is the body's name.
      const compound = /\p{Script=Han}{2,}$/u.exec(before)?.[0];
      if (compound && !countryWord(compound) && (countryPrefix(compound)?.length ?? 0) < compound.length) continue;
      // "日・インドネシア外相電話会談": the other country of a pair, not a name.
      const pairWith = /(\p{Script=Han})・$/u.exec(before)?.[1];
      if (pairWith && pairWith in PREFIX) continue;
    } else if (han.length >= 1 && !(/\p{Script=Han}・$/u.test(before) && !DOTTED_BODY.test(before))) {
      // Not after "X・": "観光・考古大臣" is one ministry of two fields, no name; but after a body and a dot, its member:
      // "小樽観光協会・谷口一郎会長", "同・上条光明副会長" (of the same body).
      // "山口外務副大臣": office words between the name and the title belong to the role.
      const office = OFFICE_WORDS.exec(han)?.[0] ?? '';
      name = han.slice(0, han.length - office.length);
      rolePrefix = office;
      // "井上清前会長", "早田理事兼事務局長", "池田副学館長": which holder, glued after the name.
      // "呉某駐日中華人民共和国特命全権大使": the name stands before "駐", the posting and its country after it.
      const posting = /^(\p{Script=Han}{2,4})駐日(\p{Script=Han}{2,8})$/u.exec(name);
      if (posting?.[1] && countryWord(posting[2] ?? ''))
        [name, country, rolePrefix] = [posting[1], countryWord(posting[2] ?? ''), `駐日${office}`];
      // "垂秀夫在中国大使": Japan's envoy, the country of the mission in kanji after "在" (stationed in), then the title.
      const abroad = /^(\p{Script=Han}{2,4})在(\p{Script=Han}{1,8})$/u.exec(name);
      if (abroad?.[1] && countryWord(abroad[2] ?? '')) [name, country] = [abroad[1], 'Japan'];
      const holder = officeWordsAfterName(name);
      if (holder) {
        name = holder.name;
        rolePrefix = holder.office + rolePrefix;
      }
      // "佐伯工学研究科長", "田中真一総務課長": the field or department between the name and the title is the office's.
      const field = nameBeforeDepartment(name);
      if (field?.name === '') continue;
      if (field) {
        name = field.name;
        rolePrefix = field.department + rolePrefix;
      }
      // "中島孝之福岡県副知事": the prefecture or city after the name is whose office it is.
      const after = name.length >= 4 ? nameBeforePlace(name, text, before.at(-1) ?? '', m[0]) : null;
      if (after) {
        name = after.name;
        rolePrefix = after.place + rolePrefix;
        if (/県(?:議会)?$/u.test(after.place)) country = 'Japan';
      }
      const place = name.length > 5 ? (PLACE_BEFORE_NAME.exec(name)?.[0] ?? '') : '';
      if (place && name.length - place.length >= 2) name = name.slice(place.length);
      // "総合政策部村上治城部長", "総領事館張瑶華領事": the department or the mission before the name is whose
      // staff, not the name; cut after the first of its endings that leaves a name of two to four kanji.
      const long = name.length > 5 ? name : '';
      // "会" ends an association, not "会議所" (a chamber) nor "会館" (a hall).
      const ends = (c: string, i: number): boolean => BODY_END.test(c) && !(c === '会' && /[議館所場]/u.test(long[i + 1] ?? ''));
      const body = [...long].findIndex((c, i) => ends(c, i) && long.length - i - 1 <= 4 && long.length - i - 1 >= 2);
      if (body >= 2) name = long.slice(body + 1);
      // "呉某某国際交流処処長": still too long, the name opening the run and the body after it.
      const opening = han.startsWith(name) ? nameBeforeBody(name, text) : null;
      if (opening) [name, rolePrefix] = [opening.name, opening.body + rolePrefix];
    }
    // The place's suffix read as the office's ("中村法道県知事"): the name before it may end like a place ("法道").
    const ownSuffix = /^[県市区町村]/u.test(rolePrefix);
    // "三重県知事", "アメリカ合衆国総領事": a place's or a country's office, no name.
    if (name && LOCAL_HEAD.test(m[0]) && !ownSuffix && /[都道府県市区町村国]$/u.test(name)) continue;
    if (name && (countryWord(name) || (countryPrefix(name + han)?.length ?? 0) >= name.length)) continue;
    // "下関市長": the city's mayor, when the record names the city elsewhere ("下関市総合政策部"), not a Mr Shimonoseki.
    // …unless the suffix was read as the office's ("中村法道県知事"): then it is this very run.
    if (name && LOCAL_HEAD.test(m[0]) && !ownSuffix && new RegExp(`${name}[市区町村県](?![长長])`, 'u').test(text)) continue;
    if (name && !kata && (BODY_NAME.test(name) || headOfNamedBody(name, m[0], text))) continue;
    // "中南米局長", "北米局長": a region's bureau (the Americas), not a Mr Chunan of the United States.
    if (name && !kata && /(?:南|北|欧|中)米$/u.test(name)) continue;
    // "日米外相会談": a pair of countries, not a name.
    if (!name || [...name].every((c) => c in PREFIX)) continue;
    if (name.length < 2 && !(han.length === name.length + rolePrefix.length && surnameAlone(text, m.index - han.length, name)))
      continue;
    if (!kata && OFFICE_NAME.test(name)) continue;
    // A country or an abbreviation between the name and the title: "米国務長官", "王毅中国外交部長".
    if (country === null) {
      for (const [word, c] of [...Object.entries(SHORT), ...Object.entries(PREFIX)]) {
        if (kata && rolePrefix.startsWith(word)) {
          country = c;
          rolePrefix = rolePrefix.slice(word.length);
          break;
        }
        // …after a surname alone in a headline: "胡中国主席" (President Hu of China); a country of two kanji at least,
        // since a name may end like a one-kanji one ("田中新大使": 田中, not 田 of China).
        const rest = name.length - word.length;
        const surname =
          rest === 1 && word.length >= 2 && glossLength === 0 && surnameAlone(text, m.index - han.length, name.slice(0, 1));
        if (!kata && name.endsWith(word) && (rest >= 2 || surname)) {
          country = c;
          name = name.slice(0, -word.length);
          break;
        }
      }
    }
    // "駐日中国大使夫人": once the country is read off, office words alone ("駐日") are no name.
    if (!kata && OFFICE_WORDS.exec(name)?.[0] === name) continue;
    if (!kata && name.replace(/[ 　]/gu, '').length > 5) continue;
    const role = rolePrefix + m[0];
    const start = m.index - han.length - (kata ? kata.length : glossLength);
    // "韓国の尹錫悦大統領": the country, then "の", then the name.
    if (country === null) {
      const owner =
        /([\p{Script=Han}\p{Script=Katakana}ー・]{2,10})の$/u.exec(text.slice(Math.max(0, start - 12), start))?.[1] ?? '';
      for (let n = owner.length; n >= 2 && country === null; n--) country = countryWord(owner.slice(-n));
    }
    const home = country === null && !kata && name.length >= 3 && JAPAN_HOME.test(role) ? 'Japan' : null;
    let end = titleEnd;
    // "(The Hon Julie BISHOP, MP, Minister …)": the same person in English, not another one.
    const bracket = /^[(（][^()（）]{1,160}[)）]/u.exec(text.slice(end));
    if (bracket && /\p{Script=Latin}/u.test(bracket[0])) end += bracket[0].length;
    out.push({
      mention: {
        index: start,
        surface: text.slice(start, titleEnd),
        name,
        role,
        country: country ?? home,
        ...(home ? { countryFrom: HOME_WHY } : {}),
        kind: 'named',
        // "ペンス副大統領の訪日": the owner of a visit, not someone in the room; but "…事務局長の12名が出席" counts those named.
        ...(text.startsWith('の', titleEnd) &&
        !COUNTED.test(text.slice(titleEnd, titleEnd + 8)) &&
        !JAPANESE_OWN_ACT.test(text.slice(titleEnd, titleEnd + 40))
          ? { possessive: true }
          : {}),
        // "ルビオ上院議員について話した": spoken about, not met.
        // "…協会(鄭某会長)": whose body, not who was there.
        ...(ABOUT.test(text.slice(titleEnd, titleEnd + 4)) || headGlossingBody(text, start, titleEnd) ? { passing: true } : {}),
        how: 'named, then given a title (Japanese order)',
      },
      end,
    });
  }
  return out;
}
