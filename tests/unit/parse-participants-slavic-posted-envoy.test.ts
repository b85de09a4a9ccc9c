// Ukrainian and Russian releases write an envoy's full style before the name: the state's formal
// name, then where the envoy is posted, perhaps "пан": "Надзвичайний і Повноважний Посол Республіки
// Образія в Україні пан Іван Примерко". "Республіки Образія" stands before a lower-case "в" and is
// no name; the name is what follows the posting. A capitalised word left over before the name that is
// no country ("в России Ли Сок Бэ") is the name's own first word: half a name is not read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test('"Посол Республіки Індонезія в Україні пан Юдді Сантосо" is the envoy, named after his posting', () => {
  const found = people(
    'Надзвичайний і Повноважний Посол Республіки Індонезія в Україні пан Юдді Сантосо зустрівся з міським головою Черкас.',
  );
  const envoy = found.find((p) => p.name === 'Юдді Сантосо');
  assert.ok(envoy, JSON.stringify(found.map((p) => p.name)));
  assert.equal(envoy.country, 'Indonesia');
});

test('"Посол Республики Корея в России Ли Сок Бэ": no half of the name is read as the envoy', () => {
  const found = people('Посол Республики Корея в России Ли Сок Бэ встретился с губернатором области.').map((p) => p.name);
  assert.ok(!found.includes('Сок Бэ'), JSON.stringify(found));
});
