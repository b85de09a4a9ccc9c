// What the sentence around a mention says about the person: the source of a statement, someone
// whose greetings are conveyed, who is thanked, congratulated, quoted or recalled, or someone
// the visitor will meet later. Such people are named in the record but were not in the room.

import { ASIA_FUTURE } from '../dates/words-asia.ts';
import { NORDIC_FUTURE } from '../dates/words-nordic.ts';
import { WEST_SLAVIC_FUTURE } from '../dates/words-west-slavic.ts';
import { englishHoped, englishSpokenOf } from './english-absent.ts';
import { sideOfMeetingAnotherTime } from './english-other-times.ts';
import { inMeetingSentence } from './meeting.ts';
import { tellsMessage } from './messages.ts';
import { heldLongBefore, meetingPrepared, sideOfLaterMeeting } from './other-times.ts';
import { persianFuture } from './persian.ts';
import { recalledFromElsewhere } from './recollection.ts';
import { sentenceAt } from './sentence-at.ts';

/**
 * A name in an attribution ("attributable to Spokesperson Ned Price", '…," said X') is the source,
 * not a participant; the verb of saying before the name in the languages that put it first there:
 * Indonesian '…," kata Duta Besar X', Spanish "dijo", Portuguese "disse", French "a déclaré".
 */
const ATTRIBUTION =
  /(?:attributable to|according to|(?<![\p{L}])(?:said|says|kata|ujar|ucap|tutur|imbuh|dijo|afirmó|señaló|indicó|explicó|agregó|añadió|precisó|disse|afirmou|explicou|acrescentou|declarou|déclare|a déclaré|a affirmé|a indiqué|a précisé|a expliqué|a ajouté|a souligné|sagte|erklärte|betonte))\s*(?:(?:the|le|la|l['’]|el|o|a|der|die)\s*)?$/iu;

/**
 * Words after which, in the same clause, a person is only mentioned: "conveyed the greetings of
 * President X to President Y", "on behalf of", "thanked", "congratulated", "quoting", "recalled the
 * visit of", "the late". English, Vietnamese, Indonesian; greetings and instructions conveyed in the
 * other desks' languages too: "los saludos del presidente X", "conforme orientação dos presidentes X e Y",
 * "Cumhurbaşkanımızın selamlarını", "تحيات … الرئيس"; thanks as in English: "agradeció al presidente X", "a remercié le
 * ministre X", "ha ringraziato il sindaco X", "dankte Präsident X". Flowers or a gift handed over in congratulation ("tặng hoa chúc
 * mừng X") are handed to someone in the room.
 */
const PASSING_BEFORE =
  /(?:\b(?:(?<!sign(?:ing|ed) )on behalf of|in Vertretung (?:von|des|der)|(?:wise |able )?leadership of|greetings?|regards|envoy of|emissary of|best wishes|condolences|congratulat\w*|thank\w*|grateful|in the words of|(?<!at (?:the|an) )invitation(?: letter)? from|agradec\w*|agradeç\w*|remerci\w*|ringrazi\w*|(?:be)?dankte|gratitude|appreciat\w*|commend\w*|prais\w*|laud\w*|elogi\w*|(?:appoint|nominat)(?:ed|ment) by|quot\w*|citing|echoing|recall\w*|the late|según|selon|secondo|laut|messages?|letter (?:from|of)|sympath\w*|mensage[mn]s?|mensajes?|administration of|governments? of|gobiernos? de?l?|governos? d[eoa]s?|gouvernements? d(?:e|u|es))\b|(?<![\p{L}])(?:thay mặt|đại diện cho|chính quyền|chuyển lời|lời chào|lời thăm hỏi|cảm ơn|biết ơn|tri ân|(?<!(?:[Qq]uốc|ủy nhiệm) )thư (?:tay )?của|(?<!tặng (?:hoa|quà) )chúc mừng|gửi lời|nhắc lại|atas nama|salam(?: hangat)? dari|ucapan terima kasih|trước đó|sebelumnya|ранее|раніше|saludos?|enviad[oa](?: especial)? del?|cumprimentos|saudaç(?:ão|ões)|salutations|Grüße|Gruß|приветстви\p{L}*|вітання|selamlar\p{L}*|orientaç(?:ão|ões)|orientaciones|instrucciones|instruções|تحيات|تحية))[^,;:.!?]{0,90}$/iu;

/**
 * Sent in someone's stead: "En representación del presidente X, …", "em representação do Presidente
 * da República, X", "au nom du président X". The one represented stayed at home. After a comma
 * only the office's holder is meant ("…da República, Daniel Chapo"), not the subject that follows
 * a name ("En representación del presidente X, la canciller Y es recibida").
 */
const REPRESENTED =
  /(?<![\p{L}])(?:en representación|em representação|en nombre|a nombre|em nome|au nom|in rappresentanza|in nome|in Vertretung|im Namen)\s+(?:d(?:e|el|o|a|u|es|i|ei|ella|ello)|des|der|del)(?![\p{L}])([^,;:.!?\n]{0,70})(,\s*)?$/iu;

/**
 * Quoted for a saying of another time: "As President X once said, …", "as former President Y famously put it",
 * "…, as the minister has often stated": the words are recalled, the speaker is not in the room. Only with a
 * word that puts the saying at another time ("once", "has", "often"): "As President X said at the talks" is a
 * speaker in the room.
 */
const AS_BEFORE = /(?:^\s*|[,;:(“"]\s*|\bthat,?\s+)[Aa]s\s+(?:[\p{L}.’'-]+\s+){0,5}$/u;
const SAID_ANOTHER_TIME =
  /^,?\s+(?:(?:has|had|have)\s+(?:(?:often|always|rightly|repeatedly|once)\s+)?|(?:once|famously|often|always|rightly|aptly|repeatedly)\s+)(?:said|stated|noted|put it|remarked|observed|written|wrote|declared|pointed out|emphasi[sz]ed|stressed|reminded us)\b/u;
const quotedAsSaying = (before: string, after: string): boolean => AS_BEFORE.test(before) && SAID_ANOTHER_TIME.test(after);

const represented = (before: string): boolean => {
  const m = REPRESENTED.exec(before);
  // Two capitalised words in a row before the comma: a name was there already.
  return m !== null && (m[2] === undefined || !/\p{Lu}[\p{Ll}\p{M}'’-]+\s+\p{Lu}/u.test(m[1] ?? ''));
};

/**
 * After a Korean mention: "…을 대신하여" (on behalf of), "…에게 감사/축하/안부" (thanked, congratulated, greeted), "X의
 * 친서", "X의 초청 서한" (X's letter, X's letter of invitation: handed over by someone else, X not there).
 */
const KOREAN_PASSING_AFTER =
  /^(?:[을를] 대신|(?:에게|께)[^.。]{0,6}(?:감사|사의|축하|안부|위로|인사)|의 (?:안부|인사|축하|방[한문])|의 (?:[^\s.。]+ )?(?:친서|메시지|서한|축전|조전|위로전))/u;

/**
 * A Korean subject whose own clause says they stayed away: "박○○ 전 군수는 개인일정으로 참석하지
 * 못했다", "왕이 외교부장은 … 회의에 참석하지 않았습니다", "…은 불참했다". Named, not in the room.
 * Only the clause the name opens: "A는 참석했고 B는 참석하지 못했다" leaves A in it.
 */
const KOREAN_ABSENT_AFTER =
  /^\s*(?:[(（][^)）]*[)）])?(?:은|는|이|가|도|께서는?) (?:(?!했고|하고 |했으며|하며 |였고 )[^,，.。\n])*?(?:(?:참석|참여|참가|동석|배석|동행)(?:하지|치) ?(?:못|않)|불참)/u;

/**
 * A Vietnamese subject whose own clause says they stayed away: "Hiệu trưởng A vì công tác nên đã không thể tham dự",
 * "ông B vắng mặt". Only up to the clause's comma: "A dự, B không thể tham dự" leaves A in it.
 */
const VIETNAMESE_ABSENT_AFTER =
  /^[^.,;:\n]{0,50}?(?<![\p{L}])(?:không (?:thể )?(?:tham dự|có mặt|đến dự|tới dự|dự được)|vắng mặt)(?![\p{L}])/u;

/** Owner of the next noun: "President Park's trip", Korean "대통령의", Vietnamese "của" before it. */
// …but "X의 초청으로" (at X's invitation) names the host, who is there; "강창희 국회의장의 파퓰리아스
// 그리스 대통령 면담에 배석", "한 총리와 시 주석의 면담은": X's own meeting, the one reported.
// …and "X의 축사", "X의 환영사", "X의 건배로 시작됐다": X's own words at the event, said there (not "X의 축사를
// Y가 대독했다", "X의 영상 축사": read out for X, who stayed away).
// …and "X의 안내로 … 돌아보고", "X의 설명을 들었다": X guided or briefed the visitors there (not "X의 설명에 따르면", a source).
const KOREAN_POSSESSIVE_AFTER =
  /^의(?![\p{L}])(?! (?:안내|설명)(?:로|으로|를|을|에|가|이|하에)?(?![\p{L}])(?!\s*따르면))(?! (?:초청|초대|주재)(?:으로|에|로|를|을|하에|하에서)?(?![\p{L}]))(?! (?:[^\s.]+ ){0,3}\p{Script=Hangul}{0,4}(?:면담|회담|접견|예방|통화)(?:에|을|를|은|는|이|가|에서|과|도)(?![\p{L}]))(?! (?:축사|인사말|환영사|개회사|폐회사|격려사|기념사|발간사|만찬사|건배사?|건배 제의|답사|덕담|기조연설)(?:가|이|를|을|에|로|으로|와|과|는|은|도)?(?![\p{L}])(?![^.。\n]{0,30}(?:대독|대신|전달|낭독)))/u;
// "dưới sự chủ trì của X" (chaired by X), "theo lời mời của X" (at X's invitation), "sự hiện diện của X" (the presence of X): X is there.
const VIETNAMESE_POSSESSIVE_BEFORE =
  /(?<![\p{L}])(?<!(?:chủ trì|chứng kiến|tham dự|tham gia|hiện diện|lời mời|dẫn đầu|sự có mặt|quốc thư|thư ủy nhiệm) )của\s+$/iu;
/**
 * "phu nhân Tổng thống X" is X's wife (X the owner), and so is a title's "Phu nhân Melania"; "và phu nhân Melanie", a
 * bare name joined to the leader, is the wife herself who came along (spouses.ts).
 */
const VIETNAMESE_SPOUSE_OF = /(?<![\p{L}])phu nhân\s+$/iu;
const JOINED_SPOUSE = /(?<![\p{L}])(?:và|cùng|với|có|gồm) phu nhân\s+$/u;
const BARE_NAME = /^\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*)*$/u;

/** An earlier trip or meeting recalled: "his recent trip to Pyongyang, in which he met …", "sau các chuyến thăm của …". */
const RECALLED =
  /(?:\b(?:recent|earlier|previous|last|past|prior)\s+(?:[\p{L}’'-]+\s+){0,2}(?:trips?|visits?|talks|meetings?|tours?)\b|\b(?:following|after|since|tras|después de|après|nach|depois d[ae]) (?:the|their|his|her|a|la|el|le|l['’]|dem|der|o|a) ?(?:[\p{L}\d’'-]+ ){0,3}(?:call|meeting|talks|summit|conversation|llamada|reunión|conversación|cumbre|entretien|appel|rencontre|sommet|Gespräch|Telefonat|Treffen|Gipfel|telefonema|reunião|encontro)s? (?:between|with|of|entre|con|avec|zwischen|mit|com)\b|(?<![\p{L}])(?:sau (?:các )?chuyến thăm|các chuyến thăm|chuyến thăm trước|lần trước|sau cuộc (?:điện đàm|gặp|hội đàm|hội kiến) (?:giữa|với)|kunjungan sebelumnya|지난 \d{4}년))(?:[^,;.]*|[^;.]*,\s*(?:in which|during which|where|when)\b[^,;.]*)$/iu;

/** A sentence about what is planned, hoped for ("mong muốn sớm được đón") or invited to ("mời … thăm", "are invited to attend"): the person named after it is someone to be met, not met. */
// Spanish and Portuguese futures ("reunirá", "receberão") are found by their ending first, the word's
// two small letters or more checked behind it: the same sentences as reading every word from its
// start and backing off to each ending, in about 60% of the time (speed33).
const FUTURE =
  /\b(?:will|shall|(?:is|are|was|were) (?:(?:also|further|now|still|likewise|additionally) )?(?:scheduled|expected|set|due|slated|planned|going|to)|(?:expected|scheduled|slated) to (?:meet|hold|have|visit|call on|receive|attend|host|sign|travel|join|participate)|(?:is|are) (?:also )?invited to (?:attend|join|meet|take part|participate)|plans? to|intends? to|look(?:s|ing)? forward to|hop(?:e|es|ed|ing) to|wish(?:es|ed)? to|would like to|planned|upcoming|forthcoming|proposed|(?:could|might|would) (?:be held|take place|meet))\b|(?<![\p{L}])(?:sẽ|dự kiến|theo kế hoạch|mong muốn sớm|hy vọng sớm|sớm được đón|(?<!lời )mời(?! của)|akan|dijadwalkan|rencana|rencananya|doit|devrait|prochaine?|tiene previsto|prevé|próxim[oa]|dovrebbe|prossim[oa]|wird|werden|soll|nächsten?|irá|irão|deverá|deverão|встретится|встретятся|проведёт|проведет|зустрінеться|зустрінуться|проведе|состоится|состоятся|відбудеться|відбудуться)(?![\p{L}])|(?:ará|erá|irá|arán|erán|irán|arão|erão|irão)(?![\p{L}])(?<=(?<![\p{L}])\p{Ll}{2,}(?:ará|erá|irá|arán|erán|irán|arão|erão|irão))|예정|(?:将|將)(?:于|於|在|同|与|與|和|会|會|出席|访问|訪問)|届时|屆時|计划|計劃/iu;

/**
 * The Romance futures FUTURE's endings miss: the short ones of "to be", "to have", "to do", "to give",
 * "can" ("será recibido por X", "sera reçu par X", "serão recebidos pelo presidente") and the future
 * made with "to go" before an infinitive ("va a reunirse con", "vai se reunir com", "vont être reçus par").
 */
const ROMANCE_SHORT_FUTURE =
  /(?<![\p{L}])(?:será|serán|serão|sera|seront|terá|terão|tendrá|tendrán|hará|harán|fará|farão|dará|darán|podrá|podrán|poderá|poderão|habrá|aura|auront|(?:va|van) a (?:\p{Ll}+(?:ar|er|ir)(?:se)?)|(?:vai|vão) (?:se )?\p{Ll}+(?:ar|er|ir)|(?:va|vont) (?:être |s['’]|se )?\p{Ll}+(?:er|ir|re|oir))(?![\p{L}])/iu;

/** A quotation: its words are the speaker's, not the sentence's tense ("“…serão benéficas”, ressaltou o prefeito X"). */
const QUOTED = /[“«"][^”»"]*[”»"]/gu;
/** …and the end of one opened in an earlier sentence: "…Portugal é um país irmão. Receber … serão benéficas”, ressaltou". */
const QUOTE_CLOSED = /^[^“”«»"]*[”»]/u;

/** "Напомним, …", "Нагадаємо, …": the sentence reminds the reader of something earlier. */
const REMINDER = /(?<![\p{L}])(?:[Нн]апомним|[Нн]агадаємо|[Nn]hắc lại)[,:][^.!?\n]*$/u;

/** Korean puts the tense last: "…을 만날 예정이다", "…할 것으로 알려졌다" make the sentence one about later. */
const KOREAN_FUTURE_AFTER =
  /(?:예정|계획|방침)(?:이다|이며|이라고)|것으로 (?:알려졌|전해졌|보인)다|(?<![\p{L}])(?:다음 ?(?:주|달)|내주|내달)(?![\p{L}])/u;

/** Japanese too: "ジョコ大統領と会談を行う予定" (is to hold talks with President Joko), within the clause. */
const JAPANESE_FUTURE_AFTER = /^[^、。\n]*?(?:予定|見通し|見込み)/u;

/**
 * Turkish puts the verb last too: a sentence that ends on a future ("…evinde ziyaret edecek.",
 * "…görüşmeler yapması bekleniyor.") or on a present with "yarın" (tomorrow: "Arakçi yarın Türkiye'ye
 * geliyor.") is about later. Only the verb that closes the sentence counts: "…katılacak olan Esad, …"
 * is a participle inside a sentence that may end in the past.
 */
const TURKISH_FUTURE_AFTER =
  /^[^.!?\n]*?(?:(?<![\p{L}])\p{L}+(?:acak|ecek)(?:tır|tir|lar|ler|lardır|lerdir)?|(?<![\p{L}])(?:bekleniyor|planlanıyor|öngörülüyor)|(?<![\p{L}])yarın(?![\p{L}])[^.!?\n]*(?<![\p{L}])\p{L}+(?:iyor|ıyor|uyor|üyor)(?:lar)?)\s*[.!?](?:\s|$)/u;

/** Chinese puts "will" right after the subject: "王毅將于10月17日…訪問", "岩屋毅即将开展…访华", "拟于". */
const CHINESE_FUTURE_AFTER = /^\s*(?:[将將](?=[于於在同与與和赴出会會访訪举舉])|即[将將]|[预預]定|[拟擬][于於])/u;

/**
 * German puts the verb last in a clause: "…, wo er mit Präsident X zusammentreffen wird." names X in a
 * meeting still to come, as "des bevorstehenden Besuchs von X" does just before the name.
 */
const GERMAN_FUTURE_AFTER = /^[^.,;:!?\n]{0,100}?\s\p{Ll}+(?:en|ern|eln)\s+(?:wird|werden)(?=[\s.,;:!?]|$)/u;
const GERMAN_PLANNED_BEFORE = /(?<![\p{L}])(?:bevorstehend|anstehend|geplant)\p{L}*\s+(?:[\p{L}.-]+\s+){1,4}$/u;

/** Letters only Turkish writes among the desks' languages: the sentence is Turkish. */
const TURKISH_LETTERS = /[ğışİĞŞ]/u;

/**
 * English puts the plan after the subject: "X is to receive", "X will meet", a headline's "X to visit",
 * "X is set for an interaction with …", "X is expected in Lusaka in April", reported speech's "X would
 * participate in the meeting".
 */
const FUTURE_AFTER =
  /^,?\s+(?:(?:next|later this)\s+(?:week|month|year)|(?:is|are)\s+(?:(?:set|scheduled|expected|due|slated|going)\s+)?to|will|shall|(?:is|are)\s+(?:set|scheduled|expected|due|slated)\s+(?:to|for|in|at)|to\s+(?:meet|visit|receive|accept|hold|host|travel|attend)|would\s+(?:participate|attend|meet|visit|travel|hold|join|receive|host|lead))\b/u;

/**
 * The subject's future right after the name in the other languages that put the verb after the subject
 * as English does, made with a helper word before the verb: French "X doit se rendre …", "X va rencontrer",
 * German "X (Grüne) will am Dienstag … empfangen", "X wird … treffen", Dutch "X zal", Spanish and Portuguese
 * "X va a reunirse", "X vai receber", Vietnamese "X sẽ thăm", Indonesian "X akan bertemu". A party or a country
 * in brackets may stand between the name and the verb. Not the one-word futures ("X partirà stasera per
 * Mosca"): a record often opens on its principal's next leg ("…, dove incontrerà Y") before telling, by
 * office only, the meeting they already held.
 */
const SUBJECT_FUTURE_AFTER =
  /^(?:\s*[(（][^)）\n]{1,30}[)）])?,?\s+(?:sẽ|dự kiến|akan|dijadwalkan|doit|doivent|devrait|devraient|(?:va|vont)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:er|ir|re|oir)|wird|werden|will|wollen|soll|sollen|zal|zullen|(?:va|van)\s+a\s+\p{Ll}+(?:ar|er|ir)(?:se)?|(?:vai|vão)\s+(?:se\s+)?\p{Ll}+(?:ar|er|ir))(?![\p{L}])/u;

/**
 * The future in the languages FUTURE leaves out, before the name in its sentence, with the words the
 * date rules already share: Italian and Catalan by the verb's ending ("incontrerà il ministro X",
 * "riceverà anche", "es reunirà amb"), Dutch's helper ("Daar zal hij een ontmoeting hebben met X"),
 * the Nordic helpers ("Her vil han mødes med statsminister X", "ska träffa"), the Polish, Czech,
 * Slovak, Croatian and Serbian futures ("spotka się z X"), Tagalog, Malay, Hindi and Thai ones
 * ("Makikipagpulong si X kay Y", "dijadual", "मिलेंगे", "มีกำหนด"). Read in the last 120 characters before the
 * name only: the plan and the person it names stand close, and the pattern is too long to run on whole sentences.
 */
const MORE_FUTURE = new RegExp(
  `(?<=\\p{L}{2})r(?:à|anno)(?![\\p{L}])|(?<![\\p{L}])(?:zal|zullen)(?![\\p{L}])|${NORDIC_FUTURE}|${WEST_SLAVIC_FUTURE}|${ASIA_FUTURE}`,
  'iu',
);

/** Polish, Czech, Slovak, Croatian, Serbian: the subject's verb right after the name is a future ("Siergiej Ławrow spotka się w poniedziałek z …"). */
const WEST_SLAVIC_FUTURE_AFTER = new RegExp(`^,?\\s+(?:(?:se|sa|się)\\s+)?(?:${WEST_SLAVIC_FUTURE})`, 'iu');

/**
 * Japanese and Chinese: a letter or message sent by the person, handed over by someone else:
 * "菅義偉内閣官房長官から唐家会長への親書", "X首相のメッセージ", "市長劉長龍致…的親筆信". The sender was not there.
 */
const CJK_LETTER_AFTER =
  /^(?:[^。、，,\n]{0,12}?(?:から|より)[^。\n]{0,24}?(?:親書|書簡|メッセージ)|の(?:親書|書簡|メッセージ)|[^。，,\n]{0,2}?致[^。\n]{0,30}?(?:亲笔信|親筆信|信函|贺信|賀信|口信)|的(?:亲笔信|親筆信|口信|贺信|賀信))/u;

/**
 * "会長の挨拶", "区長の案内で", "団長の解団宣言": the person's own words or guidance at the event, given there, as
 * Korean's "X의 축사" and "X의 안내로" (not "知事の挨拶を副知事が代読": read out for someone who stayed away).
 */
export const JAPANESE_OWN_ACT =
  /^の(?:歓迎|開会|閉会)?(?:挨拶|あいさつ|祝辞|案内|説明|先導|乾杯|(?:解団|結団|開会|閉会)宣言)(?![^。\n]{0,30}代読)/u;

/**
 * The sentence around a name tells only a message sent, received or exchanged ("A 대통령과 B 총리가 축전을 교환했다",
 * "A与B互致贺电", "In a congratulatory message to B, A said …"): no meeting, so A and B were not in a room together.
 */
const onlyMessaged = (text: string, at: number): boolean => tellsMessage(sentenceAt(text, at)) && !inMeetingSentence(text, at);

/** A name in a Turkish sentence that ends on a future: the person is to be met, not met. */
function turkishFutureAfter(text: string, start: number, end: number): boolean {
  const rest = /^[^.!?\n]*(?:[.!?]|$)/u.exec(text.slice(end, end + 300))?.[0] ?? '';
  if (!rest.endsWith('.') && !rest.endsWith('!') && !rest.endsWith('?')) return false;
  if (!TURKISH_LETTERS.test(sentenceBefore(text, start) + rest)) return false;
  return TURKISH_FUTURE_AFTER.test(rest.endsWith(' ') ? rest : `${rest} `);
}

/**
 * A point that ends a form of address or an initial ("Dr. Lena Haddad", "Rt. Hon.", "M. Ould",
 * "John F. Kennedy") is inside the sentence, not its end: "He thanked Dr. Haddad" keeps "thanked".
 */
const ABBREVIATION_POINT =
  /(?<![\p{L}])(?:\p{Lu}|Mr|Mrs|Ms|Mme|Mlle|Dr|Drs|Prof|Hon|Rt|Sr|Sra|Srta|Dña|Lic|Ing|Gen|Lt|Col|Capt|Cdr|Adm|Sen|Rep|Gov|Amb|Pres|Bpk|St)$/u;

/** The text of the sentence before a position, from its start. */
export function sentenceBefore(text: string, at: number): string {
  const head = text.slice(Math.max(0, at - 300), at);
  const points = [...head.matchAll(/[.!?。]\s+(?=[\p{Lu}\p{Lo}□ㅇo-])/gu)]
    .filter((m) => m[0][0] !== '.' || !ABBREVIATION_POINT.test(head.slice(Math.max(0, m.index - 6), m.index)))
    .map((m) => m.index);
  const stop = Math.max(head.lastIndexOf('\n'), ...points);
  return stop < 0 ? head : head.slice(stop + 1);
}

export type MentionContext = { attribution: boolean; passing: boolean; possessive: boolean; future: boolean };

/** How the sentence treats the person named at [start, end). */
export function mentionContext(text: string, start: number, end: number): MentionContext {
  const before = sentenceBefore(text, start);
  const after = text.slice(end, end + 40);
  return {
    attribution: ATTRIBUTION.test(text.slice(Math.max(0, start - 40), start)),
    passing:
      PASSING_BEFORE.test(before) ||
      represented(before) ||
      quotedAsSaying(before, after) ||
      RECALLED.test(before) ||
      heldLongBefore(before) ||
      sideOfMeetingAnotherTime(text, before, start, end) ||
      REMINDER.test(before) ||
      recalledFromElsewhere(before, after) ||
      KOREAN_PASSING_AFTER.test(after.replace(/^\s*[(（][^)）]*[)）]/u, '')) ||
      (/\p{Script=Hangul}/u.test(text.slice(start, end)) && KOREAN_ABSENT_AFTER.test(text.slice(end, end + 200))) ||
      VIETNAMESE_ABSENT_AFTER.test(text.slice(end, end + 80)) ||
      (/\p{Script=Han}|\p{Script=Katakana}/u.test(text.slice(start, end)) && CJK_LETTER_AFTER.test(after)) ||
      onlyMessaged(text, start) ||
      englishSpokenOf(before, text.slice(end, end + 80)),
    possessive:
      KOREAN_POSSESSIVE_AFTER.test(after) ||
      VIETNAMESE_POSSESSIVE_BEFORE.test(before) ||
      (VIETNAMESE_SPOUSE_OF.test(before) && !(JOINED_SPOUSE.test(before) && BARE_NAME.test(text.slice(start, end)))),
    future:
      FUTURE.test(before) ||
      englishHoped(before) ||
      ROMANCE_SHORT_FUTURE.test(before.replace(QUOTED, ' ').replace(QUOTE_CLOSED, ' ')) ||
      meetingPrepared(before) ||
      sideOfLaterMeeting(before, text.slice(end, end + 200)) ||
      MORE_FUTURE.test(before.length > 120 ? before.slice(-120) : before) ||
      FUTURE_AFTER.test(text.slice(end, end + 40)) ||
      GERMAN_FUTURE_AFTER.test(text.slice(end, end + 120)) ||
      GERMAN_PLANNED_BEFORE.test(before.slice(-60)) ||
      SUBJECT_FUTURE_AFTER.test(text.slice(end, end + 60)) ||
      WEST_SLAVIC_FUTURE_AFTER.test(text.slice(end, end + 40)) ||
      (/\p{Script=Hangul}/u.test(text.slice(start, end)) &&
        KOREAN_FUTURE_AFTER.test(/^[^.。\n]*/u.exec(text.slice(end, end + 200))?.[0] ?? '')) ||
      (/[\p{Script=Katakana}\p{Script=Han}]/u.test(text.slice(start, end)) &&
        /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text.slice(end, end + 60)) &&
        JAPANESE_FUTURE_AFTER.test(text.slice(end, end + 60))) ||
      turkishFutureAfter(text, start, end) ||
      persianFuture(text, start, end) ||
      (/\p{Script=Han}/u.test(text.slice(start, end)) && CHINESE_FUTURE_AFTER.test(text.slice(end, end + 6))),
  };
}

/**
 * A spokesperson's office, in the languages the desks read: the person who tells the press about a
 * meeting ("spokesperson X said", "대변인은 … 밝혔다", "người phát ngôn", "发言人") reports it, and is
 * in the room only when a list of those attending names them.
 */
export const SPOKESPERSON =
  /spokes(?:person|man|woman)|(?<![\p{L}])(?:press secretary|porte-parole|portavoz|portavoce|porta-voz|sprecher(?:in)?|juru bicara|jubir|tagapagsalita|пресс-секретар\p{L}*|официальн\p{L}+ представител\p{L}*|речни\p{L}*|người phát ngôn|phát ngôn viên)(?![\p{L}])|대변인|发言人|發言人|報道官|โฆษก|(?<![\p{L}])(?:ال)?متحدث(?:ة)?(?: الرسمي| باسم)?/iu;
