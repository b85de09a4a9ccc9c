// Russian and Ukrainian readouts often capitalise the office of the one met, in the instrumental:
// "с Президентом Украины Леонидом Кучмой", "с Чрезвычайным и Полномочным Послом Республики Беларусь
// в РФ Александром Рогожником", "з Міністром закордонних справ Російської Федерації Сергієм Лавровим".
// The office and the state's name are the description; the person is the name after them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { dictionaryForm } from '../../electron/node/library/parse/participants/slavic-dictionary.ts';

const names = (text: string): (string | null)[] => parseRecordText(text).participants.map((p) => p.name);

test("'с Президентом Молдовы Игорем Доданом': the president met is Игорь Додан, not 'Президент Молдовы Игорь'", () => {
  const text = [
    'Переговоры в Астане',
    'Президент Казахстана Иван Сидоров провёл переговоры с Президентом Молдовы Игорем Доданом в Астане.',
    'Стороны обсудили торговлю.',
  ].join('\n');
  const people = parseRecordText(text).participants;
  const guest = people.find((p) => p.name === 'Игорь Додан');
  assert.ok(guest, JSON.stringify(people.map((p) => p.name)));
  assert.equal(guest.country, 'Moldova');
  assert.ok(!people.some((p) => (p.name ?? '').startsWith('Президент')), JSON.stringify(people.map((p) => p.name)));
});

test('a governor meets an ambassador whose whole title is capitalised, down to the state he serves', () => {
  const text = [
    'Губернатор встретился с послом',
    'Губернатор Тверской области Пётр Орлов встретился с Чрезвычайным и Полномочным Послом Республики Беларусь в РФ Антоном Климовичем.',
    'На встрече обсудили поставки техники.',
  ].join('\n');
  const people = parseRecordText(text).participants;
  const envoy = people.find((p) => p.name === 'Антон Климович');
  assert.ok(envoy, JSON.stringify(people.map((p) => p.name)));
  assert.equal(envoy.country, 'Belarus');
});

test("Ukrainian: 'з Міністром закордонних справ Російської Федерації Сергієм Лавровим' gives Сергій Лавров of Russia", () => {
  const text = [
    'Зустріч у Нью-Йорку',
    'Посол України Петро Коваль зустрівся з Міністром закордонних справ Російської Федерації Сергієм Лавровим.',
    'Сторони обговорили ситуацію.',
  ].join('\n');
  const people = parseRecordText(text).participants;
  const lavrov = people.find((p) => p.name === 'Сергій Лавров');
  assert.ok(lavrov, JSON.stringify(people.map((p) => p.name)));
  assert.equal(lavrov.country, 'Russia');
});

test('an office with no name after it is nobody: "с Губернатором Брянской области"', () => {
  const text = [
    'Рабочая встреча',
    'Состоялась рабочая встреча Министра иностранных дел с Губернатором Брянской области.',
    'Обсудили внешнеэкономические связи.',
  ].join('\n');
  assert.ok(!names(text).some((n) => (n ?? '').startsWith('Губернатор')), JSON.stringify(names(text)));
});

test('a soft-stem surname in the instrumental comes back with its soft sign: Вайлем → Вайль', () => {
  assert.equal(dictionaryForm('Крістофом Вайлем', true), 'Крістоф Вайль');
  assert.equal(dictionaryForm('Николаем Гоголем'), 'Николай Гоголь');
});

test("'с секретарём Совета Безопасности Рашидом Нургалиевым': the body's name describes him, the person is Рашид Нургалиев", () => {
  const text = [
    'Встречи в Москве',
    'Глава республики Иван Петров провёл встречу с первым заместителем секретаря Совета Безопасности Рашидом Нургалиевым.',
    'Затем состоялась встреча с временным поверенным в делах США в Республике Молдова Кевином Ковертом.',
  ].join('\n');
  const got = names(text);
  assert.ok(got.includes('Рашид Нургалиев'), JSON.stringify(got));
  assert.ok(got.includes('Кевин Коверт'), JSON.stringify(got));
  assert.ok(!got.some((n) => n?.startsWith('Совета') || n?.startsWith('Республике')), JSON.stringify(got));
});
