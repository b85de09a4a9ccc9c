// The words around a date that say whose date it is: a meeting's, a future event's, an
// announcement's, a photo's. Language knowledge only, shared by the meeting-date rules.

import { compiledEarly } from '../compiled-early.ts';
import { ATTENDED_GATHERING } from '../participants/meeting-attended.ts';
import { MORE_MEETING } from '../participants/meeting-words.ts';
import { EVERYDAY_MEETING } from '../participants/meeting-words-everyday.ts';
import { MORE_EUROPE_MEETING } from '../participants/meeting-words-more-europe.ts';
import { SCRIPTS_MEETING, SCRIPTS_MEETING_PAST } from '../participants/meeting-words-scripts.ts';
import { WORLD_MEETING, WORLD_MEETING_PAST } from '../participants/meeting-words-world.ts';
import { remembered } from '../remembered.ts';
import { ASIA_FUTURE, ASIA_MEETING } from './words-asia.ts';
import { DUTCH_FUTURE, DUTCH_MEETING, DUTCH_OTHER, withoutDutchWith } from './words-dutch.ts';
import { GATHERING_HELD } from './words-gathering.ts';
import { NORDIC_FUTURE, NORDIC_MEETING, NORDIC_OTHER, NORDIC_PAST } from './words-nordic.ts';
import { PERSIAN_FUTURE, PERSIAN_MEETING, PERSIAN_PAST } from './words-persian.ts';
import { RECEIVED_GUEST } from './words-received.ts';
import { ROMANCE_MEETING } from './words-romance.ts';
import { WEST_SLAVIC_FUTURE, WEST_SLAVIC_MEETING } from './words-west-slavic.ts';

/** Arabic words for a meeting, a reception, a call, talks; a call's tanween written or not ("اتصالاً هاتفياً", "اتصالًا هاتفيًا"). */
const ARABIC_MEETING = String.raw`(?:التقى|التقت|يلتقي|تلتقي|لقاء|اللقاء|استقبل|استقبلت|يستقبل|تستقبل|اتصال\u064B?ا\u064B?\s+هاتفي\u064B?ا\u064B?|اتصال\s+هاتفي|مباحثات|محادثات|اجتمع|اجتماع|تباحث)`;

/** Bengali and Hindi: a meeting, talks, a call ("বৈঠক", "টেলিফোনে কথা বলেন", "ফোনালাপ", "मुलाकात", "बातचीत"), credentials ("परिचय पत्र", asia28). */
export const INDIC_MEETING = 'বৈঠক|সাক্ষাৎ|সাক্ষাত|ফোনালাপ|টেলিফোন|আলোচনা|মুলাকাত|मुलाकात|मुलाक़ात|बैठक|वार्ता|बातचीत|भेंट|परिचय[- ]पत्र';

/**
 * "welcomed the decision", "has welcomed additional funding announced today": welcoming a thing approves of it,
 * and meets no one. Only a person or a party welcomed is a meeting.
 */
export const APPROVAL = String.raw`(?!\s+(?:the\s+|an?\s+|this\s+|these\s+|additional\s+|extra\s+|new\s+|further\s+)*(?:news|decisions?|announcements?|funding|funds|money|move|steps?|initiatives?|reports?|proposals?|plans?|statements?|results?|outcomes?|measures?|adoption|release|progress|efforts?|commitments?|resolutions?|ruling|verdict|changes?|approval|passage|appointment|investment)\b)`;

/**
 * Vietnamese "đón" (welcomed, received a guest), not what is welcomed in the other senses of the word: "đón nhận"
 * (accepted a thing) and a holiday seen in ("đón Tết", "đón Xuân", "đón năm mới", "đón Giáng sinh", "đón Trung thu":
 * celebrated it). A community's New Year party or a New Year's letter receives no guest.
 */
export const VI_WELCOMED = String.raw`đón(?![\p{L}])(?!\s+(?:nhận|Tết|Xuân|năm\s+mới|Giáng\s+sinh|Noel|Trung\s+thu)(?![\p{L}]))`;

/** Words that report a meeting, call, visit or reception (not a press conference), in the languages desks read. */
export const MEETING = new RegExp(
  [
    String.raw`\b(?:met|meet|meets|meeting|talks|talked|spoke|speak|phone|telephone|call|called|calls|received|receives|hosted|visit|visited|visiting|conversation|discussed|consultations?|dialogue|co-chaired|summit|bilateral|reception|luncheon|dinner|welcomed${APPROVAL}|greeted|sat\s+down\s+with|discussions|credentials|letters?\s+of\s+credence)\b`,
    // A credentials ceremony is a meeting of the head of state with each envoy.
    String.raw`lettres\s+de\s+créance|cartas\s+credenciales|Beglaubigungsschreiben|верительн\p{L}*|quốc\s+thư|신임장|信任状|国书|國書|surat\s+kepercayaan`,
    String.raw`(?<![\p{L}])(?:hội\s+đàm|hội\s+kiến|chào\s+xã\s+giao|gặp|(?<!(?:[Tt]rực|[Gg]ián|[Kk]ế|[Ll]iên)\s)tiếp(?!\s+(?:tục|cận|theo|thu|xúc|nối))|điện\s+đàm|trao\s+đổi|làm\s+việc|thăm(?!\s+hỏi)|đối\s+thoại|tham\s+vấn|cuộc\s+họp(?!\s+báo)|hội\s+nghị|(?:lễ\s+)?${VI_WELCOMED}|tiễn|đồng\s+chủ\s+trì|chiêu\s+đãi|bertemu|menemui|ditemui|pertemuan|bertelepon|berbicara|menerima|kunjungan|berkunjung|membahas|(?:mengantar(?:kan)?|melepas)\s+kepulangan|berjabat\s+tangan\s+dengan|silaturah(?:mi|im)|rapat|dialog|jamuan|mesyuarat|lawatan)(?![\p{L}])`,
    // German, French, Spanish, Italian, Portuguese, Filipino: letters on neither side (\b does not see "ó").
    String.raw`(?<![\p{L}])(?:Treffens?|trifft|treffen|traf|trafen|getroffen|empfing|empfangen|Sitzung|Dringlichkeitssitzung|Begegnung|Unterredung|Gespräch\p{L}*|Telefongespräch\p{L}*|telefonierte\p{L}*|Besuch\p{L}*|entretien\p{L}*|entretenu\p{L}*|rencontr\p{L}*|reçue?s?|visite|sommet|reuni\p{L}*|reúne|encuentro|encontr\p{L}*|conversación|conversó|dialogó|recibió|recibe|recibieron|recibid[oa]s?|receb\p{L}*|llamada|accueilli\p{L}*|s['’]est\s+entretenu\p{L}*|visita|cumbre|incontr\p{L}*|colloqui\p{L}*|vertice|ricevut\p{L}*|bilaterale|conversa|nakipag-usap|nakipagpulong|pulong|telepono|tapasi|tapasivat|tapaami\p{L}*|keskusteli|keskustelivat|neuvottel\p{L}*|vieraili|vastaanotti|puhelinkeskustelu\p{L}*)(?![\p{L}])`,
    // Russian and Ukrainian.
    String.raw`встреч\p{L}*|встретил\p{L}*|переговор\p{L}*|телефонн\p{L}*\s+разговор\p{L}*|бесед\p{L}*|зустр\p{L}*|розмов\p{L}*`,
    // Ukrainian (uk29): its own words for talks, a talk and credentials, where Russian's differ.
    String.raw`перемовин\p{L}*|поспілкува\p{L}*|вірч\p{L}*\s+грамот\p{L}*`,
    'หารือ|เยี่ยมคารวะ|ต้อนรับ|ประชุม|สนทนา|พบปะ|เข้าพบ|(?<!(?:기자|언론|출입)\\s?)간담회|회담|통화|면담|접견|만나|만났|회동|방문|협의|대화|예방|논의(?:했|하였|를\\s*가졌|하는\\s*자리)|만찬|오찬|상견례|顔合わせ|会談|会見|電話|会合|訪問|協議|表敬|懇談|会食|立ち話|会谈|会见|会晤|通话|通电话|通電話|會談|會見|會晤|磋商|会面|會面|见面|見面|拜[会會访訪见見]|座[谈談]',
    // Arabic: the verb takes its conjunction and article without a space (وبحث، واللقاء), so no edge is asked for.
    ARABIC_MEETING,
    INDIC_MEETING,
    NORDIC_MEETING,
    PERSIAN_MEETING,
    // Dutch, and Italian and Catalan words the lists above lack (latin28).
    DUTCH_MEETING,
    ROMANCE_MEETING,
    ASIA_MEETING,
    // Polish, Czech, Slovak, Croatian, Serbian.
    WEST_SLAVIC_MEETING,
  ].join('|'),
  'iu',
);

/**
 * Meeting words only the date rules read so far: English "meetings" ("attended Caricom meetings … on November 21"), Turkish ("görüştü", "telefon görüşmesi", "bir araya geldi", "kabul etti",
 * "ziyaret"), Portuguese for a credentials ceremony ("as cartas credenciais"; "recebeu" is in MEETING), Indonesian for a
 * courtesy call with the verb's prefix or the doubled r often written ("beraudiensi dengan Bupati", "bersilaturahmi",
 * "silaturrahmi"), for hosting a guest ("menjamu") and for an agreement signed ("penandatanganan MoU", "menandatangani nota
 * kesepahaman"), German visits named in one word ("Antrittsbesuch", "Höflichkeitsbesuch", "Staatsbesuch"), and Korean for a courtesy talk and a hosted visit ("대사와 환담", "외교사절을 초청해 … 행사를 가졌다"),
 * an agreement signed between two delegations ("자매결연 협약식을 개최했다", "합의서를 체결했다", "업무협약(MOU)을 체결했다",
 * "MOU를 맺고"), a call told as "회견"
 * (not "기자회견") and talks told as "…와 협력 방안을 논의했다"; in English, a memorandum told as signed ("An MoU between … was signed").
 * Japanese, as the meeting decision reads it: a signing ceremony ("調印式", "締結式", "署名式"), an agreement or memorandum
 * signed ("協定書に署名", "覚書を締結"): the two sides at one table, that day. Not "意見交換" (views exchanged) alone:
 * Japanese uses it as often for a session still ahead or an ongoing exchange, and it gave a date the record did not support.
 */
const EXTRA_MEETING =
  /\bmeetings\b|\b(?:MoU|memorandum\s+of\s+understanding)\b[^.!?]{0,160}?\b(?:was|were)\s+signed\b|(?<![\p{L}])(?:görüş\p{L}*|bir\s+araya\s+gel\p{L}*|kabul\s+etti|ziyaret\p{L}*|(?:cartas\s+)?credenciais|(?:ber)?audiensi|bersilatur+ah(?:mi|im)|silaturrah(?:mi|im)|menjamu|(?:Antritts|Höflichkeits|Staats|Arbeits|Gegen|Freundschafts|Abschieds)besuch\p{L}*|(?:penandatanganan|menandatangani|meneken)\s+(?:\p{L}+\s+){0,2}?(?:MoU|memorandum|nota\s+kesepahaman|perjanjian|kerja\s*sama|kesepakatan))(?![\p{L}])|환담|초청해|(?<!기자\s?)회견|협약식|체결식|서명식|결연식|(?:협약|합의서?|협정|양해각서|MOU|MoU)(?:\s?\([^)]{1,20}\))?\s?(?:(?:을|를|에)?\s*(?:체결|서명)|(?:을|를)\s*맺)|논의(?:했|하였)|(?:調印|締結|署名)式|(?:協定|協定書|覚書|合意書)(?:\([^)]{1,12}\))?\s*(?:を|に|の)\s*(?:締結|署名|調印)/iu;

/**
 * A joint act told of two parties joined by "and": "Prime Minister X and Ambassador Y agreed Thursday that…",
 * "Punjab — and California — Monday signed an agreement…". Two sides doing one thing together met to do it.
 * Not a document told as signed ("A and B were signed"), nor "and" joining two verbs of one actor ("visited and agreed").
 */
const JOINT_ACTION = /\band\s+(?:the\s+)?\p{Lu}[^.!?;:\n]{0,80}?\s(?<!\b(?:was|were|been|be|being)\s)(?:agreed|signed)\b/u;

/**
 * What the date rules count as a meeting word: MEETING and those (place and participants keep MEETING alone).
 * The first of either, as one pattern `MEETING|EXTRA_MEETING` would find it (MEETING's word where both start at
 * one place), without compiling MEETING's 4 KB a second time.
 */
export function dateMeetingWord(text: string): RegExpExecArray | null {
  const word = MEETING.exec(text);
  const extra = EXTRA_MEETING.exec(text) ?? JOINT_ACTION.exec(text) ?? RECEIVED.exec(text);
  if (!word || !extra) return word ?? extra;
  return word.index <= extra.index ? word : extra;
}

/** "принял посла", "přijal velvyslance": a guest received (words-received.ts). */
const RECEIVED = new RegExp(RECEIVED_GUEST, 'iu');

/** Chinese written in traditional characters says "will" with 將 ("即將訪問", "將於11月"), which FUTURE reads only in simplified. */
export const ZH_AHEAD = /即將|將於|將在|預定/;

/** The talks themselves, as against a visit or stay over several days: "visited on 17-18 October, held talks on the 18th". */
export const CORE = compiledEarly(
  /\b(?:met|meetings?|talks|talked|spoke|call|called|conversation|received|hosted)\b|หารือ|สนทนา|(?<![\p{L}])(?:hội\s+đàm|hội\s+kiến|điện\s+đàm|gặp|(?<!(?:[Tt]rực|[Gg]ián|[Kk]ế|[Ll]iên)\s)tiếp|bertemu|menemui|ditemui|pertemuan|bertelepon)(?![\p{L}])|회담|통화|면담|접견|(?<!(?:기자|언론|출입)\s?)간담회|会談|会谈|会见|会晤|会面|會面|见面|見面|通话|通電話|會談|會晤|會見|التقى|التقت|يلتقي|لقاء|استقبل|يستقبل|مباحثات|محادثات|اتصال|বৈঠক|সাক্ষাৎ|ফোনালাপ|টেলিফোন|मुलाकात|मुलाक़ात|बैठक|वार्ता|बातचीत|(?<![\p{L}])(?:traf|trafen|trifft|Treffen|Gespräch\p{L}*|Sitzung|rencontr\p{L}*|entretenu|entretien|reuni\p{L}*|reúne|encuentro|incontr\p{L}*|colloqui\p{L}*|встреч\p{L}*|встретил\p{L}*|переговор\p{L}*|зустр\p{L}*|переговор\p{L}*|görüş\p{L}*|bir\s+araya\s+gel\p{L}*|tapasi|tapasivat|keskusteli|keskustelivat)(?![\p{L}])/iu,
);

/** CORE for reading every place it occurs (compiled once, not for each paragraph). */
export const CORE_ALL = compiledEarly(new RegExp(CORE.source, 'giu'));

/**
 * A clause about what is still to happen; the Romance future tense is known by its ending
 * ("se rencontreront", "s'entretiendra", "se reunirá", "incontrerà", "receberá"). German "in der kommenden Woche", "am
 * kommenden Montag" (not "die aus Berlin kommende Delegation", coming from).
 */
// The endings are found first and the word's length checked behind them ("eront" after three
// letters or more: (?<=\p{L}{8})), not a word read letter by letter from its start and backed
// off to each ending: the same sentences match, in about two thirds of the time (speed33).
const FUTURE_WORDS =
  /\b(?:will|shall|to\s+be\s+held|is\s+to|are\s+to|scheduled|slated|plans?\s+to|planned|expected\s+to|upcoming|forthcoming|next|set\s+to|due\s+to)\b|(?<![\p{L}])(?:sẽ|dự\s+kiến|sắp\s+tới|tới\s+đây|kế\s+hoạch|akan|dijadwalkan|direncanakan|rencananya|mendatang)(?![\p{L}])|bakal|예정|계획|오는|予定|将于|将在|即将|计划|(?<![\p{L}])(?:görüşecek\p{L}*|gerçekleştirecek\p{L}*|bir\s+araya\s+gelecek\p{L}*|ziyaret\s+edecek\p{L}*|yapılacak|düzenlenecek)(?![\p{L}])|سيلتقي|سيستقبل|سيجري|سوف|المقرر|المزمع|المنتظر|يعتزم|(?<![\p{L}])(?:wird|werden|soll|sollen|nächst\p{L}*|kommende[nmr]?\s+(?:Woche|Monat|Jahr|Tagen|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)|próxim\p{L}*|celebrará|será|prossim\p{L}*|sarà|prochain\p{L}*|aura\s+lieu|состоится|будет|будут|следующ\p{L}*|відбудеться|буде|встретится|встретятся|проведёт|проведет|проведут|зустрінеться|зустрінуться|проведе|проведуть|посетит|посетят|прибудет|прибудут|примет|примут|відвідає|відвідають|прибуде|прибудуть|прийме|приймуть|поспілкується|запланирован\p{L}*|запланован\p{L}*|заплановано|планирует|планують|планує)(?![\p{L}])|(?<![\p{L}])(?:seront|auront|feront|iront|(?:rencontrer|recevr|accueiller|effectuer|visiter|participer|discuter|signer|présider|échanger|aur|fer)a|(?:se|s['’])\s*\p{L}{3,}(?:era|ira|dra))(?![\p{L}])|(?:eront(?<=\p{L}{8})|r(?:á(?<=\p{L}{5})|án(?<=\p{L}{6})|ão(?<=\p{L}{6})|à(?<=\p{L}{5})|anno(?<=\p{L}{8})))(?![\p{L}])/iu;
export const FUTURE = new RegExp(
  `${FUTURE_WORDS.source}|${NORDIC_FUTURE}|${DUTCH_FUTURE}|${ASIA_FUTURE}|${WEST_SLAVIC_FUTURE}|${PERSIAN_FUTURE}`,
  'iu',
);

/** A date that belongs to something else: a number, an anniversary, a signing, an earlier meeting, a photo. */
/**
 * "Ahead of Africa Day on 25 May", "à la veille du sommet du 12 mars": the day of the event the meeting
 * came before, not the meeting's. No comma between: "Ahead of the summit, they met on Monday" is the meeting's.
 */
export const EVE_OF =
  /(?:\b(?:ahead\s+of|in\s+the\s+run-up\s+to|on\s+the\s+eve\s+of)\b|(?<![\p{L}])(?:à\s+la\s+veille\s+d|en\s+vísperas\s+de|às\s+vésperas\s+d|im\s+Vorfeld|trước\s+thềm)(?![\p{L}]))[^,;.!?]{0,80}$/iu;

const OTHER_WORDS =
  /\b(?:No\.|Nos\.|Ref\.|anniversary|annually|every\s+year|each\s+year|signed|signing|established|founded|last\s+met|previous|earlier\s+meeting|since|photo|file)\b|(?<![\p{L}])(?:số|kỷ\s+niệm|ký\s+kết|thiết\s+lập|lần\s+trước|hằng\s+năm|hàng\s+năm|ảnh|ditandatangani|peringatan|foto|nomor)(?![\p{L}])|주년|수교|체결|지난번|사진|매년|每年|周年|签署|建交|写真/iu;
export const OTHER = new RegExp(`${OTHER_WORDS.source}|${NORDIC_OTHER}|${DUTCH_OTHER}`, 'iu');

/**
 * An anniversary naming the ceremony held for it ("「友好交流30周年式典」を9月5日…挙行", "45주년 기념행사에 초청받아 … 8일부터",
 * "the 50th anniversary celebrations on 5 May"): the day told is the ceremony's, the event reported, not the one it counts
 * from. The anniversary's own day ("독립기념일(9월 2일)", "Anniversary of Independence on 31 August") stays another's.
 */
const ANNIVERSARY_EVENT =
  /(?:(?:수교|建交)\s*)?[\d〇一二三四五六七八九十百]*\s*(?:주년|周年|週年)\s*(?:기념|記念|纪念|紀念)?\s*(?:식|행사|대회|축하연|리셉션|만찬|式典|式|祝賀会|祝賀式|行事|大会|レセプション|庆典|慶典|典礼|典禮|庆祝活动|慶祝活動|纪念活动|紀念活動|招待会|招待會)|\banniversary\s+(?:celebrations?|ceremon(?:y|ies)|receptions?|gala|festivities)\b/giu;

/** The words before a date make it another event's (OTHER), an anniversary's ceremony aside. */
export const otherBefore = (before: string): boolean => OTHER.test(before.replace(ANNIVERSARY_EVENT, ' '));

/** Past tense: a meeting already reported. */
export const PAST = new RegExp(
  `${String.raw`(?<!\b(?:be|been|being)\s)\b(?:met|held|had|spoke|talked|paid|took|received|hosted|visited|discussed|agreed|exchanged|co-chaired|called)\b|(?:았|었|였|했|졌)다|đã|(?<![\p{L}])(?:telah|sudah)|した|了|التقى|التقت|استقبل|استقبلت|اجتمع|أجرى|تباحث|(?<![\p{L}])(?:hat|haben|hatte|hatten|traf|trafen|fand|wurde|wurden|(?:a|ont)\s+(?:rencontré|reçu|eu|tenu|discuté|échangé)|s['’]est\s+entretenu|se\s+sont\s+entretenus|(?:ha|hanno)\s+(?:incontrato|avuto|ricevuto|tenuto|discusso)|(?:è|sono)\s+stat[oaie]\s+(?:ricevut|accolt|incontrat|ospitat)\p{L}*|se\s+reunió|reunió|sostuvo|mantuvo|celebró|recibió|reuniu|encontrou|recebeu|провел\p{L}*|встретил\p{L}*|состоял\p{L}*|прошл\p{L}*|зустрівся|зустрілись|провели|görüştü|görüşmüştü|gerçekleştirdi|gerçekleştirmiş\p{L}*|bir\s+araya\s+geldi|kabul\s+etti|ele\s+aldı|ontmoette\p{L}*|ontving\p{L}*|heeft|hebben|bezocht\p{L}*|sprak|spraken|belde)(?![\p{L}])`}|${PERSIAN_PAST}|${NORDIC_PAST}|${RECEIVED_GUEST}`,
  'iu',
);

/**
 * The talks' end told after their start ("The first leg of talks ended on Thursday", "kết thúc ngày", "berakhir pada",
 * "s'est achevée", "concluyó", "endete", "завершились", "마쳤다", "结束"): the same meeting's last day, not another one.
 */
export const ENDED =
  /\b(?:ended|concluded|wrapped\s+up|came\s+to\s+an\s+end)\b|(?<![\p{L}])(?:kết\s+thúc|berakhir|s['’]est\s+(?:achevée?|terminée?|clôturée?)|se\s+clausur[oó]|conclu(?:yó|iu)|termin(?:ó|ou)|endete|endeten|завершил\p{L}*|закончил\p{L}*|завершився|завершилися)(?![\p{L}])|마쳤다|마무리했다|종료했다|结束|結束|終了/iu;

/** Time words that name no day: a sentence with them does not date its meeting. */
export const VAGUE =
  /\b(?:last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)|recently|this\s+week)\b|tuần\s+trước|gần\s+đây|지난주|지난달(?!\s*\d)|최근|minggu\s+lalu|bulan\s+lalu|baru-baru\s+ini|先週|先月(?!\s*\d)|上周|上个?月(?!\s*\d)|最近/iu;

/** The questions rules ask of one sentence again and again, each answered once per text. */
const meetingWordSaid = remembered(compiledEarly(MEETING));
/** Dutch "met" is "with", not English's "met" (latin28). */
export const reportsMeetingWord = (text: string): boolean => meetingWordSaid(withoutDutchWith(text));
/** MEETING's answer is shared with the other rules; the extra words are a small second test. */
export const datesMeetingWord = (text: string): boolean =>
  reportsMeetingWord(text) || EXTRA_MEETING.test(text) || JOINT_ACTION.test(text) || RECEIVED.test(text);

/**
 * The meeting decision's own words that MEETING lacks, read from its lists rather than copied here: the past verbs of
 * the European languages the date words had none for (Finnish "otti vastaan suurlähettilään", Hungarian "fogadta a
 * nagykövetet", Romanian "s-a întâlnit cu", Greek "συναντήθηκε με", Hebrew "נפגש עם", Slovene "je sprejel veleposlanika")
 * and the everyday ways of telling two people met ("paid a courtesy call on", "a déjeuné avec", "hieß … willkommen"); its
 * receptions, banquets and signings ("宴请", "lễ ký kết"), and a gathering named people attended ("took part in the session",
 * "총회에는 … 참석했다", "出席会议").
 */
// Two patterns under the 20 KB V8 optimises (one was 21 KB): an alternation matches where either half does.
const SHARED_MEETING_EUROPE = remembered(compiledEarly(new RegExp(`${MORE_EUROPE_MEETING}|${EVERYDAY_MEETING}`, 'iu')));
const SHARED_MEETING_MORE = remembered(compiledEarly(new RegExp(`${MORE_MEETING}|${ATTENDED_GATHERING}`, 'iu')));
const SHARED_MEETING = (text: string): boolean => SHARED_MEETING_EUROPE(text) || SHARED_MEETING_MORE(text);
const gatheringHeld = remembered(GATHERING_HELD);
/** The meeting words of the languages the lists above lack (meeting-words-world.ts): "kohtumisel", "mkutano", "შეხვედრა". */
const WORLD_TOLD = remembered(compiledEarly(new RegExp(`${WORLD_MEETING}|${SCRIPTS_MEETING}`, 'iu')));
/** Japanese "意見交換" (views exchanged) is told as often of a session ahead or an ongoing exchange: the date rules leave it (EXTRA_MEETING). */
const VIEWS_EXCHANGED = /意見交換/gu;

/**
 * A sentence that tells a meeting, for a date it holds: the date rules' words, or the meeting decision's for a date written
 * out (a day number, not "сегодня" counted from the page: "на форуме, проходящем сегодня, … обсудил с …" is the forum's day).
 * Only the date's own sentence reads the wider words: whether a lead reports a meeting at all, and whether it opens on one
 * still ahead, stays with the date rules' words (a lone date elsewhere in the lead is not tied to a meeting they found).
 * A gathering told as held (words-gathering.ts: "tại Kỳ họp thứ 7", "기념행사가 개최되었다", "祝賀会が開かれた") dates the
 * record's meeting on its one day only: a conference "held from Feb. 17 to 19" leaves the day of the talks on its
 * sidelines unknown.
 */
export const sentenceTellsMeeting = (sentence: string, writtenOut: boolean, oneDay = true): boolean =>
  datesMeetingWord(sentence) ||
  (writtenOut
    ? SHARED_MEETING(sentence.replace(VIEWS_EXCHANGED, ' ')) || WORLD_TOLD(sentence) || (oneDay && gatheringHeld(sentence))
    : MORE_EUROPE_PAST(sentence));
/**
 * A day counted from the page ("tegnap", "χθες", "אתמול", "ieri") is read with the past verbs of the languages MEETING
 * lacks ("fogadta a nagykövetet", "συναντήθηκε", "נפגש עם", "s-a întâlnit"): a meeting held, in its language's only
 * words for it, and those of the languages meeting-words-world.ts reads ("eile kohtusid", "jana alikutana na"). Not the
 * everyday phrases, which told a forum's day ("проходящем сегодня … обсудил с").
 */
const MORE_EUROPE_PAST = remembered(
  compiledEarly(new RegExp(`${MORE_EUROPE_MEETING}|${WORLD_MEETING_PAST}|${SCRIPTS_MEETING_PAST}`, 'iu')),
);
export const speaksOfFuture = remembered(FUTURE);
const pastSaid = remembered(PAST);
export const speaksOfPast = (text: string): boolean => pastSaid(withoutDutchWith(text));
/**
 * Korean marks the past with a final ㅆ on the verb's last syllable, often contracted with the stem: "진행됐다", "열렸다",
 * "마쳤다", "나눴다", "다녀왔다" as well as "했다". Every such syllable but "있" (is) and "겠" (will) before "다"; not the
 * newsroom's "밝혔다" and "알렸다" (said, made known), which tell a plan as readily as a meeting held.
 */
const KOREAN_PAST_SYLLABLE = `[${Array.from({ length: 19 * 21 }, (_, k) => String.fromCharCode(0xac00 + k * 28 + 20))
  .filter((c) => c !== '있' && c !== '겠')
  .join('')}]`;
/**
 * For the date rules: also the formal past of Korean releases ("개최하였습니다", "논의했습니다") and the contracted past.
 * Kept out of the meeting decision (participants/meeting.ts), where it would turn a cancelled summit's polite telling
 * into a meeting held.
 */
const KOREAN_FORMAL_PAST = new RegExp(`(?<!밝)(?<!알)${KOREAN_PAST_SYLLABLE}(?:습니)?다|(?:았|었|였|했|졌)습니다`);
/** …and an arrival told as done ("yesterday arrived in Zambia on a working visit", "touched down"): a visit already begun. */
const ARRIVED = /\b(?:arrived|landed|touched\s+down)\b/i;
export const toldAsDone = (text: string): boolean => speaksOfPast(text) || KOREAN_FORMAL_PAST.test(text) || ARRIVED.test(text);
export const namesNoDay = remembered(VAGUE);
