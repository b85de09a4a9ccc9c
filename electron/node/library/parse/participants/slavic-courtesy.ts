// Russian and Ukrainian set a courtesy word before a foreign woman's name after the office of the one
// met: "встреча с послом Австрийской Республики госпожой Маргот Клестиль-Леффлер", "с генеральным
// консулом КНР в Иркутске госпожой Лю Юй", "зустріч з Послом Японії пані Кейко Мацуда". The courtesy
// word is in the instrumental; the name after it does not decline and is filed as written. A name
// that declines ("госпожой Мариной Петровой") is left to the instrumental rule (slavic-cases.ts).

import { execAll } from '../patterns.ts';
import { describedCountry } from './slavic-cases.ts';
import { nominativeOffice } from './slavic-office-case.ts';
import type { Mention } from './types.ts';

const CAP = "\\p{Lu}[\\p{Ll}’'-]+";
/** "с"/"з" + the description (up to ten words within the sentence) + the courtesy word + two or three capitalised words. */
const WITH_COURTESY = new RegExp(
  `(?<![\\p{L}])(?:[Сс]о?|[Зз]і?|[Іі]з) ((?:[^\\s.,;:!?«»"]+ ){1,10}?)(?:госпожой|госпожою|пані) (${CAP}(?:[ -]${CAP}){1,2})(?=[,.;:)»"]| \\p{Ll}|\\s*$)`,
  'gu',
);
/** A word ending as an instrumental does: the name declines, and another rule reads it. */
const DECLINED = /(?:ой|ою|ей|ею|єю|ом|ем|ым|им)$/u;
/** The sentence reports a meeting or talks. */
const MEETING = /встре[тч]|переговор|бесед|зустр|розмов|перемовин|прийня[вл]|принял/iu;
/** Words before the office that say when it was given: "вновь назначенным", "новопризначеним". */
const NEWLY = /^(?:вновь|недавно|новым|новой|новим|новою|(?:ново)?назначенн\p{L}*|(?:ново)?призначен\p{L}*)$/u;

export function slavicCourtesyMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/госпож|пані/u.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(WITH_COURTESY, text)) {
    const name = m[2] ?? '';
    if (name.split(/[ -]/u).some((w) => DECLINED.test(w))) continue;
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    const sentence =
      text
        .slice(Math.max(0, m.index - 200), m.index)
        .split(/[.!?\n]/u)
        .at(-1) ?? '';
    if (!MEETING.test(sentence) || !free(start, end)) continue;
    const words = (m[1] ?? '').trim().split(' ');
    while (words.length > 0 && NEWLY.test(words[0] ?? '')) words.shift();
    // The office runs to the state or the posting: "послом Австрийской Республики" → "посол".
    const cut = words.findIndex((w) => /^(?:в|у|при)$/u.test(w) || describedCountry([w]) !== null);
    const office = cut < 0 ? words : words.slice(0, cut);
    const role = nominativeOffice(office.join(' '), /[іїєґ]/u.test(text));
    out.push([
      {
        index: start,
        surface: text.slice(m.index, end),
        name,
        role: role === '' ? null : role,
        country: describedCountry(words),
        kind: 'named',
        how: 'named after a courtesy word, as the one met (Russian or Ukrainian)',
      },
      end,
    ]);
  }
  return out;
}
