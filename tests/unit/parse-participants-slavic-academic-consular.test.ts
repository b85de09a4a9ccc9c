// Russian and Ukrainian name a university's heads and a consul as they name ministers: the office,
// its complement, then the name ("ректор Полтавського університету Ігор Шевченко", "проректор по
// науке А.В. Смирнов", "генконсул Казахстана в г.Омске Ерлан Сапаров"). The one met after "с" may be
// followed by others, each with an office of their own after a comma; a host may open the sentence
// with a bare name before the verb of meeting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('a rector and a vice-rector written with initials are read after their offices', () => {
  const found = people([
    'Встреча ректоров двух университетов',
    'На встрече в университете были ректор Омского университета А.В. Смирнов и проректор по науке В.И. Петров.',
  ]);
  assert.ok(
    found.some((p) => p.name === 'А.В. Смирнов' && p.role?.startsWith('ректор')),
    JSON.stringify(found),
  );
  assert.ok(
    found.some((p) => p.name === 'В.И. Петров'),
    JSON.stringify(found),
  );
});

test('a consul general after a city written with "г." is read', () => {
  const found = people([
    'Губернатор принял генконсула',
    'Генконсул Казахстана в г.Омске Ерлан Сапаров встретился с губернатором области.',
  ]);
  assert.ok(
    found.some((p) => p.name === 'Ерлан Сапаров'),
    JSON.stringify(found),
  );
});

test('a city secretary in a Ukrainian list is read; a press secretary is not made one', () => {
  const found = people([
    'Зустріч делегацій міст-побратимів',
    'У зустрічі взяли участь міський голова Іван Петренко, секретар міської ради Оксана Мельник, працівники ради.',
    'Прес-секретар Марія Коваль розповіла про візит журналістам.',
  ]);
  assert.ok(
    found.some((p) => p.name === 'Оксана Мельник'),
    JSON.stringify(found),
  );
  assert.ok(!found.some((p) => p.name === 'Марія Коваль' && p.role === 'секретар'), JSON.stringify(found));
});

test('several met after "с", each with an office after a comma', () => {
  const found = people([
    'Визит советника посольства',
    'Гость встретился с ректором Павлом Ивановым, проректором по науке Сергеем Смирновым и директором библиотеки Ириной Волковой.',
  ]);
  for (const n of ['Павел Иванов', 'Сергей Смирнов', 'Ирина Волкова'])
    assert.ok(
      found.some((p) => p.name === n),
      `${n}: ${JSON.stringify(found)}`,
    );
});

test('a consul after a republic and the city of the post is read past both', () => {
  const found = people([
    'Губернатор поблагодарил консула',
    'Губернатор встретился с Генеральным консулом Республики Казахстан в Омске Ерланом Сапаровым.',
  ]);
  assert.ok(
    found.some((p) => p.name === 'Ерлан Сапаров'),
    JSON.stringify(found),
  );
  assert.ok(!found.some((p) => /Омск/u.test(p.name ?? '')), JSON.stringify(found));
});

test('a host named before the verb of meeting is read; an office before it is not a name', () => {
  const found = people([
    'Губернатор провёл встречу с консулом',
    'Игорь Соколов встретился с генеральным консулом Китая в Иркутске.',
  ]);
  assert.ok(
    found.some((p) => p.name === 'Игорь Соколов'),
    JSON.stringify(found),
  );
  const office = people(['Мэр принял гостей', 'Мэр Казани провёл встречу с делегацией из Китая.']);
  assert.ok(!office.some((p) => p.name === 'Мэр Казани'), JSON.stringify(office));
});

test('a host named before when the meeting was and the verb of meeting is read; an office so placed is still none', () => {
  const found = people([
    'Мэр поблагодарил дипломатов',
    'Павел Орлов перед Новым годом встретился с дипломатическим корпусом в здании мэрии.',
  ]);
  assert.ok(
    found.some((p) => p.name === 'Павел Орлов'),
    JSON.stringify(found),
  );
  const office = people(['Мэр принял гостей', 'Мэр Казани в пятницу провёл встречу с делегацией из Китая.']);
  assert.ok(!office.some((p) => p.name === 'Мэр Казани'), JSON.stringify(office));
  // "Earlier" opening the sentence is no given name: "Ранее Павел" is nobody.
  const earlier = people(['Визит министра', 'Ранее Павел Орлов встретился с губернатором области.']);
  assert.ok(!earlier.some((p) => p.name === 'Ранее Павел'), JSON.stringify(earlier));
});

test('the office of one met after "с" is filed in its dictionary form', () => {
  const found = people([
    'Переговоры в Москве',
    'Министр провёл переговоры с первым заместителем председателя правительства Павлом Ивановым и с главой МИД Сергеем Смирновым.',
  ]);
  assert.equal(
    found.find((p) => p.name === 'Павел Иванов')?.role,
    'первый заместитель председателя правительства',
    JSON.stringify(found),
  );
  const ukrainian = people([
    'Зустріч у міській раді',
    'Міський голова зустрівся з Надзвичайним і Повноважним Послом Польщі Яном Ковальським.',
  ]);
  assert.ok(
    ukrainian.some((p) => p.name === 'Ян Ковальський' && p.role?.startsWith('Надзвичайний і Повноважний Посол')),
    JSON.stringify(ukrainian),
  );
});

test('a consul named as the one who held the post before is not read', () => {
  const found = people([
    'Губернатор принял нового консула',
    'Губернатор встретился с новым консулом Китая в Омске.',
    'Прежний консул Иван Петров покинул пост в августе.',
  ]);
  assert.ok(!found.some((p) => p.name === 'Иван Петров'), JSON.stringify(found));
  const current = people(['Губернатор принял консула', 'Консул Иван Петров встретился с губернатором области.']);
  assert.ok(
    current.some((p) => p.name === 'Иван Петров'),
    JSON.stringify(current),
  );
});
