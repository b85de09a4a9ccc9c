// A name read right after a Vietnamese title may be the start of a body's name instead ("Ban Tuyên giáo", "Bộ trưởng Du
// lịch"): the capitalised words a body's name opens with, and the family names that are such words too.

import type { ReadName } from './names.ts';
import { bodyWord, VI_VERB } from './vietnamese.ts';

/**
 * A name read after a title or a courtesy word that opens with a body's word ("Đoàn đại biểu", "Ban Tuyên giáo") is that
 * body; but "Đoàn" and "Châu" are also family names: "đồng chí Đoàn Thu Hà", "PGS.TS Đoàn Đức Tùng", "Chủ tịch Châu Văn
 * Minh" are people, three capitalised words none of which starts a body ("Đoàn Đại biểu Quốc hội", "Đoàn Công tác" stay
 * bodies), and for "Châu" none a continent's ("Châu Á Thái Bình Dương").
 */
const SURNAME_AND_BODY = /^(?:Đoàn|Châu)$/u;
const CONTINENT = /^(?:Á|Âu|Phi|Mỹ|Úc|Đại|Nam|Bắc|Mĩ)$/u;
export function leadsWithBody(name: string): boolean {
  const words = name.split(' ');
  if (!bodyWord(words[0] ?? '')) return false;
  return !(
    SURNAME_AND_BODY.test(words[0] ?? '') &&
    words.length >= 3 &&
    words.length <= 4 &&
    !words.slice(1).some(bodyWord) &&
    !(words[0] === 'Châu' && CONTINENT.test(words[1] ?? ''))
  );
}

/** Syllables only Vietnamese spells so: "Tuyên", "Đối", "Dân". */
const VIETNAMESE_SYLLABLE = /[\u1EA0-\u1EF9ơưđăâêôƠƯĐĂÂÊÔ]/u;
/**
 * "Trưởng ban Tuyên giáo", "Trưởng ban Đối ngoại": one capitalised Vietnamese syllable, then a
 * lower-case one that is not the sentence's verb, is the start of a body's name. Vietnamese names
 * are written with every syllable capitalised, and a foreigner's surname alone ("Bộ trưởng
 * Lavrov cho biết") is no Vietnamese syllable.
 */
export function lonePartOfBody(text: string, name: ReadName): boolean {
  if (name.name.includes(' ')) return false;
  const next = /^ (\p{Ll}+)/u.exec(text.slice(name.end, name.end + 20))?.[1];
  if (next === undefined || VI_VERB.test(next)) return false;
  if (VIETNAMESE_SYLLABLE.test(name.name)) return true;
  // A syllable with no marks ("Bộ trưởng Du lịch ASEAN"): a common noun when the text also writes it in lower case
  // with the same next word ("du lịch"); a surname never is ("Tổng thống Moon cũng …").
  const phrase = `${name.name.toLowerCase()} ${next}`.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}])${phrase}(?![\\p{L}])`, 'u').test(text);
}
