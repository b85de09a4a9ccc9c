// Russian and Ukrainian records name who came along in the genitive after the noun of company ("в
// сопровождении посла … Алексея Мордашова", "у супроводі", "за участі їхніх заступників …"); a guest
// received in the accusative ("принял посла Японии Таро Ямаду"), whose Vietnamese or Korean name keeps
// its undeclined first words ("Нгуен Ван Ана"); a host whose sentence puts the date before the verb;
// an envoy of a state with a plural name ("посла Соединенных Штатов Кристиной Квин").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string) => parseRecordText(text).participants.map((p) => p.name);

test("a Russian record whose minister came 'в сопровождении посла …' lists the ambassador who came along", () => {
  const got = names(
    [
      'Министр прибыл в Париж',
      'Глава МИД Иван Образцов провёл переговоры в Париже в сопровождении посла России во Франции Алексея Мордашова. Обсуждены вопросы торговли.',
    ].join('\n'),
  );
  assert.ok(got.includes('Алексей Мордашов'), JSON.stringify(got));
  assert.ok(got.includes('Иван Образцов'), JSON.stringify(got));
});

test("a Ukrainian record naming the deputies 'за участі їхніх заступників X та Y' lists both", () => {
  const got = names(
    [
      'Посол зустрівся з ректорами',
      'Відбулася зустріч посла Республіки Прикладія з ректором університету Іваном Зразковим за участі їхніх заступників Петра Коваленка та Андрія Шевчука. Обговорили співпрацю.',
    ].join('\n'),
  );
  assert.ok(got.includes('Петро Коваленко'), JSON.stringify(got));
  assert.ok(got.includes('Андрій Шевчук'), JSON.stringify(got));
});

test("a Ukrainian record whose adviser came 'у супроводі радника …' lists the adviser", () => {
  const got = names(
    [
      'Зустріч у посольстві',
      'Посол Іван Петренко зустрівся з ректором університету у супроводі радника посольства Андрія Коваленка. Обговорили співпрацю.',
    ].join('\n'),
  );
  assert.ok(got.includes('Андрій Коваленко'), JSON.stringify(got));
});

test("an agenda's briefing 'за участю командира …' with no meeting names nobody", () => {
  const got = names(
    [
      'План заходів на тиждень',
      '10.00 – брифінг голови облдержадміністрації з актуальних питань за участю командира батальйону Олександра Зразкового (прес-центр);',
    ].join('\n'),
  );
  assert.ok(!got.includes('Олександр Зразковий'), JSON.stringify(got));
});

test("a Russian record in which the governor 'принял посла Японии Таро Ямаду' lists Таро Ямада, and a woman so received by her own name", () => {
  assert.ok(
    names(
      'Губернатор принял посла\nГубернатор Пётр Сидоров принял посла Японии Таро Ямаду. Обсуждены вопросы сотрудничества.',
    ).includes('Таро Ямада'),
  );
  assert.ok(
    names('Губернатор приняла посла\nГубернатор Ольга Петрова приняла посла Франции Анну Дюран. Обсуждены вопросы.').includes(
      'Анна Дюран',
    ),
  );
  assert.ok(
    names('Мер прийняв посла\nМер Іван Петренко прийняв посла Японії Таро Ямаду. Обговорили співпрацю.').includes('Таро Ямада'),
  );
});

test('a Vietnamese or Korean guest received in Russian keeps the undeclined first words of the name', () => {
  const vietnamese = names(
    'Губернатор принял посла\nГубернатор Пётр Сидоров принял посла Вьетнама Нгуен Ван Ана. Обсуждены вопросы.',
  );
  assert.ok(vietnamese.includes('Нгуен Ван Ан'), JSON.stringify(vietnamese));
  const korean = names('Губернатор принял посла\nГубернатор Пётр Сидоров принял посла Кореи Ли Сон Гюна. Обсуждены вопросы.');
  assert.ok(korean.includes('Ли Сон Гюн'), JSON.stringify(korean));
  const kazakh = names(
    'Президент принял посла\nПрезидент Иван Петров принял посла Республики Казахстан Ерлана Карина. Обсуждены вопросы.',
  );
  assert.ok(kazakh.includes('Ерлан Карин') && !kazakh.some((n) => n?.startsWith('Казахстан')), JSON.stringify(kazakh));
});

test("'встретился с послом Кореи Ким Мин Су' does not cut the Korean name to 'Ким Мин'", () => {
  const got = names('Министр встретился с послом\nМинистр Иван Петров встретился с послом Кореи Ким Мин Су. Обсуждены вопросы.');
  assert.ok(!got.includes('Ким Мин'), JSON.stringify(got));
});

test('a Ukrainian minister whose sentence puts the date between the name and the verb is listed', () => {
  const got = names(
    'Міністр зустрівся з послом\nМіністр Іван Петренко 5 травня 2024 року зустрівся з послом Японії Таро Ямадою. Обговорили співпрацю.',
  );
  assert.ok(got.includes('Іван Петренко'), JSON.stringify(got));
});

test("an envoy 'посла Соединенных Штатов Кристиной Квин' is filed as Кристина Квин, not under the state's words", () => {
  const got = names(
    'Встреча в офисе\nМэр Иван Петров написал: «Сегодня я встретился с временным поверенным в делах Соединенных Штатов Кристиной Квин». Он поблагодарил гостью.',
  );
  assert.ok(got.includes('Кристина Квин'), JSON.stringify(got));
  assert.ok(!got.some((n) => n?.startsWith('Соединенных')), JSON.stringify(got));
});

test("the second member of a delegation, 'и первый секретарь Ханако Сато', is listed", () => {
  const got = names(
    'Визит делегации\nМинистр Иван Петров провёл встречу с японской делегацией. В состав делегации вошли советник Итиро Судзуки и первый секретарь Ханако Сато.',
  );
  assert.ok(got.includes('Ханако Сато'), JSON.stringify(got));
});

test('a surname the record writes undeclined in both cases keeps its written form ("Віктора Коцура" beside "Віктор Коцура")', () => {
  const got = names(
    [
      'Ректори підписали договір',
      'Сьогодні відбулася зустріч міністра освіти Віктора Коцура з директором фонду. Міністр Віктор Коцура подякував за гостинність.',
    ].join('\n'),
  );
  assert.ok(got.includes('Віктор Коцура') && !got.includes('Віктор Коцур'), JSON.stringify(got));
});

test("a Polish or Czech record that writes the office with a capital, 'z Ambasadorem Japonii Tsukasą Kawadą', lists the envoy", () => {
  const polish = names(
    'Spotkanie z ambasadorem\nPrezydent miasta Jan Kowalski spotkał się z Ambasadorem Japonii Tsukasą Kawadą. Rozmawiano o współpracy gospodarczej.',
  );
  assert.ok(polish.includes('Tsukasa Kawada'), JSON.stringify(polish));
  const czech = names(
    'Setkání s velvyslancem\nPrimátor Jan Novák se včera setkal s Velvyslancem Francie Louisem Dupontem. Hovořili o spolupráci měst.',
  );
  assert.ok(czech.includes('Louis Dupont'), JSON.stringify(czech));
});
