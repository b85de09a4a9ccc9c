// A breadcrumb trail at the head of a saved page ("トップページ > ゲストアルバム > 駐日…大使による訪問",
// "Quốc phòng - An ninh > Đối ngoại Quốc phòng", "首页 >> 即时新闻 >> 正文"): navigation, never the
// headline, and no byline or date line to find the headline by, even when its last crumb carries the
// headline's date. When that last crumb is the headline, the page prints it again on its own line
// below: that line is the headline, whatever date it carries.

import { reportsMeetingWord, speaksOfPast } from './dates/words.ts';
import { wordCount } from './text.ts';
import { substantialLine } from './title-lines.ts';

/** The separators of a trail: ">" or ">>" or "›" or "≫" between spaces, or the full-width "＞". */
const CRUMB_SEP = /\s+(?:>{1,2}|›|≫)\s+|\s*[＞≫]\s*/u;

/** A line ending on a clock ("20:57", "201620:57" with the year glued before it): a time stamp, not a section's name. */
const CLOCK_END = /\d:[0-5]\d$/u;

/** A crumb before the last: a word or a few ("Home", "現在地 ホーム", "Quốc phòng - An ninh"), or a short run of CJK. */
const shortCrumb = (c: string): boolean => {
  const t = c.trim();
  return t !== '' && t.length <= 40 && wordCount(t) <= 6;
};

/**
 * A trail whose separators were icons, lost when the page was copied: the site's home page named first,
 * then a section or two, spaces between ("Home 의회정보 국회·국회의원 보도자료", "홈페이지 국제교류",
 * "Accueil next Fête du Trône 2006"). Not a headline that begins with the word ("Home Secretary meets …",
 * "Accueil de la délégation …", "Inicio de la visita …").
 */
const HOME_TRAIL =
  /^(home|홈페이지|홈|accueil|startseite|inicio|início|trang chủ|首页|ホーム|beranda|главная|головна|domů|strona główna|anasayfa|inici|etusivu|forside)\s+(?!(?:secretary|office|minister|ministry|affairs|department|guard|rule|front|team|town|country|de|del|des|du|d'|da|do|dos|das|la|le|les|el|los|à|au|aux|a|of|the|and|for|to)\b)(\S.*)$/iu;
const HOME_TRAIL_WORDS = 6;

/** The crumbs of a breadcrumb trail, or null when the line is not one. */
export function crumbsOf(line: string): string[] | null {
  // Cheap test first: most lines carry no separator at all.
  if (!line.includes('>') && !line.includes('›') && !line.includes('＞') && !line.includes('≫')) {
    const home = wordCount(line) <= HOME_TRAIL_WORDS ? HOME_TRAIL.exec(line) : null;
    return home?.[1] && home[2] ? [home[1], home[2]] : null;
  }
  const parts = line.split(CRUMB_SEP).map((p) => p.trim());
  // A separator after the last crumb ("ホーム ≫ ブログ ≫ No.245 … ≫"): the trail's own, the last crumb stands.
  if (parts.length > 2 && parts.at(-1) === '' && line.trimEnd().endsWith('≫')) parts.pop();
  if (parts.length < 2 || parts.at(-1) === '') return null;
  // A clock after the arrow, a clock before it ("05. svi 2016 20:57 > 21:01"): when the story was posted and updated.
  if (CLOCK_END.test(parts.at(-1) ?? '') && CLOCK_END.test(parts.at(-2) ?? '')) return null;
  return parts.slice(0, -1).every(shortCrumb) ? parts : null;
}

export const isBreadcrumb = (line: string): boolean => crumbsOf(line) !== null;

/** How far down a page's head a trail is looked for. */
const HEAD_LINES = 30;

/**
 * The headline a trail ends with, printed again on its own line below the trail; not a section
 * name printed again ("首页 > 会员互动" / "会员互动"): the headline says what happened.
 */
export function headlineEndingTrail(lines: string[]): string | null {
  const head = lines.slice(0, HEAD_LINES).map((l) => l.trim());
  for (const [n, l] of head.entries()) {
    const last = crumbsOf(l)?.at(-1);
    if (!last || !substantialLine(last)) continue;
    const again = head.slice(n + 1).find((o) => o.toLowerCase() === last.toLowerCase());
    if (again) return again;
  }
  // Not printed again: a last crumb that tells a meeting in the past ("… > 訪問団が市長を表敬訪問されました")
  // is the headline all the same; a section's name tells no event.
  // Only a trail with its separators: a home page's name before words ("Home …") may be a headline itself.
  for (const l of head) {
    const last = /[>›＞≫]/u.test(l) ? crumbsOf(l)?.at(-1) : undefined;
    if (last && substantialLine(last) && reportsMeetingWord(last) && speaksOfPast(last)) return last;
  }
  return null;
}

/** Where the last trail at the head of the page stands, or -1. */
export function lastTrailAt(raw: string[]): number {
  let at = -1;
  for (const [i, l] of raw.slice(0, HEAD_LINES).entries()) if (isBreadcrumb(l.trim())) at = i;
  return at;
}

/**
 * Where the last trail at the head of `raw` stands, as an index into `read` (the same lines after
 * chrome, bylines and dates were taken out: blanked, a few dropped), or -1. Everything at or above
 * it is navigation (the site's name, menus, the trail itself).
 */
export function trailEndIn(raw: string[], read: string[]): number {
  const at = lastTrailAt(raw);
  if (at === -1) return -1;
  const dropped = Math.max(0, raw.length - read.length);
  // The first line after the trail that is still there: the trail ends just above it.
  for (let k = at + 1; k < Math.min(raw.length, at + 12); k++) {
    const text = raw[k]?.trim() ?? '';
    if (text === '') continue;
    for (let j = Math.max(0, k - dropped); j <= k && j < read.length; j++) if (read[j]?.trim() === text) return j - 1;
  }
  return -1;
}
