// Removes what a web page or an e-mail client wraps around a record (menus, hit counters,
// share bars, mail headers, signatures), keeping what that wrapping tells us: the publication
// date line, the mail subject, and the site, when the site is one we recognise.

import { readByline } from './byline.ts';
import { firstSentenceIndex, MAIL_HEADER, mailHeaderRuns, menuLines, PARAGRAPH_CHARS } from './chrome-blocks.ts';
import { programmeDate } from './dates/programme.ts';
import { captionText, isFileName, isPageFurniture } from './page-furniture.ts';
import { FOLLOW_SITE, isSpacedMenu, siteClockLines } from './page-instruments.ts';
import { isCookieNotice, isPagerLine } from './page-notices.ts';
import { afterHeadlines, INLINE_RELATED, MORE_STORIES } from './related-links.ts';
import { collapse } from './text.ts';

export type ChromeResult = {
  /** Remaining lines, blank lines kept as '' so paragraph breaks survive. */
  lines: string[];
  /** The line the publication date came from ("Date : 2020-09-22 13:26:07"), if any. */
  dateLine: string | null;
  /** A mail subject, "Re:"/"Fwd:" removed. */
  subject: string | null;
  /** Publisher recognised from site chrome. */
  publisher: string | null;
  /** Photo captions taken out of the text, their credits and position marks removed: read for who met. */
  captions: string[];
  /** Where (in lines) the page's date and metadata lines stood: the headline is just above them. */
  metaAt: number[];
  /** True when page or mail furniture was found, i.e. the text was copied from a page or a mail. */
  hadChrome: boolean;
  /** True when that furniture stood above the text's first line (a menu, a site line), not only below it (comments, shares). */
  chromeAbove: boolean;
};

const MOFA_KOREA = 'Ministry of Foreign Affairs, Republic of Korea';

/** Site chrome that identifies the publisher: the Korean MOFA's English site labels each article page "… 상세보기" (detail view). */
const KNOWN_SITES: { test: RegExp; publisher: string }[] = [
  {
    test: /^(?:Ministry News|Press Releases?|Spokesperson'?s? Briefings?|Minister'?s? Speeches|Speeches & Interviews)\s*상세보기$/i,
    publisher: MOFA_KOREA,
  },
  { test: /^mofa\.go\.kr$/i, publisher: MOFA_KOREA },
  { test: /^(?:Bộ Ngoại giao(?: Việt Nam)?|mofa\.gov\.vn)$/i, publisher: 'Ministry of Foreign Affairs, Viet Nam' },
];

/** The name of a slot or control a page shows where a widget stands: an ad, the logo, navigation, search. */
const PAGE_SLOT =
  '(?:nav(?:igation)?|view|search|menu|logo|logotipo|ads?|ad here|advert(?:isement)?s?|로고|광고|ロゴ|広告|quảng cáo|werbung|anzeige|publicité|publicidad|pubblicità|iklan)';

/** Lines that are navigation or page furniture wherever they appear. */
const CHROME_LINES: RegExp[] = [
  /^skip (?:navigation|to (?:main )?content|to menu)$/i,
  // The same skip links in the languages desks read: "ここから本文です。" (the text starts here),
  // "本文へ", "Zum Inhalt springen", "Aller au contenu", "Ir al contenido", "Bỏ qua nội dung".
  /^(?:ここから本文(?:です)?|本文へ(?:移動|スキップ)?|zum inhalt(?: springen)?|direkt zum inhalt|aller au contenu(?: principal)?|passer au contenu|ir al contenido(?: principal)?|saltar al contenido|bỏ qua nội dung|跳[至到转]正文|跳過導覽)。?$/iu,
  // Japanese sites' skip links told as sentences ("このページは、共通のメニューを読み飛ばすことができます…", "メインのコンテンツ
  // ブロックにジャンプする", "ここからこのページの情報です。") and the labels of the page's regions ("パンくずリスト(現在位置の表示)").
  /^(?=[^\n]{0,100}$)[^\n]*(?:読み飛ば|メニューを飛ばして|本文へジャンプ|コンテンツ(?:ブロック)?(?:に|へ)ジャンプ)/u,
  /^(?:ここから(?:この)?(?:ページの情報|本文)です。?|ページの先頭(?:へ(?:戻る)?|です。?)|パンくずリスト(?:[(（]現在位置の表示[)）])?|(?:サイト)?共通のメニューへ|このページの情報へ)$/u,
  /^(?:home|menu|menu content|search|print|share|facebook|twitter|tweet|twittern|teilen|drucken|partager|imprimer|compartir|imprimir|condividi|kakaotalk|e-?mail|list|top|back to top|go (?:to )?top|prev(?:ious)?|next|close|sitemap|site map|log ?in|font size|a\+|a-|[+-])$/i,
  // Korean sites' skip links and search toggles ("본문 바로가기", "메뉴 건너뛰기", "검색창 열기"), language switchers.
  /바로가기$|^바로가기|^\S{1,6}\s?건너뛰기$|^검색창? ?(?:열기|닫기)$/,
  /^(?:kor|eng|한국어|english|tiếng việt)$/i,
  // The headings a page gives screen readers over its regions ("Navigation und Suche", "Hauptinhalt",
  // "Main content"), a language switch's name sometimes before them ("ENGLISCH Hauptinhalt").
  /^(?:(?:english|englisch|deutsch|français|español)\s+)?(?:navigation(?: und suche)?|haupt(?:inhalt|navigation)|servicenavigation|main (?:content|navigation|menu)|top ?content|contenu principal|contenido principal|navegación principal)$/iu,
  // Where the page says the reader is ("You are here: Home", "Usted está en: Portada"): a breadcrumb.
  /^(?:you are here|usted está en|está usted en|vous êtes ici|sie sind hier|bạn đang ở|você está em|anda berada di|현재 위치)\s*[:：]/i,
  // A lone caption label where a photo was.
  /^(?:photo|video|image|ảnh|사진)s?$/i,
  // An ad slot, the site's logo or the navigation's own controls, named alone or in a row of them ("Advertisement",
  // "AD HERE", "로고", "Nav view search"): what a page shows in place of a widget.
  new RegExp(`^${PAGE_SLOT}(?:\\s+${PAGE_SLOT})*$`, 'iu'),
  // The site's icon named by its alternative text ("Site icon", "Ícone do site …"): the logo, never the headline.
  /^(?:site icon|ícone do site|icono del sitio|icône du site|icona del sito)(?:\s+\S+){0,5}$/iu,
  /상세보기$/,
  /^(?:hits?|views?|조회수?)\s*:?\s*[\d,]+$/i,
  /^(?:copyright\b|©)/i,
  /all rights reserved\.?$/i,
  /^tags?\s*:/i,
  /^(?:-{2,}|_{2,}|={2,})\s*(?:original message|forwarded message)?\s*(?:-{2,}|_{2,}|={2,})?$/i,
  /^sent from my \w+/i,
  // A template's unfilled placeholders ("{{today.type}} {{today.low}}độ"): a widget the copy caught empty.
  /\{\{\s*[\w.]+\s*\}\}/,
  // Subscription buttons and the weather service's credit under a widget.
  /^(?:(?:월간|정기|무료)?\s*구독(?:신청|하기)?|subscribe(?: now)?|đăng ký nhận tin|기상청 제공)$/i,
  // A Korean news page's box headings and ad slots ("많이 본 기사", "연합뉴스 최신기사", "광고설정"),
  // the outlet's name sometimes before them: the lists they head are other stories.
  /^(?:\p{Script=Hangul}{2,10}\s?)?(?:많이\s?본\s?(?:기사|뉴스)|최신\s?기사|인기\s?기사|실시간\s?(?:속보|뉴스)|(?:최신\s?)?포토\s?뉴스|광고\s?설정)$/u,
];

/** A heading after which a page lists other articles: everything from here on is not the record. */
const TAIL_STARTS =
  /^(?:related (?:news|articles?|stories|posts|content)|other news|more news|latest news|most (?:read|viewed|popular)|you may also like|read more|see also|editor'?’?s picks?|tin mới|(?:các )?tin liên quan|(?:các )?tin khác|bài liên quan|xem thêm|baca juga|berita terkait|관련 ?(?:기사|뉴스)|많이 본 뉴스|читайте также|смотрите также|関連(?:記事|ニュース)|相[关關](?:新[闻聞]|阅读|閱讀)|lesen sie auch|mehr zum thema|(?:à )?lire aussi|leer también|noticias relacionadas|leggi anche|اقرأ (?:أيضا|أيضاً|ايضا)|مقالات ذات صلة|ข่าวที่เกี่ยวข้อง)\s*:?$/iu;

/** A cookie notice: never the record, though it often names the site's owner ("the policy of KBS"). */
const COOKIE_NOTICE = /\b(?:uses? cookies|cookie policy|accept (?:all )?cookies|consent to the (?:use|application) of)\b/i;
const COOKIE_OWNER = /\bpolicy of (?:the )?([\p{Lu}][\p{L}&.-]*(?: [\p{Lu}][\p{L}&.-]*){0,4})/u;

/** A metadata label on a line of its own, its value on the next line ("Date" / "2021-04-29"). */
const BARE_LABEL =
  /^(?:date|posted(?: on)?|published(?: on)?|updated|written|release date|issued|등록일|작성일|hits?|views?|조회수?)\s*:?$/i;

/** A metadata label whose value is a name, not a date ("출처" / "외교부", "부서명" / "언론담당관실"). */
const NAME_LABEL =
  /^(?:출처|부서명|담당\s*부서|담당자|작성자|원본\s*URL|source|nguồn|author|tác giả|来源|來源|sumber|penulis|editor)\s*[:：]?$/iu;
const NAME_LINE =
  /^(?:출처|부서명|담당\s*부서|담당자|작성자|원본\s*URL|source|nguồn|author|tác giả|来源|來源|sumber|penulis|editor)\s*[:：]\s*.{1,80}$/iu;

/** A mail sign-off: the signature below it is not part of the record. */
const SIGN_OFF =
  /^(?:(?:best|kind|warm|with best)? ?regards|best wishes|sincerely(?: yours)?|yours sincerely|many thanks|thanks|thank you|cheers),?$/i;

const SALUTATION = /^(?:dear|hi|hello)\b.{0,60},$/i;

const PUBLISHED_LINE =
  /^(?:date|posted(?: on)?|published(?: on)?|updated|written|release date|issued|등록일|작성일)\s*:?\s*(.*\d{4}.*)$/i;

/** Leading list markers that pages put before metadata ("• Date : …"). */
const stripMetaBullet = (s: string): string => s.replace(/^[•·▪◦\-*]\s*/, '');

/** Puts a bare label and its value on one line ("Date" + "2021-04-29" → "Date: 2021-04-29"), keeping line positions. */
function joinBareLabels(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length - 1; i++) {
    const label = collapse(out[i] ?? '');
    const named = NAME_LABEL.test(label);
    if (!named && !BARE_LABEL.test(label)) continue;
    let j = i + 1;
    while (j < out.length && j <= i + 2 && collapse(out[j] ?? '') === '') j++;
    const value = collapse(out[j] ?? '');
    if (value === '' || value.length > (named ? 80 : 40) || (!named && !/\d/.test(value))) continue;
    out[i] = `${label.replace(/\s*:$/, '')}: ${value}`;
    for (let k = i + 1; k <= j; k++) out[k] = '';
  }
  return out;
}

export function removeChrome(inputLines: string[]): ChromeResult {
  let dateLine: string | null = null;
  let subject: string | null = null;
  let publisher: string | null = null;
  const rawLines = joinBareLabels(inputLines);
  const clock = siteClockLines(rawLines);
  const lines: string[] = [];
  const headerRun = mailHeaderRuns(rawLines);
  const bodyStart = firstSentenceIndex(rawLines);
  const menu = menuLines(rawLines, bodyStart);
  const long = rawLines.findIndex((l) => collapse(l).length >= PARAGRAPH_CHARS);
  const firstParagraph = long === -1 ? rawLines.length : long;
  const menuTexts = new Set(
    rawLines
      .filter((_, i) => menu[i])
      .map((l) =>
        collapse(l)
          .replace(/^\d{1,2}\.\s*/, '')
          .toLowerCase(),
      ),
  );
  let seenText = false;
  let firstKept = rawLines.length;
  const metaAt: number[] = [];
  const captions: string[] = [];

  for (let i = 0; i < rawLines.length; i++) {
    // Quoted mail text ("> …") is still the record's text.
    const line = collapse((rawLines[i] ?? '').replace(/^(?:\s*>)+\s?/, ''));
    if (line === '') {
      lines.push('');
      continue;
    }
    const meta = stripMetaBullet(line);
    if (clock[i]) continue;
    const follow = FOLLOW_SITE.exec(meta);
    if (follow) {
      if (publisher === null && !/^us$/i.test(follow[1] ?? '')) publisher = follow[1] ?? null;
      continue;
    }
    if (isSpacedMenu(rawLines[i] ?? '')) continue;

    for (const site of KNOWN_SITES) if (publisher === null && site.test.test(meta)) publisher = site.publisher;

    if (headerRun[i]) {
      const m = MAIL_HEADER.exec(meta);
      const key = m?.[1]?.toLowerCase();
      if (key === 'subject' && m?.[2]) subject = m[2].replace(/^(?:(?:re|fwd?|aw|tr)\s*:\s*)+/i, '').trim() || null;
      if ((key === 'sent' || key === 'date') && m?.[2]) dateLine = meta;
      continue;
    }
    const published = PUBLISHED_LINE.exec(meta);
    if (published && meta.length < 80 && !(seenText && programmeDate(rawLines, i))) {
      if (dateLine === null) dateLine = meta;
      metaAt.push(lines.length);
      lines.push('');
      continue;
    }
    // "출처: 외교부", "Source: …" under the headline: metadata, read by owner.ts.
    if (i < bodyStart && NAME_LINE.test(meta)) {
      metaAt.push(lines.length);
      lines.push('');
      continue;
    }
    if (CHROME_LINES.some((re) => re.test(meta))) continue;
    // A file's name above the text's first paragraph, where the photo stood (page-furniture.ts).
    if (i < Math.min(bodyStart, firstParagraph) && isFileName(meta)) continue;
    // A board's row of fields ("작성자 | … | 작성일 | 2015-12-29 | 조회수 | 1127 |") looks like a row of links, but its
    // labelled date is the page's: the byline reader takes it.
    if (isPageFurniture(meta) && !(i < bodyStart && readByline(meta)?.label)) {
      const caption = captionText(meta);
      if (caption !== null) captions.push(caption);
      continue;
    }
    if (COOKIE_NOTICE.test(meta) || isCookieNotice(meta) || isPagerLine(meta)) continue;
    // Menu entries, and the section heading that repeats one of them ("Ministry News").
    if (menu[i] || (i < bodyStart && menuTexts.has(meta.toLowerCase()))) continue;
    if (seenText && (TAIL_STARTS.test(meta) || MORE_STORIES.test(meta))) {
      // Above the first sentence the label heads a sidebar box ("Tin mới" over the headline): only that line goes.
      if (i < bodyStart) continue;
      break;
    }
    // "Veja também:" over a few headlines inside the article: those are other stories, the article goes on.
    if (seenText && INLINE_RELATED.test(meta)) {
      i = afterHeadlines(rawLines, i, collapse) - 1;
      continue;
    }
    if (seenText && SIGN_OFF.test(meta)) break;
    if (SALUTATION.test(meta)) continue;
    if (KNOWN_SITES.some((s) => s.test.test(meta))) continue;
    if (!seenText) firstKept = i;
    seenText = true;
    lines.push(line);
  }
  // The cookie notice may sit below where the article ends, so it is looked for in every line.
  if (publisher === null)
    for (const raw of rawLines) {
      if (!COOKIE_NOTICE.test(raw)) continue;
      const owner = COOKIE_OWNER.exec(raw)?.[1];
      if (owner) publisher = (owner.split(/\.(?:\s|$)/)[0] ?? owner).trim();
      break;
    }
  const nonEmpty = (ls: string[]): number => ls.filter((l) => l.trim() !== '').length;
  // Date and metadata lines blanked above the first kept line are the page's own, not its furniture.
  const metaAbove = metaAt.filter((at) => at < lines.findIndex((l) => l.trim() !== '')).length;
  const chromeAbove = nonEmpty(rawLines.slice(0, firstKept)) > metaAbove;
  const hadChrome = nonEmpty(lines) < nonEmpty(inputLines);
  return { lines, dateLine, subject, publisher, metaAt, captions, hadChrome, chromeAbove };
}
