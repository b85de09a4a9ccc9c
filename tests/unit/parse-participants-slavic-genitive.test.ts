// Russian and Ukrainian wires name both sides of a meeting after the meeting noun, in the genitive
// ("встреча главы МИД … Ивана Петрова и министра … Джона Смита"): the desk files each person under the
// dictionary form, rebuilt where the record never writes it plain, with the written form kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { genitiveDictionaryWord } from '../../electron/node/library/parse/participants/slavic-dictionary.ts';

const names = (text: string): (string | null)[] => parseRecordText(text).participants.map((p) => p.name);

test("'Встреча главы МИД РФ Сергея Лаврова и госсекретаря США Рекса Тиллерсона' lists both, in the dictionary form", () => {
  const text = [
    'Лавров и Тиллерсон обсудили Сирию',
    'Встреча главы МИД РФ Сергея Лаврова и госсекретаря США Рекса Тиллерсона продлилась около часа.',
    'Стороны обсудили ситуацию в Сирии.',
  ].join('\n');
  const people = parseRecordText(text).participants;
  const lavrov = people.find((p) => p.name === 'Сергей Лавров');
  const tillerson = people.find((p) => p.name === 'Рекс Тиллерсон');
  assert.ok(lavrov && tillerson, JSON.stringify(people.map((p) => p.name)));
  assert.equal(lavrov.country, 'Russia');
  assert.equal(tillerson.country, 'United States');
  assert.equal(tillerson.role, 'госсекретарь');
  assert.ok(tillerson.aliases?.includes('Рекса Тиллерсона'), JSON.stringify(tillerson.aliases));
  assert.ok(!people.some((p) => p.name === 'Сергея Лаврова'));
});

test('a governor and a regional chairman met in the genitive, and leaders named after a plural office', () => {
  const governors = names(
    [
      'Форум регионов',
      'В Минске состоялась встреча губернатора Тверской области Игоря Руденя и председателя Брестского облисполкома Юрия Шулейко.',
    ].join('\n'),
  );
  assert.ok(governors.includes('Игорь Рудень'), JSON.stringify(governors));
  assert.ok(governors.includes('Юрий Шулейко'), JSON.stringify(governors));
  const leaders = names(
    ['Переговоры в Кремле', 'В Москве начались переговоры лидеров России и Вьетнама Владимира Путина и То Лама.'].join('\n'),
  );
  assert.ok(leaders.includes('Владимир Путин') && leaders.includes('То Лам'), JSON.stringify(leaders));
});

test('a Ukrainian meeting in the genitive gives the Ukrainian dictionary form', () => {
  const people = names(
    [
      'Зустріч у Львові',
      'Сьогодні відбулася зустріч голови Львівської обласної адміністрації Максима Козицького з послом Польщі.',
    ].join('\n'),
  );
  assert.ok(people.includes('Максим Козицький'), JSON.stringify(people));
});

test('a meeting still to come, or one a quoted statement recalls, names no participant', () => {
  const future = names(
    ['Визит', 'Завтра состоится встреча министра иностранных дел России Сергея Лаврова и главы МИД Турции Хакана Фидана.'].join(
      '\n',
    ),
  );
  assert.ok(!future.includes('Сергей Лавров') && !future.includes('Хакан Фидан'), JSON.stringify(future));
  const quoted = names(
    [
      'Звонок',
      'Министр иностранных дел Сергей Лавров провел телефонный разговор с коллегой.',
      '"Обсуждены итоги телефонных переговоров президента Российской Федерации Владимира Путина с президентом Франции", - говорится в сообщении.',
    ].join('\n'),
  );
  assert.ok(!quoted.includes('Владимир Путин'), JSON.stringify(quoted));
});

test('the genitive endings of given names and surnames, masculine and feminine, Russian and Ukrainian', () => {
  const cases: [string, string, boolean?][] = [
    ['Сергея', 'Сергей'],
    ['Лаврова', 'Лавров'],
    ['Василия', 'Василий'],
    ['Марины', 'Марина'],
    ['Ольги', 'Ольга'],
    ['Ивановой', 'Иванова'],
    ['Игоря', 'Игорь'],
    ['Павла', 'Павел'],
    ['Викторовича', 'Викторович'],
    ['Заславского', 'Заславский'],
    ['Ковтун', 'Ковтун'],
    ['Си', 'Си'],
    ['Михайла', 'Михайло', true],
    ['Сергія', 'Сергій', true],
    ['Кулеби', 'Кулеба', true],
    ['Добкіна', 'Добкін', true],
  ];
  for (const [written, dictionary, ukrainian] of cases)
    assert.equal(genitiveDictionaryWord(written, ukrainian), dictionary, written);
});
