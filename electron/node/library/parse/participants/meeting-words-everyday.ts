// The everyday ways each language tells that two people met, which the lists of meeting.ts and
// meeting-words.ts lacked: a farewell or introductory call, an audience, views exchanged, a meal
// taken together, a guest welcomed or seen off, a talk ("conferred", "побеседовал", "交谈"). Each
// phrase names the other side ("with", "to", a guest's title) so that a word alone ("farewell", "dinner",
// "welcomed the decision") is not read as a meeting. The tense gates of meeting-tense.ts still decide
// whether the meeting is held or ahead ("will pay a farewell call" stays a plan).

/**
 * English: a call paid ("paid a farewell call on", "Official calls … were paid to the Governor-General", "paid his
 * official call"), a farewell bid to someone living ("bade farewell to the outgoing ambassador"; not "to the late …"),
 * an audience ("had an audience with", "granted an audience"), views exchanged, "conferred with", "consulted with",
 * discussions held with someone, a meal taken with a guest or given in one's honour ("had lunch with", "dined with",
 * "a farewell luncheon in honour of"), hands shaken, a talk with one's counterpart ("Talking with his Mozambican counterpart, …"), a video conference with someone (not a \"video conference system\" a programme used).
 */
const ENGLISH = String.raw`\b(?:(?:paid|pays|pay|paying)\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?calls?|calls?\s+(?:were|was)\s+(?:\w+\s+)?paid|(?:farewell|introductory|goodwill|protocol)\s+calls?\s+(?:on|upon|to)|(?:bade|bid|bids|bidding)\s+(?:a\s+)?(?:fond\s+|warm\s+)?(?:farewell|adieu|goodbye)\s+to\s+(?!(?:the\s+)?late\b)|(?:had|has|have|having|granted|given|gave|grants)\s+(?:him\s+|her\s+|them\s+)?(?:an?\s+)?(?:private\s+|royal\s+|special\s+)?audiences?\s+(?:with|by|to)|exchang(?:ed|ing)\s+(?:views|ideas|opinions|pleasantries|greetings)\s+with|conferred\s+with|consulted\s+with|(?:held|had|holding)\s+(?:\w+\s+){0,2}?discussions?\s+with|discussed\s+(?:[\w-]+\s+){0,4}?with\s+(?!(?:the\s+)?(?:press|media|reporters|journalists))|(?:lunched|dined|breakfasted)\s+with|(?:had|have|has|having|over|at\s+a|during\s+a)\s+(?:a\s+)?(?:working\s+|private\s+|farewell\s+|official\s+|state\s+)?(?:lunch|luncheon|dinner|breakfast|tea)\s+with|(?:lunch|luncheon|dinner|breakfast|banquet|reception|tea)\s+(?:given\s+|held\s+|hosted\s+)?in\s+(?:his|her|their|the)?\s*hono(?:u)?r\s+of|shook\s+hands\s+with|(?:talking|chatting|conversing)\s+with\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?counterparts?|(?:video\s?|videoconferenc\w*)(?:conferenc\w*\s+)?with)\b`;

/**
 * French: farewells made ("a fait ses adieux à", "a pris congé de"), a call of courtesy or farewell ("visite de
 * courtoisie", "visite d'adieu"), a meal taken with someone ("a déjeuné avec", "un dîner en l'honneur de"), views
 * exchanged ("a échangé avec", "des échanges avec", "un échange de vues"), a guest welcomed ("le maire a accueilli
 * l'ambassadeur", "ont accueilli Mme A B"; not "a accueilli favorablement la proposition", welcomed a decision).
 */
const FRENCH = String.raw`(?<![\p{L}])(?:(?:fait|font|faire)\s+(?:ses|leurs|des)\s+adieux|pris\s+congé\s+(?:de|du|des|d(?=['’]))|(?:offert|donné)\s+(?:un|une)\s+(?:déjeuner|dîner|diner|réception)\s+(?:en\s+l['’]honneur|à|au|aux|pour)|visites?\s+(?:de\s+courtoisie|d['’]adieu|de\s+prise\s+de\s+contact)|(?:déjeuné|dîné|diné|petit-déjeuné)\s+avec|(?:déjeuner|dîner|diner|petit-déjeuner)\s+(?:de\s+travail\s+|officiel\s+)?(?:avec|en\s+l['’]honneur|offert\s+(?:par|en\s+l['’]honneur))|(?:a|ont|avait|avaient)\s+(?:\p{L}+\s+)?accueilli(?:e|s|es)?(?=\s+(?:l['’]|les?\s+|la\s+|une?\s+|son\s+|sa\s+|ses\s+|leurs?\s+|M\.\s*|Mme\s+)(?!(?:proposition|décision|annonce|nouvelle|initiative|projet|idée|demande)s?(?![\p{L}]))|\s+\p{Lu})|échangé\s+avec|échanges?\s+avec|échange\s+de\s+vues|visioconférence)(?![\p{L}])`;

/**
 * German: a guest welcomed ("hieß … willkommen"), the Golden Book of the town signed by its guest ("trug sich ins
 * Goldene Buch ein": the town's reception of a visitor), a meal taken with someone ("aß … mit … zu Mittag", "ein
 * Arbeitsessen mit"), counsel taken and talks with someone ("beriet mit", "kam mit … zusammen", "diskutierte mit"),
 * a farewell ("verabschiedete sich von", "hat den Botschafter … verabschiedet"; not "hat das Gesetz verabschiedet": passed a law),
 * guests hosted ("waren … im Landkreis zu Gast") and welcomed in the passive ("Begrüßt wurden die Gäste von Landrat …",
 * "Die Delegation wurde vom Bürgermeister begrüßt"; only guests: "Der Beschluss wurde begrüßt" welcomes a decision).
 */
const GERMAN_GUESTS = String.raw`(?:Gäste|Gast|Delegation|Botschafter|Generalkonsul|Konsul|Amtskolleg)\p{L}*`;
const GERMAN = String.raw`(?<![\p{L}])(?:hie(?:ß|ss)(?:en)?\s+[^.]{0,80}?\swillkommen|willkommen\s+gehei(?:ß|ss)en|(?:ins|in\s+das|im|in\s+dem)\s+Goldenen?\s+Buch|(?:aß|aßen|speiste|speisten)\s+[^.]{0,60}?\smit|(?:Arbeits|Mittag|Abend)essen\s+(?:mit|zu\s+Ehren)|zu\s+Mittag\s+gegessen|beriet(?:en)?(?:\s+sich)?\s+(?:[^.]{0,60}?\s)?mit|(?:kam|kamen)\s+[^.]{0,80}?\smit\s+[^.]{0,80}?\szusammen|zusammengekommen|diskutierte(?:n)?\s+(?:[^.]{0,60}?\s)?mit|verabschiedete(?:n)?\s+sich\s+(?:[^.]{0,40}?\s)?von|(?:begrü(?:ß|ss)te(?:n)?|verabschiedete(?:n)?)\s+(?:\p{L}+\s+){0,3}?(?:den|die)\s+(?:\p{L}+\s+)?(?:Botschafter|Generalkonsul|Konsul|Minister|Gäste|Gast|Delegation|Besucher|Amtskolleg|Bürgermeister|Oberbürgermeister|Präsident)\p{L}*|(?:den|die)\s+(?:\p{L}+\s+)?(?:Botschafter|Generalkonsul|Konsul|Gäste|Gast|Delegation|Besucher|Amtskolleg)\p{L}*\s+(?:[^.]{0,60}?\s)?verabschiedet|(?:gab|gaben)\s+(?:ein|einen)\s+(?:Abendessen|Mittagessen|Essen|Frühstück)\s+(?:für|zu\s+Ehren)|(?:war|waren|weilte|weilten)\s+(?:[^.]{0,160}?\s)?zu\s+Gast|begrü(?:ß|ss)t\s+(?:wurde|wurden)\s+(?:\p{L}+\s+){0,3}?${GERMAN_GUESTS}|(?:${GERMAN_GUESTS}\s+(?:wurde|wurden)|(?:wurde|wurden)\s+(?:die|der|den)\s+(?:\p{L}+\s+)?${GERMAN_GUESTS})\s+(?:[^.]{0,80}?\s)?begrü(?:ß|ss)t)(?![\p{L}])`;

/**
 * Spanish, Portuguese and Italian: a farewell ("se despidió de", "despediu-se de", "si è congedato da"), a meal taken
 * with someone ("almorzó con", "jantou com", "ha pranzato con", "una cena en honor de"), views exchanged ("intercambió
 * opiniones", "trocou impressões", "uno scambio di opinioni"), a guest welcomed ("dio la bienvenida", "deu as
 * boas-vindas", "ha dato il benvenuto"), a talk ("departió con", "conversou com", "esteve com"), a video conference, a meal
 * attended ("participaram de um almoço", "participó en una cena", "ha partecipato a un pranzo") or given to welcome
 * guests ("almoço de boas-vindas", "cena de bienvenida", "pranzo di benvenuto"); the Portuguese and Spanish preterite of a
 * visit ("visitou o Consulado", "visitó la embajada"; the noun "visita" in the main list holds "visitaram") and a guest welcomed
 * ("foram recepcionados pelo vice-cônsul").
 */
const ROMANCE = String.raw`(?<![\p{L}])(?:se\s+despidi(?:ó|eron)\s+(?:de|del)|despedi(?:u|ram)-se\s+(?:de|do|da|dos|das)|se\s+despedi(?:u|ram)\s+(?:de|do|da|dos|das)|congedat[oaie]\s+(?:da|dal|dall(?=['’])|dalla|dai|dagli)|discuss[oaie]\s+con|(?:ofreci(?:ó|eron)|ofereceu|ofereceram|offerto)\s+(?:un|una|um|uma)\s+(?:almuerzo|cena|desayuno|recepción|almoço|jantar|recepção|pranzo|ricevimento)|agasaj(?:ó|aron)|(?:almorz|cen|desayun)(?:ó|aron)\s+con|(?:almoç|jant)(?:ou|aram)\s+com|(?:pranzat|cenat)[oaie]\s+con|(?:almuerzo|cena|desayuno|almoço|jantar|pranzo)\s+(?:de\s+trabajo\s+|de\s+trabalho\s+|di\s+lavoro\s+)?(?:con|com|en\s+honor|em\s+honra|in\s+onore)|intercambi(?:ó|aron)\s+(?:opiniones|impresiones|ideas|puntos\s+de\s+vista)|troc(?:ou|aram)\s+(?:impressões|ideias|opiniões|pontos\s+de\s+vista)|scambio\s+di\s+(?:opinioni|vedute|idee)|(?:dio|dieron|deu|deram)\s+(?:la\s+bienvenida|as\s+boas[- ]vindas)|(?:dato|dà|danno)\s+il\s+benvenuto|departi(?:ó|eron)\s+con|convers(?:ou|aram)\s+com|(?:esteve|estiveram)\s+(?:reunid[oa]s?\s+)?com|(?:videoconferencia|videoconferência|videoconferenza)\s+(?:con|com)|(?:particip(?:ou|aram|ó|aron)|(?:ha|hanno)\s+partecipato)\s+(?:de|do|da|em|no|na|en|del|al|a|al|alla)\s+(?:(?:um|uma|un|una|o|a|el|la|il)\s+)?(?:almoço|jantar|café\s+da\s+manhã|recepção|coquetel|almuerzo|cena|desayuno|recepción|cóctel|pranzo|ricevimento)|(?:almoço|jantar|recepção|almuerzo|cena|recepción|pranzo|ricevimento)\s+(?:de\s+boas[- ]vindas|de\s+bienvenida|di\s+benvenuto)|visit(?:ou|ó)|recepcion(?:ou|aram|ó|aron|ad[oa]s?))(?![\p{L}])`;

/** Dutch: a call of farewell, introduction or courtesy, a working visit ("afscheidsbezoek"), a guest welcomed, a farewell taken. */
const DUTCH = String.raw`(?<![\p{L}])(?:(?:afscheids|kennismakings|beleefdheids|werk|staats)bezoek|verwelkomde(?:n)?|(?:nam|namen)\s+(?:[^.]{0,40}?\s)?afscheid\s+van)(?![\p{L}])`;

/**
 * Indonesian and Malay: a farewell call ("kunjungan perpisahan", "berpamitan kepada"), a talk or discussion with
 * someone ("berdiskusi dengan", "berbincang dengan", "berdialog dengan", "bertukar pikiran dengan", "beramah tamah"),
 * a meal together ("makan siang bersama"), a guest's arrival welcomed ("menyambut kedatangan", not "menyambut baik" a
 * decision nor a holiday), a guest received by an official ("diterima oleh Gubernur", not "diterima oleh masyarakat": accepted by the public).
 */
const INDONESIAN = String.raw`(?<![\p{L}])(?:kunjungan\s+perpisahan|(?:ber)?pamitan\s+(?:kepada|dengan)|berdiskusi\s+dengan|berbincang(?:-bincang)?\s+(?:dengan|bersama)|berdialog\s+dengan|bertukar\s+pikiran|(?:be)?ramah[- ]tamah|makan\s+(?:siang|malam|pagi)\s+bersama|menyambut\s+(?:kedatangan|kunjungan|rombongan|delegasi|tamu|Duta|Dubes|Menteri|Gubernur|Bupati|Wali|Walikota|Presiden|Konsul)|membahas\s+(?:[^.]{0,60}?\s)?dengan|diterima\s+(?:langsung\s+)?oleh\s+(?:Gubernur|Wakil|Bupati|Wali|Walikota|Menteri|Presiden|Ketua|Kepala|Duta|Dubes|Konsul|Sekretaris|Sekda|Rektor|Direktur))(?![\p{L}])`;

/**
 * Vietnamese: a farewell call ("chào từ biệt", "chào tạm biệt", "đến chào", not "chào mừng": a celebration), a guest seen
 * off ("tiễn Đại sứ"), a meal together ("dùng bữa trưa với"), a discussion with someone ("thảo luận với").
 */
const VIETNAMESE = String.raw`(?<![\p{L}])(?:chào\s+(?:từ\s+biệt|tạm\s+biệt)|đến\s+chào(?!\s+mừng)|tiễn\s+(?:Đại\s+sứ|Bộ\s+trưởng|Chủ\s+tịch|Phó|Thủ\s+tướng|Tổng|đoàn|ông|bà)|dùng\s+bữa\s+(?:sáng|trưa|tối)?\s*(?:với|cùng)|thảo\s+luận\s+với)(?![\p{L}])`;

/**
 * Korean: views, a conversation or a tea talk shared, told as done ("의견을 나눴다", "의견을 교환했다", "대화를 나눴다",
 * "차담을 나눴다"; not the joined "대화를 나누고" of a programme described, nor a "차담회" or a "화상 회의 시스템" named);
 * Japanese: a meal shared ("昼食を共にした"), met ("と会った"), a call on arrival or departure
 * ("着任の挨拶", "離任挨拶"), consultations ("と協議した"); Chinese: received (接见), views exchanged (交换意见), a
 * meal shared (共进午餐), a leave taken (辞行; not 送别, said as often at a funeral), a guest met at the airport ("在机场迎接"; not 迎接 alone: "迎接新年"), consultations (磋商), talks (洽谈, 交谈).
 */
const EAST_ASIAN = String.raw`(?:의견|대화|환담|담소|차담)(?:을|를)\s*(?:나눴|나누었|교환했|교환하였)|(?:昼食|夕食|朝食|食事)を共に|(?:と|に)会っ(?:た|て)|(?:着任|離任|就任|帰任)(?:の)?(?:ご)?挨拶|と協議(?:し|を行)|[接][见見]|交[换換](?:了)?意[见見]|共[进進](?:午|晚|早)[餐饭飯]|[辞辭]行|[机機][场場][^，,。]{0,6}迎接|磋商|洽[谈談]|交[谈談]`;

/**
 * Russian and Ukrainian: a farewell or courtesy call ("прощальный визит", "визит вежливости"), views exchanged
 * ("обменялся мнениями", "обмінявся думками"), a talk held ("провёл беседу", "побеседовал", "провів бесіду"), matters
 * discussed with someone ("обсудил с", "обговорив з"), a farewell ("попрощался с"), consultations, a video conference.
 */
const SLAVIC = String.raw`(?<![\p{L}])(?:прощальн\p{L}*\s+(?:визит|візит)\p{L}*|визит\p{L}*\s+вежливости|обменял(?:ся|ась|ись)\s+мнениями|обміня(?:вся|лася|лися)\s+думками|провел\p{L}*\s+беседу|провёл\p{L}*\s+беседу|побеседовал\p{L}*|провів\s+бесіду|провела\s+бесіду|провели\s+бесіду|обсудил[аи]?\s+(?:[^.]{0,60}?\s)?с|обговори(?:в|ла|ли)\s+(?:[^.]{0,60}?\s)?з|попрощал(?:ся|ась|ись)|попрощав(?:ся|сь)|попрощал(?:ася|ися)|(?:провел\p{L}*|провёл|провів|провела|провели)\s+(?:\p{L}+\s+)?(?:консультации|консультації)|видеоконференц\p{L}*\s+с|пообедал\p{L}*\s+с|пообідав\p{L}*\s+з|(?:обед|ужин|завтрак|при[её]м|обід|вечеря|прийом)\s+(?:в\s+честь|на\s+честь)|відеоконференц\p{L}*\s+з)(?![\p{L}])`;

/**
 * Turkish: views exchanged ("fikir alışverişinde bulundu"), consultations ("istişarede bulundu"), a chat ("sohbet
 * etti"), a farewell call ("veda ziyareti"); Thai: views exchanged (แลกเปลี่ยนความคิดเห็น), a conversation (สนทนา), a
 * meal taken together (รับประทานอาหาร…ร่วมกับ), met with a named person ("ได้พบกับ นาย…", not "พบกับปัญหา": met with a problem).
 */
const TURKISH_THAI = String.raw`(?<![\p{L}])(?:fikir\s+alışverişi\p{L}*|istişare\p{L}*|sohbet\s+etti\p{L}*|veda\s+ziyaret\p{L}*|ile\s+(?:\p{L}+\s+){0,2}?buluştu\p{L}*|uğurladı\p{L}*)(?![\p{L}])|แลกเปลี่ยนความคิดเห็น|สนทนา|รับประทานอาหาร[^\s]{0,12}ร่วมกับ|(?:ได้|เข้า)?พบ(?:ปะ)?กับ\s*(?:นาย|นาง|ท่าน|ฯพณฯ|ดร\.)`;

/**
 * Arabic: a farewell or courtesy call ("زيارة وداعية", "زيارة مجاملة"), a guest seen off (ودّع), a banquet (مأدبة),
 * views exchanged ("تبادل وجهات النظر"), met ("اجتمع", "اجتمعا"), consulted (تباحث), letters of
 * credence ("أوراق اعتماد"); not "رحب ب…", said as often of a decision welcomed.
 */
const ARABIC = String.raw`(?<![\p{L}])(?:[وفب]?(?:زيارة\s+(?:وداعية|وداع|مجاملة)|ودّ?ع|مأدبة|تبادل(?:ا)?\s+(?:[^\s.]+\s+){0,8}?وجهات\s+النظر|اجتمع(?:ا|وا|ت)?|تباحث(?:ا)?|أوراق\s+اعتماد\p{L}*))(?![\p{L}\p{M}])`;

/**
 * Icelandic: a guest received ("tók á móti sendiherra", "hefur tekið á móti"), a visit paid ("kom í heimsókn",
 * "heimsótti"), a meeting held with someone ("fundaði með").
 */
const ICELANDIC = String.raw`(?<![\p{L}])(?:(?:tók|tóku|tekið)\s+(?:\p{L}+\s+){0,2}?á\s+móti|(?:kom|komu)\s+(?:\p{L}+\s+){0,2}?í\s+heimsókn|heimsótti|heimsóttu|(?:fundaði|funduðu)\s+með)(?![\p{L}])`;

/** The words above, as one alternation for meeting.ts to join. */
export const EVERYDAY_MEETING = [
  ENGLISH,
  FRENCH,
  GERMAN,
  ROMANCE,
  DUTCH,
  INDONESIAN,
  VIETNAMESE,
  EAST_ASIAN,
  SLAVIC,
  TURKISH_THAI,
  ARABIC,
  ICELANDIC,
].join('|');
