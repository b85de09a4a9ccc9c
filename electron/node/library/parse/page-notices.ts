// What a site prints on every page around a record, in any language: the notice asking the reader's consent to its
// cookies, and the pager's links to the blog's or the site's previous and next stories. Neither is the record, and
// neither is its headline, though each stands above it as often as below it.

import { wordCount } from './text.ts';

/**
 * The word for a browser's cookie ("cookies", "Cookie-Einstellungen", "cookie-файлы", "statistikkakor", "쿠키 파일",
 * "plików cookies", "informasjonskapsler", "evästeet"): not an outlet named after it ("쿠키뉴스"), nor the biscuit alone.
 */
const COOKIE_WORD = /cookie|\p{L}*kakor(?![\p{L}])|informasjonskaps|eväste|ciasteczk|куки|쿠키(?!뉴스)|クッキー/iu;
/**
 * What makes the word a site's: the site it speaks for ("this website", "webbplatsen", "este sitio", "serwis", "сайт",
 * "웹사이트", "サイト"), the reader's browser, or the consent it asks ("Akzeptieren", "Godkänner du det?", "acepta",
 * "concorda", "zgadzasz się", "согласие", "동의").
 */
const SITE_OR_CONSENT =
  /(?<![\p{L}])(?:web\s?site|site|sitio|sítio|webb?plats\p{L}*|nettsted\p{L}*|hjemmeside\p{L}*|webseite\p{L}*|internetseite\p{L}*|serwis\p{L}*|stron\p{L}*|сайт\p{L}*|trang web|situs|browser\p{L}*|navigateur|navegador|przeglądar\p{L}*|consent\p{L}*|accept\p{L}*|akzeptier\p{L}*|einwillig\p{L}*|zustimm\p{L}*|godkänn\p{L}*|samtyck\p{L}*|samtykk\p{L}*|acept\p{L}*|consentimiento|concord\p{L}*|zgadza\p{L}*|zgod\p{L}*|согласи\p{L}*|privacy|datenschutz\p{L}*)(?![\p{L}])|웹사이트|사이트|동의|サイト|同意|网站|網站/iu;

/** A site's notice asking consent to its cookies, in the languages the desks read. */
export const isCookieNotice = (line: string): boolean =>
  wordCount(line) <= 80 && COOKIE_WORD.test(line) && SITE_OR_CONSENT.test(line);

/**
 * A blog's pager: the links to the entries before and after, each behind its arrows ("<< 前の記事 | main | 次の記事 >>",
 * "<< 前のページへ戻る"), or named by the pager's own words ("Previous post …", "Next article…", "前の記事", "이전글",
 * "上一篇：…"). A quotation set in doubled angle brackets is a sentence or more, with no bar between links.
 */
const ARROWED_LINK = /^<<\s*\S/u;
const PAGER_WORDS =
  /^(?:(?:«\s*)?(?:previous|next|older|newer)\s+(?:post|article|entry|story|posts|articles|entries)(?:\s*»)?|前の(?:記事|エントリー?|ページへ戻る)|次の(?:記事|エントリー?)|이전\s?글|다음\s?글|上一篇|下一篇|上一條|下一條|上一条|下一条)(?=[\s:：]|\p{Lu}|$)/iu;

export const isPagerLine = (line: string): boolean => {
  const t = line.trim();
  if (PAGER_WORDS.test(t)) return wordCount(t) <= 30;
  if (!ARROWED_LINK.test(t)) return false;
  return t.includes(' | ') || (wordCount(t) <= 8 && !/[.!?。]\s*(?:>>)?$/u.test(t));
};
