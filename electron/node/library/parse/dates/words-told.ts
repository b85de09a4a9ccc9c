// The words around a date that make it the day something was told or recalled, not the day of the
// meeting the record reports: "the ministry said on 1 December", "kata Menteri … , Minggu (19/4)", "their last
// meeting took place on", "2021년 1월 12일 … 만난 바 있다", "at a press briefing". Shared by the meeting-date rules
// (readings.ts) and the participant rules.

/** The day something was announced, not done: "the ministry said on 1 December that…". */
export const REPORTED =
  /^\s*(?:\([^)]*\)\s*)?(?:said|says|announced|stated|reported|cho\s+biết|thông\s+báo|mengatakan|menyatakan|밝혔|전했|말했|表示|称|発表|(?:sagte|erklärte|teilte|mitgeteilt|dijo|anunció|informó|ha\s+detto|ha\s+annunciato|a\s+déclaré|a\s+annoncé|заявил\p{L}*|сообщил\p{L}*|сказал\p{L}*|заявив|повідомив)(?![\p{L}]))/iu;

/**
 * A sentence that names the speaker of the quotes before it: Indonesian "Demikian ungkap Retno …
 * pada Selasa 8 September", "Hal itu dikatakan …". Its date is the day of the remarks, not a meeting's.
 */
export const SAID_SENTENCE =
  /^\s*(?:Demikian|Hal\s+(?:itu|ini|tersebut))\s+(?:(?:di|ter)?(?:ungkap|kata|ujar|sampaikan|jelaskan|tegas|utara)\p{L}*|disampaikan|dikatakan)(?![\p{L}])/iu;

/**
 * Indonesian and Malay attribution, the day of the telling after the speaker and where they spoke:
 * "…," kata Menteri Luar Negeri X di Jakarta, Minggu (19/4/2015). The day is the telling's.
 */
export const SAID_BEFORE_ID =
  /(?<![\p{L}])(?:kata|ujar|ucap|tutur|jelas|ungkap|terang|sebut)(?:nya)?\s[^.!?"“”\n]{0,120},\s*(?:(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\s*\(?\s*)?$/iu;

/**
 * A reporting verb just before the date, perhaps with the document it was told in ("said in its annual report on Tuesday",
 * "announced in a newsletter for 2023 on Monday") and the day it restates ("said on Tuesday (Feb 13)"): the telling's day.
 */
export const SAID_BEFORE =
  /(?:\b(?:said|says|announced|stated|reported|told\s+[\p{L}]+|confirmed)(?:\s+in\s+(?:a|an|its|their|his|her)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:statement|press\s+release|readout|report|review|year-in-review|newsletter|release|update|post|bulletin)(?:\s+(?:for|of)\s+[\p{L}\d-]+)?)?(?:\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*[(,])?|(?<![\p{L}])(?:a\s+(?:indiqué|annoncé|déclaré)|informó|anunció|dijo|teilte\s+mit|erklärte|cho\s+biết|thông\s+báo)(?![\p{L}]))\s*$/iu;

/** A reporting verb just before the date at `at`, or an Indonesian attribution before it: the day of the telling. */
export const saidBefore = (text: string, at: number): boolean =>
  SAID_BEFORE.test(text.slice(Math.max(0, at - 64), at)) || SAID_BEFORE_ID.test(text.slice(Math.max(0, at - 160), at));

/**
 * An earlier meeting recalled, in the words before its date: "La última reunión … tuvo lugar el", "s'étaient vus le",
 * "Zuletzt hatten sich beide am", "bei ihrem letzten Besuch … am", "terakhir bertemu pada", "Предыдущая встреча … состоялась", "Lần gặp gần nhất … là ngày".
 * Not "earlier on Monday" / "ранее в понедельник", which wire stories use for the meeting itself.
 */
export const RECALLED =
  /(?<![\p{L}])(?:últim[ao]s?\s+(?:reuni\p{L}+|vez|visita|encuentros?)|(?<!día\s)anterior(?:es)?|previamente|se\s+habían|dernière\s+(?:rencontre|fois|visite|entrevue)|précédente?s?|s['’]étaient|avaient|zuletzt|letzte[nmrs]?\s+(?:Besuch\p{L}*|Treffen\p{L}*|Begegnung|Mal)|vorige[nmrs]?|vorherige[nmrs]?|hatten\s+sich|terakhir|sebelumnya|pernah|предыдущ\p{L}*|последн\p{L}*\s+(?:встреч\p{L}*|раз)|в\s+прошлый\s+раз|уже\s+встречал\p{L}*|gần\s+nhất|trước\s+đó|(?:đã\s+)?từng)(?![\p{L}])|(?<![\p{L}])앞서(?=[\s,])(?![\s,]*(?:이날|같은\s?날|당일))|前回|上次|此前|السابق|سبق/iu;

/**
 * A day counted back from the writing by a week or more, just before the date: "Hace una semana, el pasado jueves 11, …",
 * "Il y a deux semaines, le 3 mai, …", "Vor einer Woche, am 5. Mai, …", "Two weeks ago, on 5 May, …", "Un mese fa, il 3
 * maggio, …": an earlier occasion the record recalls, not the one it reports.
 */
export const RECALLED_AGO =
  /(?<![\p{L}])(?:hace\s+(?:una|un|dos|tres|cuatro|varias|varios|unas|unos|\d+)\s+(?:semanas?|mes(?:es)?|años?)|há\s+(?:uma|um|duas|dois|três|várias|\d+)\s+(?:semanas?|mês|meses|anos?)|il\s+y\s+a\s+(?:une|un|deux|trois|quelques|plusieurs|\d+)\s+(?:semaines?|mois|ans?|années?)|vor\s+(?:einer|einem|zwei|drei|mehreren|\d+)\s+(?:Wochen?|Monaten?|Jahren?)|(?:a|one|two|three|several|a\s+few|\d+)\s+(?:weeks?|months?|years?)\s+ago|(?:una|un|due|tre|qualche|\d+)\s+(?:settimana|settimane|mese|mesi|anno|anni)\s+fa)(?![\p{L}])[^.!?;]{0,30}$/iu;

/** After its date, a past occasion: Korean "2021년 1월 12일 제네바에서 만난 바 있다", Japanese "2021年1月12日のジュネーブ以来". */
// Chinese "…9月10日通话精神/共识" (the spirit, the consensus of the call of 10 September): an earlier meeting, invoked.
export const RECALLED_AFTER =
  /(?:바|적이?)\s*있(?:다|으며|고|는|었)|^[^。]{0,15}以来|^\s*(?:的)?(?:[^\s。，,]{0,6}?)(?:通话|通話|会晤|會晤|会谈|會談|会见|會見|会面|會面)(?:时|時)?(?:达成的|達成的)?(?:重要)?(?:精神|共识|共識)/u;

/** Japanese: a day told inside "…たことにふれると/触れ" (when the writer mentioned that …), read to the sentence's end: a past meeting brought up. */
export const RECALLED_IN_SENTENCE = /^[^。]{0,60}?たことに(?:ふれ|触れ|言及)/u;

/**
 * The words right before a date that make it another event's ("the call of 2 September", "since 5 May"); Italian and
 * Spanish "del" is that "of" ("il referendum del 4 dicembre"), a span "del 4 al 6" being read whole with its "del".
 */
export const OWNED_BY_OTHER =
  /(?:\b(?:of|del|since|until|till|after|before|following|No\.?|number|date|dated|posted|published|updated|(?:confirmed|announced)\s+on)|(?<![\p{L}])(?:confirmad[ao]|anunciad[ao]|confirmée?|annoncée?)\s+(?:el|le)|của|từ\s+sau|sejak|ngày\s+đăng|cập\s+nhật|작성일|입력|등록|수정|이후|以来)\s*[:.]?\s*$/iu;

/** A press event right after the date owns it: "이날 정례브리핑에서", "on Tuesday at a press briefing", "hôm nay tại cuộc họp báo". */
export const BRIEFING_AFTER =
  /^\s*[,，、]?\s*(?:[\p{L}\d'’-]+\s+){0,3}?[\p{L}-]*?(?:briefing|press\s+conference|news\s+conference|press\s+point|브리핑|기자회견|họp\s+báo|konferensi\s+pers|jumpa\s+pers|記者会見|记者会|記者會|新闻发布会|新聞發布會|Pressekonferenz|conférence\s+de\s+presse|point\s+de\s+presse|rueda\s+de\s+prensa|conferencia\s+de\s+prensa|conferenza\s+stampa|брифинг|пресс-конференц)/iu;
