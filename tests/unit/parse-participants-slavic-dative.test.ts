// Russian and Ukrainian name the one handed credentials or a message in the dative: "вручил
// верительные грамоты Президенту Республики Образцово Петру Примерову", "передал президенту Республики
// Конго Жану Мбемба-Нгессо послание". The receiver was in the room, and the desk files him under the
// nominative. A handing over the record only recalls ("Ранее сообщалось, что … передал …") names no
// one in this meeting, nor does a name in the genitive after the message ("послание от президента X").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string) => parseRecordText(text).participants.map((p) => p.name);

test("'вручил верительные грамоты Президенту … Петру Примерову' names the head of state, in the nominative", () => {
  const got = names(
    'Сегодня Чрезвычайный и Полномочный Посол Российской Федерации Иван Сомов вручил верительные грамоты Президенту Республики Образцово Петру Примерову.\nГлава государства поздравил посла с началом миссии.',
  );
  assert.ok(got.includes('Пётр Примеров') || got.includes('Петр Примеров'), JSON.stringify(got));
});

test("a foreign name that does not decline is kept as written: 'передал президенту Республики Конго Жану Мбемба-Нгессо'", () => {
  const got = names(
    'Министр иностранных дел Иван Сомов передал президенту Республики Конго Жану Мбемба-Нгессо личное послание. Встреча прошла в резиденции президента.',
  );
  assert.ok(got.includes('Жан Мбемба-Нгессо'), JSON.stringify(got));
});

test('a recalled handing over and a name in the genitive are not read as the one handed to', () => {
  const got = names(
    [
      'Министр иностранных дел Иван Сомов провёл переговоры с коллегой в Москве.',
      'Ранее сообщалось, что министр передал египетскому президенту Ахмеду Образцову послание.',
      'Гость вручил главе государства послание от президента Узбекистана Шавката Примерова.',
    ].join('\n'),
  );
  assert.ok(!got.includes('Ахмед Образцов'), JSON.stringify(got));
  assert.ok(!got.some((n) => n?.startsWith('Узбекистан')), JSON.stringify(got));
});

test("the office and the state come back too: 'Председателю Государственного совета Ли Вэю', 'Президенту Киргизской Республики'", () => {
  const people = parseRecordText(
    'Посол Иван Сомов вручил верительные грамоты Председателю Государственного совета Ли Вэю. Церемония прошла в Пекине.\nЗатем посол Пётр Образцов вручил грамоты Президенту Киргизской Республики Петру Примерову.',
  ).participants;
  assert.ok(
    people.some((p) => p.name === 'Ли Вэй' && p.role === 'Председатель'),
    JSON.stringify(people.map((p) => [p.name, p.role])),
  );
  assert.ok(
    people.some((p) => p.name?.endsWith('Примеров') && p.country === 'Kyrgyzstan'),
    JSON.stringify(people.map((p) => [p.name, p.country])),
  );
});
