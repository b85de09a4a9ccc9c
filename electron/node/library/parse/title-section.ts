// The section a news site files the story under, copied onto the headline's line with only a space between
// ("Metro Cross River signs …", "Política Sete prefeitos participam …", "文化 姉妹都市提携…が訪独"), or a button
// copied before it ("Full story India, Pakistan hold talks"). The headline is what follows.

import { substantialLine } from './title-lines.ts';

/** Sections news sites print in their menus and above their headlines, in the languages the desks read. */
const SECTION_WORDS = [
  // English, Portuguese, Spanish, French, German, Italian, Indonesian
  'Metro',
  'Politics',
  'Nation',
  'Full story',
  'Política',
  'Politica',
  'Politique',
  'Politik',
  'Mundo',
  'Monde',
  'Ausland',
  'Inland',
  'Esteri',
  'Cronaca',
  'Cidades',
  'Internacional',
  'Nacional',
  'Nasional',
  'Internasional',
  'Daerah',
  // Japanese, Chinese, Korean (culture, politics, economy, society, international)
  '文化',
  '政治',
  '経済',
  '经济',
  '經濟',
  '社会',
  '社會',
  '国際',
  '国际',
  '國際',
  '时政',
  '時政',
  '정치',
  '경제',
  '사회',
  '국제',
];

const escaped = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The section, a space, and the headline's first word: a capital or a figure in Latin script, any word in CJK. */
const FILED = new RegExp(
  `^(${SECTION_WORDS.map(escaped).join('|')})\\s+((?:\\p{Lu}|\\d)[\\p{L}\\d'’-]*|[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]+)`,
  'u',
);

/**
 * The headline without the section before it. A name that opens with the same word ("Metro Manila mayors meet …",
 * "Nacional Financiera signs …") is the text's own: its text prints the word and the one after it together.
 */
export function withoutSectionWord(title: string, text: string): string {
  const m = FILED.exec(title.trim());
  if (!m || m[1] === undefined || m[2] === undefined) return title;
  const rest = title.trim().slice(m[1].length).trim();
  const together = new RegExp(`${escaped(m[1])}\\s*${escaped(m[2])}`, 'iu');
  if (together.test(text)) return title;
  return substantialLine(rest) ? rest : title;
}
