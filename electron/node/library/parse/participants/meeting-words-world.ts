// The everyday words of a reported meeting in the languages the other lists lack: Estonian, Lithuanian, Latvian,
// Albanian, Icelandic, Swahili, Azerbaijani, Mongolian, Kazakh, Georgian, Tamil and Lao (Tagalog's are in
// meeting-words.ts, Bulgarian's in meeting-words-more-europe.ts). For each: met, held talks, received a guest, visited,
// talked on the phone or by video, in a news report's past tense, and its nouns (a meeting, talks, a visit). "Received"
// is read only with its guest (an envoy, a minister, a delegation): the same verb adopts a law or a decision. A word
// another language spells the same way is read only with its own language's letters near it (Icelandic "hitti" is
// Finnish for a hit). Each language's future ("will meet", "next week", "tomorrow") is AHEAD below, for the tense gates.

/** Letters neither side: the Tamil and Georgian words end on a vowel sign. */
const word = (body: string): string => String.raw`(?<![\p{L}\p{M}])(?:${body})(?![\p{L}\p{M}])`;

/** Estonian: "kohtus … -ga" (met with, a foreign name's ending after its apostrophe: "Braže'ga"; a bare "kohtus" is "in court"), "kohtusid", "kohtumine", "võttis vastu suursaadiku". */
const ET_GUEST = String.raw`(?:suursaadik|saadik|minist|peaminist|president|delegatsioon|linnapea|konsul|külali)\p{L}*`;
const ET_PAST = String.raw`kohtus(?=\s+(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+ga(?![\p{L}]))|kohtusid|kohtuti|võt(?:tis|sid)\s+(?:\p{L}+\s+){0,3}?vastu\s+(?:\p{L}+\s+){0,2}?${ET_GUEST}|võt(?:tis|sid)\s+(?:\p{L}+\s+){0,3}?${ET_GUEST}\s+(?:\p{L}+\s+){0,1}?vastu|külastas|külastasid|vestles|vestlesid|pidas\s+läbirääkimisi|pidasid\s+läbirääkimisi`;
const ET_NOUN = String.raw`kohtumi(?:ne|se|st|sel|sele|sed|ste)\p{L}*|visiid\p{L}*|visiit|läbirääkimis\p{L}*|telefonivestlus\p{L}*|videokõne\p{L}*|videokohtumi\p{L}*`;

/** Lithuanian: "susitiko" (met), "susitikimas", "priėmė ambasadorių" (received), "lankėsi" (visited), "derybos" (talks). */
const LT_GUEST = String.raw`(?:ambasador|ministr|premjer|prezident|delegacij|mer|konsul|svečius|sveči)\p{L}*`;
const LT_PAST = String.raw`susitiko|susitikę|priėmė\s+(?:\p{L}+\s+){0,3}?${LT_GUEST}|lankėsi|aplankė|kalbėjosi|surengė\s+derybas|derėjosi`;
const LT_NOUN = String.raw`susitikim\p{L}*|vizit(?:as|ą|o|ui|u|ų)|derybos|derybas|derybų|derybose|pokalbi(?:s|o|ų|ai)|pokalbį`;

/** Latvian: "tikās" (met), "tikšanās", "pieņēma vēstnieku" (received), "apmeklēja" (visited), "sarunas" (talks). */
const LV_GUEST = String.raw`(?:vēstniek|ministr|premjer|prezident|delegācij|mēr|konsul|viesu|viesi)\p{L}*`;
const LV_PAST = String.raw`tikās|satikās|pieņēma\s+(?:\p{L}+\s+){0,3}?${LV_GUEST}|apmeklēja|viesojās|apspriedās|sarunājās`;
const LV_NOUN = String.raw`tikšanās|tikšanos|tikšanā|vizīt\p{L}*|sarun(?:as|ās|u|ām)|telefonsarun\p{L}*|videosarun\p{L}*`;

/** Albanian: "u takua" (met), "takim" (a meeting), "priti ambasadorin" (received), "vizitë", "bisedime" (talks). */
const SQ_GUEST = String.raw`(?:ambasador|ministr|kryeministr|president|delegacion|kryetar|konsull|homolog)\p{L}*`;
const SQ_PAST = String.raw`u\s+(?:takua|takuan|takova|prit)|priti\s+(?:\p{L}+\s+){0,3}?${SQ_GUEST}|vizitoi|vizituan|bisedoi|biseduan|zhvilloi\s+(?:një\s+)?(?:takim|bisedim|bised)\p{L}*`;
const SQ_NOUN = String.raw`takim(?:i|in|it|e|et|eve)?|vizitë|vizitën|vizitës|vizita(?=\s+(?:e|zyrtare|pune|shtetërore)(?![\p{L}]))|bisedim(?:e|et|eve|i)|bisedë\s+telefonike|telefonat\p{L}*`;

/** Icelandic: "hitti" (met; with an Icelandic letter near), "fundaði" (held a meeting), "tók á móti" (received), "heimsótti". */
const IS_LETTER = `[ðþæ]`;
const IS_PAST = String.raw`hitti(?=[^.!?]{0,80}${IS_LETTER})|(?<=${IS_LETTER}[^.!?]{0,80})hitti|hittust|fundaði|funduðu|átti\s+fund|áttu\s+fund|tók\s+á\s+móti|tóku\s+á\s+móti|heimsótti|heimsóttu|ræddi\s+við|ræddust\s+við`;
const IS_NOUN = String.raw`fund(?:ur|i|inum|ar|um|irnir)(?=[^.!?]{0,80}${IS_LETTER})|(?<=${IS_LETTER}[^.!?]{0,80})fund(?:ur|i|inum|ar|um|irnir)|heimsókn\p{L}*|viðræð\p{L}*|símtal\p{L}*|símafund\p{L}*|myndfund\p{L}*`;

/** Swahili: "alikutana na" (met), "mkutano", "mazungumzo" (talks), "alimpokea" (received him), "ziara" (a visit), "alitembelea". */
const SW_PAST = String.raw`(?:a|wa)(?:li|me)kutana|(?:a|wa)(?:li|me)(?:m|wa)pokea|(?:a|wa)(?:li|me)tembelea|(?:a|wa)(?:li|me)zungumza|(?:a|wa)(?:li|me)fanya\s+(?:mkutano|mazungumzo|ziara)`;
const SW_NOUN = `mkutano|mikutano|mazungumzo|ziara|ziarani`;

/** Azerbaijani: "görüşdü" (met), "görüş zamanı", "səfiri qəbul etdi" (received), "səfər" (a visit), "danışıqlar" (talks). */
const AZ_GUEST = String.raw`(?:səfir|nazir|nümayəndə|prezident|sədr|rəhbər|qonaq|konsul|həmkar)\p{L}*`;
const AZ_PAST = String.raw`görüşdü\p{L}*|görüşüb|görüşmüşdür|${AZ_GUEST}\s+(?:\p{L}+\s+){0,2}?qəbul\s+(?:etdi|edib|etmişdir)|səfər(?:də\s+olub|ə\s+gəlib|\s+edib)|telefonla\s+danış\p{L}*`;
const AZ_NOUN = String.raw`görüş(?=\s+(?:zamanı|çərçivəsində|keçirilib|keçirildi|olub))|görüşlər\p{L}*|görüşündə|görüşdə|səfər(?:i|ində|dədir|lə)?|danışıqlar\p{L}*|telefon\s+danışığı\p{L}*|videokonfrans\p{L}*`;

/** Mongolian: "уулзав", "уулзалт" (a meeting), "айлчлал" (a visit), "хэлэлцээ" (talks), "утсаар ярилцав" (phoned). */
const MN_PAST = `уулзав|уулзлаа|уулзсан|уулзаж|айлчлав|айлчилсан|айлчиллаа|ярилцав|ярилцлаа|ярилцсан`;
const MN_NOUN = String.raw`уулзалт\p{L}*|айлчлал\p{L}*|хэлэлцээ\p{L}*`;

/** Kazakh: "кездесті" (met), "кездесу" (a meeting), "елшіні қабылдады" (received), "сапар" (a visit), "келіссөз" (talks). */
const KK_GUEST = String.raw`(?:елші|министр|делегация|президент|әкім|төраға|басшы|қонақ|консул|әріптес)\p{L}*`;
const KK_PAST = String.raw`кездесті\p{L}*|кездесіп|${KK_GUEST}\s+(?:\p{L}+\s+){0,2}?қабылда(?:ды|п)|сөйлесті\p{L}*|сапармен\s+келді`;
const KK_NOUN = String.raw`кездесу\p{L}*|келіссөз\p{L}*|сапар(?:ы|ымен|мен|ында|ының)?|телефон\s+арқылы\s+сөйлес\p{L}*`;

/** Georgian: "შეხვდა" (met), "შეხვედრა" (a meeting), "ვიზიტი" (a visit), "მოლაპარაკებები" (talks), "ესაუბრა" (talked with). */
const KA_PAST = String.raw`შეხვდ(?:ა|ნენ|ენ)|ესაუბრ(?:ა|ნენ)|ეწვი(?:ა|ნენ)|მიიღო\s+(?:[\p{L}\p{M}]+\s+){0,2}?(?:ელჩ|მინისტრ|დელეგაცი|პრეზიდენტ)[\p{L}\p{M}]*`;
const KA_NOUN = String.raw`შეხვედრ[\p{L}\p{M}]*|ვიზიტ[\p{L}\p{M}]*|მოლაპარაკებ[\p{L}\p{M}]*|სატელეფონო\s+საუბ[\p{L}\p{M}]*`;

/** Tamil, its endings joined on: "சந்தித்தார்" (met), "சந்திப்பு" (a meeting), "பேச்சுவார்த்தை" (talks), "வரவேற்றார்" (welcomed). */
const TA = String.raw`(?:சந்தித்த|சந்தித்து|சந்திப்பு|சந்திப்பி|பேச்சுவார்த்தை|வரவேற்ற|வரவேற்பு|பயணம்\s+மேற்கொண்ட|விஜயம்\s+செய்த|கலந்துரையாட|தொலைபேசியில்\s+பேசின)[\p{L}\p{M}]*`;
const TA_PAST = String.raw`(?:சந்தித்த|சந்தித்து|வரவேற்ற|பயணம்\s+மேற்கொண்ட|விஜயம்\s+செய்த|கலந்துரையாடின|தொலைபேசியில்\s+பேசின)[\p{L}\p{M}]*`;

/** Lao, written without spaces between words: met, a courtesy call, received, talks, discussed, visited, by telephone. */
const LO = 'ພົບປະ|ພົບກັບ|ເຂົ້າຢ້ຽມຄຳນັບ|ເຂົ້າຢ້ຽມຄໍານັບ|ຕ້ອນຮັບ|ເຈລະຈາ|ປຶກສາຫາລື|ໂອ້ລົມ|ຢ້ຽມຢາມ|ໂທລະສັບ';
/** Lao tells the past with "ໄດ້" before the verb ("ໄດ້ພົບປະ": met). */
const LO_PAST = `ໄດ້\\s*(?:${LO})`;

/** The past verbs alone: a meeting told as done, for the tense gates and a date counted from the page ("eile", "jana"). */
export const WORLD_MEETING_PAST = `${word(`${ET_PAST}|${LT_PAST}|${LV_PAST}|${SQ_PAST}|${IS_PAST}|${SW_PAST}|${AZ_PAST}|${MN_PAST}|${KK_PAST}|${KA_PAST}`)}|${TA_PAST}|${LO_PAST}`;

/** The verbs and the nouns, as one alternation for meeting.ts to join. */
export const WORLD_MEETING = `${word(`${ET_PAST}|${ET_NOUN}|${LT_PAST}|${LT_NOUN}|${LV_PAST}|${LV_NOUN}|${SQ_PAST}|${SQ_NOUN}|${IS_PAST}|${IS_NOUN}|${SW_PAST}|${SW_NOUN}|${AZ_PAST}|${AZ_NOUN}|${MN_PAST}|${MN_NOUN}|${KK_PAST}|${KK_NOUN}|${KA_PAST}|${KA_NOUN}`)}|${TA}|${LO}`;

/**
 * What is still to come, in the same languages: their futures ("susitiks", "tiksies", "do të takohet", "mun hitta",
 * "atakutana", "görüşəcək", "уулзана", "кездеседі", "შეხვდება", "சந்திக்கவுள்ளார்", Lao "ຈະ", Bulgarian "ще посети") and
 * "next week", "tomorrow".
 * Estonian tells its future in the present ("kohtub homme"): its present verbs of meeting are read as ahead. Icelandic
 * "mun" (will) only with an Icelandic letter near, as "hitti": "Ma'mun" is a name.
 */
const AHEAD_WORDS = [
  String.raw`kohtub|kohtuvad|külastab|külastavad|võtab\s+vastu|järgmisel|tuleval|kavatse\p{L}*|plaani\p{L}*`,
  String.raw`susitiks\p{L}*|lankysis|aplankys|priims|kitą\s+savaitę|rytoj|planuoja`,
  String.raw`tiksies|tiksi|apmeklēs|pieņems|nākamnedēļ|nākamajā\s+nedēļā|rīt|plāno`,
  String.raw`do\s+të|javën\s+e\s+ardhshme|nesër|pritet\s+të`,
  String.raw`(?:mun|munu)(?=[^.!?]{0,80}${IS_LETTER})|(?<=${IS_LETTER}[^.!?]{0,80})(?:mun|munu)|í\s+næstu\s+viku|á\s+morgun|stendur\s+til`,
  String.raw`(?:a|wa)takutana|(?:a|wa)ta(?:m|wa)pokea|(?:a|wa)tatembelea|(?:a|wa)tafanya|wiki\s+ijayo|kesho|inatarajiwa`,
  String.raw`\p{L}+(?:acaq|əcək)(?:dır|dir|lar|lər)?|gələn\s+həftə`,
  String.raw`уулзана|айлчилна|айлчлах|ирэх\s+долоо\s+хоног\p{L}*|маргааш`,
  String.raw`кездеседі|кездесетін|барады|келеді|келесі\s+апта\p{L}*|ертең|жоспарла\p{L}*`,
  String.raw`ще\s+(?:се\s+)?(?:срещн|посет|разговаря|провед|приеме|приемат|бъде|бъдат)\p{L}*|следващата\s+седмица|утре`,
  String.raw`შეხვდება|შეხვდებიან|ეწვევა|ეწვევიან|მომავალ\s+კვირას|ხვალ|გეგმავ[\p{L}\p{M}]*`,
];
export const WORLD_AHEAD = new RegExp(
  `${word(AHEAD_WORDS.join('|'))}|(?:சந்திக்க|மேற்கொள்ள)[\\p{L}\\p{M}]*|சந்திப்பார்|அடுத்த\\s+வாரம்|நாளை|ຈະ|ອາທິດໜ້າ|ມື້ອື່ນ`,
  'iu',
);
