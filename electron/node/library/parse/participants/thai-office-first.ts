// Thai also writes the office first and the name after it, the way a lead introduces a foreign
// envoy by a transcription alone: "อุปทูตสหรัฐอเมริกาประจำประเทศไทย ไมเคิล ฮีธ และ…", "กงสุลใหญ่แห่ง
// สาธารณรัฐประชาชนจีน ประจำจังหวัดสงขลา หม่า ซุน ซึ่ง…". The name is the two words after the office's
// phrase (an honorific before them is dropped), and only where the clause goes on after them
// ("และ", "ซึ่ง", "ได้", "เข้า…", a comma, the line's end): a name followed by its own office is the
// other reading's (thai.ts), and two words before anything else may be the sentence going on.

import { execAll } from '../patterns.ts';
import { namedMention } from './named-mention.ts';
import { HONORIFIC, NOT_NAME, OFFICE, splitOffice } from './thai.ts';
import type { Mention } from './types.ts';

const WORD = '[\\p{Script=Thai}]+';
/** The office's phrase, with where the envoy serves ("ประจำประเทศไทย") when written apart; then the name; then what goes on. */
const OFFICE_THEN_NAME = new RegExp(
  `(?<=^|\\s)(?:คณะ)?(${OFFICE}[^\\s,]*(?: ประจำ[^\\s,]*)?) (?:${HONORIFIC}\\s?)?(${WORD} ${WORD})(?= (?:และ|ซึ่ง|ได้|เข้า|พร้อม|เพื่อ|โดย|ณ )|\\s*(?:[,)]|$))`,
  'gmu',
);
const OFFICE_START = new RegExp(`^${OFFICE}`, 'u');

export function thaiOfficeFirstMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/\p{Script=Thai}/u.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(OFFICE_THEN_NAME, text)) {
    const office = m[1] ?? '';
    const name = m[2] ?? '';
    if (name.split(' ').some((w) => NOT_NAME.test(w) || OFFICE_START.test(w))) continue;
    const end = m.index + m[0].length;
    if (!free(m.index, end)) continue;
    const { role, country } = splitOffice(office);
    out.push(
      namedMention(text, m.index, end, {
        name,
        role: role.trim(),
        country,
        how: 'named after an office (Thai)',
      }),
    );
  }
  return out;
}
