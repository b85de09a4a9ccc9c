// A site's header that prints the day the page is read ("Dnes je 27.07.2024", "Today is Monday, 3 May 2021",
// "Hôm nay: ngày 21 / 9 / 2021"), often beside the weather or the day's name-day: the reader's day, not the record's.

/**
 * "Today is …" / "Today: …" opening a line, in the desks' languages. Only with "is" or a colon after the word, so that
 * prose that opens on "today" ("Today, Tuesday 7 March 2023, the minister met …", "Hari ini, Selasa, …") is not taken.
 */
const TODAY_IS =
  /^\s*(?:today\s+is|today\s*:|dnes\s+je|dnes\s*:|dziś\s+jest|dzisiaj\s+jest|dziś\s*:|dzisiaj\s*:|heute\s+ist|heute\s*:|vandaag\s+is|vandaag\s*:|hoy\s+es|hoy\s*:|hoje\s+é|hoje\s*:|oggi\s+è|oggi\s*:|aujourd['’]hui\s*(?:nous\s+sommes|c['’]est|:)|nous\s+sommes\s+le|hôm\s+nay\s+là|hôm\s+nay\s*:|hari\s+ini\s*:|bugün\s*:|сегодня\s*:|сьогодні\s*:|今天是|今日は|오늘은)/iu;

/** Whether the line is a header's "today is <date>": its date is the day the page was viewed. */
export const statesViewingDay = (line: string): boolean => TODAY_IS.test(line);
