// Words that report a meeting which the main list of meeting.ts lacks, each a language's own
// vocabulary for a reception, a courtesy call, a banquet, a conference or a call. Kept apart so the
// decision's file stays readable; meeting.ts joins them to its list.

/**
 * A visit to the writer's own house, told from the host's side: Japanese "来訪" (came to visit), "本学を訪れ" (came to
 * the university), the honorific "お越し" (came); Chinese "来访", "到访"; and a signing ceremony, where the two sides sit
 * at one table (Japanese "調印式", "締結式", "署名式", a page in simplified characters "缔结式"; Chinese "签约仪式", "签字仪式", "簽約儀式").
 */
const CJK_CAME = '来訪|訪れ(?!る)|お越し|来[访訪]|到[访訪]|(?:調印|[締缔][結结]|署名)式|[签簽](?:约|約|字|署)[仪儀]式';

/**
 * Korean news written from Chinese ("…을 회견했다", "…과 회견했다": 会见, received), not a press
 * conference (기자회견, 언론 회견), and a guest greeted on arrival ("공항에 나와 영접했다": 迎接); Chinese courtesy calls and visits (拜会, 拜访, 拜见) and sit-down talks with a
 * delegation (座谈); Japanese
 * courtesy calls, talks over a meal, the honorific "お会いし" (met) and "お迎えし" (welcomed).
 */
const CJK_RECEIVED = String.raw`(?<!(?:기자|언론|記者)\s?)회견(?:했|하였|을\s*가졌)|영접|拜[会會访訪见見]|座[谈談]|表敬|懇談|会食|面会|お会いし|お迎えし|お迎えいたし|${CJK_CAME}`;

/**
 * Russian, Ukrainian and Bulgarian "received" (принял, прийняв, прие) only before the person received
 * or the room: "принял министра", "прие в кабинета си новия генерален консул", never "принял участие"
 * (took part) or "прие закон" (passed a law). The imperfective told of the guests ("Иностранных гостей
 * принимал заместитель главы города …", "приймав гостей"). A telephone conversation (телефонный разговор). Russian and Ukrainian
 * "talked" in the past ("X и его коллега Y поговорили о …", "поговорив із"), not the infinitive of a talk only tried.
 */
const SLAVIC_RECEIVED = String.raw`(?<![\p{L}])(?:принял[аи]?|прийня(?:в|ла|ли)|прие(?:ха)?)\s+(?:(?:в|у|во)\s+\p{L}+\s+(?:си\s+|свое\p{L}*\s+|сво\p{L}*\s+)?)?(?:\p{L}+\s+){0,2}?(?:министр|посл[аоіу]|посланик|делегац|президент|премьер|прем['’]?єр|глав[уы]|голов[уиі]|генерал\p{L}*\s+консул|консул|губернатор|председател|заместител|заступник|руководител|керівник|спецпредставител|представител|мэр|мер[аі]|кмет|посолств|секретар|командующ|командувач)|(?<![\p{L}])гост(?:ей|ям|и)\s+(?:\p{L}+\s+)?(?:принимал[аи]?|приймав|приймала|приймали)(?![\p{L}])|(?<![\p{L}])(?:принимал[аи]?|приймав|приймала|приймали)\s+(?:\p{L}+\s+){0,2}?гост(?:ей|ям|я|ю)(?![\p{L}])|телефонн\p{L}*\s+(?:разговор|розмов)|(?<![\p{L}])поговори(?:л[аи]?|в)(?![\p{L}])`;

/**
 * Vietnamese "hội nghị" (a conference or meeting: "chủ trì hội nghị đối thoại với nông dân"), not the
 * opening or closing of one ("khai mạc Hội nghị": where a speech is given),
 * Indonesian and Malay "jamuan" (a banquet), Turkish "toplantı" (a meeting: "toplantısına katıldı"),
 * Tamil "சந்தித்து", "சந்திப்பு" (met, a meeting) and Malayalam "ചര്‍ച്ച", "കൂടിക്കാഴ്ച" (talks, a meeting).
 * Vietnamese "đến chúc Tết", "đến chúc mừng" (came to wish a happy New Year, to congratulate: a call in person, not a
 * letter's "Thư chúc Tết"); Indonesian and Malay "mengantar kepulangan", "melepas kepulangan" (saw a guest off) and
 * "berjabat tangan dengan" (shook hands with): the two sides stand together. Turkish "misafir etti", "ağırladı" (hosted
 * guests: "büyükelçileri misafir etti"); Vietnamese "trao Kỷ niệm chương cho ông …" (handed a medal to a guest, face to face).
 */
const MORE_LANGUAGES = String.raw`(?<![\p{L}])(?:(?<!(?:khai|bế)\s+mạc\s+)hội\s+nghị|jamuan|toplantı\p{L}*|đến\s+chúc\s+(?:Tết|mừng)|(?:mengantar(?:kan)?|melepas)\s+kepulangan|berjabat\s+tangan\s+dengan|misafir\s+etti\p{L}*|ağırladı\p{L}*|trao\s+(?:tặng\s+)?(?:Huân\s+chương|Huy\s+chương|Kỷ\s+niệm\s+chương|Bằng\s+khen))(?![\p{L}])|சந்தித்த|சந்தித்து|சந்திப்பு|ചര്\u200D?ച്ച|ചർച്ച|കൂടിക്കാഴ്ച`;

/**
 * Korean gatherings told as held: a meeting of members ("준비 모임을 개최했다"), a workshop or seminar, a
 * New Year's or year-end gathering, an office opening, a visit to a place ("견학행사를 개최했다"), a general
 * assembly, each with the verb that says it took place (개최, 열었다/열렸다, 가졌다, 진행) in the same clause.
 * Not a ceremony or a speech's occasion (기념식, 경축식): its speakers are no parties to a meeting.
 */
const KOREAN_GATHERING = String.raw`(?:모임|워크숍|워크샵|세미나|신년회|송년회|신년하례회|개소식|견학\p{Script=Hangul}{0,3}|총회|교류회|환영회)(?:을|를|이|가|과|와|도|에서|및)?\s(?:[^.。
]{0,60}?\s)?(?:개최|열었|열렸|열어|가졌|가진|진행(?:했|하였|됐|되었))`;

/**
 * English signing of a memorandum, the two sides at one table as Korean "협약식" and Vietnamese "lễ ký
 * kết" say: "X and Y signed the MoU", "a Memorandum of Understanding (MoU) between A and B was signed",
 * "at a formal signing ceremony", "signed a sister-state agreement" (a partnership of two authorities). Only a memorandum
 * (a few words may qualify it: "signed a five year extendable Memorandum"), a ceremony, such a partnership, or an agreement
 * signed with or on something ("signed a new agreement with Tsuru Bunka University", "A and B signed an agreement on
 * cooperation"): "signed the bill" or "signed the deal" is as often a law or a purchase told with nobody in the room.
 */
const ENGLISH_SIGNING = String.raw`\b(?:signed|signing|inked|exchanged|exchanging)\s+(?:(?:a|an|the|two|three|several|their)\s+)?(?:[\w-]+\s+){0,3}?(?:memorand(?:um|a)|MoUs?|MOUs?)\b|\b(?:signed|inked)\s+(?:a|an)\s+(?:new\s+)?agreement\s+(?:with|on)\b|\b(?:memorandum|MoU|MOU)\b[^.;]{0,120}?\b(?:was|were)\s+signed\b|\bsigning\s+ceremony\b|\b(?:signed|inked)\s+(?:a|an|the|their)\s+(?:new\s+)?(?:sister[- ](?:city|cities|state|states|province|provinces)|twinning|friendship|cooperation|co-operation|partnership)\s+(?:agreement|accord|pact)\b`;

/**
 * Vietnamese signing of a memorandum, as English "signed the MoU": "đã ký bản ghi nhớ", "ký kết biên bản ghi nhớ", "ký thỏa
 * thuận hợp tác" (a cooperation agreement: the two sides at one table, as "lễ ký kết" says).
 */
const VIETNAMESE_SIGNING =
  '(?<![\\p{L}])ký(?:\\s+kết)?\\s+(?:(?:bản|biên\\s+bản)\\s+)?(?:ghi\\s+nhớ|thỏa\\s+thuận\\s+hợp\\s+tác)(?![\\p{L}])';

/**
 * A guest received, a meal or a working session held, views exchanged, an agreement signed, told in each language's
 * own words: French "accueillis par le maire", "nous a rendu visite", "était l'hôte de la ville", "une séance de
 * travail", "pour accueillir son hôte"; German "tauschten sich … aus" (exchanged views), "zusammen mit dem Botschafter"
 * (an act done beside an envoy or a minister), "war … zu Gast an der Hochschule" (a guest hosted), "sprach noch mit …",
 * "besprachen mit den Gästen" (talked with, not "mit der Presse"); Indonesian "rapat koordinasi", "rakor", "menggelar rapat" (held a
 * meeting); Malay "Majlis Makan Malam" (a dinner); Japanese "昼食会", "晩餐会", "レセプション", "意見交換", "出迎え"
 * (met at arrival), "議論をし", a party held ("パーティーを…開いた"); Korean "양해각서를 체결했다", "'…업무협약'을 체결",
 * "협약서를 교환했다" (a quote mark may stand between the noun and its particle), "업무협약(MOU)을 체결했다" (the
 * noun's gloss in brackets), "MOU를 맺고" (맺다: to conclude one).
 */
const HOSTED_AND_HELD = String.raw`(?<![\p{L}])(?:accueilli(?:e|s|es)?\s+(?:[^.]{0,80}?\s)?par|(?:rendu|rendre|rendent|rendait|rendra)\s+visite|(?:était|a\s+été|fut)[\s,]+(?:\p{L}+[\s,]+)?l['’]hôte\s+de|zu\s+Gast\s+(?:in|im|an|am|auf|bei|beim)|(?:be)?sprach(?:en)?\s+(?:\p{L}+\s+){0,3}?mit(?=\s+(?!(?:der\s+|den\s+)?(?:Presse|Journalist|Reporter|Medien)))|séance\s+de\s+travail|réunion\s+de\s+travail|pour\s+accueillir|tausch(?:t|te|ten)\s+sich\s+[^.]{0,160}?\saus|Meinungsaustausch\p{L}*|zusammen\s+mit\s+(?:dem|der|den)\s+(?:\p{L}+\s+){0,2}?(?:Botschafter|Generalkonsul|Konsul|Minister|Bürgermeister|Oberbürgermeister|Amtskolleg)\p{L}*|rapat\s+(?:koordinasi|kerja|terbatas|gabungan)|rakor|menggelar\s+rapat|majlis\s+(?:makan|santapan)\s+(?:malam|tengah\s+hari)|(?:jamuan|santapan)\s+(?:makan\s+)?(?:malam|tengah\s+hari)\s+negara)(?![\p{L}])|(?:昼食|夕食|晩餐|午餐|朝食|歓迎)会|レセプション|意見交換|出迎え|議論を(?:し|行)|パーティー[をが][^。]{0,40}?(?:開い|開催|催し)|(?:협약|협약서|합의서?|협정|양해각서|MOU|MoU)(?:\s?\([^)]{1,20}\))?['’"”」]?\s?(?:을|를)\s*(?:체결|교환|서명|맺)`;

/**
 * Chinese "晤" alone, the written word for meeting ("昨抵澳後晤主要官員", "晤談": no other sense in news), and a
 * delegation welcomed ("在圓山大飯店歡迎…代表團一行": the host receives it in person); Japanese "調印" done
 * ("共同宣言に調印", "協定書への調印を行いました": the two sides sign at one table, as "調印式" says) and an
 * exchange or social gathering held ("交流会を…開催。", "懇親会が開かれた"; not "開催される", still ahead); Korean signing ceremonies of an
 * accord ("협정식", "조인식") and a courtesy chat ("환담을 나눴다").
 */
const CJK_MET =
  '晤|[欢歡]迎[^，,。；;！!？?]{0,40}?(?:代表[团團]|[访訪]问[团團]|一行)|(?:に|への)調印|調印(?:を行|し(?![よな])|いたし)|(?:交流会|懇親会)[をがは、][^。]{0,40}?(?:開催(?:し(?!ます)|され(?![るま])|[。、])|開いた|開かれ(?![るま])|行(?:った|いました|われ(?![るま])))|협정식|조인식|환담';

/**
 * A banquet or a reception given for a guest, where host and guest sit at one table: Chinese "晚宴", "午宴", "宴会", "国宴",
 * "宴请", "设宴", "招待会", "欢迎会", "欢送会", a welcome dinner ("洗尘", "接风") or a farewell one ("饯行"); Korean "연회" and
 * "리셉션" (as "만찬", "오찬" already are). Not the room named after them ("宴会厅", "연회장", "연회실", "리셉션홀"), a press
 * conference ("记者招待会"), a Korean annual fee ("연회비"), lecture or demonstration ("강연회", "시연회").
 */
const BANQUETS = String.raw`[晚午国國]宴|[欢歡][迎送]宴|宴[会會](?![厅廳场場堂])|[设設]宴|宴[请請]|(?<!(?:记者|記者|新闻|新聞)\s?)招待[会會](?![厅廳场場堂])|[欢歡][迎送][会會](?![厅廳场場堂])|洗[尘塵]|接[风風]|[饯餞]行|(?<![강시공출경])연회(?![비장실])|리셉션(?!\s?(?:홀|장|룸|데스크))`;

/** The words above, as one alternation for meeting.ts to join. */
export const MORE_MEETING = `${CJK_RECEIVED}|${BANQUETS}|${CJK_MET}|${SLAVIC_RECEIVED}|${MORE_LANGUAGES}|${KOREAN_GATHERING}|${ENGLISH_SIGNING}|${VIETNAMESE_SIGNING}|${HOSTED_AND_HELD}`;

/**
 * The Turkish future, which names no day, as the sentence's verb: Turkish puts the verb last ("…
 * toplantısına katılacak.", "…iftar daveti düzenleyecek.", "…görüşecekler."). A future inside the
 * sentence ("bulunacak olan Esad … katıldı") leaves its past verb standing. Read only in a sentence
 * with Turkish letters.
 */
export const TURKISH_FUTURE = /[ae]c[ae]k(?:t[ıi]r|l[ae]r(?:d[ıi]r)?)?[.!…"”’)]*\s*$/u;
export const TURKISH_LETTERS = /[ığşİ]/u;

/**
 * The Turkish past as the sentence's verb, its "-dı/-di/-du/-dü" (or "-tı…") last: "… Ankara'ya geldi.",
 * "… akşam yemeğine katıldı.", "… görüştüler.". As TURKISH_FUTURE, read only in a sentence with Turkish letters.
 */
export const TURKISH_PAST = /[\p{L}]{2}[dt][ıiuü](?:lar|ler)?[.!…"”’)]*\s*$/u;

/**
 * Tagalog verbs of meeting in the realized aspect (nag-, nakipag-, -in-): "nagkausap sila sa telepono", "nagkita",
 * "nakipagpulong", "tinanggap" (received). The contemplated "makikipagkita", "mag-uusap" are plans.
 */
export const TAGALOG_PAST =
  /(?<![\p{L}])(?:nag(?:ka)?-?usap|nagkita|nagkakilala|nagpulong|nakipag-?(?:usap|pulong|kita)|tinanggap|binisita)(?![\p{L}])/iu;

/**
 * Words that look like a meeting's and tell something else, taken out before the meeting words are
 * looked for: an appeal ("called on the parties to stop", "calls upon the international community to
 * support"; a courtesy call goes on "to congratulate", "to bid farewell"), a reaction ("was met with
 * protests"), a relative clause of praise ("the most decent people you could ever meet", "I have ever
 * met"), a page's newsletter box ("to receive the latest news", "para receber as últimas notícias").
 */
export const LOOKS_LIKE_MEETING = new RegExp(
  [
    String.raw`\bcall(?:ed|s)?\s+(?:on|upon)\s+[^.;:]{1,120}?\bto\s+(?:stop|end|halt|cease|refrain|respect|support|engage|ensure|exercise|release|withdraw|implement|abide|comply|resume|allow|create|lift|intensify|step\s+up|redouble|urgently|immediately|take|join|help|work|bring|protect|uphold|show|find|seek|pursue|adopt|address|condemn|reject|de-escalate|avoid)\b`,
    String.raw`\b(?:is|are|was|were|be|been|being)\s+met\s+with\b`,
    String.raw`\bever\s+(?:met|meet)\b`,
    // Receiving a thing, no guest: "has received awards for this work", "received a grant", "recibió el premio".
    String.raw`\b(?:received|receives|receiving|recibió|recebeu|a\s+reçu)\s+(?:(?:a|an|the|his|her|their|its|several|many|numerous|two|three|el|la|los|o|os|un|une|le|les|des)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:awards?|prizes?|medals?|doctorates?|grants?|funding|scholarships?|donations?|vaccines?|doses|premios?|prêmios?|prix|medallas?|medalhas?|médailles?)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:to\s+receive|receive|para\s+receber|receber|para\s+recibir|recibir|recevoir|ricevere)\s+(?:(?:the|our|as|os|las|los|nos|les|le|la|i|le)\s+)?(?:(?:latest|últimas|últimos|dernières|ultime)\s+)?(?:news|updates|newsletter|notícias|novidades|actualizações|atualizações|noticias|novedades|actualités|nouvelles|notizie)(?![\p{L}])`,
  ].join('|'),
  'giu',
);

/**
 * A trip's start told in Korean ("…로 출발합니다", "…를 방문하기 위해 29일 출국한다", "…방문길에 올랐다") and a
 * Japanese visit or talks in the non-past at the sentence's end ("ボッパルト市を訪問します", "会談する。"):
 * the meetings are still ahead, as the Korean "방문한다" is.
 */
export const AHEAD_TRIP =
  /(?:출국|출발)(?:한다|합니다)|방문길에\s*(?:올랐|오른|오를)|(?:訪問|会談|会見|表敬|出発)(?:します|する|いたします)(?=[。.」\s]*$)/u;

/** The speaker's greeting to the audience, SALUTATION without the New Year's wish: never a headline either. */
export const ADDRESS_GREETING = new RegExp(
  [
    String.raw`^(?:Good\s+(?:morning|afternoon|evening),?\s+)?(?:Your\s+Excellenc(?:y|ies)|Excellencies|(?:Distinguished|Honou?red|Dear|Esteemed)\s+(?:guests|friends|colleagues|delegates)|Ladies\s+and\s+gentlemen)\s*[,;:!]`,
    String.raw`\bladies\s+and\s+gentlemen[.!:]?\s*$`,
    // A head of state's address to the nation: "My fellow citizens,", "Fellow Kenyans", "Fellow Filipinos".
    String.raw`^(?:My\s+|Dear\s+)?fellow\s+(?:citizens|countrymen|compatriots|\p{L}{3,}(?:ans|ese|os))\s*(?:[,;:!]|$)`,
    String.raw`^(?:Buen[oa]s\s+(?:noches|tardes|días),?\s+)?(?:(?:Distinguid[oa]s|Estimad[oa]s|Querid[oa]s)\s+)?(?:señoras\s+y\s+señores|amigas\s+y\s+amigos|amigos\s+y\s+amigas)\s*[,;:!.]`,
    String.raw`^(?:Mesdames(?:\s+et|,)\s+Messieurs|(?:Minhas\s+)?[Ss]enhoras\s+e\s+(?:meus\s+)?senhores|Signore\s+e\s+signori|Dames\s+en\s+heren|Szanowni\s+Państwo)\s*[,;:!]`,
    String.raw`^(?:Meine\s+)?(?:sehr\s+)?(?:geehrte[n]?\s+|verehrte[n]?\s+|liebe[n]?\s+)?Damen\s+und\s+Herren\s*[,;:!]`,
    String.raw`^(?:Kính\s+thưa|Yang\s+(?:saya\s+)?(?:terhormat|hormati)|Bapak-bapak\s+dan\s+Ibu-ibu|Уважаемые|Шановні|Дорогие\s+друзья|Дорогі\s+друзі|السيدات\s+والسادة|أيها\s+السيدات)(?![\p{L}])`,
    // Korean addresses open on "존경하는 …", "친애하는 국민 여러분", "사랑하는 시민 여러분" (dear fellow citizens).
    // The everyday greeting to those addressed, "여러분(,) 안녕하십니까?" ("한인가족 여러분 안녕하십니까?", "여러분, 안녕하세요").
    String.raw`^(?:존경하는|친애하는|사랑하는)\s[^.,!]{0,40}?여러분|^(?:내빈|신사\s?숙녀)\s?여러분|^[^.!?]{0,40}?여러분[,，]?\s?안녕(?:하십니까|하세요)|^(?:皆様|皆さん|みなさん|みなさま)[、,]|^(?:尊敬的|各位[来來]宾|女士[们們])`,
  ].join('|'),
  'iu',
);
/**
 * A speech's opening: the speaker greets the audience before a word of the speech ("Distinguished guests, ladies and
 * gentlemen, …", "Buenas noches, señoras y señores", "Mesdames et Messieurs", "Meine sehr geehrten Damen und Herren",
 * "Kính thưa …", "존경하는 도민 여러분", "친애하는 국민 여러분", "My fellow citizens", "皆様、はじめまして", "尊敬的…", "Yang saya hormati", "Шановні …", a New Year's
 * wish), or a line of addressees that ends on the greeting ("…; Mayor of Manila; distinguished guests; ladies and
 * gentlemen."). A record that opens so is the speech itself, whoever it names: its hall holds an audience, not two sides
 * at a table.
 */
export const SALUTATION = new RegExp(
  [
    ADDRESS_GREETING.source,
    // A New Year's message opens on the wish itself ("明けましておめでとうございます", "새해 복 많이 받으십시오").
    String.raw`^(?:新年\s*)?(?:明けまして|あけまして)おめでとう|^새해\s?복\s?많이|^Chúc\s+mừng\s+năm\s+mới|^(?:新年|新春)快[乐樂]`,
  ].join('|'),
  'iu',
);

/**
 * A traveller's arrival, the sentence's own verb: "arrived in Nepal for a three-day visit", "trifft … zu einem
 * Antrittsbesuch … ein", "chega hoje ao Recife, para uma visita oficial", "llegó a", "прибыл в", "tiba di", "抵達新加坡",
 * "공항에 도착했다". The visit it names is the trip, not yet a meeting: not a Korean "도착한" (who arrived), said of the guest
 * received in the same sentence ("도착한 기시다 총리와 정상회담에 들어갔다"); nor an arrival whose host welcomed the
 * traveller ("arrived in Port Moresby and was welcomed by Foreign Minister X": that welcome is the meeting).
 */
export const ARRIVAL =
  /\b(?:arrived|arrives|touched\s+down|landed)\b|(?<![\p{L}])(?:trifft|treffen)\s+(?:[^.]{0,100}?\s)?ein(?=[\s.,;]|$)|(?<![\p{L}])(?:eingetroffen|angekommen|chega|chegou|chegará|llega|llegó|llegará|arrive|arrivera|est\s+arrivée?|прибыл[аи]?|прибув|прибула|прибули|прилетел[аи]?|прилетів|прилетіла|tiba|có\s+mặt\s+tại)(?![\p{L}])|抵达|抵達|도착했|到着し/iu;

/** The traveller welcomed or met on arrival by someone named after "by": "was welcomed by", "recebido pelo", "disambut oleh". */
export const WELCOMED_BY =
  /\b(?:welcomed|received|met|greeted)\s+by\b|(?<![\p{L}])(?:recebid[oa]s?\s+pel[oa]|recibid[oa]s?\s+por|accueillie?s?\s+par|empfangen\s+von|disambut\s+oleh|встречен\p{L}*)(?![\p{L}])/iu;
