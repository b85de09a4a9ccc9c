// A Japanese programme lists offices and buildings as well as people: "外務大臣補佐官" (an adviser to
// the foreign minister), "三等書記官" (a third secretary), "総領事館" (a consulate general). None of
// them is a person called 外務大臣, 三等 or 名古屋; the people named with their titles still are.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

test('an adviser and a third secretary listed by office are not people called 外務大臣 and 三等', () => {
  const got = names(
    '大村秀章知事は北京で外交部の李明部長助理と会談しました。\n\n【出席者】李明 部長助理（外務大臣補佐官に相当）、張偉 三等書記官 ほか',
  );
  assert.ok(got.includes('大村秀章'), String(got));
  assert.ok(!got.includes('外務大臣'), String(got));
  assert.ok(!got.includes('三等'), String(got));
});

test('"名古屋総領事館" is a consulate, not a consul general called 名古屋; "葛総領事" is a person', () => {
  const got = names(
    '大村秀章知事は北京で外交部の李明部長助理と会談しました。\n\n日頃より名古屋総領事館の葛総領事とも良好な関係を築いています。',
  );
  assert.ok(!got.includes('名古屋'), String(got));
});

test('a consul general named before the title is still read', () => {
  assert.ok(names('大村秀章知事は名古屋で王偉民総領事と会談しました。\n\n【出席者】王偉民総領事').includes('王偉民'));
});
