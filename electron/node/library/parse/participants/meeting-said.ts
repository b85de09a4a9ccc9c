// The words that tell a meeting, a call or a visit, in every language the desk reads, kept as three
// patterns each under V8's 20 KB optimisation limit, and the one question every rule asks of them:
// does this text say a meeting? (meeting.ts decides from it whether the record reports one.)

import { compiledEarly } from '../compiled-early.ts';
import { APPROVAL, INDIC_MEETING, VI_WELCOMED } from '../dates/words.ts';
import { DUTCH_MEETING, withoutDutchWith } from '../dates/words-dutch.ts';
import { NORDIC_MEETING } from '../dates/words-nordic.ts';
import { PERSIAN_MEETING } from '../dates/words-persian.ts';
import { ROMANCE_MEETING } from '../dates/words-romance.ts';
import { WEST_SLAVIC_MEETING, WEST_SLAVIC_VISIT } from '../dates/words-west-slavic.ts';
import { remembered } from '../remembered.ts';
import { ATTENDED_GATHERING } from './meeting-attended.ts';
import { MORE_MEETING } from './meeting-words.ts';
import { EVERYDAY_MEETING } from './meeting-words-everyday.ts';
import { MORE_EUROPE_MEETING } from './meeting-words-more-europe.ts';
import { SCRIPTS_MEETING } from './meeting-words-scripts.ts';
import { WORLD_MEETING } from './meeting-words-world.ts';

/** Bengali and Hindi words for a meeting or call, shared with the date rules. */
// …and Hindi for letters of credence ("परिचय पत्र"), a ceremony where the two meet.
export const INDIC = new RegExp(`${INDIC_MEETING}|परिचय पत्र`, 'u');

/**
 * Words that report a meeting, a call, a visit, a credentials or signing ceremony (the two sides meet to sign), in the languages the desks read.
 * German "traf" (met) only as a word of its own ("traffic", "Strafe", "strafrechtlich" hold it); "telefon-" (a call) not in
 * "telefonia" (telephony), "Mobiltelefon" (a mobile phone) or a "Telefon:" contact line.
 */
const MEETING_WORDS =
  /\b(?:met|meet|meets|meeting|talks|talked|spoke(?=\s+(?:with|to|by|over|via|on\s+the\s+(?:phone|telephone)))|speaks|phoned|telephoned|conversation|held (?:a |an )?(?:talks|meeting|call|conversation|dialogue|consultations?)|(?:phone|telephone|video) (?:call|conversation|talks)|called on|summoned|received|receives|hosted|hosts|greeted|sat down with|visit(?:s|ed|ing)?|courtesy call|bilateral|summit|dialogue|consultations?|pull-aside|sidelines|credentials|letters? of credence)\b|lettres de créance|cartas credenciales|credenciais|Beglaubigungsschreiben|верительн|вірчі грамоти|quốc thư|신임장|信任状|国书|國書|surat kepercayaan|hội đàm|hội kiến|điện đàm|(?<!(?:[Tt]rực|[Gg]ián|[Kk]ế|[Ll]iên)\s)tiếp(?!\s+(?:tục|cận|theo|thu|nối|bước))|gặp|làm việc với|(?<![ĐđÐð]iện,?\s|[Tt]hư\s)thăm|chào xã giao|đón tiếp|tiếp đón|trao đổi|đồng chủ trì|hội nghị trực tuyến|chiêu đãi|tham vấn|lễ đón|đến dự|tham dự|회담|면담|통화|접견|만나|만났|예방|방문|협의|논의(?:했|하였|를\s*가졌|하는\s*자리)|회동|(?<!기자\s?)회견(?!문)|만찬|오찬|상견례|(?<!(?:기자|언론|출입)\s?)간담회|顔合わせ|초치|협약식|체결식|서명식|결연식|협약을 체결|lễ ký kết|주재(?:로|했|하)|bertemu|pertemuan|menerima|menemui|audiensi|kunjungan kehormatan|berkunjung|silaturah(?:mi|im)|penandatanganan|menandatangani|tandatangani|kunjungan kerja|bilateral|会见|会谈|通话|通电话|会晤|举行|會見|會談|會晤|会面|會面|见面|見面|通電話|会談|会見|立ち話|電話会談|会合|訪問|访问|หารือ|พบปะ|เข้าพบ|เยี่ยมคารวะ|ต้อนรับ|ประชุม|nakipag-usap|nag-usap|nagpulong|pulong|telepono|tinanggap|nakipagpulong|nakipagkita|nagkita|tapasi|tapaami|keskusteli|neuvottel|vieraili|vastaanotti|rencontr|entretien|encuentro|s['’]est entretenu|discuté avec|tête-à-tête|s['’]entretien|convers[aó]|dialog[oó]|(?:(?<![\p{L}])|(?<=zusammen))traf(?:en)?(?![\p{L}])|Treffen|Gespräch|встреч|встрет|переговор|зустр|розмов|перемовин|поспілкува|reuni|se reunió|incontr|reçu|reçoit|recibi|receb|getroffen|telefón|llamada|ricev|empf[ai]ng|besuch|(?<!Mobil)telefon(?!ia|ía|\s*:)|téléphon|visita|görüş(?:tü|me|mü)|bir araya gel|kabul etti|temaslarda bulun|ziyaret (?:etti|ettiler|eden|etmişti)|ziyaretinde|(?<![\p{L}])(?:[وف]?(?:استقبل|يستقبل|استقبال|التقى|يلتقي|يلتقى|لقاء|اللقاء|الاستقبال|مباحثات|محادثات|مشاورات|المشاورات|بحث|يبحث|يبحثان|اجتماع|الاجتماع|اتصالا? هاتفيا?|مكالمة)(?:ه|ها|هما|اً|ًا|ا)?)(?![\p{L}\p{M}])/iu;
const CORE_WORDS = `${MEETING_WORDS.source}|\\b(?:welcomed|welcomes)${APPROVAL}\\b|(?<![\\p{L}])${VI_WELCOMED}|${MORE_MEETING}|${NORDIC_MEETING}|${PERSIAN_MEETING}|${DUTCH_MEETING}|${ROMANCE_MEETING}|${WEST_SLAVIC_MEETING}|${WEST_SLAVIC_VISIT}|${MORE_EUROPE_MEETING}`;
/** The core words alone, for inMeetingSentence: an everyday welcome ("dieron la bienvenida a X junto con su esposa") names protocol staff and spouses as often. */
const CORE_MEETING = new RegExp(CORE_WORDS, 'iu');
/**
 * …and the everyday phrases (a farewell call, a lunch together, views exchanged) that tell a record's meeting too, and a
 * gathering named people attended (a forum, an assembly, a ceremony: meeting-attended.ts); and the meeting words of the
 * languages the other lists lack (Estonian, Lithuanian, Albanian, Swahili, …: meeting-words-world.ts; Armenian, Khmer,
 * Sinhala, …: meeting-words-scripts.ts).
 * The meeting words are CORE_MEETING or MORE_MEETING_WORDS, never one pattern: V8 leaves a pattern whose source is over
 * 20 KB unoptimised (kRegExpTooLargeToOptimize; both together are 25 KB), ~3× slower on every sentence it reads.
 */
const MORE_MEETING_WORDS = new RegExp(`${EVERYDAY_MEETING}|${ATTENDED_GATHERING}`, 'iu');
/** …and the meeting words of the languages the other lists lack, a third pattern (the second is near V8's 20 KB). */
const WORLD_MEETING_WORDS = new RegExp(`${WORLD_MEETING}|${SCRIPTS_MEETING}`, 'iu');

/** Arabic short-vowel and tanween marks, written or left out at will. */
const HARAKAT = /[\u064B-\u065F\u0670]/gu;
export const withoutHarakat = (p: string): string => (/[\u064B-\u065F\u0670]/u.test(p) ? p.replace(HARAKAT, '') : p);

/** Each pattern's test, remembered: reportsMeeting and the rules after it ask it of the same sentences. */
const coreTold = remembered(compiledEarly(CORE_MEETING));
const moreTold = remembered(compiledEarly(MORE_MEETING_WORDS));
const worldTold = remembered(compiledEarly(WORLD_MEETING_WORDS));
/** A meeting word, either kind; Dutch "met" (with) not read as English's "met" (latin28). */
export const meetingSaid = (text: string): boolean => {
  const own = withoutDutchWith(text);
  return coreTold(own) || moreTold(own) || worldTold(own);
};

/** The core words alone (no everyday welcome, no gathering attended): the sentence a directory-known name must stand in. */
export const coreMeetingSaid = (text: string): boolean => coreTold(text);

/** A "name" that is only a word for the meeting itself ("방문" read before "이석우시장", "Visit"): never a person. */
export function isMeetingWordOnly(name: string): boolean {
  // As one alternation would: the earliest match, the core words' at a tie.
  const word = name.trim();
  const core = CORE_MEETING.exec(word);
  const m = core?.index === 0 ? core : (MORE_MEETING_WORDS.exec(word) ?? WORLD_MEETING_WORDS.exec(word));
  return m !== null && m.index === 0 && m[0].length === word.length;
}
