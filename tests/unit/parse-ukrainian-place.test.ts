// A Ukrainian release names where the meeting was in the locative ("у Нью-Йорку", "в Одесі", "у Львові"):
// the desk files the place as it is called. An envoy's post ("послом Канади в Україні Ларисою …") is not where
// anyone met, nor is a meeting still to come ("переговори пройдуть у Києві").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { ukrainianNominative } from '../../electron/node/library/parse/place/ukrainian.ts';

test("a mayor's talks 'у Нью-Йорку' are filed under Нью-Йорк, a governor's 'в Одесі' under Одеса", () => {
  const ny = parseRecordText(
    [
      'Мер Житомира зустрівся з мером Нью-Йорка',
      'Міський голова Житомира Іван Приклад зустрівся у Нью-Йорку з мером міста Джоном Смітом.',
      'Сторони обговорили побратимські зв’язки.',
    ].join('\n'),
  );
  assert.equal(ny.place, 'Нью-Йорк');
  const odesa = parseRecordText(
    [
      'Голова ОДА провів зустріч з Генеральним консулом',
      'Голова обласної адміністрації Петро Зразок провів зустріч з Генеральним консулом Болгарії Іваном Івановим в Одесі.',
      'Одеса і Варна мають давні зв’язки.',
    ].join('\n'),
  );
  assert.equal(odesa.place, 'Одеса');
});

test("an ambassador 'в Україні' named in the instrumental gives no place: the country is the envoy's post", () => {
  const r = parseRecordText(
    [
      'Мер Вінниці провів зустріч з послом Норвегії',
      'Міський голова Вінниці Сергій Приклад провів робочу зустріч із послом Норвегії в Україні Ерлінгом Зразковим.',
      'Говорили про відбудову шкіл.',
    ].join('\n'),
  );
  assert.notEqual(r.place, 'Україні Ерлінгом');
  assert.equal(r.place, null);
});

test('talks announced to take place in Kyiv give no meeting place yet', () => {
  const r = parseRecordText(
    [
      'Президентка Естонії приїде з візитом',
      'Переговори президентів пройдуть у Києві наступного тижня.',
      'Про це повідомила пресслужба.',
    ].join('\n'),
  );
  assert.equal(r.place, null);
});

test('the endings a desk meets: locatives of cities and states, and names that do not decline', () => {
  const cases: [string, string][] = [
    ['Києві', 'Київ'],
    ['Львові', 'Львів'],
    ['Вашингтоні', 'Вашингтон'],
    ['Нью-Йорку', 'Нью-Йорк'],
    ['Анталії', 'Анталія'],
    ['Великій Британії', 'Велика Британія'],
    ['Україні', 'Україна'],
    ['Польщі', 'Польща'],
    ['Варшаві', 'Варшава'],
    ['Празі', 'Прага'],
    ['Тбілісі', 'Тбілісі'],
  ];
  for (const [written, filed] of cases) assert.equal(ukrainianNominative(written), filed, written);
  assert.equal(ukrainianNominative('Одесі', 'Місто Одеса …'), 'Одеса');
});
