// Indonesian names an office by its field after the office word: "Menteri Pendidikan", "Kadis
// Pariwisata", "Kabag Kerjasama", "Kabag Rumah Tangga" (household affairs), "Kabag Umum", "Asisten Perekonomian", a body's short name ("Kaban Kesbangpol").
// Read after the office, the field looks like a name's first word ("Kadis Pariwisata Odi Batubara"), or is the whole "name" ("Menteri Investasi").
// A headline's verb, written capitalised, does too: "Mendagri Tekankan Fleksibilitas Anggaran".

import { nameTokens } from './names.ts';
import type { Person } from './types.ts';

/** Fields of ministries, offices and departments, in Indonesian: nobody's given name. */
const FIELD =
  /^(?:Pendidikan|Kebudayaan|Investasi|Keuangan|Perdagangan|Perindustrian|Pertanian|Pertahanan|Kesehatan|Pariwisata|Kerjasama|Perhubungan|Sosial|Agama|Ketenagakerjaan|Kelautan|Perikanan|Kehutanan|Lingkungan|Energi|Komunikasi|Informatika|Pemuda|Olahraga|Koperasi|Perumahan|Perencanaan|Pembangunan|Perekonomian|Pemerintahan|Kesejahteraan|Kesra|Keamanan|Ketertiban|Politik|Pemberdayaan|Perempuan|Riset|Teknologi|Agraria|Humas|Protokol|Persidangan|Perundang-[Uu]ndangan|Keagamaan|Kepegawaian|Perizinan|Perpajakan|Perbendaharaan|Kependudukan|Kominfo|Dukcapil|Kesbangpol|Bappeda|Umum|Rumah|Tangga)$/u;

/** A headline's verb in its "-kan" form, capitalised: "Tekankan", "Tingkatkan", "Sampaikan" (four letters or more before the suffix: not "Hakan"). */
const KAN_VERB = /^\p{Lu}\p{Ll}{4,}kan$/u;

/**
 * The field words a read name opens with, and the name after them: "Pariwisata Odi Batubara" →
 * "Pariwisata", "Odi Batubara"; "Investasi" → "Investasi", "" (no name). Null when the name opens with none.
 * A name that opens with a headline's verb is no name at all.
 */
export function fieldBeforeName(name: string): { field: string; name: string } | null {
  const words = name.trim().split(/\s+/u);
  if (KAN_VERB.test(words[0] ?? '')) return { field: '', name: '' };
  let k = 0;
  while (k < words.length && FIELD.test(words[k] ?? '')) k++;
  return k === 0 ? null : { field: words.slice(0, k).join(' '), name: words.slice(k).join(' ') };
}

/** "Kadis Pariwisata Odi Batubara": the office's field read as the name's first words goes back to the office; a name of field words alone, or opened by a headline's verb, is emptied. */
export function fieldBackToOffice(p: Person): void {
  const field = p.name === null ? null : fieldBeforeName(p.name);
  if (!field) return;
  if (field.field && p.role) p.role = `${p.role} ${field.field}`;
  p.name = field.name;
  p.tokens = nameTokens(field.name);
}
