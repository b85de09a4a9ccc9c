// Japanese keeps a foreign name in Latin letters as the guest's card writes it, then the office straight after it,
// with or without a space: "Joseph Young在日アメリカ大使館首席公使", "Karen Kelley 駐大阪・神戸アメリカ総領事",
// "Anna Berg 同 政治担当領事" (同: of the same mission); or the honorific: "Hamrokhon Zarifi氏", "MEHTA Ravinさん".
// The kana and kanji readings (cjk-japanese.ts) stop at the Latin letters and read none of these.

import { countryWord, type Found } from './cjk-offices.ts';
import { JAPANESE_TITLE } from './japanese-offices.ts';

/** Two to four words in Latin letters, each opening with a capital: "Joseph Young", "MEHTA Ravin". */
// …or the family name first, then a comma: "Ialnazov, Dimiter Savov".
const NAME = String.raw`(?:\p{Lu}[\p{Script=Latin}'’.-]+, )?\p{Lu}[\p{Script=Latin}'’.-]+(?: \p{Lu}[\p{Script=Latin}'’.-]+){1,3}`;
/**
 * The office: a mission or a body and the title, kanji, kana and dots without a break, or with one space after the
 * mission's building ("…総領事館 広報担当領事") or after "同" (the same).
 */
// …or an office in katakana, as a mission or a foreign body names its staff: "Philip Mastersonプログラムオフィサー",
// "…大使館コントロールオフィサー" (a visit's control officer), "…郡スーパーバイザー" (a county supervisor).
const KATAKANA_TITLE = '(?:オフィサー|スーパーバイザー|ディレクター|コーディネーター)';
const OFFICE = String.raw`(?:[\p{Script=Han}\p{Script=Katakana}ー・]{0,24}(?:館|同)[ 　])?[\p{Script=Han}\p{Script=Katakana}ー・]{0,24}?(?:${JAPANESE_TITLE.source}|${KATAKANA_TITLE})`;
const WITH_OFFICE = new RegExp(`(?<![\\p{Script=Latin}\\p{N}])(${NAME})[ 　]?(${OFFICE})(?![\\p{Script=Han}])`, 'gu');
const WITH_HONORIFIC = new RegExp(`(?<![\\p{Script=Latin}\\p{N}])(${NAME})[ 　]?(?:氏|さん|様)`, 'gu');

/** Words of a body's or a place's name, not a person's: "Tokyo University", "Google Japan", "Sony Holdings". */
const NOT_PERSON =
  /\b(?:University|College|School|Institute|Center|Centre|Foundation|Association|Council|Embassy|Ministry|Bank|Group|Company|Corporation|Corp|Inc|Ltd|LLC|Co|Holdings|Motors?|Systems|Technologies|Partners|Capital|Electric|Japan|News|Times|Press|Airlines|Hotel|City|State|County)\b/u;
/** A place's head alone after the Latin letters: "New York市長", "Rio Grande州知事" name the place, not the mayor. */
const PLACE_HEAD = /^(?:州|県|市)?(?:知事|市長|町長|村長|区長)$/u;

/** The country a run of katakana or kanji in the office names: "在日アメリカ大使館" → United States. */
function countryIn(office: string): string | null {
  for (const run of office.match(/[\p{Script=Katakana}ー]{2,}|\p{Script=Han}{2,}/gu) ?? [])
    for (let n = Math.min(8, run.length); n >= 2; n--) {
      const c = countryWord(run.slice(0, n));
      if (c && c !== 'Japan') return c;
    }
  return null;
}

export function japaneseLatinNames(text: string): Found[] {
  if (!/\p{Lu}[\p{Ll}\p{Lu}]+ \p{Lu}/u.test(text)) return [];
  const out: Found[] = [];
  for (const m of text.matchAll(WITH_OFFICE)) {
    const name = m[1] ?? '';
    const office = m[2] ?? '';
    if (NOT_PERSON.test(name) || PLACE_HEAD.test(office)) continue;
    // The title after the mission's building: "在日アメリカ大使館首席公使" → 首席公使; "同 政治担当領事" → 政治担当領事.
    // …a katakana office whole after the building: "在日アメリカ大使館コントロールオフィサー" → コントロールオフィサー.
    const tail = /[\p{Script=Han}]+$/u.exec(office)?.[0] ?? office;
    const role = tail.slice(tail.lastIndexOf('館') + 1);
    const index = m.index ?? 0;
    const end = index + m[0].length;
    out.push({
      mention: {
        index,
        surface: m[0],
        name,
        role,
        country: countryIn(office),
        kind: 'named',
        how: 'named in Latin letters, then given a title (Japanese)',
      },
      end,
    });
  }
  for (const m of text.matchAll(WITH_HONORIFIC)) {
    const name = m[1] ?? '';
    if (NOT_PERSON.test(name)) continue;
    const index = m.index ?? 0;
    out.push({
      mention: {
        index,
        surface: name,
        name,
        role: null,
        country: null,
        kind: 'named',
        how: 'named in Latin letters with "氏" or "さん" (Japanese)',
      },
      end: index + name.length,
    });
  }
  return out;
}
