// Which office word inside a run read as a name is the person's own office (for korean.ts's
// firstTitle): the run "A 대표는 신임 총영사" holds "대표는", the office the sentence gives A.

/**
 * The topic's particle ("A 대표는 …") always; "이/가" before an office the subject takes on ("A 시장이
 * 공동의장을 맡고"; "A 대통령이 특사를 보내": an envoy sent is no office taken, and stays unread); the
 * object's "을/를" before "…으로 한/하는" ("엥흐진 척트바타르 의회장을 단장으로 한 대표단"): the delegation
 * headed by A, who came with it.
 */
export function officeOfTheName(word: string, next: string): boolean {
  if (/[은는]$/u.test(word)) return true;
  if (/^[을를] ?맡/u.test(next)) return /[이가]$/u.test(word);
  return /[을를]$/u.test(word) && /^으?로 하?(?:한|하는|하여)(?![\p{L}])/u.test(next);
}
