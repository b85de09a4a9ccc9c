// Names as the directory compares them: one key per spelling family ("Bùi Thanh Sơn" and "Bui
// Thanh Son" share "bui thanh son"), the script a form is written in, and the forms a record
// gives side by side ("Bùi Thanh Sơn (부이 타인 선)").
import type { Participant } from '../../api/types.ts';
import { participantKey } from '../library/parse/participants.ts';

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
  const script = scriptOf(name);
  const n = escapeRe(name.normalize('NFC'));
  const after = new RegExp(`${n}\\s*[(（]([^()（）\\n]{1,60})[)）]`, 'gu');
  const before = new RegExp(`([^\\s()（）,.;:][^()（）\\n,.;:]{0,59}?)\\s*[(（]\\s*${n}\\s*[)）]`, 'gu');
  const out: string[] = [];
  const add = (raw: string | undefined) => {
    const form = raw?.trim();
    if (!form || !plausibleName(form) || scriptOf(form) === script) return;
    if (!out.includes(form)) out.push(form);
  };
  for (const text of texts) {
    if (!text.includes(name)) continue;
    const t = text.normalize('NFC');
    for (const m of t.matchAll(after)) add(m[1]);
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
  return out;
}

/** The forms of a participant's name: the name, its other-script aliases and the forms written beside it. */
export function formsOf(p: Participant, texts: readonly string[]): string[] {
  if (!p.name) return [];
  const name = p.name.normalize('NFC').trim();
  const script = scriptOf(name);
  const forms = [name];
  for (const a of p.aliases ?? []) {
    const alias = a.normalize('NFC').trim();
    if (plausibleName(alias) && scriptOf(alias) !== script && !forms.includes(alias)) forms.push(alias);
  }
  for (const f of sideBySideForms(name, texts)) if (!forms.includes(f)) forms.push(f);
  return forms;
}
