// Turkish names a party's chair "Genel Başkanı" before the name, often with the courtesy word "Sayın"
// ("Genel Başkanı Sayın Ayşe Örnek"), and glues the case ending to the guest's name after an apostrophe
// ("Mehmet Örnekoğlu'nu kabul etti"). The desk lists both, without "Sayın" and without the ending. A
// chair named by the office alone ("Genel Başkanı, … açıkladı") is no one the desk can list.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string) => parseRecordText(text).participants.map((p) => p.name);

test('"Genel Başkanı X, … Genel Başkanı Y\'yi kabul etti" lists both chairs', () => {
  const got = names(
    'Örnek Partisi Genel Başkanı Ali Örnek, Deneme Partisi Genel Başkanı Mehmet Örnekoğlu’nu Ankara’da kabul etti. Görüşme bir saat sürdü.',
  );
  assert.ok(got.includes('Ali Örnek'), JSON.stringify(got));
  assert.ok(got.includes('Mehmet Örnekoğlu'), JSON.stringify(got));
});

test('"Genel Başkanı Sayın Ayşe Örnek": the courtesy word is no part of the name; no name, no person', () => {
  const got = names('Cumhurbaşkanı Ali Deneme, Deneme Partisi Genel Başkanı Sayın Ayşe Örnek ile görüştü.');
  assert.ok(got.includes('Ayşe Örnek'), JSON.stringify(got));
  assert.ok(!got.some((n) => n?.startsWith('Sayın')), JSON.stringify(got));
  const none = names(
    'Parti yönetimi toplandı. Deneme Partisi Genel Başkanı, toplantının ardından seçim takvimini açıkladı ve yeni adayların listesini duyurdu.',
  );
  assert.deepEqual(none, []);
});
