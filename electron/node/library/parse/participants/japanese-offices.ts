// Offices Japanese writes after a name that Chinese does not use, or writes otherwise: a university's
// "学長" (Chinese "校长"), a chamber's "会頭", a delegation's "団長", an embassy's "参事官" and "書記官",
// a faculty's "教授". Read only in Japanese records, before the shared heads of cjk-offices.ts.

import { TITLE } from './cjk-offices.ts';

const JAPANESE_HEADS = [
  // A university and its parts: "山田学長", "佐藤研究科長", "鈴木教授", "田中センター長", "森専攻長".
  '学長',
  '総長',
  '教授',
  '研究科長',
  // The head of a graduate school's major: "山田専攻長".
  '専攻長',
  '学部長',
  'センター長',
  // A chamber of commerce, a board, a company: "高橋会頭", "清水理事長", "木村社長".
  '会頭',
  '理事長',
  // A board's auditor and its chair: "佐藤監事", "鈴木監事長".
  '監事長?',
  '社長',
  // A board's members and trustees: "山田理事", "鈴木常務理事", "佐藤評議員" (not "理事会", the board itself).
  '理事(?![会])',
  '評議員',
  // A delegation's leader, a committee's chair, a section's head: "何団長", "鈴木委員長", "伊藤所長".
  '団長(?![体員])',
  '委員長',
  '部会長',
  '室長',
  '課長',
  // The head of a representative office, and of a division in a Chinese body: "和田処長", "加藤副処長".
  '処長',
  '所長',
  // A diplomat below the ambassador: "汪参事官", "潘書記官" (before "書記", a party's secretary).
  '参事官',
  '書記官',
  // A senior official of a prefecture or a city below the department head: "北山国際担当参事".
  '参事(?![官会])',
  // A deputy head, a subsection's chief, a board of education's superintendent, a town's treasurer: "福本次長",
  // "佐藤教務係長", "角田教育長", "石井収入役" (not "次長期", nor "教育長期": long-term).
  '次長(?![期])',
  '係長',
  '教育長(?![期])',
  '収入役',
];

/** Japanese offices first, so that "委員長" is read whole before "委員", "書記官" before "書記". */
export const JAPANESE_TITLE = new RegExp(`(?:${JAPANESE_HEADS.join('|')}|${TITLE.source})`, 'gu');
