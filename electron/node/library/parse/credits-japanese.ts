// Japanese pages credit the agency or paper a story comes from on a line of its own: "共同通信",
// "【共同通信】", "【時事通信社】時事通信社" under or after the story, "情報提供元:TBS NEWS DIG Powered by JNN",
// "提供 - 函館新聞社". A line is the credit when it is the outlet's name alone, ending in the word for an
// agency, a paper or a broadcaster (通信, 通信社, 新聞, 新聞社, 放送), or follows the word for "provided by".
// The same name repeated down a list of other stories ("共同通信 -" under each link) credits those stories,
// not this one. Read only in a text with kana; weaker than a dateline or the site's name (credits.ts).

/** Kana: the cheap test that the text is Japanese. */
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** "共同通信", "【共同通信】 |", "【時事通信社】時事通信社": an outlet's name alone on its line. */
const OUTLET_LINE = /^[【[]?\s*([^\s【】[\]|]{1,12}?(?:通信社|通信|新聞社|新聞|放送))\s*[】\]]?(?:\s*\1)?\s*\|?\s*$/u;
/** "情報提供元:TBS NEWS DIG Powered by JNN", "提供 - 函館新聞社": the outlet that provided the story. */
const PROVIDED_BY = /^(?:情報提供元|提供|配信元)\s*[:：\-–]\s*(\S.{0,38}?)(?:\s+Powered by\b.*)?\s*$/u;

/** The outlet a Japanese page credits on a line of its own, or null. */
export function japaneseCredit(texts: string[]): string | null {
  if (!texts.some((t) => KANA.test(t))) return null;
  const all = texts.join('\n');
  for (const text of texts)
    for (const line of text.split('\n')) {
      const t = line.trim();
      if (t.length > 60) continue;
      const name = OUTLET_LINE.exec(t)?.[1] ?? PROVIDED_BY.exec(t)?.[1];
      if (name && all.split(name).length - 1 <= 3) return name;
    }
  return null;
}
