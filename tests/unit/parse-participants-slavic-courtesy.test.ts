// A Russian or Ukrainian release sets "госпожой" (Ukrainian "пані") between the office of the one met
// and a foreign woman's name: "встреча с послом Австрийской Республики госпожой Маргот Клестиль-Леффлер".
// Her name does not decline; the desk files it as written, with the office in the dictionary form and
// the state the office names. A name that declines after the courtesy word is not read here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test('"с послом Австрийской Республики госпожой Ингрид Хольцер-Майр" names the ambassador as written', () => {
  const found = people(
    'В правительстве области состоялась встреча губернатора Ивана Сомова с послом Австрийской Республики госпожой Ингрид Хольцер-Майр.',
  );
  const envoy = found.find((p) => p.name === 'Ингрид Хольцер-Майр');
  assert.ok(envoy, JSON.stringify(found.map((p) => p.name)));
  assert.equal(envoy.country, 'Austria');
  assert.equal(envoy.role, 'посол');
});

test('"с вновь назначенным генеральным консулом КНР в Иркутске госпожой Ван Лин": the consul general, posted in Irkutsk', () => {
  const found = people(
    'Губернатор провел встречу с вновь назначенным генеральным консулом Китайской Народной Республики в Иркутске госпожой Ван Лин. Стороны обсудили торговлю.',
  );
  const consul = found.find((p) => p.name === 'Ван Лин');
  assert.ok(consul, JSON.stringify(found.map((p) => p.name)));
  assert.equal(consul.country, 'China');
  assert.equal(consul.role, 'генеральный консул');
});

test('"зустріч з Надзвичайним і Повноважним Послом Японії пані Кейко Мацуда": the Ukrainian courtesy word too', () => {
  const found = people('Відбулася зустріч ректора з Надзвичайним і Повноважним Послом Японії пані Кейко Мацуда.').map(
    (p) => p.name,
  );
  assert.ok(found.includes('Кейко Мацуда'), JSON.stringify(found));
});
