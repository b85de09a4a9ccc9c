// A Ukrainian office in the instrumental may hold a body named after someone, with the initials
// before the surname ("з ректоркою університету імені В. Н. Каразіна Тетяною Мельник"): the
// initials are words of the description, and the one met is the declined name after it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

test('initials inside a university’s name do not stop the reading of the rector met', () => {
  const found = people([
    'Посол зустрівся з ректоркою університету',
    'У понеділок в Посольстві відбулася зустріч Посла з ректоркою Харківського національного університету імені В. Н. Каразіна Тетяною Мельник.',
  ]);
  assert.ok(
    found.some((p) => p.name === 'Тетяна Мельник'),
    JSON.stringify(found),
  );
  assert.ok(!found.some((p) => /Каразін/u.test(p.name ?? '')), JSON.stringify(found));
});

test('initials with no declined name after them read no one', () => {
  const found = people([
    'Зустріч в університеті',
    'Відбулася зустріч з викладачами університету імені В. Н. Каразіна щодо нових програм.',
  ]);
  assert.ok(!found.some((p) => /Каразін/u.test(p.name ?? '')), JSON.stringify(found));
});

test('a second one met after "та", with a description of their own, is read too', () => {
  const found = people([
    'Посол зустрівся з ректорами',
    'В Посольстві відбулася зустріч Посла з ректоркою Київського університету Тетяною Мельник та в.о. ректора Львівського університету Ігорем Савчуком.',
  ]);
  const second = found.find((p) => p.name === 'Ігор Савчук');
  assert.ok(second, JSON.stringify(found));
  assert.match(second.role ?? '', /^в\.о\. ректора/u);
});

test('"та" and lower-case words with no declined name after them add no one', () => {
  const found = people([
    'Зустріч з ректором',
    'Відбулася зустріч Посла з ректором університету Петром Ковальчуком та представниками студентського самоврядування.',
  ]);
  assert.equal(
    found.filter((p) => p.name !== 'Петро Ковальчук' && p.name !== null && p.name !== 'Посол').length,
    0,
    JSON.stringify(found),
  );
});
