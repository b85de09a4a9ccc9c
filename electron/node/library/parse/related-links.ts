// Other stories on the same page: a label in the page's language, then a block of linked headlines.
// Where the label closes the page ("You may like", "Mais lidas", "延伸閱讀"), the record ends there;
// where it sits inside the article ("Veja também:", "Czytaj także:"), only the headlines under it
// are skipped and the article goes on after them.

/** A label after which the page lists other articles to its end, in the words each language's pages use. */
export const MORE_STORIES =
  /^(?:you (?:may|might) (?:also )?like|more stories|recommended for you|함께 보면 좋은 (?:기사|뉴스)|추천 ?기사|あわせて読みたい|おすすめ記事|延伸[阅閱][读讀]|推[荐薦][阅閱][读讀]|相[关關]文章|das könnte sie auch interessieren|weitere artikel|sur le même sujet|articles similaires|artículos relacionados|lo más leído|(?:notícias|matérias) relacionadas|mais lidas|você (?:também )?pode gostar|articoli correlati|gerelateerde artikelen|súvisiace články|relaterade artiklar|relaterte artikler|ilgili haberler|bunlar da ilginizi çekebilir|أخبار ذات صلة|artikel (?:terkait|berkaitan)|berita lainnya)\s*[:：]?$/iu;

/** A label pages put inside the article, over a few links to other stories: "Veja também:", "Lea también:". */
export const INLINE_RELATED =
  /^(?:(?:veja|leia) (?:também|mais)|saiba mais|le(?:a|e) también|(?:también )?te puede interesar|à lire également|(?:czytaj|zobacz) (?:też|także|również)|(?:pře)?čtěte (?:si )?(?:také|též)|čítajte aj|läs (?:också|även)|l[æe]s også|lees ook|читайте також|дивіться також)\s*[:：]?$/iu;

/**
 * The label and one linked headline on a single line, inside the article: "Leer también: Canciller X
 * pide …", "Baca juga: …", "READ ALSO: …". Another story's headline; the line goes, the article stays.
 */
const RELATED_LABEL =
  /^(?:(?:veja|leia) (?:também|mais)|saiba mais|le(?:a|e|er) también|(?:también )?te puede interesar|à lire (?:également|aussi)|lire aussi|(?:czytaj|zobacz) (?:też|także|również)|(?:pře)?čtěte (?:si )?(?:také|též)|čítajte aj|läs (?:också|även)|l[æe]s også|lees ook|lesen sie auch|читайте (?:також|также)|дивіться також|read also|also read|read more|baca juga|xem thêm)\s*[:：]\s*(.+)$/iu;
export const inlineRelatedHeadline = (line: string): boolean => {
  const headline = RELATED_LABEL.exec(line)?.[1];
  return headline !== undefined && line.length <= 200 && !/[:：]$/u.test(headline);
};

/** A headline: short, on its own line, not closed as a sentence is. */
const HEADLINE = (line: string): boolean => line.length <= 160 && !/[.!?。！？…:："”»]$/u.test(line);

/** Where the headlines under an inline label end: the first line that is not one (blank lines between them skipped). */
export function afterHeadlines(lines: readonly string[], label: number, clean: (s: string) => string): number {
  let i = label + 1;
  while (i < lines.length) {
    const line = clean(lines[i] ?? '');
    if (line !== '' && !HEADLINE(line)) break;
    i++;
  }
  return i;
}
