// Russian and Ukrainian report a reception with the guest as the verb's object, in the accusative,
// which for a man is the genitive's form: "Президент … принял министра иностранных дел … Ивана
// Сомова", "прийняв посла … Петра Лукина". A delegation received "во главе с министром …" is led by
// that minister, who was in the room too. The desk files each under the dictionary form. A woman in
// the accusative ("приняла посла Анну …") is not rebuilt from this form, and a reception of letters
// of credence names nobody by this form.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string) => parseRecordText(text).participants.map((p) => p.name);

test("'Президент … принял министра иностранных дел … Ивана Сомова' names the guest, in the nominative", () => {
  const got = names(
    [
      'Президент принял министра иностранных дел',
      'Сегодня в Ташкенте Президент Республики Образцово Пётр Примеров принял министра иностранных дел Российской Федерации Ивана Сомова.',
      'На встрече обсуждены вопросы торговли и транспорта.',
    ].join('\n'),
  );
  assert.ok(got.includes('Иван Сомов'), JSON.stringify(got));
  assert.ok(got.includes('Пётр Примеров'), JSON.stringify(got));
});

test("Ukrainian: 'прийняв посла … Петра Лукина'", () => {
  const got = names(
    [
      'Голова облдержадміністрації прийняв посла',
      'Голова облдержадміністрації Іван Зразковий прийняв посла Республіки Прикладія Петра Лукина. Під час зустрічі обговорили співпрацю.',
    ].join('\n'),
  );
  assert.ok(got.includes('Петро Лукин'), JSON.stringify(got));
});

test("'принял делегацию во главе с министром … Иваном Сомовым': the minister who leads it", () => {
  const got = names(
    [
      'Президент принял делегацию',
      'Президент Образцово Пётр Примеров сегодня принял делегацию во главе с министром иностранных дел Российской Федерации Иваном Сомовым.',
      'Обсуждены вопросы сотрудничества.',
    ].join('\n'),
  );
  assert.ok(got.includes('Иван Сомов'), JSON.stringify(got));
});

test('a woman received in the accusative, and letters of credence received, give no misread name', () => {
  const got = names(
    [
      'Губернатор приняла посла',
      'Губернатор области Ольга Образцова приняла посла Прикладии Анну Сомову и приняла верительные грамоты у посла. Стороны провели переговоры о торговле.',
    ].join('\n'),
  );
  assert.ok(!got.includes('Анну Сомову') && !got.includes('Анну Сомов'), JSON.stringify(got));
});
