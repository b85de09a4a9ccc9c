// Some Vietnamese pages write the office right after the name, with no comma or dash between: "ông Takaki Chủ tịch Hội
// Hữu nghị…", "đồng chí Sômphone Chănthanasouk Giám đốc Sở Y tế tỉnh…", "Đại tá Tôn Thất Tuấn Tùy Viên Quốc Phòng". Read
// as a run of capitalised words, the name takes the office's first word ("Takaki Chủ") and the person is lost.

import type { ReadName } from './names.ts';
import { foreignWord } from './vietnamese-foreign-names.ts';

/**
 * "Nguyên" and "Quyền" are given names as often as "former" and "acting": "ông Trần Văn Nguyên Bộ trưởng" is cut at
 * "Bộ trưởng", not before "Nguyên".
 */
const GIVEN_OR_PREFIX = /^(?:Nguyên|Quyền|Đệ)$/u;

/**
 * The name before an office glued to it, and the text with a comma put after the name (offsets up to the name
 * hold) for the office and its country to be read as after "A, Giám đốc …"; null when no office is glued.
 */
export function gluedOffice(
  text: string,
  name: ReadName,
  titleAt: (text: string, at: number) => number | null,
): { name: ReadName; text: string } | null {
  const words = name.name.split(' ');
  let pos = name.end - name.name.length;
  if (text.slice(pos, name.end) !== name.name) return null;
  for (let k = 0; k < words.length; k++) {
    const word = words[k] ?? '';
    if (k > 0 && !GIVEN_OR_PREFIX.test(word) && (titleAt(text, pos) ?? 0) >= name.end) {
      const before = words.slice(0, k);
      // A Vietnamese name is two syllables or more; a foreign surname alone is one word that is not a syllable ("Takaki").
      if (before.length < 2 && !(before.length === 1 && foreignWord(before[0] ?? ''))) return null;
      const end = pos - 1;
      if (text[end] !== ' ') return null;
      return { name: { ...name, name: before.join(' '), end }, text: `${text.slice(0, end)},${text.slice(end)}` };
    }
    pos += word.length + 1;
  }
  return null;
}
