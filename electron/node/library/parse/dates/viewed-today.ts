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

/**
 * A page's review stamp ("Sidan senast granskad den 26 juli 2022", "Last reviewed: 3 May 2021", "Zuletzt geprüft am …",
 * "Siden er sist kontrollert …"): the day someone checked an evergreen page, not the day the record was published.
 */
const REVIEWED =
  /(?<![\p{L}])(?:(?:last\s+|page\s+)?reviewed(?:\s+(?:on|at))?\s*[:：]?|(?:senast\s+)?granskad|sist\s+(?:kontrollert|gjennomgått)|senest\s+(?:gennemgået|kontrolleret)|zuletzt\s+(?:geprüft|überprüft)|(?:laatst\s+)?gecontroleerd|dernière\s+(?:vérification|révision)|(?:última\s+)?revisi[oó]n|revisado\s+(?:el|em)|tarkistettu)(?![\p{L}])/iu;

/** Whether the line states when the page was last reviewed (its date is no publication date). */
export const statesReviewDay = (line: string): boolean => REVIEWED.test(line);

/**
 * A site's top bar: the day's date beside its login link ("samedi 18 mai 2024 | Login", "Thứ Hai, 6/5/2024 | Đăng nhập"):
 * the day the page was served, not the record's.
 */
const SITE_BAR =
  /(?<![\p{L}])(?:log\s?in|log\s?out|sign\s+(?:in|up)|se\s+connecter|connexion|s['’]inscrire|anmelden|einloggen|abmelden|iniciar\s+sesi[oó]n|accedi|registrati|inloggen|logga\s+in|logg\s+inn|log\s+ind|zaloguj|войти|đăng\s+nhập|로그인|ログイン|登录|登入)(?![\p{L}])/iu;

/** Whether a short line carries a site's login link: a top bar, whose date is the day it was served. */
export const inSiteBar = (line: string): boolean => (line.match(/\S+/g) ?? []).length <= 12 && SITE_BAR.test(line);
