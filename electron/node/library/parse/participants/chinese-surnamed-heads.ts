// Chinese names the people of a company, a board, a university and a foreign state's governor by offices that are
// words of every day as well: "总经理刘振华" (the general manager), "执行董事黄智杰" (an executive director), "特聘教授戴景贤"
// (a distinguished professor), "南澳州州督孙芳安", "省督路易斯·阿爾梅達" (a state's, a province's governor). The same words
// follow a name as its courtesy ("黄德宽教授进行了…"), so what comes after one of them is read as a name only when it
// is one by its form: a common surname opening it, or a transliteration's middle dot.

import { COMPOUND_SURNAME, SURNAME } from './chinese-surnames.ts';

export const SURNAMED_HEADS = [
  // A company's manager and general manager ("总经理", not "总理" alone, read above): "槟城总经理刘振华".
  '[总總]?[经經]理(?!人)',
  // A board's director and its chair ("董事长"), not the board itself ("董事会").
  '董事(?:[长長])?(?![会會局])',
  '教授',
  // A foreign state's, province's or realm's governor: "州督", "省督", "总督".
  '[州省总總]督',
];

const HEAD = new RegExp(`^(?:${SURNAMED_HEADS.join('|')})$`, 'u');

/** Offices of no state: neither China's own when written bare nor anyone's by default. */
export const NO_STATE_HEAD = new RegExp(`(?:${SURNAMED_HEADS.join('|')})$`, 'u');

/** Whether the name after `title` is one by its form, when the title is one of the everyday words above. */
export function nameFitsHead(title: string, name: string): boolean {
  if (!HEAD.test(title)) return true;
  return /[·・]/u.test(name) || SURNAME.has(name[0] ?? '') || COMPOUND_SURNAME.test(name);
}
