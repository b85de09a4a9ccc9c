// Meetings told around the one reported: one being prepared ("reviewed preparations for the visit
// of the Crown Prince", "para preparar la cita entre los presidentes X y Y"), and one held a month or
// a year before ("지난달 … 만나", "el mes pasado se reunió con"). The people of those meetings are
// named in the record but were not in the room.

/**
 * The words for preparing a meeting or getting ready for it, then, in the same clause, the meeting
 * and whose it is: "preparations for the visit of", "to clear the way for a visit by", "the agenda
 * for a meeting between", "reunión preparatoria a la llegada de", "preparar la cita entre",
 * "Vorbereitung des Besuchs von", "in vista della visita di", "chuẩn bị cho chuyến thăm của",
 * "persiapan kunjungan dari", "подготовка визита". The meeting's owner may stand after a comma
 * ("the visit of the Sultan of Oman, Sultan X"); the subject after "To prepare the summit, …" does not.
 */
const PREPARING =
  /(?:\b(?:prepar\w*|ahead of|in the run-up to|(?:pave|paving|clear|clearing) the way for|(?:agenda|groundwork) for)|(?<![\p{L}])(?:preparatori[ao]s?|preparar|preparación|preparativos|de cara a|con miras a|preparação|preparativos|em preparação|com vista a|préparer|préparation|en vue d[eu]|Vorbereitung|vorbereiten|im Vorfeld|in vista d\p{L}*|preparazione|preparare|chuẩn bị(?: cho)?|hướng tới|persiapan|mempersiapkan|menjelang|подготовк\p{L}*|подготовить|в преддверии))(?![\p{L}])[^,;:.!?\n]{0,40}(?<![\p{L}])(?:visits?|meetings?|summit|talks|trip|arrival|call|visita|reunión|cumbre|llegada|cita|encuentro|viagem|chegada|visite|rencontre|sommet|arrivée|Besuch\p{L}*|Treffen\p{L}*|Gipfel\p{L}*|Reise|incontro|vertice|arrivo|chuyến thăm|cuộc gặp|cuộc hội đàm|hội nghị|kunjungan|pertemuan|kedatangan|визит\p{L}*|встреч\p{L}*|саммит\p{L}*|переговор\p{L}*)(?![\p{L}])[^,;:.!?\n]{0,24}?(?<![\p{L}])(?:of|by|between|with|de|del|da|do|das|dos|des|du|entre|con|com|avec|von|zwischen|mit|di|della|dello|tra|fra|của|giữa|với|dari|antara|dengan|между|с|со)(?![\p{L}])[^;:.!?\n]{0,80}$/iu;

/** Cheap test first: a word for preparing in the last words before the name. */
const PREPARING_WORD =
  /prepar|ahead|run-up|the way for|agenda for|groundwork|de cara|con miras|com vista|préparer|en vue|Vorbereit|Vorfeld|in vista|chuẩn bị|hướng tới|persiapan|mempersiapkan|menjelang|подготов|в преддверии/iu;

/** The clause before the name tells of a meeting being prepared, which the name belongs to. */
export function meetingPrepared(before: string): boolean {
  const tail = before.length > 160 ? before.slice(-160) : before;
  if (!PREPARING_WORD.test(tail)) return false;
  const m = PREPARING.exec(tail);
  if (!m) return false;
  // "Ahead of the summit of ASEAN leaders, Minister X met …": a sentence that opens on the
  // preparing, then a comma, goes on with its subject, who is in the room.
  const opening = /^[\s"“«]*(?:\p{L}+\s+){0,2}$/u.test(tail.slice(0, m.index));
  return !(opening && m[0].includes(','));
}

/**
 * A month or a year back, in the clause before the name: "last month", "earlier this year", "two
 * years ago", "el mes pasado", "no ano passado", "le mois dernier", "im vergangenen Jahr", "lo
 * scorso anno", "tháng trước", "năm ngoái", "bulan lalu", "в прошлом году", "geçen yıl",
 * "지난달", "지난해", "先月", "去年", "上个月". A week back is still news; a month back is history.
 * Korean also spaces "지난 해" (last year) and glues it to the word before when a quote's marks are lost
 * ("협회장지난 해 X 대사와의 면담 이후"): its period words stand without a letter check in front.
 */
const EARLIER_PERIOD =
  /(?:\b(?:last (?:month|year)|earlier this year|(?:a|one|two|three|four|five|several|many) (?:months|years) ago)\b|(?<![\p{L}])(?:el (?:mes|año) pasado|el pasado (?:mes|año)|(?:no|o|em) (?:mês|ano) passado|le mois dernier|l['’]an(?:née)? dernière?|(?:im )?(?:vergangenen|letzten|vorigen) (?:Monat|Jahr)|(?:il |lo |nel )?(?:mese|anno) scorso|(?:lo |lo )?scorso (?:mese|anno)|tháng trước|năm ngoái|năm trước|bulan lalu|tahun lalu|в прошлом (?:месяце|году)|минулого (?:місяця|року)|geçen (?:ay|yıl)|先月|昨年|去年|上个?月|上個月)|지난\s?달|지난\s?해|작년)(?![\p{L}])[^,;:.!?。\n]{0,100}$/iu;

/**
 * Japanese and Chinese glue a particle or a number to the period ("昨年は9月に…", "先月の…"), which the letter
 * test above takes for a longer word: there the period ends at anything but a kanji, and the clause at "、" too
 * ("昨年に続き、X市長が…" comes back to this year).
 */
const CJK_EARLIER_PERIOD = /(?:先月|昨年|去年|上个?月|上個月)(?!\p{Script=Han})[^,;:.!?。、，\n]{0,60}$/u;

/** Cheap test first: a word the periods hold. */
const PERIOD_WORD =
  /month|year|mes|año|mês|ano|mois|an|Monat|Jahr|mese|anno|tháng|năm|bulan|tahun|прошлом|минулого|geçen|지난|작년|先月|昨年|去年|上个?月|上個月/iu;

/**
 * Chinese "两个月前" (two months ago), "三年前", "前年", fronted before a comma that does not end its reach: "兩個月前，
 * 李強總理…訪問" tells of that earlier visit, unless a day of its own follows ("…，5月3日…").
 */
const CHINESE_EARLIER =
  /(?:(?:[两兩二三四五六七八九十几幾数數]|\d{1,2})\s*(?:[个個])?月前|(?:[两兩二三四五六七八九十几幾数數]|\d{1,2})\s*年前|前年)(?![^。\n]*(?:今天|今日|本日|当天|當天|\d{1,2}日))[^。！？!?；;\n]{0,60}$/u;

/** The clause before the name tells of a meeting a month or more before the one reported. */
export function heldLongBefore(before: string): boolean {
  const tail = before.length > 140 ? before.slice(-140) : before;
  if (tail.includes('前') && CHINESE_EARLIER.test(tail)) return true;
  if (!PERIOD_WORD.test(tail)) return false;
  const m = EARLIER_PERIOD.exec(tail) ?? CJK_EARLIER_PERIOD.exec(tail);
  // "…지난달 협약을 체결한 데 이어 이날 X 의장이 방문해": the clause comes back to the day reported.
  // "지난해 취임한 X 장관은 …", "who took office last year": the period dates the office, not a meeting.
  return m !== null && !TODAY.test(m[0]) && !OFFICE_TAKEN.test(m[0]);
}

/** Taking up an office, which a period may date without any meeting in it. */
const OFFICE_TAKEN =
  /\b(?:took office|appointed|elected|sworn in|assumed)\b|(?<![\p{L}])(?:nombrad[oa]|designad[oa]|nomead[oa]|eleit[oa]|elegid[oa]|nommée?|élue?|ernannt|gewählt|nominat[oa]|elett[oa]|nhậm chức|bổ nhiệm|dilantik|назначен\p{L}*|избран\p{L}*|призначен\p{L}*|обран\p{L}*|atanan|seçilen)(?![\p{L}])|취임|부임|임명|선출|당선|就任|着任|上任/iu;

/** A word for the day reported, after the period: the clause has come back from the past. */
const TODAY =
  /\b(?:today|this (?:morning|afternoon|evening)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|(?<![\p{L}])(?:이날|오늘|hôm nay|hari ini|hoy|hoje|aujourd['’]hui|heute|oggi|сегодня|сьогодні|bugün)(?![\p{L}])|本日|今日|今天|当天|當天/iu;

/** "a meeting between", "cuộc gặp giữa", "la cita entre", "das Treffen zwischen": the name is one of its two sides. */
const MEETING_BETWEEN =
  /(?<![\p{L}])(?:meeting|talks|summit|call|visit|encounter|cuộc gặp|cuộc hội đàm|cuộc điện đàm|chuyến (?:đi )?thăm(?: làm việc)?|cita|reunión|encuentro|cumbre|llamada|Treffen|Gipfel|Telefonat|Gespräch|rencontre|sommet|entretien|incontro|vertice|встреч\p{L}*|саммит\p{L}*|переговор\p{L}*|pertemuan)\s+(?:[\p{L}-]+\s+){0,2}(?:between|giữa|entre|zwischen|tra|fra|между|antara)\s+[^.;:!?\n]{0,80}$/iu;

/** The rest of the clause says that meeting is still to take place: "will be held", "sẽ diễn ra", "tendrá lugar", "stattfinden soll". */
const TAKES_PLACE_LATER =
  /^[^.;!?\n]{0,120}?(?:\b(?:will|could|would|might|may|is to|are to)\s+(?:be held|take place|happen|go ahead)\b|(?<![\p{L}])(?:sẽ (?:diễn ra|được tổ chức)|tendrá lugar|se (?:celebrará|realizará|llevará a cabo)|podría (?:celebrarse|realizarse|tener lugar)|stattfinden (?:wird|soll|könnte|sollen)|aura lieu|se tiendra|pourrait avoir lieu|avrà luogo|si terrà|состоится|состоятся|может состояться|відбудеться|akan (?:berlangsung|digelar|dilaksanakan))(?![\p{L}]))/iu;

/** The name is a side of a meeting the rest of its sentence puts later: "a meeting between X and Y could be held in …". */
export function sideOfLaterMeeting(before: string, after: string): boolean {
  const tail = before.length > 160 ? before.slice(-160) : before;
  return BETWEEN_WORD.test(tail) && MEETING_BETWEEN.test(tail) && TAKES_PLACE_LATER.test(after);
}

/** Cheap test first: a word for "between" before the name. */
const BETWEEN_WORD = /between|giữa|entre|zwischen|tra|fra|между|antara/iu;
