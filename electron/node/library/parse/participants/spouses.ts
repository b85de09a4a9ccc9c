// A leader who travels or receives with a spouse names the spouse by the word for one, with the
// possessive the language puts before it: "Tuilaepa and his wife Gillian were welcomed", "Kalla and
// his wife, Mufidah", "mit seiner Frau Elke Büdenbender", "zusammen mit seiner Gattin Lidija",
// "president Trump en zijn vrouw Melania", "son épouse Brigitte", "bersama isteri, Datuk Seri Dr Wan
// Azizah Wan Ismail". The spouse was there with them: a participant, often named by the given name
// alone, which the word for a spouse says is a name. "His late wife" is no spouse present, one set
// off by commas is talked about, and the sentence around still decides (greetings conveyed).

import { isCountryWord } from '../../../../shared/countries.ts';
import { fold } from '../text.ts';
import { namedMention } from './named-mention.ts';
import { NOT_NAMES, readName } from './names.ts';
import type { Mention } from './types.ts';

/** Cheap test first: one of the words for a spouse. */
const GATE = /wife|husband|spouse|Frau|Gattin|Gatte|Ehemann|vrouw|echtgeno|épou|espos|isteri|istri|suami/iu;

/** The possessive and the word for a spouse, then a comma or not; the name follows. */
const FORMS = [
  '(?:[Hh]is|[Hh]er) (?:wife|husband|spouse)',
  '(?:seiner|seine|seinem|ihrem|ihrer|ihr) (?:Ehefrau|Frau|Gattin|Ehemann|Mann|Gatten?)',
  '(?:zijn|haar) (?:vrouw|echtgenote|echtgenoot|man)',
  '(?:son|sa) (?:épouse|époux)',
  '(?:su|sua) (?:esposa|esposo)',
];
/** Malay and Indonesian say "with" in the same phrase: "bersama isteri", "dengan istrinya". */
const WITH_SPOUSE = '(?:[Bb]ersama|[Dd]engan|[Dd]an) (?:isteri|istri|suami)(?:nya)?';
/**
 * Joined to the one they came with: "X and his wife", "mit seiner Frau", "accompanied by his wife". A
 * spouse set off by commas ("Robert Mugabe, his wife Grace and …") or the subject of a new sentence
 * ("Über seine Ehefrau …") is talked about, not said to have come.
 */
const JOINED = '(?:and|und|en|et|y|e|with|mit|by|von|avec|con|com|met)';
const SPOUSE = new RegExp(`(?<![\\p{L}])(?:${JOINED} (?:${FORMS.join('|')})|${WITH_SPOUSE}),? (?=\\p{Lu})`, 'gu');

export function spouseMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!GATE.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of text.matchAll(SPOUSE)) {
    const name = readName(text, m.index + m[0].length - 1);
    if (!name || name.possessive) continue;
    const words = name.name.split(' ');
    // One word is a name here only where it is no common word, country or title ("his wife Gillian", not "his wife Queen …").
    if (words.some((w) => isCountryWord(w)) || (words.length === 1 && NOT_NAMES.has(fold(words[0] ?? ''), words[0]))) continue;
    const index = text.indexOf(name.name, m.index + m[0].length - 1);
    if (index < 0 || !free(index, name.end)) continue;
    out.push(namedMention(text, index, name.end, { name: name.name, role: null, how: 'named as the spouse who came along' }));
  }
  return out;
}

/**
 * The head of state's spouse by the office the spouse holds: "was welcomed by President A B, First Lady
 * C B, Cabinet Ministers …", "welcomed the Head of State and the First Lady, Masiofo C D". Named with the
 * principal in the welcome, the spouse took part; "the former First Lady" or "the current US First Lady" is someone recalled.
 */
const FIRST_SPOUSE = /(?<![\p{L}])(?:[Tt]he )?First (?:Lady|Gentleman),? (?=\p{Lu})/gu;

export function firstSpouseMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!text.includes('First ')) return [];
  const out: [Mention, number][] = [];
  for (const m of text.matchAll(FIRST_SPOUSE)) {
    // "the former First Lady", "the current US First Lady A B" (another visit recalled): not the one who came.
    const first = m.index + m[0].indexOf('First');
    if (/(?:former|late|then|ex-|current|previous)\s+(?:\p{L}+\s+)?$/u.test(text.slice(Math.max(0, first - 40), first))) continue;
    const name = readName(text, m.index + m[0].length - 1);
    if (!name || name.possessive) continue;
    const words = name.name.split(' ');
    if (words.length < 2 || words.some((w) => isCountryWord(w) || NOT_NAMES.has(fold(w), w))) continue;
    const index = text.indexOf(name.name, m.index + m[0].length - 1);
    if (index < 0 || !free(m.index, name.end)) continue;
    const role = m[0].includes('Lady') ? 'First Lady' : 'First Gentleman';
    out.push(namedMention(text, index, name.end, { name: name.name, role, how: 'named as the first lady or gentleman' }));
  }
  return out;
}

/**
 * Vietnamese names the family who came with a leader by the word for the tie, then the name: "Thủ tướng A
 * và phu nhân Lê Thị B có buổi chiêu đãi", "đoàn tùy tùng … trong đó có phu nhân Melanie và ái nữ Ivanka
 * và con rể Jared Kushner". Indonesian names the president's wife by her office: "Presiden A didampingi
 * Ibu Negara Iriana menerima …". Joined to the one they came with ("và", "cùng", "có", "didampingi"); a
 * name after an office ("phu nhân Tổng thống X") is the husband's (context.ts reads that one as an owner).
 */
const FAMILY =
  /(?<![\p{L}])(?:(?:và|cùng(?: với)?|với|có|gồm) (?:phu nhân|phu quân|ái nữ|con gái|con trai|con rể)|(?:[Dd]idampingi|[Bb]ersama|[Dd]an)(?: oleh)? Ibu Negara),? (?=\p{Lu})/gu;
/** The clause goes on after the name with one of these; any other small word makes the capital an office's ("Tổng thống"). */
const AFTER_NAME =
  /^(?:\s*(?:[,.;:)]|$)|\s(?:và|cùng|đã|đang|vừa|có|tại|đến|tới|sang|trong|cũng|của|là|menerima|dan|di|pada|turut|yang)(?![\p{L}]))/u;

export function familyMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/phu |ái nữ|con |Ibu Negara/u.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of text.matchAll(FAMILY)) {
    const name = readName(text, m.index + m[0].length - 1);
    if (!name || name.possessive || !AFTER_NAME.test(text.slice(name.end, name.end + 12))) continue;
    const words = name.name.split(' ');
    if (words.some((w) => isCountryWord(w)) || (words.length === 1 && NOT_NAMES.has(fold(words[0] ?? ''), words[0]))) continue;
    const index = text.indexOf(name.name, m.index + m[0].length - 1);
    if (index < 0 || !free(index, name.end)) continue;
    out.push([
      {
        index,
        surface: text.slice(index, name.end),
        name: name.name,
        role: m[0].includes('Ibu Negara') ? 'Ibu Negara' : null,
        country: null,
        kind: 'named',
        how: 'named as the family member who came along',
        kin: true,
      },
      name.end,
    ]);
  }
  return out;
}
