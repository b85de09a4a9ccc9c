// Ukrainian and Russian official news name people with the father's name between the given name and
// the surname: "міський голова Іван Петрович Коваль". The patronymic's ending says the three words
// are one person's name, however long the office before it runs; the name is kept whole. A
// patronymic in another case ("Сергея Викторовича") is not read by this rule.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('the officials of a visiting town council are read whole, with their long offices', () => {
  const found = people([
    'Зустріч делегацій двох громад',
    'Сьогодні відбулася зустріч делегації Болградської міської громади з представниками Ізмаїльської міської ради.',
    'У зустрічі взяли участь Болградський міський голова Іван Петрович Коваль, перший заступник міського голови з питань діяльності виконавчих органів ради Ольга Степанівна Мельник, начальник відділу будівництва, транспорту та благоустрою Петро Іванович Шевчук.',
  ]);
  const names = found.map((p) => p.name);
  assert.ok(names.includes('Іван Петрович Коваль'), String(names));
  assert.ok(names.includes('Ольга Степанівна Мельник'), String(names));
  assert.ok(names.includes('Петро Іванович Шевчук'), String(names));
  assert.equal(found.find((p) => p.name === 'Іван Петрович Коваль')?.role, 'Болградський міський голова');
  assert.ok(!names.some((n) => n?.startsWith('Петрович')), String(names));
});

test('a patronymic in the genitive is left to the rules that rebuild a declined name', () => {
  const found = people([
    'Встреча в министерстве',
    'Губернатор провел встречу с представителями министерства в присутствии Сергея Викторовича Орлова.',
  ]);
  assert.ok(!found.some((p) => p.name === 'Сергея Викторовича Орлова'), JSON.stringify(found));
});
