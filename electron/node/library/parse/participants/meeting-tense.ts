// The tense of a sentence that names a meeting: still to come (announced, planned, put off) or
// told as done. The meeting decision asks it of the headline and the lead's meeting sentences.

import { speaksOfFuture, speaksOfPast, ZH_AHEAD } from '../dates/words.ts';
import { SAID_SENTENCE } from '../dates/words-told.ts';
import { toldInJapanesePast, withoutKanaReadings } from './japanese-plans.ts';
import { europeanPast } from './meeting-past-european.ts';
import { toldAsPlan, withoutAnnouncer, withoutNegatedKorean } from './meeting-plans.ts';
import { AHEAD_TRIP, TAGALOG_PAST, TURKISH_FUTURE, TURKISH_LETTERS, TURKISH_PAST } from './meeting-words.ts';
import { SCRIPTS_AHEAD, SCRIPTS_MEETING_PAST } from './meeting-words-scripts.ts';
import { WORLD_AHEAD, WORLD_MEETING_PAST } from './meeting-words-world.ts';

/** A meeting agreed or arranged but not yet held: "have decided to meet", "set a meeting". */
const ARRANGED = /\b(?:decided|agreed|set|arranged|plans?|hopes?)\s+(?:to\s+(?:meet|hold|visit)|a\s+meeting)\b/iu;

/**
 * What the date rules' future words leave out because it names no day, yet still says a meeting is
 * to come or did not happen: "to hold talks", "届时", "将与", "มีกำหนด" (is scheduled to), "пройдёт",
 * a meeting put off or called off ("se pospuso", "tạm hoãn", "verschoben", "무산", "연기됐다"), or a Korean visit, talks, a meeting
 * held or attended in the present at the end of the sentence ("공식 방문한다", "회의를 개최한다", "회의가 열린다", "참석한다",
 * "간담회를 갖는다": news Korean for what is planned).
 */
const AHEAD =
  /\bto\s+hold\s+(?:talks|a\s+meeting|consultations)\b|\b(?:postponed|called\s+off|cancell?ed)\b|届时|屆時|[将將](?=[于於与與同和赴出会會访訪举舉])|预计|預計|見通し|方向で調整|する(?:と|ことを)(?:発表|明らかに|表明)|มีกำหนด|(?<![\p{L}])(?:diagendakan|dijadwalkan|voraussichtlich|geplant|пройд[её]т|посетит|прибуд[еу]т|se\s+reunirá|se\s+(?:pospuso|postergó)|aplazad[oa]s?|adiad[oa]s?|reporté(?:e|es|s)?|annulé(?:e|es|s)?|verschoben|abgesagt|ditunda|diundur|(?:tạm|bị)\s+hoãn|hoãn\s+lại|đang\s+chuẩn\s+bị|من\s+المقرر)(?![\p{L}])|무산|(?:연기|취소)(?:됐|되었|했|하기로)|(?:(?:방문|회담|면담|통화|접견|참석|참여|개최|체결)(?:한다|합니다)|열린다|열립니다|갖는다|가진다)(?=\s*[."”'’]?\s*$)/iu;

/**
 * Futures built from a helper word, which name no day either: Portuguese "deve reunir-se" (is due to meet; "devem manter" is only "should"), "irá manter
 * encontros", "está previsto um encontro", "está a ser preparado"; Tagalog "nakatakdang mag-courtesy
 * call" (is set to), "inaasahan" (is expected), "magkakaroon ng bilateral meeting" (there will be).
 */
const AHEAD_HELPED =
  /(?<![\p{L}])(?:(?:deve|devem|deverá|deverão)\s+(?:se\s+)?(?:reunir|encontrar|receber|visitar)|(?:irá|irão|vai|vão)\s+(?:se\s+)?(?:reunir|encontrar|receber|visitar|manter|realizar|participar)|reunir-se-á|(?:está|estão)\s+previst[oa]s?|(?:está|estão)\s+(?:a\s+ser|sendo)\s+preparad[oa]s?|(?:está|estão)\s+programad[oa]s?|nakatakda(?:ng)?|inaasahan(?:g)?|naka-?schedule|magkakaroon)(?![\p{L}])/iu;

/**
 * Russian and Ukrainian: a meeting still to come in the perfective future ("примет верительные грамоты",
 * "вручит", "прийме"), only supposed or planned ("предполагалась встреча", "планировал посетить"), or
 * one that did not happen ("отмену встречи", "не смог встретиться", "не состоялась", "перенесена", "скасовано").
 */
const AHEAD_SLAVIC =
  /(?<![\p{L}])(?:примет|примут|вручит|вручат|прийме|приймуть|предполага\p{L}*|планировал\p{L}*|планиру\p{L}*|отмен\p{L}*|перенес[её]н\p{L}*|перенесл\p{L}*|не\s+смог\p{L}*|не\s+состоял\p{L}*|не\s+відбул\p{L}*|не\s+змі?г\p{L}*|скасова\p{L}*|скасува\p{L}*)(?![\p{L}])/iu;

/** A negated verb reports nothing that happened: "встреча не состоялась" is no past meeting. */
const NEGATED_SLAVIC = /(?<![\p{L}])(?:не|ні)\s+\p{L}+/giu;

/** A ministry's or department's name holding a word for "plan": "Sở Kế hoạch và Đầu tư" (Planning and Investment) plans nothing. */
const PLANNING_BODY = /Kế hoạch (?:và|-) Đầu tư/gu;

/**
 * Japanese past tenses that tell the arranging or the announcing, not the meeting: "訪米する方向で調整に入りました"
 * (have begun arranging a visit), "…に出席すると発表した" (announced that he will attend), "明らかにした".
 */
const ARRANGING_TOLD = /(?<=(?:調整|検討)に)入(?:った|りました)|(?:明らかに|発表|公表|表明)し(?:た|ました)/gu;

/**
 * Announcements in French and Arabic that FUTURE's endings miss: "sera reçu par le président" (will be
 * received), "devrait avoir lieu" / "devraient se rencontrer" (is due to), the reported future
 * "rencontrerait"; Arabic "من المرتقب أن" (it is expected that) and "في زيارة … يلتقي خلالها" (a visit
 * during which he meets: the imperfect of a trip's programme).
 */
const AHEAD_ANNOUNCED =
  /(?<![\p{L}])(?:(?:sera|seront)\s+(?:reçue?s?|accueillie?s?)|devr(?:ait|aient)\s+(?:avoir\s+lieu|(?:se\s+|s['’])?(?:rencontrer|entretenir|réunir|voir|recevoir|pouvoir))|(?:rencontrer|recevr|accueiller|s['’]entretiendr)ai(?:t|ent)|من\s+المرتقب|(?:[وف]?(?:يلتقي|يلتقى|تلتقي|يجري|يبحث|يستقبل|تستقبل))\s+خلال(?:ها|ه))(?![\p{L}])/iu;

/**
 * Past forms of a meeting that PAST lacks, told beside a future word ("tuvieron … su primera reunión" after "acordaron realizar una reunión en las próximas semanas", Danish
 * "har i et opkald … diskuteret" after "et planlagt statsbesøg"): the
 * Spanish preterite plural of holding or having talks, the Danish and Norwegian perfect of discussing; the Dutch
 * passive past "werden … besproken", "werd ontvangen" (German reads "werden" as its future; these participles are Dutch
 * only); Indonesian
 * "saat X menemui Y" (when X met Y: a clause that dates what was done, with no "akan", will, in it); a Spanish or
 * Portuguese meeting noun with the preterite of being or taking place ("La primera reunión fue en marzo pasado", "o
 * encontro ocorreu"), not one that was called or put off ("fue convocada para").
 */
const PAST_MORE =
  /(?<![\p{L}])(?:tuvieron|sostuvieron|mantuvieron|conversaron|dialogaron|se\s+reunieron|se\s+encontraron|recibieron|har\s+(?:[^.]{0,80}?\s)?(?:diskuteret|drøftet|drøftede|talt|haft|mødt)|(?:werd|werden)\s+(?:[^.]{0,60}?\s)?(?:besproken|gesproken|ontvangen|verwelkomd|ondertekend|afgesproken|overlegd|gehouden)|(?:saat|ketika|sewaktu)\s+(?:(?!akan\s|hendak\s)[\p{L}.]+\s+){1,4}?(?:menemui|bertemu|menerima|mengunjungi|berkunjung)|(?:reuni[óo]n|encuentro|visita|entrevista|reunião|encontro)\s+(?:[\p{L}-]+\s+){0,3}?(?:fue|foi|tuvo\s+lugar|teve\s+lugar|ocorreu|aconteceu)(?!\s+(?:\p{L}+\s+)?(?:convocad|aplazad|pospuest|suspendid|cancelad|programad|previst|fijad|marcad|agendad|adiad)))(?![\p{L}])/iu;
/**
 * Indonesian "Hal tersebut disampaikan X dalam jamuan …" (so X said it, at the dinner …): the writer tells the occasion
 * where it was said, as done; not when the sentence looks ahead ("… jelang kunjungan yang akan …").
 */
const saidAt = (s: string): boolean =>
  SAID_SENTENCE.test(s) && !/(?<![\p{L}])(?:akan|hendak|jelang|menjelang|rencana\p{L}*|dijadwalkan)(?![\p{L}])/iu.test(s);

/** Past told, in PAST's forms or the ones it lacks. */
/**
 * The Urdu past, which closes the sentence with its light verb: "گورنر ہاؤس میں ملاقات کی۔" (met at Governor House),
 * "ٹیلیفونک رابطہ کیا" (phoned), "تبادلہ خیال کیا گیا" (views were exchanged).
 */
const URDU_PAST = /(?<![\p{L}])(?:کی|کیا|کیں|کیے|کئے|ہوئی|ہوا|ہوئے)(?:\s+(?:گیا|گئی|گئے))?\s*[۔.]?\s*$/u;

/** Past told in the shared forms and the ones PAST lacks that name a meeting's own verbs. */
/** The past verbs of meeting in the languages meeting-words-world.ts and -scripts.ts read ("kohtusid", "alikutana", "հանդիպեց"). */
const WORLD_PAST = new RegExp(`${WORLD_MEETING_PAST}|${SCRIPTS_MEETING_PAST}`, 'iu');

const pastOfMeetingVerbs = (told: string): boolean => {
  const s = withoutNegatedKorean(withoutKanaReadings(told));
  return (
    speaksOfPast(s) ||
    PAST_MORE.test(s) ||
    TAGALOG_PAST.test(s) ||
    WORLD_PAST.test(s) ||
    URDU_PAST.test(s) ||
    (TURKISH_LETTERS.test(s) && TURKISH_PAST.test(s)) ||
    saidAt(s)
  );
};

/**
 * …and the European pasts read from the grammar alone (meeting-past-european.ts), which tell any verb done
 * ("se ha convertido", "diskutierten"): enough in a sentence that names the meeting.
 */
export const toldPast = (told: string): boolean => pastOfMeetingVerbs(told) || europeanPast(told);

/** Chinese "outgoing" ("即将离任的总领事"): an office about to end, no meeting still to come. */
const OUTGOING = /即[将將](?:离任|離任|卸任)/gu;

/**
 * The English headline's future: a subject, no verb, then "to" ("Vietnam PM to make landmark visit to …",
 * "Ghanaian president to visit Zambia", "Foreign ministers to hold talks"). Words of the subject
 * that are a verb ("invited", "came", "agreed", "wants") make "to" another clause's.
 */
const HEADLINE_TO =
  /^\s*(?:(?!(?:\p{L}+(?:ed|ing)|came|went|set|due|is|are|was|were|be|been|has|have|had|wants?|hopes?|plans?|seeks?|asks?|urges?|invites?|agrees?|decides?|said|says|told)(?![\p{L}]))[\p{L}\p{N}'’.&-]+,?\s+){1,7}to\s+(?:(?:make|pay)\s+(?:[\p{L}-]+\s+){0,3}visits?|visit|meet|hold\s+talks|host|receive)\b/iu;

/** A sentence about what is still to happen, with nothing in it that has happened. */
export const ahead = (sentence: string): boolean => {
  const told = sentence.includes('Kế hoạch') ? sentence.replace(PLANNING_BODY, ' ') : sentence;
  const s = told.includes('即') ? told.replace(OUTGOING, ' ') : told;
  const cyrillic = /\p{Script=Cyrillic}/u.test(s);
  const done = /\p{Script=Han}/u.test(s) ? s.replace(ARRANGING_TOLD, ' ') : cyrillic ? s.replace(NEGATED_SLAVIC, ' ') : s;
  const still =
    AHEAD.test(s) ||
    ZH_AHEAD.test(s) ||
    AHEAD_HELPED.test(s) ||
    AHEAD_ANNOUNCED.test(s) ||
    (cyrillic && AHEAD_SLAVIC.test(s)) ||
    (TURKISH_LETTERS.test(s) && TURKISH_FUTURE.test(s)) ||
    AHEAD_TRIP.test(s) ||
    WORLD_AHEAD.test(s) ||
    SCRIPTS_AHEAD.test(s) ||
    HEADLINE_TO.test(s) ||
    toldAsPlan(s);
  return (speaksOfFuture(s) || ARRANGED.test(s) || still) && !toldPast(withoutAnnouncer(done));
};

/** A sentence that tells neither what is still to come nor what took place ("Spotkanie Baerbock-Rau", "这是…首次访问中国"). */
export const untensed = (s: string): boolean => !heldPast(s) && !ahead(s);

/** Past told, with the Japanese plain past the shared words ("した") miss: "表敬訪問を行った", "お越しになった" after a day's "協議をする". */
export const heldPast = (s: string): boolean => toldPast(s) || toldInJapanesePast(s);

/**
 * Whether the record, headline first, opens on plans: the first of its sentences with a tense says what
 * is still to come, and none before the meeting's first mention says what took place. A meeting then
 * named without a tense ("W najbliższy wtorek Rau spotka się z Baerbock. … Spotkanie Baerbock-Rau") is
 * the one announced; a headline or lead told in the past ("recibió al presidente") keeps it a meeting held.
 */
export function opensOnPlans(lead: string[]): boolean {
  // The lines before the meeting's first mention: only a meeting verb's past tells the meeting held, not any
  // verb's ("Este año se ha producido una reducción" above a meeting named without a tense).
  const tensed = lead.filter((s) => s !== '' && (pastOfMeetingVerbs(s) || ahead(s)));
  return tensed.length > 0 && tensed.every((s) => !pastOfMeetingVerbs(s));
}
