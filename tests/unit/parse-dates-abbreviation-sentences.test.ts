// A desk officer's records put a title or a place's prefix, abbreviated with a full stop, between the meeting's day and
// the meeting it tells: "On 9 May, Assoc. Prof. Tran Van Nam received …", "Ngày 9/5, tại TP. Huế, ông … đã tiếp …",
// "Am 9. Mai hat der stellv. Bürgermeister u. a. … empfangen". The date rules read a day with its own sentence's
// meeting words, so such a stop must not end the sentence; a stop after a sentence's last word still does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentences } from '../../electron/node/library/parse/dates/clauses.ts';

const count = (text: string): number => sentences(text).filter((s) => text.slice(s.start, s.end).trim() !== '').length;

const ONE_SENTENCE: [string, string][] = [
  ['English associate professor', 'On 9 May 2023, Assoc. Prof. Tran Van Nam received the delegation.'],
  ['English titles written together', 'On 9 May 2023, Assoc.Prof.Dr. Tran Van Nam received the delegation.'],
  ['English gentlemen', 'On 9 May 2023, Messrs. Brown and Green called on the governor.'],
  ['Vietnamese city', 'Ngày 9/5/2023, tại TP. Huế, ông Trần Văn Nam đã tiếp đoàn công tác.'],
  ['Vietnamese town', 'Sáng 9/5/2023, tại TX. Sơn Tây, Bí thư Trần Văn Nam đã hội kiến Đại sứ Lào.'],
  ['German abbreviations', 'Am 9. Mai 2023 hat der stellv. Bürgermeister u. a. den polnischen Botschafter empfangen.'],
  ['German for example', 'Am 9. Mai 2023 wurden z. B. Gäste aus Polen im Rathaus empfangen.'],
  ['French gentlemen', "Le 9 mai 2023, MM. Dupont et Martin se sont rencontrés à l'hôtel de ville."],
  ['Indonesian doctor in lower case', 'Pada 9 Mei 2023, Wali Kota dr. Budi Santoso menerima kunjungan Duta Besar Jepang.'],
  ['Dutch mister in lower case', 'Op 9 mei 2023 ontving burgemeester mr. Jan de Vries de Japanse ambassadeur.'],
  ['Spanish excellency', 'El 9 de mayo de 2023, el Excmo. Sr. Juan Pérez se reunió con el alcalde.'],
];

for (const [form, text] of ONE_SENTENCE) {
  test(`a ${form} abbreviated with a full stop does not end the sentence: "${text}"`, () => {
    assert.equal(count(text), 1);
  });
}

test('a full stop after a sentence\'s last word still ends it: "… received the delegation. The two sides …"', () => {
  assert.equal(count('On 9 May 2023, the mayor received the delegation. The two sides signed an agreement.'), 2);
  assert.equal(count('Ngày 9/5/2023, ông Trần Văn Nam đã tiếp đoàn. Hai bên đã ký biên bản ghi nhớ.'), 2);
  assert.equal(count('Am 9. Mai 2023 empfing der Bürgermeister den Botschafter. Beide sprachen über die Partnerschaft.'), 2);
});
