// Lists of other stories inside a record's text: a "Related news" heading and the headlines under it, a
// table of dated titles. Their dates are those stories', never the record's or its meeting's.

/**
 * A list of other stories: "Related news", "Tin liên quan", "관련뉴스", "Читайте также:", "اقرأ أيضا".
 * Alone on its line it heads the list (every paragraph after it is another story's); with a headline after it, that line only.
 */
export const RELATED =
  /^\s*(?:related(?:\s+(?:news|stories|articles|posts))?|read\s+(?:more|also)|see\s+also|more\s+(?:news|stories)|tin\s+(?:liên\s+quan|cùng\s+chuyên\s+mục|khác)|xem\s+thêm|bài\s+liên\s+quan|관련\s?(?:뉴스|기사)|함께\s+보면\s+좋은\s+기사|많이\s+본\s+뉴스|читайте\s+также|смотрите\s+также|по\s+теме|baca\s+juga|berita\s+terkait|artikel\s+terkait|関連(?:記事|ニュース)|相[关關](?:新[闻聞]|阅读|報導|报道)|lesen\s+sie\s+auch|mehr\s+zum\s+thema|(?:à\s+)?lire\s+aussi|sur\s+le\s+même\s+sujet|leer\s+también|te\s+puede\s+interesar|(?:también\s+)?puedes\s+leer|noticias\s+relacionadas|leggi\s+anche|اقرأ\s+(?:أيضا|ايضا|أيضاً)|مقالات\s+ذات\s+صلة|ข่าวที่เกี่ยวข้อง)\s*[:：»›>-]?/iu;

/** A heading alone on its line over a list of other stories ("Related News", "Tin liên quan:"): what follows is theirs. */
export const headsRelatedList = (line: string): boolean => {
  const m = RELATED.exec(line);
  return m !== null && line.slice(m[0].length).trim() === '';
};

/** A row of a table beside another dated row ("제목 | 2012.01.10 |"): a list of other stories, whose dates are theirs. */
export function inStoryTable(lines: (string | undefined)[], i: number): boolean {
  return !!lines[i]?.includes('|') && [lines[i - 1], lines[i + 1]].some((r) => r?.includes('|') && /\d{4}/.test(r));
}
