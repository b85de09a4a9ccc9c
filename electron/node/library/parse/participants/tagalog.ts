// Tagalog (asia28) writes its own titles before the name with the linker "-ng": "Pangulong Ferdinand
// “Bongbong” Marcos Jr.", "dating Pangulong Rodrigo Duterte", "Pang. Ferdinand Marcos Jr.",
// "Pangalawang Pangulo Sara Duterte", "Kalihim Enrique Manalo", "Embahador …", often after the
// markers "si"/"ni"/"kay" ("Tinanggap ni Pang. Ferdinand …"). The name may carry a nickname in
// quotation marks and a "Jr."; English titles in the same text ("Ambassador X") are read by the
// English rules. Read only in text with Tagalog function words.

import { compiledEarly } from '../compiled-early.ts';
import { execAll } from '../patterns.ts';
import { namedMention } from './named-mention.ts';
import type { Mention } from './types.ts';

/** Tagalog function words: the text is in Tagalog (or Taglish). */
const TAGALOG = compiledEarly(/(?<![\p{L}])(?:ang|ng|mga|sa|ay|kay|nina|kina)(?![\p{L}])/u);

/**
 * The title, then the name: capitalised words, a quoted nickname, "Jr."/"Sr.", particles "de", "dela", "del" (whole
 * words: "Juan dela Cruz", not "Juan de"). The titles of a province, a town and an embassy too: "Gobernador", "Alkalde",
 * "Konsul", "Ministro", "Unang Kalihim" (first secretary).
 */
const TITLE_NAME =
  /(?<![\p{L}.])(?:dating )?(Pangalawang Pangulong?|Pangalawang Pangulo|Pangulong|Pangulo|Pang\.|(?:Punong )?Ministro|(?:Unang|Ikalawang|Ikatlong) Kalihim|Kalihim|Embahador|Senador|(?:Bise )?Gobernador|(?:Bise )?Alkalde|Konsul(?: Heneral)?|Kongresista)\s+((?:\p{Lu}[\p{L}\p{M}'’-]*\.?)(?: (?:[“"‘]\p{Lu}[\p{L}]*[”"’]|\p{Lu}[\p{L}\p{M}'’-]*\.?|(?:dela|del|de la|de)(?![\p{L}]))){1,5})/gu;

/** The role as the desk files it: the title without its linker. */
const ROLE: Record<string, string> = {
  'Pangalawang Pangulong': 'Pangalawang Pangulo',
  'Pangalawang Pangulo': 'Pangalawang Pangulo',
  Pangulong: 'Pangulo',
  Pangulo: 'Pangulo',
  'Pang.': 'Pangulo',
  Kalihim: 'Kalihim',
  Embahador: 'Embahador',
  Senador: 'Senador',
};

export function tagalogMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!TAGALOG.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(TITLE_NAME, text)) {
    const title = m[1] ?? '';
    // A full stop closing the name ends the sentence, unless it closes "Jr." or an initial.
    const name = (m[2] ?? '').replace(/(?<!\b(?:Jr|Sr|\p{Lu}))\.$/u, '');
    const end = text.indexOf(name, m.index) + name.length;
    if (!free(m.index, end)) continue;
    out.push(
      namedMention(text, m.index, end, {
        name,
        role: ROLE[title] ?? title,
        how: 'named after the title (Tagalog)',
      }),
    );
  }
  return out;
}
