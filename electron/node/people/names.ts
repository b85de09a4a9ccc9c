// Names as the directory compares them: one key per spelling family ("Bùi Thanh Sơn" and "Bui
// Thanh Son" share "bui thanh son"), the script a form is written in, and the forms a record
// gives side by side ("Bùi Thanh Sơn (부이 타인 선)").

import { fold } from '../../shared/fold.ts';
import { participantKey } from '../../shared/people.ts';
import type { Participant } from '../../shared/types.ts';

/** Lower case, no diacritics, đ → d, honorifics and punctuation dropped; Hangul kept composed. */
export function personKey(name: string | null | undefined): string | null {
  if (!name) return null;
  return participantKey(name.normalize('NFC'))?.normalize('NFC') ?? null;
}

const SCRIPTS: [string, RegExp][] = [
  ['Hangul', /\p{Script=Hangul}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Han', /\p{Script=Han}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Latin', /\p{Script=Latin}/u],
];

/** The script a name is written in: 'Latin', 'Hangul', 'Han', 'Kana', 'Cyrillic'… */
export function scriptOf(form: string): string {
  for (const [name, re] of SCRIPTS) if (re.test(form)) return name;
  return 'Other';
}

/** A form worth keeping: letters, at most six words, not a sentence. */
export function plausibleName(form: string): boolean {
  const t = form.trim();
  if (t.length < 2 || t.length > 80) return false;
  if (!/^[\p{L}\p{M}][\p{L}\p{M}\s.’'·-]*$/u.test(t)) return false;
  return t.split(/\s+/).length <= 6;
}

/** Titles written before a name in Korean, Chinese or Japanese: not part of it. */
const TITLE_WORDS =
  /(?:장관|총리|부총리|대통령|차관|대사|외교부|외무장관|국장|위원장|의장|주석|部长|外长|总理|主席|大臣|首相|大使)$/u;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The other-script forms a record writes beside a name: "Bùi Thanh Sơn (부이 타인 선)",
 * "왕이(王毅)", "부이 타인 선 (Bùi Thanh Sơn)". Only a form in another script counts: "(ROK)" or
 * "(Viet Nam)" after a Latin name is not a name.
 */
export function sideBySideForms(name: string, texts: readonly string[]): string[] {
  const out: string[] = [];
  const nfc = name.normalize('NFC');
  let script: string | null = null;
  let after: RegExp | null = null;
  let before: RegExp | null = null;
  const add = (raw: string | undefined) => {
    const form = raw?.trim();
    script ??= scriptOf(name);
    if (!form || !plausibleName(form) || scriptOf(form) === script) return;
    if (!out.includes(form)) out.push(form);
  };
  for (const text of texts) {
    if (!text.includes(name)) continue;
    const t = text.normalize('NFC');
    // Both patterns need the name with a bracket next to it: a cheap look first, the regexes
    // (compiled for this name only when needed) only where one is.
    const { opens, closes } = bracketsBeside(t, nfc);
    if (opens) {
      after ??= new RegExp(`${escapeRe(nfc)}\\s*[(（]([^()（）\\n]{1,60})[)）]`, 'gu');
      for (const m of t.matchAll(after)) add(m[1]);
    }
    if (closes) {
      before ??= new RegExp(`([^\\s()（）,.;:][^()（）\\n,.;:]{0,59}?)\\s*[(（]\\s*${escapeRe(nfc)}\\s*[)）]`, 'gu');
      for (const m of t.matchAll(before)) {
        // Only the words just before the bracket, in one script: "외교부 장관 부이 타인 선 (Bùi…)" → the name is
        // the last words; take up to as many words as the Latin name has.
        const words = (m[1] ?? '').trim().split(/\s+/);
        const take = Math.max(1, name.split(/\s+/).length);
        const last = words.slice(-take);
        while (last.length > 1 && TITLE_WORDS.test(last[0] ?? '')) last.shift();
        add(last.join(' '));
      }
    }
  }
  return out;
}

const SPACE = /\s/u;

/**
 * Whether the text writes the name with a bracket opening after it ("Name (…"), and whether it
 * writes it inside brackets ("(Name)"), spaces allowed around it.
 */
function bracketsBeside(text: string, name: string): { opens: boolean; closes: boolean } {
  let opens = false;
  let closes = false;
  if (name === '') return { opens: true, closes: true };
  for (let i = text.indexOf(name); i !== -1 && !(opens && closes); i = text.indexOf(name, i + 1)) {
    let j = i + name.length;
    while (j < text.length && SPACE.test(text[j] as string)) j++;
    const next = text[j];
    if (next === '(' || next === '（') opens = true;
    else if (next === ')' || next === '）') {
      let k = i - 1;
      while (k >= 0 && SPACE.test(text[k] as string)) k--;
      if (text[k] === '(' || text[k] === '（') closes = true;
    }
  }
  return { opens, closes };
}

/** "부이 타인 선 (Bùi Thanh Sơn)", as a desk officer may type it: the name, and its form in another script. */
export function splitName(raw: string): { name: string; other: string | null } {
  const name = raw.normalize('NFC').trim();
  const m = /^(.+?)\s*[(（]([^()（）]+)[)）]$/u.exec(name);
  const first = m?.[1]?.trim();
  const second = m?.[2]?.trim();
  if (first && second && plausibleName(first) && plausibleName(second) && scriptOf(first) !== scriptOf(second))
    return { name: first, other: second };
  return { name, other: null };
}

/** The forms of a participant's name: the name, its other-script aliases and the forms written beside it. */
export function formsOf(p: Participant, texts: readonly string[]): string[] {
  if (!p.name) return [];
  const { name, other } = splitName(p.name);
  const script = scriptOf(name);
  const forms = [name];
  if (other) forms.push(other);
  for (const a of p.aliases ?? []) {
    const alias = a.normalize('NFC').trim();
    if (plausibleName(alias) && scriptOf(alias) !== script && !forms.includes(alias)) forms.push(alias);
  }
  for (const f of sideBySideForms(name, texts)) if (!forms.includes(f)) forms.push(f);
  return forms;
}

/** Korean particles that attach to the last word of a name: "부이 타인 선은", "강경화 장관의". */
const HANGUL_PARTICLE = /(?:께서|에게|으로|은|는|이|가|을|를|의|와|과|도|에|로)$/u;
const HANGUL_END = /\p{Script=Hangul}$/u;

/**
 * The keys of `known` that a text writes: runs of one to four words, folded like personKey, so a
 * form in any script is found in one pass over the words. Only forms that cannot be an ordinary
 * word count: two words or more, or one word of two letters or more outside the Latin script.
 */
export function knownNamesIn(texts: readonly string[], known: ReadonlyMap<string, unknown>): Set<string> {
  const found = new Set<string>();
  if (known.size === 0) return found;
  const usable = (key: string): boolean => key.includes(' ') || (key.length >= 2 && !/\p{Script=Latin}/u.test(key));
  for (const text of texts) {
    const words = fold(text)
      .normalize('NFC')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    // Whether each word ends in Hangul (where a particle may be attached), asked once a word.
    const hangulEnd = words.map((w) => HANGUL_END.test(w));
    for (let i = 0; i < words.length; i++) {
      let key = '';
      for (let n = 0; n < 4 && i + n < words.length; n++) {
        const word = words[i + n] as string;
        key = n === 0 ? word : `${key} ${word}`;
        if (known.has(key) && usable(key)) found.add(key);
        else if (hangulEnd[i + n]) {
          const bare = key.replace(HANGUL_PARTICLE, '');
          if (bare !== key && bare.length >= 2 && known.has(bare) && usable(bare)) found.add(bare);
        }
      }
    }
  }
  return found;
}
