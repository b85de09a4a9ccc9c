// A Korean story names its principal in full once, often only in the headline or the photo caption
// set above it ("브리핑하는 조현 외교부 장관", "▲정진석 국회사무총장"), and calls them by surname and office
// after that: "조 장관은 …", "정 총장은 …". The body alone then never gives the name; the headline does.

import { koreanMentions } from './korean.ts';

/** "조 장관은", "박 군수가": a surname alone, an office, then a particle. */
const SHORT = (surname: string): RegExp =>
  new RegExp(`(?<![가-힣])${surname} ([가-힣]{1,8}?)(?:님)?(?:은|는|이|가|과|와|을|를|의|도|에게|께서)(?![가-힣])`, 'gu');

/** Whether the body calls someone the headline names in full by surname and office only, never by the name. */
export function bodyShortensHeadline(title: string, paragraphs: string[]): boolean {
  const body = paragraphs.join('\n');
  for (const [m] of koreanMentions(title)) {
    const name = m.name ?? '';
    const role = m.role ?? '';
    // A Korean name: one word of three syllables, its surname the first ("조현" is two, also read).
    if (!/^[가-힣]{2,4}$/u.test(name) || role === '' || body.includes(name)) continue;
    // The office the body gives is the headline's, or its last part ("국회사무총장" → "총장", "외교부 장관" → "장관").
    for (const s of body.matchAll(SHORT(name.slice(0, 1)))) {
      const office = s[1] ?? '';
      if (office.length >= 2 && role.endsWith(office)) return true;
    }
  }
  return false;
}
