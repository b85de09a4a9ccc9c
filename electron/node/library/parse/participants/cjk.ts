// Chinese writes the title, then the name, with no space: "中共中央政治局委员、外交部长王毅",
// "日本駐華大使丹羽宇一郎"; Japanese the name, then the title: "岸田文雄外務大臣",
// "レックス・ティラソン米国務長官", "ジュリー・ビショップ・オーストラリア連邦外務大臣". With no
// spaces, where a name ends is read from the text itself: the same characters again later
// ("王毅表示"), punctuation, or a word that starts the predicate ("同", "通電話").
// The country is taken off the front of the role ("英國首相…顧問" → 首相…顧問, United Kingdom).

import { normalizeCountry } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { postedEnvoy, postedMention } from './cjk-posted.ts';
import { HOME_WHY } from './home.ts';
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
  '補佐官',
  '委[员員]',
  '[发發]言人',
  '報道官',
  '[议議]长|議長',
];
const TITLE = new RegExp(`(?:${HEADS.join('|')})`, 'gu');

/** Japanese one-character country prefixes before a title: "米国務長官", "英首相". */
const PREFIX: Record<string, string> = {
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
const SHORT: Record<string, string> = {
  米国: 'United States',
  美国: 'United States',
  美國: 'United States',
  英国: 'United Kingdom',
  英國: 'United Kingdom',
  中国: 'China',
  中國: 'China',
  韓国: 'Republic of Korea',
  韩国: 'Republic of Korea',
  韓國: 'Republic of Korea',
  北朝鮮: "Democratic People's Republic of Korea",
  朝鲜: "Democratic People's Republic of Korea",
  朝鮮: "Democratic People's Republic of Korea",
  越南: 'Viet Nam',
  澳洲: 'Australia',
  澳大利亚: 'Australia',
  澳大利亞: 'Australia',
};
const countryWord = (s: string): string | null => SHORT[s] ?? normalizeCountry(s);

/** The country a run of characters starts with, longest first: "英國首相…" → United Kingdom, 2. */
function countryPrefix(s: string): { country: string; length: number } | null {
  for (let n = Math.min(8, s.length); n >= 2; n--) {
    const country = countryWord(s.slice(0, n));
    if (country) return { country, length: n };
  }
  return null;
}

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Characters that start the predicate or join clauses, never part of a name or a title chain. */
const STOP_CHARS = new Set([
  ...'同与與和及应應在于於会會表说說称稱指并並通致向就也还還对對为為将將已曾再的是以从從据據召见見接访訪称了时時',
]);
/** Characters a Chinese name does not start with (institutions, not people). */
// …nor with a word that goes on the clause: a time ("届时", "以来"), a verb ("举行", "邀请", "互访"),
// an adverb ("还将", "也", "已"), "的", a measure ("系列"). Not "上": "上川阳子" is a name.
const NOT_NAME_START = new Set([
  ...'国國家部省院委会會局司处處中央政府外交务務全事与與同和及在对對就向为為驻駐兼副以举舉邀互的系届屆还還将將也已再此该該这這',
]);
const NOT_IN_NAME = /[国國部省院委会會局司处處长長臣使官席总總统統首]/u;

/** Offices a Chinese record names without "中国" for China's own officials (not a prime minister, a minister of a 省, or one posted to China). */
const FOREIGN_ONLY = /首相|大臣|国务卿|國務卿|[总總][统統]|省|[驻駐][华華]|大使/u;

type Found = { mention: Mention; end: number };

/** Chinese: the chain of offices before the title back to a stop, then the name after it. */
function chinese(text: string): Found[] {
  const out: Found[] = [];
  for (const m of execAll(TITLE, text)) {
    const titleEnd = m.index + m[0].length;
    const run = /^[\p{Script=Han}·・]{2,8}/u.exec(text.slice(titleEnd))?.[0];
    if (!run) continue;
    // Another office starting right after: this title only qualifies the next ("首相國家安全事務顧問").
    if (NOT_NAME_START.has(run[0] ?? '')) continue;
    // Cut at a word that starts the predicate ("巴羅通電話" → 巴羅), then keep the longest start
    // that occurs as often as its first two characters do ("傅瑩緊急…", "傅瑩重申" → 傅瑩).
    const stop = [...run].findIndex((c, i) => i >= 2 && STOP_CHARS.has(c));
    // A day written straight after the name ("王毅周五(8日)", "王毅今天") is not part of it, nor is the verb
    // of one who attends or is expected ("秘书长姚家凯参加会见", "習近平預計於11月", "李刚走访").
    const cut = (stop >= 2 ? run.slice(0, stop) : run).replace(
      /(?<=^.{2,}?)(?:[周週][一二三四五六日天末]|星期|今天|昨天|今日|昨日|日前|近日|当天|當天|[上下中]午|晚上|早上|当晚|當晚|届时|屆時|年[内內]|一行|[参參](?:加|与|與)?$|[参參](?:加|与|與)|出席|陪同?|预计|預計|走[访訪]|等(?:人)?(?=[陪参參出在会會於于、，,。]|$)).*$/u,
      '',
    );
    const count = (s: string): number => text.split(s).length - 1;
    const base = count(cut.slice(0, 2));
    let name: string | null = null;
    if (base >= 2) {
      // Up to six characters: transliterated names run long ("韋斯特韋勒", "姆巴·莫庫伊").
      for (let n = Math.min(6, cut.length); n >= 2 && name === null; n--)
        if (count(cut.slice(0, n)) === base) name = cut.slice(0, n);
    } else if (stop >= 2 || run.length === text.slice(titleEnd).search(/[^\p{Script=Han}·・]|$/u)) {
      // Named once: only a name closed by punctuation or a predicate word is sure.
      name = cut.length <= 5 ? cut : null;
    }
    if (name !== null && (NOT_IN_NAME.test(name) || /^上(?:任|述|次|[周週]|月)/u.test(name))) name = null;
    if (name === null) continue;
    // The offices before the title: back to punctuation or a joining word.
    // …and never back into the name before it: "智利外长X、秘鲁外长Y" gives Y the office 外长 of 秘鲁.
    let start = m.index;
    while (start > 0 && m.index - start < 24 && !out.some((f) => f.end === start)) {
      const c = text[start - 1] ?? '';
      if (!(HAN.test(c) || c === '、') || STOP_CHARS.has(c)) break;
      start--;
    }
    while (text[start] === '、') start++;
    let role = text.slice(start, titleEnd);
    const place = countryPrefix(role);
    const country = place ? place.country : null;
    if (place) role = role.slice(place.length);
    if (role === '') continue;
    const home = country === null && !FOREIGN_ONLY.test(role) ? 'China' : null;
    const end = titleEnd + name.length;
    out.push({
      mention: {
        index: start,
        surface: text.slice(start, end),
        name,
        role,
        country: country ?? home,
        ...(home ? { countryFrom: HOME_WHY } : {}),
        kind: 'named',
        how: 'named after the title (Chinese order)',
      },
      end,
    });
  }
  return out;
}

const KATAKANA_NAME = /[\p{Script=Katakana}ー]+(?:[・=＝][\p{Script=Katakana}ー]+)*$/u;
/** Offices of Japan's own government, written without "日本" in a Japanese record. */
const JAPAN_HOME =
  /^(?:外務|総理|内閣総理|防衛|財務|経済産業|官房|\p{Script=Han}{0,4}(?:省|府))?(?:大臣|副大臣|政務官|次官|審議官|長官)$|^(?:首相|外相|総理)$/u;

/** Office words between name and head noun ("外務副大臣", "特命全権大使"), or qualifying it: "山田新大使", "王岐山国家副主席", "官房長官", "駐日各国大使". */
const OFFICE_WORDS = /(?:外務省|外務|国務|総理|内閣|防衛|財務|連邦|副|首席|特命全権|駐日|新任|新|国家|官房|外国|各国)+$/u;

/** Japanese: the name (kanji, or katakana with "・"), an optional country, then the title. */
function japanese(text: string): Found[] {
  const out: Found[] = [];
  for (const m of execAll(TITLE, text)) {
    const titleEnd = m.index + m[0].length;
    const head = text.slice(Math.max(0, m.index - 40), m.index);
    // The kanji right before the title: a country, an office word, or the name itself.
    const han = /\p{Script=Han}*$/u.exec(head)?.[0] ?? '';
    let before = head.slice(0, head.length - han.length);
    let country: string | null = null;
    let name: string | null = null;
    let rolePrefix = han;
    const kata = KATAKANA_NAME.exec(before)?.[0];
    if (kata) {
      const tokens = kata.split(/[・=＝]/u);
      // "ビショップ・オーストラリア連邦": the last word may be the country.
      const last = tokens.at(-1) ?? '';
      const lastCountry = tokens.length > 1 ? (countryWord(last) ?? countryWord(last + han.slice(0, 2))) : null;
      if (lastCountry) {
        country = lastCountry;
        tokens.pop();
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
      // "日・インドネシア外相電話会談": the other country of a pair, not a name.
      const pairWith = /(\p{Script=Han})・$/u.exec(before)?.[1];
      if (pairWith && pairWith in PREFIX) continue;
    } else if (han.length >= 2 && !/\p{Script=Han}・$/u.test(before)) {
      // Not after "X・": "観光・考古大臣" is one ministry of two fields, no name.
      // "山口外務副大臣": office words between the name and the title belong to the role.
      const office = OFFICE_WORDS.exec(han)?.[0] ?? '';
      name = han.slice(0, han.length - office.length);
      rolePrefix = office;
    }
    // "日米外相会談": a pair of countries, not a name.
    if (!name || name.length < 2 || [...name].every((c) => c in PREFIX)) continue;
    // A country or an abbreviation between the name and the title: "米国務長官", "王毅中国外交部長".
    if (country === null) {
      for (const [word, c] of [...Object.entries(SHORT), ...Object.entries(PREFIX)]) {
        if (kata && rolePrefix.startsWith(word)) {
          country = c;
          rolePrefix = rolePrefix.slice(word.length);
          break;
        }
        if (!kata && name.endsWith(word) && name.length - word.length >= 2) {
          country = c;
          name = name.slice(0, -word.length);
          break;
        }
      }
    }
    if (!kata && name.length > 5) continue;
    const role = rolePrefix + m[0];
    const start = m.index - han.length - (kata ? kata.length : 0);
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
        // "ペンス副大統領の訪日": the owner of a visit, not someone in the room.
        ...(text.startsWith('の', titleEnd) ? { possessive: true } : {}),
        how: 'named, then given a title (Japanese order)',
      },
      end,
    });
  }
  return out;
}

/** "岸田大臣", "ティラソン長官": a short form of a full name the record gives, read as that person. */
function fullNames(found: Found[]): Found[] {
  const full = found.map((f) => f.mention.name ?? '');
  for (const f of found) {
    const n = f.mention.name ?? '';
    const whole = full.find((x) => x !== n && x.length > n.length && (x.startsWith(n) || x.split('・').includes(n)));
    if (whole) f.mention = { ...f.mention, name: whole };
  }
  return found;
}

export function cjkMentions(text: string): [Mention, number][] {
  if (!HAN.test(text)) return [];
  // Kana means Japanese; Han without kana, Chinese.
  const kana = (text.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  if (han < 20 || (/\p{Script=Hangul}/u.test(text) && !KANA.test(text))) return [];
  const found = kana > han / 10 ? japanese(text) : chinese(text);
  return fullNames(found).map((f) => [f.mention, f.end]);
}
