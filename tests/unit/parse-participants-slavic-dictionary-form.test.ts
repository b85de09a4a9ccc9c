// Russian and Ukrainian name the one met in the instrumental ("с Борисом Грызловым"): the desk files
// the person under the dictionary form, so it is rebuilt, marked as rebuilt, with the written form kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { dictionaryForm, genitiveDictionaryWord } from '../../electron/node/library/parse/participants/slavic-dictionary.ts';

test("'провёл переговоры с … Борисом Грызловым' lists Борис Грызлов, rebuilt, with the written form beside it", () => {
  const text = [
    'Губернатор провёл переговоры с послом',
    'Губернатор края Иван Петров провёл переговоры с послом России в Беларуси Борисом Грызловым в Минске.',
    'Стороны обсудили торговлю и культурные связи.',
  ].join('\n');
  const people = parseRecordText(text).participants;
  const envoy = people.find((p) => p.name === 'Борис Грызлов');
  assert.ok(envoy, JSON.stringify(people.map((p) => p.name)));
  assert.ok(envoy.aliases?.includes('Борисом Грызловым'), JSON.stringify(envoy.aliases));
  assert.match(envoy.why ?? '', /dictionary form rebuilt/);
});

test('the record writing the name plain elsewhere gives that form, not a rebuilt one', () => {
  const text = [
    'Лавров встретился с Фиданом',
    'Министр иностранных дел России Сергей Лавров провёл переговоры с главой МИД Турции Хаканом Фиданом.',
    'Хакан Фидан поблагодарил российскую сторону.',
  ].join('\n');
  const fidan = parseRecordText(text).participants.find((p) => p.name === 'Хакан Фидан');
  assert.ok(fidan);
  assert.doesNotMatch(fidan.why ?? '', /rebuilt/);
});

test('the endings of given names and surnames, masculine and feminine, Russian and Ukrainian', () => {
  const cases: [string, string, boolean?][] = [
    ['Сергеем Лавровым', 'Сергей Лавров'],
    ['Еленой Ивановой', 'Елена Иванова'],
    ['Марией Захаровой', 'Мария Захарова'],
    ['Игорем Моргуловым', 'Игорь Моргулов'],
    ['Дмитрием Медведевым', 'Дмитрий Медведев'],
    ['Павлом Кузнецовым', 'Павел Кузнецов'],
    ['Натальей Поклонской', 'Наталья Поклонская'],
    ['Александром Вучичем', 'Александр Вучич'],
    ['Николасом Мадуро', 'Николас Мадуро'],
    ['Ким Чен Ыном', 'Ким Чен Ын'],
    ['Дмитром Кулебою', 'Дмитро Кулеба', true],
    ['Сергієм Лавровим', 'Сергій Лавров', true],
    // Ukrainian surnames in -ко decline; a к after a vowel, or in Вовк, belongs to the stem.
    ['Віталієм Кличком', 'Віталій Кличко', true],
    ['Тарасом Шевченком', 'Тарас Шевченко', true],
    ['Олегом Ляшком', 'Олег Ляшко', true],
    ['Майком Помпео', 'Майк Помпео', true],
    ['Остапом Гнатюком', 'Остап Гнатюк', true],
    ['Іваном Вовком', 'Іван Вовк', true],
  ];
  for (const [written, dictionary, ukrainian] of cases) assert.equal(dictionaryForm(written, ukrainian), dictionary, written);
});

test('a Ukrainian surname in -ко in the genitive is filed under its dictionary form', () => {
  const cases: [string, string][] = [
    ['Костянтина Грищенка', 'Костянтин Грищенко'],
    ['Віталія Кличка', 'Віталій Кличко'],
    ['Остапа Гнатюка', 'Остап Гнатюк'],
  ];
  for (const [written, dictionary] of cases)
    assert.equal(
      written
        .split(' ')
        .map((w) => genitiveDictionaryWord(w, true))
        .join(' '),
      dictionary,
      written,
    );
});

test("a regional governor introduced by office ('Губернатор … области Иван Смирнов встретился') is a participant", () => {
  const text = [
    'Губернатор встретился с делегацией',
    'Губернатор Новгородской области Иван Смирнов встретился с делегацией провинции Цзилинь.',
    'Стороны обсудили сотрудничество в сельском хозяйстве.',
  ].join('\n');
  const smirnov = parseRecordText(text).participants.find((p) => p.name === 'Иван Смирнов');
  assert.ok(smirnov);
  assert.match(smirnov.role ?? '', /^Губернатор/);
});

test("the Russian foreign ministry's \"с Министром иностранных дел Социалистической Республики Вьетнам Буй Тхань Шоном\": the state's formal name and the initials' stops are no obstacle", () => {
  const text = [
    'О переговорах Министра иностранных дел России с Министром иностранных дел Вьетнама',
    '15 января в Москве состоялись переговоры Министра иностранных дел Российской Федерации С.В.Лаврова с Министром иностранных дел Социалистической Республики Вьетнам Буй Тхань Шоном.',
    'Стороны обсудили двустороннее сотрудничество.',
  ].join('\n\n');
  const people = parseRecordText(text).participants;
  const guest = people.find((p) => p.name === 'Буй Тхань Шон');
  assert.ok(guest, JSON.stringify(people.map((p) => p.name)));
  assert.equal(guest.country, 'Viet Nam');
  const korea = parseRecordText(
    [
      'О переговорах министров',
      'В Москве состоялись переговоры Министра иностранных дел Российской Федерации С.В.Лаврова с Министром иностранных дел Республики Корея Пак Чином.',
    ].join('\n\n'),
  ).participants;
  assert.ok(
    korea.some((p) => p.name === 'Пак Чин'),
    JSON.stringify(korea.map((p) => p.name)),
  );
});

test('Ukrainian "з Міністром закордонних справ В\'єтнаму Буй Тхань Шоном": the country in the genitive, with its apostrophe, is whose office it is', () => {
  const people = parseRecordText(
    [
      'Дмитро Кулеба провів переговори з Міністром закордонних справ В’єтнаму',
      "Міністр закордонних справ України Дмитро Кулеба провів переговори з Міністром закордонних справ В'єтнаму Буй Тхань Шоном у Києві.",
    ].join('\n\n'),
  ).participants;
  const guest = people.find((p) => p.name === 'Буй Тхань Шон');
  assert.ok(guest, JSON.stringify(people.map((p) => p.name)));
  assert.equal(guest.country, 'Viet Nam');
});
