// Russian and Ukrainian headlines name well-known officials by the bare surname: "Громов проводит
// встречу с генсеком", "встреча Громова и Тиллерсона", "Громов и Керри обсудили", "зустріч Коваленка
// та Сміта". A desk officer still wants those people listed, filed under the nominative. A call
// "между Президентом … X-ом и … Y-ом" names both sides in the instrumental. A headline that ends on
// the guest's name ("… принял министра … Ивана Сомова") names him too. A city named like a surname
// ("переговоры Киева и Москвы") is no person.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string) => parseRecordText(text).participants.map((p) => p.name);

test("a bare surname before the verb of meeting: 'Громов проводит встречу с …'", () => {
  const got = names(
    [
      'Громов проводит встречу с генсеком ООН',
      'Стороны обменялись рукопожатием в зале приёмов штаб-квартиры. Встреча продолжилась без прессы.',
    ].join('\n'),
  );
  assert.ok(got.includes('Громов'), JSON.stringify(got));
});

test("both sides after the meeting noun, in the genitive: 'встреча Громова и Тиллерсона'", () => {
  const got = names(
    [
      'В Вене началась встреча Громова и Тиллерсона',
      'Главы внешнеполитических ведомств проводят переговоры в отеле. Это первая личная встреча дипломатов.',
    ].join('\n'),
  );
  assert.ok(got.includes('Громов'), JSON.stringify(got));
  assert.ok(got.includes('Тиллерсон'), JSON.stringify(got));
});

test("both sides as the subject: 'Громов и Керри обсудили …'; Ukrainian 'зустріч Коваленка та Сміта'", () => {
  const ru = names('Переговоры продлились четыре часа. В ходе встречи Громов и Керри обсудили двусторонние отношения.');
  assert.ok(ru.includes('Громов') && ru.includes('Керри'), JSON.stringify(ru));
  const uk = names('У Брюсселі відбулася зустріч Коваленка та Сміта.\nСторони обговорили співпрацю в енергетиці.');
  assert.ok(uk.includes('Коваленко') && uk.includes('Сміт'), JSON.stringify(uk));
});

test("a call 'между Президентом … X-ом и … Y-ом' names both; a headline ending on the guest names him", () => {
  const call = names(
    'Состоялся телефонный разговор между Президентом Республики Узбекистан Петром Образцовым и Президентом Республики Казахстан Иваном Примеровым.',
  );
  assert.ok(call.includes('Пётр Образцов') || call.includes('Петр Образцов'), JSON.stringify(call));
  assert.ok(call.includes('Иван Примеров'), JSON.stringify(call));
  const headline = names(
    'Пётр Громов принял министра иностранных дел Узбекистана Ивана Сомова\n\nВ ходе встречи обсуждены вопросы торговли.',
  );
  assert.ok(headline.includes('Иван Сомов'), JSON.stringify(headline));
});

test('a city shaped like a surname is no person: "переговоры Киева и Москвы", "Пекин провёл переговоры"', () => {
  const got = names(
    'Переговоры Киева и Москвы прошли в Стамбуле. В Киеве заявили, что обсудили обмен пленными. Пекин провёл переговоры с делегацией, в Пекине их назвали полезными.',
  );
  assert.ok(!got.includes('Киев') && !got.includes('Киева') && !got.includes('Пекин'), JSON.stringify(got));
});
