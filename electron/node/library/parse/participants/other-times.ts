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
