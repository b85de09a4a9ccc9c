// Heading lines that are not headlines, and headlines printed with something glued before them.

import { compiledEarly } from './compiled-early.ts';
import { wordCount } from './text.ts';

/**
 * Words a date line is made of, in the languages the desks read: weekdays, months, units, clock
 * words and time zones ("목요일, 5월 9, 2024", "Thứ Tư, 17/12/2025, 09:32", "Tue 3 May 2022 10:00 GMT").
 */
const DATE_WORDS = compiledEarly(
  new RegExp(
    [
      String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`,
      String.raw`am|pm|gmt|utc|jst|kst|ict|wib|cet|cest|est|edt|pst|pdt|st|nd|rd|th|de|del|of|le|der`,
      String.raw`thứ|hai|ba|tư|năm|sáu|bảy|chủ|nhật|tháng|ngày|sáng|chiều|tối|trưa|giờ`,
      String.raw`[월화수목금토일]요일|년|월|일|오전|오후|시|분|[年月日時分秒]|[月火水木金土日](?:曜日?)?|星期[一二三四五六日天]|周[一二三四五六日]`,
    ]
      .map((words) => String.raw`(?<![\p{L}])(?:${words})(?![\p{L}])`)
      .join('|'),
    'giu',
  ),
);

/** A line that is only a date or a clock (with weekday, month and zone words), never a headline. */
export function isDateOnly(line: string): boolean {
  if (!/\d/.test(line)) return false;
  return (
    line
      .replace(/[\p{N}\p{P}\p{S}\s]+/gu, ' ')
      .replace(DATE_WORDS, ' ')
      .trim() === ''
  );
}

/**
 * "Home News Ministers meet in Hanoi" above "Ministers meet in Hanoi": a heading line that ends
 * with another one is that headline with a breadcrumb or section glued before it.
 */
export const endsWithLine = (longer: string, line: string): boolean => {
  const a = longer.trim().toLowerCase();
  const b = line.trim().toLowerCase();
  return b.length >= 12 && a.length > b.length && a.endsWith(b);
};

/** A Japanese era date ("平成29年4月28日"), which the date reader does not read. */
export const ERA_DATE = /^(?:令和|平成|昭和)\s*(?:\d{1,2}|元)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u;

/** A date in figures with a clock time ("Kompas.com - 10/07/2023, 19:07 WIB"): a byline, never a headline. */
export const CLOCKED = /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\D{0,6}\d{1,2}:\d{2}/;

/** A hard-wrapped paragraph from line i: its lines until a blank one, joined. */
export const blockFrom = (lines: string[], i: number): string => {
  const end = lines.findIndex((l, k) => k > i && l.trim() === '');
  return lines
    .slice(i, end === -1 ? undefined : end)
    .map((l) => l.trim())
    .join(' ');
};

/** A heading long enough to say what happened; Korean counts its syllables, Chinese and Japanese their characters, Thai its letters. */
export const substantialLine = (line: string): boolean =>
  wordCount(line) >= 4 ||
  (line.match(/[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length >= 8 ||
  (UNSPACED_SCRIPT.test(line) && (line.match(UNSPACED_LETTERS) ?? []).length >= 20);

/** Thai, Lao, Khmer and Burmese, written without spaces between words: a section name is a word or two of them. */
export const UNSPACED_SCRIPT = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]/u;
export const UNSPACED_LETTERS = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]/gu;

/** A video or page title's channel after a bar: "외교부 \"…부적절\" / YTN (Yes! Top News)", "… | Reuters". */
const SITE_TAIL = /\s+[/|｜]\s+[\p{Lu}\d][\p{L}\d.&'’-]*(?:\s+\(?[\p{L}\d.&'’!-]+\)?){0,4}$/u;
/** A section's name in lowercase after a bar ("… | newsletter", "… | news"): a word or two, never a headline's own end. */
const SECTION_TAIL = /\s+[|｜]\s+\p{Ll}+(?:[\s-]\p{Ll}+)?$/u;
/**
 * The section after an arrow, as a page's title prints it ("… 의향서 교환 > 경남", "… talks > World"): a word or
 * two, the trail told backwards. A headline does not end on an arrow and a word.
 */
const ARROW_SECTION_TAIL = /\s+[>»]\s+[\p{L}\d]{1,15}(?:\s[\p{L}\d]{1,15})?$/u;
export const withoutSiteTail = (line: string): string => {
  const head = line.replace(SITE_TAIL, '').replace(SECTION_TAIL, '').replace(ARROW_SECTION_TAIL, '');
  return head !== line && substantialLine(head) ? head : line;
};

/** The station's or paper's own tag before its headline, as before its lead: "(TTV) Phỏng vấn …", "(QNO) …". */
export const SOURCE_TAG = /^\((?:\p{Lu}{2,6})\)\s+(?=\S)/u;

/**
 * The first of the candidate lines that stand together, with no other heading line between them, ending at `last`.
 * `shared` counts the lead's words a line uses: a line above that uses a quarter of what the line under it uses, or
 * fewer (by chance: "의원"), is the site's ("전체 가입 회원수 : 198,400 명", a members' counter; "시의원/구의원 동정", a
 * section), not a headline over its deck.
 */
export function firstOfRun<T extends { l: string; i: number }>(
  header: T[],
  candidates: T[],
  last: T,
  shared?: (line: string) => number,
): T {
  let at = header.indexOf(last);
  const korean = (l: string): boolean => (l.match(/\p{Script=Hangul}/gu) ?? []).length >= 8;
  if (!korean(last.l)) return last;
  while (at > 0) {
    const prev = header[at - 1];
    if (
      prev === undefined ||
      !candidates.includes(prev) ||
      !korean(prev.l) ||
      // A section label is one run of words ("정부·국회·지자체(정책·법안·토론회)"); a headline has spaces.
      !/\s/.test(prev.l.trim()) ||
      prev.l.trim().toLowerCase() === last.l.trim().toLowerCase() ||
      (shared !== undefined && shared(header[at]?.l ?? '') >= Math.max(3, 4 * shared(prev.l)))
    )
      break;
    at -= 1;
  }
  return header[at] ?? last;
}

/** A video or page title's channel after an underscore: "王毅同日本外相河野太郎通電話_國務委員王毅". */
const UNDERSCORE_TAIL = /_[^_\s]{2,12}$/u;
export const withoutUnderscoreTail = (line: string): string => {
  const head = line.replace(UNDERSCORE_TAIL, '');
  return head !== line && substantialLine(head) ? head : line;
};

/**
 * A staff credit, never a headline: "작성자 사진김종연 기자 | 팔로우뉴스" (author, reporter), "Penulis: … |
 * Editor: …", "Reporter: …", "โดย THE STANDARD TEAM" (by).
 */
export const STAFF_CREDIT =
  /^(?:penulis|editor|reporter|author|writer|redaktur|wartawan|tác giả|biên tập|phóng viên|작성자|글|취재|编辑|記者|记者|โดย)\s*[:：]?\s|^작성자|\p{Script=Hangul}{2,4}\s?특파원$|\p{Script=Hangul}{2,4}\s?기자\s*(?:[|｜/·\]】]|$)/iu;

/**
 * A writer's byline, never a headline: "By Sam Smith", "By political reporter Sam Smith", "By Sam Smith,
 * Asia correspondent", "Por María Pérez", "Von Anna Muster". A short line with no sentence in it.
 */
export const isWriterByline = (line: string): boolean =>
  /^(?:By|Por|Par|Von|Oleh|Bởi)\s+(?!(?:the|a|an|la|el|le|der|die|das)\s)\S[^.!?]{1,90}$/u.test(line.trim()) &&
  line.trim().split(/\s+/).length <= 10 &&
  /\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(line);

/**
 * A section printed twice on one line ("活動報告 活動報告", "Tin tức Tin tức"), or a story's tags, a run of names
 * each with its capital, printed twice ("Сергей Лавров Лиз Трасс Москва Россия Сергей Лавров Лиз Трасс Москва
 * Россия"): page furniture. A headline does not say itself twice.
 */
export const isDoubledLabel = (line: string): boolean => {
  const w = line.trim().split(/\s+/);
  const half = w.length / 2;
  if (w.length % 2 !== 0 || w.slice(0, half).join(' ') !== w.slice(half).join(' ')) return false;
  return half <= 3 || w.slice(0, half).every((x) => /^[\p{Lu}\p{N}]/u.test(x));
};

/**
 * A full date with its year inside a line: "Mar 30, 2022", "30.12.2024", "2023-07-18"; or a Korean day run onto the
 * headline's last syllable with no space ("…공무원 만나8월 23일 오전 …"), which prose never writes.
 */
const GLUED_DATE =
  /\s(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?=\s|$)|(?<=[가-힣])\d{1,2}월\s?\d{1,2}일(?=\s|$)/u;
/** What a page glues between a headline and its date: a counter, a "Reporter" label. */
const BEFORE_DATE = /(?:\s+(?:\d{1,5}|reporter|posted|published|by|기자))+$/iu;

/**
 * A headline copied with what the page prints after it on the same line: the date and clock, the
 * lead or the source ("… 1月中旬は見送る方向で調整 0 30.12.2024 17:14 NHK…", "… Mar 30, 2022 在北京,…").
 * The headline ends where that date begins; `rest` is what followed it.
 */
export function cutAtGluedDate(line: string): { head: string; date: string; rest: string } | null {
  const m = GLUED_DATE.exec(line);
  if (!m || m.index < 8) return null;
  const rest = line.slice(m.index + m[0].length).trim();
  const head = line.slice(0, m.index).replace(BEFORE_DATE, '').trim();
  if (DATE_PREPOSITION.test(head)) return null;
  return rest !== '' && substantialLine(head) ? { head, date: m[0].trim(), rest } : null;
}

/**
 * A word that brings in a date, at the end of what stands before it ("… lud am 06.04.2022 die …", "… held on
 * 12.03.2021 in …", "… reçu le 12/03/2021 …"): the date is the sentence's own, and so is what follows it.
 */
const DATE_PREPOSITION =
  /(?<![\p{L}])(?:am|vom|seit|bis|ab|on|since|until|dated|le|du|depuis|el|del|desde|em|ngày|tanggal|pada|sejak|op|dnia|dne|від|от)$|(?:지난|오는|올해|지난해|작년|내년|금년)$/iu;

/** A clock and zone after a date ("11:52 PM EDT", "17:14"): all a page may glue after a headline's date. */
const CLOCK_ONLY = /^\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?(?:\s+[A-Z]{2,5})?$/iu;
/** A source's credit after a headline's date ("… 2023-08-30 来源:解放日报", "… 12/05/2021 Nguồn: TTXVN"): the date line's. */
const SOURCE_AFTER_DATE =
  /^(?:\d{1,2}:\d{2}(?::\d{2})?\s+)?(?:来源|來源|出处|出處|source|nguồn|출처|sumber|fuente|fonte|quelle|источник|джерело)\s*[:：]\s*[^\s:：]+(?:\s+[^\s:：]+){0,3}$/iu;
/** "… Foreign Minister Wang Yi 10/26/2023 11:52 PM EDT": the headline, and its date line. */
export function cutAtTrailingDate(line: string): { head: string; date: string } | null {
  const m = GLUED_DATE.exec(line);
  if (!m || m.index < 8) return null;
  const rest = line.slice(m.index + m[0].length).trim();
  const head = line.slice(0, m.index).replace(BEFORE_DATE, '').trim();
  // Or a date in figures alone at the line's end ("… agricultural cooperation 05/30/2023"), not one a word brings in.
  const figuresAtEnd = rest === '' && /^\s\d/.test(m[0]) && !m[0].includes('年') && !DATE_PREPOSITION.test(head);
  return (CLOCK_ONLY.test(rest) || SOURCE_AFTER_DATE.test(rest) || figuresAtEnd) && substantialLine(head)
    ? { head, date: `${m[0].trim()} ${rest}`.trim() }
    : null;
}

/** "(01:07)" after a video's title: its length. */
const DURATION = /\s*\(\d{1,2}:\d{2}(?::\d{2})?\)$/u;
/** "(H18.5.22)" after a Japanese page's heading: its date in the era's initial and figures (平成18年5月22日). */
const ERA_STAMP = /\s*[(（][HRS]\d{1,2}\.\d{1,2}\.\d{1,2}[)）]$/u;
/**
 * The programme or series a Japanese or Chinese page files the story under, in lenticular brackets after the headline,
 * its date in the era's initial sometimes after it ("…知事年頭訓示【県政ニュース】R8.1.6", "…【解説】"): not the headline's words.
 */
const SERIES_AFTER = /(?<=\S)\s*【[^【】\s]{1,16}】(?:\s*[HRS]\d{1,2}\.\d{1,2}\.\d{1,2})?$/u;
/** A "show more" button copied after the headline. */
const MORE_BUTTON =
  /\s+(?:afficher plus|show more|read more|see more|lire la suite|mehr anzeigen|weiterlesen|ver más|leer más|xem thêm|더보기|자세히 보기|続きを読む|查看更多|selengkapnya|baca selengkapnya)$/iu;

/**
 * The language of the original in brackets after the headline ("[fr]", "[en]"), as embassies print
 * it on a translated page. Tags that say what the story is ("[종합]", "[포토]") stay, wherever they stand.
 */
const TRAILING_TAG = /\s+\[[a-z]{2}\]$/u;

/** A table cell's border left after a headline copied from a page laid out in a table ("Headline |"). */
const CELL_BORDER = /\s+\|\s*$/u;

/** A headline without what a page prints after it on the same line: a video's length, a date stamp, a button, a tag. */
export const withoutTrailers = (title: string): string => {
  const t = title
    .replace(DURATION, '')
    .replace(ERA_STAMP, '')
    .replace(SERIES_AFTER, '')
    .replace(CELL_BORDER, '')
    .replace(MORE_BUTTON, '')
    .replace(TRAILING_TAG, '')
    .trim();
  return t !== '' ? t : title;
};

/** A reading-time line under a headline ("3 Phút để đọc", "4 min read", "Lesedauer < 1 Minute", "読了時間：約3分"): it marks the headline above it. */
const READING_UNIT =
  '(?:min(?:ute[ns]?|uti|utos?|s)?\\.?|menit|phút|dk\\.?|мин(?:ут[аы]?)?\\.?|хв(?:илин[аи]?)?\\.?|분|分钟?|分間?)';
const READING_LABEL =
  '(?:lesedauer|lesezeit|reading time|read time|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|läsningstid|lästid|czas czytania|okuma süresi|время чтения|час читання|lama baca|waktu baca|thời gian đọc|읽는 시간|読了時間|阅读时间|閱讀時間)';
const ABOUT = '(?:[<~≈]|ca\\.|approx\\.?|about|under|约|約|weniger als|moins de)?';
export const READING_TIME = new RegExp(
  `^(?:${ABOUT}\\s*\\d{1,2}\\s*${READING_UNIT}\\s*(?:read|de lecture|để đọc|읽기|阅读|閱讀|di lettura|de lectura|de leitura|leestijd|lesezeit|baca)|${READING_LABEL}\\s*[:：]?\\s*${ABOUT}\\s*\\d{1,2}\\s*${READING_UNIT})$`,
  'iu',
);

/**
 * The kind of document and its number, above a release's headline: "Press Release No. 123",
 * "Pressemitteilung Nr. 168", "Communiqué n° 45", "Thông cáo báo chí số 12", "보도자료 제123호".
 */
const RELEASE_KINDS =
  'press release|press statement|media release|news release|photo release|statement|communiqu[ée](?: de presse)?|comunicado(?: de prensa)?|nota de prensa|pressemitteilung|pressemeldung|presseinformation|presseerklärung|siaran pers|thông cáo báo chí|thông cáo|보도자료|보도 자료|新闻稿|プレスリリース';
export const RELEASE_NUMBER = new RegExp(
  // The number alone under its kind's line: "Nr. 170 / 2008", "No. 45/2021", "Số 12/2020".
  `^(?:(?:${RELEASE_KINDS})\\s*(?:no\\.?|nr\\.?|n[°º]|número|nomor|số|제)?|no\\.|nr\\.|n[°º]|número|nomor|số)\\s*[:：]?\\s*\\d[\\d/.-]*(?:\\s*/\\s*(?:19|20)\\d{2})?\\s*호?$`,
  'iu',
);

/** The kind of document on a line of its own ("Photo Release", "Pressemeldung", "보도자료"): a label, never the headline. */
export const RELEASE_KIND = new RegExp(`^(?:${RELEASE_KINDS})\\s*[:：]?$`, 'iu');

/**
 * A wire desk's version tags before a headline are not part of it: "(LEAD)", "(2nd LD)",
 * "(URGENT)", "(UPDATE 2)". Tags that say what the story is ("[포토]", "[단독]") stay.
 */
export const DESK_TAGS =
  /^(?:\s*(?:\((?:LEAD|\d+(?:st|nd|rd|th)? ?LD(?: LEAD)?|URGENT|UPDATE(?: \d+)?|CORRECTED|REFILE|ATTN[^)]*|EDITORS?:[^)]*)\)))+\s*/iu;

/**
 * The kind of item a page files the story under, before a bar or colon: "视频 | …", "VIDEO: …",
 * "ข่าวเด่น : …" (featured). The headline is what follows.
 */
export const KIND_PREFIX =
  /^(?:视频|視頻|图集|圖集|直播|组图|video|videos|photos?|gallery|infographic|live|watch|clip|press releases?|ข่าวเด่น|ข่าว|ảnh|clip|영상|포토)\s*[|｜:：]\s+(?=\S)/iu;

/**
 * Where the text came from, in brackets beside the headline: a mailing list's tag ("[wanabidii] …"), a
 * source with its date ("[Bundesregierung - 14.06.2013] …"), an agency after it ("… [연합뉴스]"). A rubric
 * that says what the story is ("[포토]", "[속보]", "[국회 Q&A]") stays.
 */
export const SOURCE_BRACKETS =
  /^\[(?:\p{Ll}[\p{Ll}\d_.-]*|[^\]]*\d{1,2}[./]\d{1,2}[./]\d{2,4}[^\]]*)\]\s+(?=\S)|\s+\[[^\]]*(?:뉴스|[Nn]ews|통신|[Pp]ress|新闻|新聞|通信社?)\]$/u;

/**
 * The section a site files the story under, run into the headline with only a space: "海外新闻 日媒:…"
 * (overseas news), "한국소식 외교부, …" (Korea news), "기타 한중일…" (other). A word of news or other.
 */
export const SECTION_PREFIX = /^(?:\p{L}{0,4}(?:新闻|新聞|뉴스|소식|ニュース)|기타|其他|その他)\s+(?=\S)/u;
