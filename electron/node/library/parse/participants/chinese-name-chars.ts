// The characters a Chinese or Japanese name is read by: the scripts, those that end a name's run (the
// predicate starting, a clause joining), those no name starts with, and those only offices hold.

export const HAN = /\p{Script=Han}/u;
export const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Characters that start the predicate or join clauses, never part of a name or a title chain. */
export const STOP_CHARS = new Set([
  ...'同与與和及应應在于於会會表说說称稱指并並通致向就也还還对對为為将將已曾再的是以从從据據召见見接访訪称了时時举舉邀走前率',
  // "处长苏恩恩亦陪同" (also accompanied): the adverb "also", as "也" in simplified writing.
  '亦',
  // "大使王士雄赴阿蘇埃省訪問" (went to): the verb of travel, as it is no name's start (NOT_NAME_START).
  '赴',
]);
/**
 * A stop character at `i` of a run: "通" starts the predicate only as "通电话" (spoke by phone), "通过"
 * (through), "通报" (briefed) or "通知"; a transliterated name may end in it ("诗琳通", Sirindhorn).
 * "拜" (no stop character alone) starts it as "拜会", "拜访", "拜见" (called on): "总领事陈勇拜会了…".
 */
export const stopsHere = (chars: string[], i: number): boolean =>
  (STOP_CHARS.has(chars[i] ?? '') && (chars[i] !== '通' || /^[电電话話过過报報知]/u.test(chars[i + 1] ?? ''))) ||
  (chars[i] === '拜' && /^[会會访訪见見]/u.test(chars[i + 1] ?? ''));

/** Characters a Chinese name does not start with (institutions, not people). */
// …nor with a word that goes on the clause: a time ("届时", "以来"), a verb ("举行", "邀请", "互访"),
// an adverb ("还将", "也", "已"), "的", a measure ("系列"). Not "上": "上川阳子" is a name.
// …nor with a verb or word that no surname and no transliteration begins: "表示", "来访", "看望", "不久",
// "即将", "论坛", "助理", "夫人", "办公室", "级别", "到机场"). Not "提" ("提姆") nor "达" ("达尼埃尔").
export const NOT_NAME_START = new Set([
  ...'国國家部省院委会會局司处處中央政府外交务務全事与與同和及在对對就向为為驻駐兼副以举舉邀互的系届屆还還将將也已再此该該这這之問问館馆職职',
  ...'表来來看不即论論助夫办辦级級到',
  // "外長或代表" (ministers or their deputies), "市長率團來訪" (the mayor led a delegation): a conjunction, a verb.
  ...'或率',
  // "总领事赴保和省" (went to): a verb of travel; "部长助理接米歇尔" (met her at the airport).
  ...'赴接',
  // "校長介紹" (the president introduced): a verb, no surname; "公使衔参赞" (a counsellor with a minister's rank).
  ...'介衔銜',
  // "助理现任…" (the incumbent): an adjective of time, no surname.
  ...'现現',
  // "市长并表示" (and said), "议员等一行" (and the others): a conjunction, no surname.
  ...'并並等',
  // "副市长亲自接待" (received them in person), "首相转达" (passed on), "议员目前" (at present), "总领事一职" (the post):
  // an adverb, a verb, a time, a numeral; no surname. "县长今天接见" (today), "昨日": a day, no surname.
  ...'亲親转轉目一今昨',
  // "长官依法施政" (governs according to law): an adverb; "市长乙行" (Taiwan's "一行", the party). No surname.
  ...'依乙',
  // "公参陪同会见" (accompanied the meeting): the verb of accompanying, no surname; "书记讲话", "市长致辞" (gave a speech,
  // an address), a caption's verb.
  ...'陪讲講致',
]);
export const NOT_IN_NAME = /[国國部省院委会會局司处處长長臣使官席总總统統首]/u;
/**
 * …yet "国", "长" and "会" are common in given names ("张卫国", "成长春", "杨会军"): a surname and a name that recurs
 * whole is one, and so is one closed by punctuation or a verb ("副校长闫国华会见", "主任邵建国等参加").
 */
export const GIVEN_NAME_CHARS = /[国國长長会會]/u;
