// A gathering that named people are said to have attended: a conference, a forum, a general assembly, a
// ceremony, a signing, told with the verb of being present at it ("이날 총회에는 … 참석했다", "The forum was attended by
// …", "出席会议", "式典には…が出席した", "nahmen an der Konferenz teil", "ont assisté à la cérémonie"). The gathering's
// noun alone is no meeting (a conference planned, a ceremony's speech); the attendance verb alone is none either (a
// meeting word or a gathering names what was attended). Together they tell who was in the room: the labelling counts
// those present as participants. meeting.ts joins this to its words; its tense gates still tell held from ahead.

import { TITLES } from './korean-titles.ts';

/** Korean gatherings: a meeting, an event, a talk session, an assembly, a forum, a ceremony of any kind (…식), a seminar. */
const KOREAN_GATHERINGS = String.raw`(?:화상)?회의|행사|간담회|총회|포럼|세미나|설명회|토론회|심포지엄|협의회|위원회|\p{Script=Hangul}{0,6}식(?=에|\s|$)|자리`;

/**
 * Korean: the gathering as the sentence's topic or place ("총회에는", "기념식에", "자리에는"), then within the clause a
 * person named with an office ("박성민 부회장", "윤석진 산업부 차관이"), then that they attended, in the past or as the
 * circumstance ("참석했다", "참석하였다", "참석한 가운데", "참석해", "함께했다"). An audience counted and not named ("유족을
 * 비롯한 광복회원 … 300여 명이 참석한 가운데") is a ceremony's crowd, the labelling no meeting.
 */
const KOREAN = String.raw`(?:${KOREAN_GATHERINGS})(?:에는|에서는|에|에서)\s[^.。\n]{0,120}?(?<![\p{L}])\p{Script=Hangul}{2,4}\s(?:\p{Script=Hangul}{1,10}\s){0,2}?(?:${TITLES})(?:님|과|와|이|가|은|는|을|를|도|,|\s)[^.。\n]{0,100}?(?:참석(?:했|하였|한\s?가운데|해\s|하여\s)|함께\s?했|자리를\s?함께\s?했)`;

/** Chinese and Japanese gatherings: a meeting, a ceremony, a forum, a talk session, an assembly, a signing or opening ceremony. */
const CJK_GATHERINGS = String.raw`会议|會議|会議|[仪儀]式|典礼|典禮|式典|座[谈談]会|座[談谈]會|[论論]坛|[论論]壇|フォーラム|大会|大會|総会|[总總]会|[开開]幕式|[签簽][约約]式|活[动動]`;

/**
 * Chinese "出席/参加/列席 …会议" (attended the meeting; not after "将", "拟" (will) nor "前赴…", "前往…" (left to attend:
 * the trip's start, its meeting ahead)), "与会" (present at the meeting), Japanese "…式典には…が出席した",
 * "会議に出席し", "参加した".
 */
const CJK = String.raw`(?<![将將拟擬赴往][^，,。；;\n]{0,30})(?:出席|参加|列席)[^，,。；;\n]{0,20}?(?:${CJK_GATHERINGS})|(?:${CJK_GATHERINGS})(?:に|には|へ)[^。\n]{0,60}?(?:出席|参加|列席)(?:し|され|した|いたし)|(?<![\p{L}])与会(?:的|者|人员|嘉宾|代表)|與會`;

/** English gatherings: a conference, a ceremony, a forum, a signing, an assembly, a reception, a seminar, an event. */
const ENGLISH_GATHERINGS = String.raw`(?:conference|ceremony|forum|signing|assembly|reception|seminar|symposium|event|gathering|launch|celebrations?|session)`;

/**
 * English: "attended the ceremony", "The forum was attended by", "were present at the signing", "took part in the
 * forum", "Present at the ceremony were", "Attending the conference were".
 */
const ENGLISH = String.raw`\b(?:attended|participated\s+in|took\s+part\s+in|(?:was|were)\s+present\s+(?:at|during|for))\s+(?:the\s+|a\s+|an\s+|this\s+|its\s+)?(?:[\w'’-]+\s+){0,4}?${ENGLISH_GATHERINGS}\b|\b${ENGLISH_GATHERINGS}\s+(?:was|were)\s+(?:also\s+)?attended\s+by\b|\b(?:Present|Attending)\s+(?:at\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,4}?${ENGLISH_GATHERINGS}\s+(?:were|was)\b`;

/**
 * Indonesian: an event, a ceremony, a forum "dihadiri oleh" (was attended by; not "acara yang dihadiri Presiden": events
 * such as the President attends, said of any), "menghadiri acara/upacara" (attended it),
 * "turut hadir dalam acara".
 */
const INDONESIAN = String.raw`(?<![\p{L}])(?:(?:acara|upacara|forum|seminar|rapat|kegiatan|peresmian|penandatanganan)\s+(?:[^.\n]{0,80}?\s)?(?<!yang\s)(?:dihadiri|hadir)|(?:menghadiri|hadir\s+(?:dalam|pada|di))\s+(?:acara|upacara|forum|seminar|rapat|kegiatan|peresmian|penandatanganan))(?![\p{L}])`;

/**
 * German, French and Spanish: "nahmen an der Konferenz teil", "an der Feier nahmen … teil", "waren bei der Zeremonie
 * anwesend"; "ont assisté à la cérémonie", "ont participé au forum", "étaient présents à la conférence"; "asistieron a la
 * ceremonia", "participaron en el foro".
 */
const EUROPEAN = String.raw`(?<![\p{L}])(?:(?:nahm|nahmen)\s+[^.\n]{0,80}?\s(?:an|bei)\s+(?:der|dem|den)\s+\p{L}*(?:Konferenz|Zeremonie|Feier|Forum|Festakt|Versammlung|Tagung|Veranstaltung|Unterzeichnung)\p{L}*\s+(?:[^.\n]{0,60}?\s)?teil|(?:an|bei)\s+(?:der|dem)\s+\p{L}*(?:Konferenz|Zeremonie|Feier|Forum|Festakt|Versammlung|Tagung|Veranstaltung|Unterzeichnung)\p{L}*\s+(?:nahm|nahmen|waren)\s[^.\n]{0,120}?(?:teil|anwesend)|(?:assisté|participé|étaient\s+présents?|était\s+présente?)\s+(?:à|au|aux)\s+(?:la\s+|l['’]|une\s+|un\s+)?(?:\p{L}+\s+){0,2}?(?:cérémonie|conférence|forum|assemblée|séminaire|signature|célébration|manifestation)|(?:asistieron|asistió|participaron|participó)\s+(?:a|al|en)\s+(?:la\s+|el\s+|una\s+|un\s+)?(?:\p{L}+\s+){0,2}?(?:ceremonia|conferencia|foro|asamblea|acto|seminario|firma|celebración))(?![\p{L}])`;

/**
 * Vietnamese gatherings: a council's session or sitting, a conference, a seminar, a ceremony, a round table, a forum, a
 * congress, a working session, a reception, an event.
 */
const VIETNAMESE_GATHERINGS = String.raw`kỳ họp|phiên họp|cuộc họp|hội nghị|hội thảo|(?:buổi\s+)?lễ|tọa đàm|toạ đàm|diễn đàn|đại hội|buổi\s+(?:làm việc|tiếp|gặp mặt|gặp gỡ|tiếp xúc|họp)|sự kiện|chương trình`;

/**
 * Vietnamese: "Dự kỳ họp có các đồng chí: …" (attending the session were comrades …), "Cùng dự hội nghị có ông …", "Dự
 * buổi làm việc còn có các vị …": the verb "dự" (to attend), the gathering, then "có" (there were) and the roster of those
 * present, each named as comrade, Mr, Mrs. Not "dự kiến", "dự án" (expected, a project): the gathering's noun follows the
 * verb; nor "có sự hiện diện của" (graced by the presence of), a dignitary honouring a congress.
 */
const VIETNAMESE = String.raw`(?<![\p{L}])(?:[Cc]ùng\s+)?[Dd]ự\s+(?:${VIETNAMESE_GATHERINGS})(?![\p{L}])[^.;:\n]{0,80}?\s(?:còn\s+)?có\s+(?:các\s+)?(?:đồng chí|ông|bà|vị)(?![\p{L}])`;

/** The phrases above, as one alternation for meeting.ts to join. */
export const ATTENDED_GATHERING = `${KOREAN}|${CJK}|${ENGLISH}|${INDONESIAN}|${EUROPEAN}|${VIETNAMESE}`;
