// German puts the place before the object and the verb: "Kurz hatte am Mittwoch in Berlin
// Bundeskanzlerin Angela Merkel … getroffen", "hat … Mattis in Washington besucht", "wurde … in Chur
// von … empfangen". After "in", a German sentence names a city by one capitalised word (or a hyphened
// one, "Neu-Delhi"); every noun is capitalised too, so the nouns "in" takes without an article
// ("in Begleitung", "in Zukunft", "in Anwesenheit") are not places.

/** A German sentence: its articles and auxiliaries. */
const GERMAN = /(?<![\p{L}])(?:der|die|das|den|dem|und|hat|hatte|haben|ist|sind|wurde|wurden|sich|mit|auch)(?![\p{L}])/u;
/** German words of meeting, held or reported ("besucht", "empfangen", "Treffen", "Gespräche"). */
const GERMAN_MET =
  /(?<![\p{L}])(?:empfing|empfangen|trafen?|getroffen|besuchte?|besucht|zusammengekommen|zusammengetroffen|Treffen|Gespräche?|Gesprächen|Besuch)(?![\p{L}])/u;
/** "in Berlin Bundeskanzlerin", "in Stockholm zur": one name (two after "New", "Bad", "San"…), then another word. */
const GERMAN_IN =
  /(?<![\p{L}])in ((?:(?:New|Neu|Bad|San|Santa|Sankt|Los|Las|Rio|Abu|Buenos|Hong|Tel|Kuala|Den|Le|La) )?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?= [\p{L}„])/gu;
/** Talks still to come: "Ich werde bei meinen Gesprächen in New York …", "soll … empfangen". */
const GERMAN_AHEAD = /(?<![\p{L}])(?:werde|werden|wird|soll|sollen|will|wollen)(?![\p{L}])/u;
/** Nouns "in" takes bare: by their ending (-ung, -heit, -keit, -schaft, -tion, -nis, -tät) or by name. */
export const NOT_CITY =
  /(?:ung|heit|keit|schaft|tion|nis|tät|ismus)$|^(?:Zukunft|Zusammenarbeit|Absprache|Kürze|Folge|Sachen|Bezug|Höhe|Frage|Kraft|Form|Ruhe|Person|Anbetracht|Hinblick|Zeiten|Gefahr|Sorge|Teilen|Summe|Gesprächen|Richtung|Anwesenheit|Vertretung|Begleitung|Abwesenheit|Erinnerung|Anlehnung|Reaktion|Verbindung|Frieden|Freiheit|Deutschland|Europa)$/u;

/** The city a German meeting sentence of `texts` names after "in", when no stricter rule found one. */
export function germanIn(texts: string[]): string | null {
  for (const s of texts.flatMap((t) => t.split(/(?<=[.!?])\s+(?=\p{Lu})/u))) {
    if (!GERMAN_MET.test(s) || !GERMAN.test(s) || GERMAN_AHEAD.test(s)) continue;
    for (const m of s.matchAll(GERMAN_IN)) if (m[1] && !NOT_CITY.test(m[1])) return m[1];
  }
  return null;
}

/** "in" and a noun it takes bare, known by its ending ("Austausch in Wissenschaft und Forschung", "in Vertretung"). */
const IN_BARE_NOUN = /(?<![\p{L}])in \p{Lu}\p{Ll}*(?:ung|heit|keit|schaft|tion|nis|tät|ismus)(?![\p{L}])/gu;

/** German sentences without such nouns, for the rules that read any "in X" as a place (latin.ts's IN_PLACE). */
export const withoutGermanBareNouns = (texts: string[]): string[] =>
  texts.map((t) => (GERMAN.test(t) ? t.replace(IN_BARE_NOUN, ' ') : t));
