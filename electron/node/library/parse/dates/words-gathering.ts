// A gathering told as held: a session, a ceremony, a reception, a get-together, an exchange evening, each with the verb
// that says it took place or was attended ("tại Kỳ họp thứ 7", "tổ chức buổi họp mặt", "운영위원회를 열고",
// "기념행사가 개최되었다", "交流会に参加しました", "祝賀会が開かれた", "dalam acara penyambutan", "the reception was held",
// "la cérémonie s'est tenue", "fand der Festakt statt"). The record's meeting decision has found a meeting; a date
// written out in the sentence that tells its gathering held is that gathering's day. A gathering still ahead is not
// told so: each verb here is in the past or has no tense, and the future words (words.ts) still mark a day ahead.

/** English: "the ceremony was held", "hosted a reception", "the forum took place". */
const EN_NOUN = `(?:conference|ceremony|forum|reception|seminar|symposium|session|gathering|luncheon|banquet|gala|celebration|workshop|assembly|get-together)s?`;
const ENGLISH = String.raw`\b${EN_NOUN}\b[^.!?;]{0,80}?\b(?:(?:was|were)\s+(?:held|hosted|organi[sz]ed|convened)|took\s+place)\b|\b(?:held|hosted|organi[sz]ed|convened)\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,4}?${EN_NOUN}\b`;

/**
 * Vietnamese: a session, a ceremony, a conference, a get-together ("kỳ họp", "lễ", "hội nghị", "họp mặt", "gặp mặt",
 * "hội thảo", "tọa đàm", "đại hội", "liên hoan") after the word that holds or attends it, or "at" ("tổ chức buổi họp
 * mặt", "tại Kỳ họp thứ 7", "dự Lễ kỷ niệm"), or before "diễn ra", "được tổ chức". Not a press conference ("họp báo").
 */
const VI_NOUN = String.raw`(?:buổi\s+)?(?:lễ|kỳ\s+họp|phiên\s+họp|cuộc\s+họp(?!\s+báo)|buổi\s+họp(?!\s+báo)|họp\s+mặt|gặp\s+mặt|hội\s+nghị|hội\s+thảo|tọa\s+đàm|diễn\s+đàn|đại\s+hội|liên\s+hoan|giao\s+lưu)`;
const VIETNAMESE = String.raw`(?<![\p{L}])(?:(?:tổ\s+chức|khai\s+mạc|bế\s+mạc|dự|tham\s+dự|tham\s+gia|tại|trong)\s+(?:[\p{L}\d]+\s+){0,2}?${VI_NOUN}|${VI_NOUN}\s+(?:[^.!?;]{0,60}?\s)?(?:diễn\s+ra|được\s+tổ\s+chức))(?![\p{L}])`;

/**
 * Korean: a meeting, a committee, an event, a ceremony of any kind (…식), a reception, a gathering, then the verb that
 * held or attended it in the past ("운영위원회를 열고", "기념행사가 개최되었다", "환영식을 가졌다"), or the held verb
 * before the gathering it names ("진행된 신년 하례식에서"). Not "열리는", "개최할" (still ahead).
 */
const KO_NOUN = String.raw`(?:회의|총회|위원회|행사|간담회|포럼|세미나|설명회|토론회|심포지엄|워크숍|교류회|환영회|하례회|신년회|송년회|축하연|리셉션|모임|대회|\p{Script=Hangul}{1,6}식)`;
const KO_HELD = `(?:개최(?:했|하였|됐|되었|된|하고)|열렸|열었|열고|열린|진행(?:했|하였|됐|되었|된)|가졌|가진|참석(?:했|하였|한))`;
const KOREAN = String.raw`${KO_NOUN}(?:을|를|이|가|에|에는|에서|에서는)\s(?:[^.。\n]{0,60}?\s)?${KO_HELD}|(?:개최된|열린|진행된)\s(?:\p{Script=Hangul}+\s){0,2}?${KO_NOUN}`;

/**
 * Japanese: an exchange meeting, a celebration, a ceremony, a general meeting, a reception, a party (its name in quotes
 * perhaps: "「ふじのくに交流会」に参加しました"), then held or attended in the past ("開かれた", "開催しました",
 * "挙行しました", "行われた", "参加した", "出席しました"). Not "開催します", "開催される" (still ahead).
 */
const JA_NOUN = `(?:交流会|懇親会|祝賀会|歓迎会|報告会|説明会|懇談会|昼食会|夕食会|晩餐会|総会|大会|会議|式典|(?:開所|開会|閉会|調印|締結|署名|記念|除幕|歓迎|授与|開設|開館|開校|入学|卒業)式|レセプション|パーティー|フォーラム|セミナー|シンポジウム)`;
const JAPANESE = String.raw`${JA_NOUN}[」』]?(?:が|を|は|に|には)[^。\n]{0,60}?(?:開かれ(?:た|まし)|開催(?:し(?:た|まし)|され(?:た|まし))|挙行(?:し(?:た|まし)|され(?:た|まし))|行われ(?:た|まし)|参加(?:し(?:た|まし)|いたしまし)|出席(?:し(?:た|まし)|いたしまし))`;

/**
 * Indonesian and Malay: an event, a ceremony, a reception ("acara penyambutan", "upacara", "resepsi", "jamuan") held
 * ("digelar", "diadakan", "berlangsung", "dilaksanakan") or told as where one was ("dalam acara", "pada acara"),
 * or held by someone ("menggelar", "mengadakan", "menghadiri").
 */
const ID_NOUN = String.raw`(?:acara|upacara|resepsi|jamuan|peresmian|penyambutan|gala\s+dinner|majlis)`;
const INDONESIAN = String.raw`(?<![\p{L}])(?:${ID_NOUN}\s+(?:[^.!?\n]{0,60}?\s)?(?:digelar|diadakan|berlangsung|dilaksanakan|diselenggarakan)|(?:dalam|pada|menggelar|mengadakan|menyelenggarakan|menghadiri|mengikuti)\s+${ID_NOUN})(?![\p{L}])`;

/** Chinese: a ceremony, a meeting, a reception, an event held or attended ("举行了签约仪式", "出席招待会"), not "将举行" (will). */
const CHINESE = String.raw`(?<![将將拟擬])(?:举行|舉行|举办|舉辦|召开|召開)了?[^，,。；;\n]{0,20}?(?:仪式|儀式|典礼|典禮|会议|會議|大会|大會|招待会|招待會|座谈会|座談會|庆典|慶典|活动|活動)`;

/** Thai: opened or held an event or a ceremony ("เปิดงาน", "จัดงาน", "จัดพิธี", "ร่วมงาน"), not after "จะ" (will). */
const THAI = String.raw`(?<!จะ\s?)(?:เปิดงาน|จัดงาน|จัดพิธี|ร่วมงาน|ร่วมพิธี|พิธีเปิด)`;

/**
 * German, French, Spanish, Portuguese, Italian: a ceremony, a reception, a session took place ("fand … statt", "s'est
 * tenue", "a eu lieu", "se celebró", "tuvo lugar", "foi realizada", "si è svolta"), or was attended or held by the
 * subject ("ont participé à la réception", "participaram de um almoço", "asistieron a la ceremonia").
 */
const EU_NOUN = `(?:Zeremonie|Feier|Festakt|Empfang|Konferenz|Versammlung|Tagung|Veranstaltung|Sitzung|cérémonie|réception|conférence|séance|assemblée|séminaire|colloque|soirée|déjeuner|dîner|ceremonia|recepción|conferencia|sesión|asamblea|acto|almuerzo|cena|cerimônia|cerimónia|recepção|sessão|almoço|jantar|solenidade|cerimonia|ricevimento|conferenza|seduta|pranzo)`;
const EU_HELD = String.raw`s['’]est\s+(?:tenue?|déroulée?)|(?:a|ont)\s+eu\s+lieu|se\s+sont\s+(?:tenue?s|déroulée?s)|se\s+celebró|tuvo\s+lugar|se\s+realizó|se\s+llevó\s+a\s+cabo|foi\s+realizad[oa]|aconteceu|ocorreu|si\s+è\s+(?:svolt[oa]|tenut[oa])`;
const EUROPEAN = String.raw`(?<![\p{L}])(?:${EU_NOUN}[^.!?;]{0,80}?(?:(?<![\p{L}])(?:fand|fanden)\s(?:[^.!?;]{0,60}?\s)?statt|${EU_HELD})|(?:fand|fanden)\s(?:[^.!?;]{0,60}?\s)?\p{L}*${EU_NOUN}\p{L}*\s(?:[^.!?;]{0,60}?\s)?statt|(?:${EU_HELD})\s(?:[^.!?;]{0,60}?\s)?${EU_NOUN}|(?:participaram|participou|participaron|participó|asistieron|asistió|ont\s+participé|a\s+participé|ont\s+assisté|a\s+assisté|hanno\s+partecipato|ha\s+partecipato)\s+(?:de|del?|en|na|no|a|al|à|au|aux)\s+(?:(?:um|uma|la|el|una|un|une|le|l['’]|o|il)\s*)?(?:\p{L}+\s+){0,2}?${EU_NOUN})(?![\p{L}])`;

/** A gathering told as held or attended, in any of the languages above. */
export const GATHERING_HELD = new RegExp(
  [ENGLISH, VIETNAMESE, KOREAN, JAPANESE, INDONESIAN, CHINESE, THAI, EUROPEAN].join('|'),
  'iu',
);
