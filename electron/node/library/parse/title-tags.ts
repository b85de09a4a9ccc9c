// Tags a page sets before its headline. A tag in brackets that names what the headline names again
// ("[Phạm Minh Chính] Thủ tướng Phạm Minh Chính làm việc …", "[외교부]조현동 외교부 1차관 …") is the
// page's subject or source label: the headline is what follows. A rubric the headline does not repeat
// ("[포토] …", "[단독] …") says what the story is and stays.

/** A bracketed tag at the head of a line, with or without a space after it. */
const LEADING_TAG = /^\s*\[([^\][]{2,40})\]\s*(?=\S)/u;

/** The headline without a leading tag in brackets whose words it prints again. */
export function withoutEchoedTag(line: string): string {
  const m = LEADING_TAG.exec(line);
  if (!m?.[1]) return line;
  const tag = m[1].trim().toLowerCase();
  const rest = line.slice(m[0].length);
  return /\p{L}/u.test(tag) && rest.toLowerCase().includes(tag) ? rest : line;
}
