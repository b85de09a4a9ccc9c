// Russian and Ukrainian name both sides of a meeting in the genitive after the word for it: "состоялась
// встреча губернатора … Василия Голубева и председателя … Владимира Караника". The desk files each
// under the dictionary form, rebuilt from the endings and marked so, with the written form kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string) => parseRecordText(text).participants;

test("'встреча губернатора … Ивана Сомова и председателя … Петра Лукина' lists both, in the nominative", () => {
  const text = [
    'Губернатор обсудил сотрудничество с Гомельской областью',
    '12 мая в Минске состоялась встреча губернатора Брянской области Ивана Сомова и председателя Гомельского облисполкома Петра Лукина.',
    'Обсудили торговлю и планы рабочей группы.',
  ].join('\n');
  const found = people(text);
  const names = found.map((p) => p.name);
  assert.ok(names.includes('Иван Сомов'), JSON.stringify(names));
  assert.ok(names.includes('Пётр Лукин'), JSON.stringify(names));
  const somov = found.find((p) => p.name === 'Иван Сомов');
  assert.match(somov?.role ?? '', /^губернатор Брянской области/);
  assert.ok(somov?.aliases?.includes('Ивана Сомова'), JSON.stringify(somov?.aliases));
});

test("a woman governor: 'встреча Губернатора … Ольги Кравец с послом' gives Ольга Кравец", () => {
  const text = [
    'Встреча с послом Финляндии',
    'Сегодня состоялась встреча Губернатора Мурманской области Ольги Кравец с послом Финляндии.',
    'Стороны обсудили приграничное сотрудничество.',
  ].join('\n');
  assert.ok(
    people(text).some((p) => p.name === 'Ольга Кравец'),
    JSON.stringify(people(text).map((p) => p.name)),
  );
});

test("a meeting still to come ('відбудеться зустріч президента … Віктора Коваля') names no participant", () => {
  const text = [
    'Посол зустрівся з міністром',
    'Посол України Петро Бойко зустрівся з Міністром закордонних справ Польщі Яном Ковальським.',
    'Зокрема, 17 вересня відбудеться зустріч президента України Віктора Коваля та президента Польщі Анджея Новака.',
  ].join('\n');
  const names = people(text).map((p) => p.name);
  assert.ok(!names.includes('Віктор Коваль'), JSON.stringify(names));
});

test('talks quoted from a statement about other talks are not this meeting', () => {
  const text = [
    'Лавров обсудил с коллегой подготовку диалога',
    'Глава МИД Иван Орлов провел переговоры с венгерским коллегой Петером Сабо.',
    '"Обсуждена подготовка мероприятий, согласованных в ходе переговоров президента Российской Федерации Владимира Путина с президентом США", - говорится в сообщении.',
  ].join('\n');
  const names = people(text).map((p) => p.name);
  assert.ok(!names.includes('Владимир Путин'), JSON.stringify(names));
});
