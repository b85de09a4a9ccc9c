// The office of one met after "с"/"з" is written in the instrumental too ("с первым заместителем
// председателя правительства", "з Надзвичайним і Повноважним Послом"); a desk officer files it in
// the dictionary form ("первый заместитель председателя правительства"). Only the head is declined:
// its adjectives and the noun, up to the first noun; the complement after it is already genitive.

/** Office nouns whose stem changes: "послом" → "посол" (the vowel falls out when declined). */
const FLEETING: Record<string, string> = { послом: 'посол', Послом: 'Посол' };
/** An adjective in the instrumental: "первым", "Генеральным", "виконавчим", "Надзвичайним". */
const ADJECTIVE = /^(\p{L}+?)(ым|им)$/u;
/** A noun in the instrumental: -ом (министром), -ем (председателем), -ой/-ою/-ею (главой, головою). */
const NOUN = /^(\p{L}{3,}?)(ом|ем|ём|єм|ой|ою|ею|єю)$/u;

/** The role's head in the nominative; the role unchanged when its first words do not decline as an office's. */
export function nominativeOffice(role: string, ukrainian: boolean): string {
  const words = role.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    // "Надзвичайним і Повноважним": adjectives joined by "и", "і", "та".
    if (i > 0 && /^(?:и|і|та)$/u.test(w) && ADJECTIVE.test(words[i + 1] ?? '')) {
      out.push(w);
      continue;
    }
    const fleeting = FLEETING[w];
    if (fleeting) return [...out, fleeting, ...words.slice(i + 1)].join(' ');
    const adjective = ADJECTIVE.exec(w);
    if (adjective && i < words.length - 1) {
      // Russian "первым" → "первый", "Генеральным" → "Генеральный"; Ukrainian "виконавчим" → "виконавчий".
      out.push(`${adjective[1]}${adjective[2] === 'ым' ? 'ый' : 'ий'}`);
      continue;
    }
    const noun = NOUN.exec(w);
    if (!noun) return role;
    const [, stem = '', ending = ''] = noun;
    let nominative = stem;
    // "председателем" → "председатель" (Russian), "секретарем" → "секретар" (Ukrainian writes no soft sign there).
    if (/^(?:ем|ём|єм)$/u.test(ending)) nominative = ukrainian || /[жшчщ]$/u.test(stem) ? stem : `${stem}ь`;
    // "главой" → "глава", "головою" → "голова", "ректоркою" → "ректорка".
    else if (/^(?:ой|ою)$/u.test(ending)) nominative = `${stem}а`;
    else if (/^(?:ею|єю)$/u.test(ending)) nominative = `${stem}я`;
    return [...out, nominative, ...words.slice(i + 1)].join(' ');
  }
  return role;
}
