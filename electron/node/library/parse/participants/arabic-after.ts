// Arabic also writes the name first and the office after it, in apposition: a list of envoys one to
// a line ("زياد عطا الله سفير الجمهورية اللبنانية،"), the one who places a call ("تلقى سامح شكري
// وزير الخارجية"), those present ("بحضور عادل الجبير وزير الدولة", "حضر اللقاء، حسن المدني نائب
// المحافظ"). After "استقبل" alone the words before an office may be the host and the office his
// guest's ("استقبل عبد المجيد تبون سفير فرنسا"), so the name is read only where the words before it
// close a clause: a line's start in a list, a comma after a verb of meeting, or a word that
// introduces the one named. Two ministers or envoys in the dual share one office, each with his
// country's adjective: "وزيرا الخارجية السعودي فيصل بن فرحان، والإيراني حسين أمير عبد اللهيان".

import { execAll } from '../patterns.ts';
import { bare, countryAfter, countryOf, HONORIFIC_WORD, nameAt, OFFICE, STOP } from './arabic.ts';
import type { Mention } from './types.ts';

/** Offices that stand after a name in apposition. */
const OFFICE_NEXT = /(?<=[^\p{L}\p{M}])(?:سفير|سفيرة|وزير|وزيرة|نائب|سكرتير|القنصل|قنصل|مساعد|مستشار)(?![\p{L}])/gu;
/** The office phrase itself, longest first; else the office word and one more ("نائب المحافظ", "سكرتير ثاني"). */
const OFFICE_PHRASE = new RegExp(`^(?:${OFFICE})`, 'u');
/** Words after which the next words are the one introduced: present at, the caller, the one received by his own. */
const LEAD = /^(?:و?بحضور|و?حضور|و?حضر|تلقى|أجرى|استقباله|استقبالها|لقائه|لقائها|يرافقه|يرافقها|ويرافقه|ويرافقها)$/u;
/** Verbs of meeting and attending that a comma after them sets the guests off from. */
const MEETING_VERB = /(?<![\p{L}])(?:و?استقبل|و?استقبلت|و?التقى|و?التقت|و?حضر|بحضور|و?شارك)(?![\p{L}])/u;
/** The end of a list item before a comma: an envoy's or a minister's office and whose it is. */
const LIST_ITEM_BEFORE = /(?<![\p{L}])(?:سفير|سفيرة|وزير|وزيرة|قنصل)(?: [\p{L}]+){1,4}\s*$/u;
/** A verb with its conjunction ("وأكد", "فيما"): not a name's first word. */
const VERB_START = /^[وف][أيتنا]/u;

function roleAt(text: string, at: number): string {
  const rest = text.slice(at, at + 60);
  const phrase = OFFICE_PHRASE.exec(rest)?.[0];
  if (phrase && phrase.length > 4) return phrase;
  const two = /^([\p{L}]+)(?: ([\p{L}]+))?/u.exec(rest);
  const next = two?.[2];
  // The next word is the office's object ("نائب المحافظ") unless it is a country or a state's form.
  if (next && !countryOf(next) && !/^(?:ال)?(?:جمهورية|مملكة|دولة|سلطنة|إمارة|لدى|في|فى|بال[\p{L}]+)$/u.test(next))
    return `${two[1]} ${next}`;
  return two?.[1] ?? '';
}

/** A short line in a list: the name, the office and its country, a comma or a full stop. */
const LIST_LINE = /^[^\n]{4,60}(?:سفير|سفيرة|وزير|وزيرة|قنصل)[^\n]{0,60}$/u;

function listLine(text: string, lineStart: number): boolean {
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  if (!LIST_LINE.test(line)) return false;
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const prev = lineStart > 0 ? text.slice(prevStart, lineStart - 1) : '';
  const nextEnd = lineEnd < 0 ? -1 : text.indexOf('\n', lineEnd + 1);
  const next = lineEnd < 0 ? '' : text.slice(lineEnd + 1, nextEnd < 0 ? undefined : nextEnd);
  return LIST_LINE.test(prev) || LIST_LINE.test(next);
}

function nameBefore(text: string, office: number): { index: number; name: string } | null {
  const from = Math.max(0, office - 140);
  const before = text.slice(from, office);
  const cut = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('،'), before.lastIndexOf(','), before.lastIndexOf('.'));
  const segStart = from + cut + 1;
  const words = text.slice(segStart, office).trim().split(/\s+/u).filter(Boolean);
  const name: string[] = [];
  let lead = false;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as string;
    if (LEAD.test(bare(w))) {
      lead = true;
      break;
    }
    // A lone "و" ("، و برفقته وزير …") joins clauses: what follows it is no name.
    if (STOP.test(bare(w)) || HONORIFIC_WORD.test(w) || countryOf(w) || /[^\p{L}\p{M}]/u.test(w) || w.length < 2) return null;
    name.unshift(w);
    if (name.length > 7) return null;
  }
  // A name does not open on "بن" nor on the article: "حضر الاستقبال ولي العهد" names the event attended.
  if (name.length < 2 || /^(?:بن|بنت|آل|عبد|أبو)$|^و?ال/u.test(name[0] as string)) return null;
  if (!lead) {
    const boundary = text[segStart - 1];
    if (boundary === '،' || boundary === ',') {
      if (VERB_START.test(name[0] as string)) return null;
      const sentence = text.slice(Math.max(0, segStart - 200), segStart);
      const clause = sentence.slice(Math.max(sentence.lastIndexOf('.'), sentence.lastIndexOf('\n')) + 1);
      // …or the item before the comma is itself a name and an office: "X سفير جمهورية الكونغو، Y سفير …".
      if (!MEETING_VERB.test(clause) && !LIST_ITEM_BEFORE.test(text.slice(Math.max(0, segStart - 80), segStart - 1))) return null;
    } else if (!(segStart === 0 || boundary === '\n') || !listLine(text, segStart)) return null;
  }
  // "، وحميد سالم …": the list's "and" is no part of the next name (but "وليد", "وائل" are names).
  if (
    /^و[\p{L}]{3,}$/u.test(name[0] as string) &&
    !W_NAME.test(name[0] as string) &&
    /[،,]\s*$/u.test(text.slice(segStart - 2, segStart + 1))
  )
    name[0] = (name[0] as string).slice(1);
  const joined = name.join(' ');
  const index = text.indexOf(joined, segStart);
  return index < 0 ? null : { index, name: joined };
}

/** Given names that begin with "و" themselves. */
const W_NAME = /^و(?:ليد|ائل|سام|فاء|ديع|جيه|حيد|هيب|داد|لاء|جدي|صفي)$/u;

/** The dual office: "وزيرا الخارجية", "السفيرين"; each country's adjective, then the name. */
const DUAL = /(?<![\p{L}])(?:(وزيرا|وزيري) (?:ال)?خارجية|(?:ال)?(سفير)(?:ين|ان))(?![\p{L}])/gu;

function dualMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  for (const m of execAll(DUAL, text)) {
    const role = m[1] ? 'وزير الخارجية' : 'سفير';
    let at = m.index + m[0].length;
    let c = countryAfter(text, at);
    for (let k = 0; c && k < 6; k++) {
      at = c.end;
      if (text[at] === '،') at++;
      const n = nameAt(text, at);
      if (!n) break;
      const index = text.indexOf(n.name, at);
      if (!/^[\s"«“]*$/u.test(text.slice(at, index))) break;
      if (free(index, n.end))
        out.push([
          {
            index,
            surface: n.name,
            name: n.name,
            role,
            country: c.country,
            kind: 'named',
            how: 'named in the dual with the country (Arabic)',
          },
          n.end,
        ]);
      // "، والإيراني …": the next one, by his country's adjective.
      const more = /^،?\s*و(ال[\p{L}]+)/u.exec(text.slice(n.end, n.end + 30));
      const country = more?.[1] ? countryOf(more[1]) : null;
      c = more && country ? { country, end: n.end + more[0].length } : null;
    }
  }
  return out;
}

export function arabicAfterMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/\p{Script=Arabic}/u.test(text) || /[پچژگی]/u.test(text)) return [];
  const out = dualMentions(text, free);
  for (const m of execAll(OFFICE_NEXT, text)) {
    const n = nameBefore(text, m.index);
    if (!n) continue;
    const end = n.index + n.name.length;
    if (!free(n.index, end) || out.some(([o]) => o.index === n.index)) continue;
    const c = countryAfter(text, m.index + roleAt(text, m.index).length);
    out.push([
      {
        index: n.index,
        surface: n.name,
        name: n.name,
        role: roleAt(text, m.index),
        country: c?.country ?? null,
        kind: 'named',
        how: 'named before the office (Arabic)',
      },
      end,
    ]);
  }
  return out;
}
