// Indonesian and Malay attribute a quote to the meeting it was said at: "…," ucap Wali Kota X sewaktu menjamu Konsul
// Jenderal Y di kediamannya, Kamis (15/9/2022); "Hal ini disampaikan X ketika menerima Y di Balai Kota, Kamis (2/10/25)".
// The day after such a clause is the meeting's, not only the telling's.

import { datesMeetingWord } from './words.ts';

/** "while, when": the telling happened during what follows. */
const WHILE = /(?<![\p{L}])(?:saat|ketika|sewaktu|tatkala|semasa)\s+/giu;

/** Between the last "saat/ketika/sewaktu" of the 160 characters before `at` and `at`, a meeting word: the date is that meeting's. */
export function saidDuringMeeting(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 160), at);
  if (!/saat|ketika|sewaktu|tatkala|semasa/i.test(before)) return false;
  let last = -1;
  WHILE.lastIndex = 0;
  for (let m = WHILE.exec(before); m; m = WHILE.exec(before)) last = m.index;
  return last !== -1 && !/[.!?]/.test(before.slice(last)) && datesMeetingWord(before.slice(last));
}
