// Ukrainian and Russian official writing names a person with the father's name between the given
// name and the surname: "міський голова Іван Петрович Коваль", "начальник відділу культури Ольга
// Степанівна Мельник", "посол Сергей Викторович Лавров". The patronymic's ending says these three
// words are one person's name, however long the office before them runs ("начальник відділу
// будівництва, транспорту та благоустрою …"); the name is kept whole. Only the nominative is read.

import { namedMention } from './named-mention.ts';
import type { Mention } from './types.ts';

/** Given name, patronymic (nominative: "-ович", "-івна", "-овна", "-ична"), surname. */
const PATRONYMIC_NAME =
  /(?<![\p{L}])(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?:ович|евич|йович|ьович|івна|ївна|овна|евна|ична|ьїч|ьич) \p{Lu}[\p{Ll}’'ʼ-]+)(?![\p{L}])/gu;
/** Office nouns in the nominative, Ukrainian and Russian: where the role opens. */
const OFFICE =
  /^(?:голова|заступник|перший|начальник|директор|ректор|проректор|декан|посол|міністр|керівник|секретар|радник|консул|мер|депутат|староста|президент|помічник|представник|уповноважений|глава|председатель|заместитель|первый|руководитель|министр|секретарь|советник|мэр|губернатор|помощник|представитель)$/iu;
/** An adjective before the office noun stays in the role: "Арцизький міський голова", "перший заступник". */
const ADJECTIVE = /(?:ий|ій|ый|ой|ая|яя)$/u;

/** The role in the words before the name, back to the previous name or the clause's start: from its office noun and the adjectives before it. */
function roleIn(before: string): { role: string; start: number } | null {
  const words = before.split(' ');
  const open = words.findIndex((w) => OFFICE.test(w));
  if (open < 0) return null;
  let start = open;
  while (start > 0 && ADJECTIVE.test(words[start - 1] ?? '') && !OFFICE.test(words[start - 1] ?? '')) start--;
  const role = words
    .slice(start)
    .join(' ')
    .replace(/[\s,]+$/u, '');
  return { role, start: words.slice(0, start).join(' ').length + (start > 0 ? 1 : 0) };
}

export function slavicPatronymicMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  // Cheap gate: a nominative patronymic somewhere in the text.
  if (!/\p{Ll}(?:ович|івна|ївна|овна) \p{Lu}/u.test(text)) return out;
  let previous = 0;
  for (const m of text.matchAll(PATRONYMIC_NAME)) {
    const name = m[1] ?? '';
    const end = m.index + name.length;
    // The words before the name, back to the previous name read, a sentence's end or a colon.
    const from = Math.max(
      previous,
      text.lastIndexOf('. ', m.index) + 1,
      text.lastIndexOf('\n', m.index) + 1,
      text.lastIndexOf(':', m.index) + 1,
    );
    const before = text.slice(from, m.index).replace(/^[\s,]+/u, '');
    const offset = m.index - before.length;
    const role = roleIn(before.trimEnd());
    const index = role ? offset + role.start : m.index;
    previous = end;
    if (!free(index, end)) continue;
    out.push(
      namedMention(text, index, end, {
        name,
        role: role?.role ?? null,
        how: 'named with the patronymic (Russian or Ukrainian)',
      }),
    );
  }
  return out;
}
