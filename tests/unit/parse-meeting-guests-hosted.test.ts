// A desk officer imports a German campus or town-hall page that tells the visit by the guest's stay ("war … zu Gast
// an der Hochschule") and the talk by "sprach mit" / "besprachen mit" (spoke, discussed with), and a Russian city
// page that tells whom the guests were received by with the imperfective "принимал" and the word "гостей"
// ("Иностранных гостей принимал заместитель главы города …"). Each reports a meeting held, and its people are read.
// Talking to the press ("sprach mit der Presse") is no meeting, and the nouns German takes after a bare "in" ("Austausch
// in Wissenschaft und Forschung") are no meeting place.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';
import { findPlace } from '../../electron/node/library/parse/place.ts';

test('a German page telling the ambassador was a guest on campus and spoke with the rector reports a meeting', () => {
  assert.equal(
    reportsMeeting([
      'Die Botschafterin des Königreichs Norwegen, Ingrid Solberg, war am Montag zu Gast an der Hochschule Kiel.',
      'Sie besichtigte die Labore der Fakultät.',
    ]),
    true,
  );
  assert.equal(
    reportsMeeting([
      'Bei der Feier zum Semesterbeginn hielt die Präsidentin des Verbands eine kurze Rede.',
      'Danach sprach sie noch mit Rektor Paul Wegner über die Zusammenarbeit mit Partnerhochschulen.',
    ]),
    true,
  );
});

test('a German page whose guest only spoke with the press reports no meeting', () => {
  assert.equal(
    reportsMeeting([
      'Nach der Preisverleihung sprach die Ministerin mit der Presse über die Förderung der Hochschulen.',
      'Die Preisträger erhielten eine Urkunde.',
    ]),
    false,
  );
});

test('a German campus page naming the rector who spoke with the guest lists him', () => {
  const r = parseRecordText(
    [
      'Generalsekretärin besucht Hochschule',
      '',
      'Bei der Eröffnung des Studienjahres wurde Dr. Helga Brandt, neue Generalsekretärin des Studienwerks, im Auditorium begrüßt.',
      '',
      'Nach dem Festakt sprach sie noch mit Hochschulpräsident Otto Kramer über die Strategie der Hochschule.',
    ].join('\n'),
  );
  const names = r.participants.map((p) => p.name);
  assert.ok(names.includes('Otto Kramer'), names.join(', '));
});

test('a Russian city page telling who received the foreign guests reports a meeting and names the host', () => {
  const r = parseRecordText(
    [
      'В Самаре побывала делегация посольства Канады. Иностранных гостей принимал первый заместитель главы города Олег Петров.',
      '',
      'Гости интересовались развитием транспорта и туризма.',
    ].join('\n'),
  );
  assert.equal(r.meetingReported, true);
  assert.ok(
    r.participants.some((p) => p.name === 'Олег Петров'),
    r.participants.map((p) => p.name).join(', '),
  );
});

test('a German meeting page speaking of exchange "in Wissenschaft und Forschung" gives no such place', () => {
  const place = findPlace([
    'Die Rektorin besprach mit den Gästen Möglichkeiten der Zusammenarbeit.',
    'Gespräche über einen engeren Austausch in Wissenschaft und Forschung werden mit dem Attaché geführt.',
  ]);
  assert.equal(place?.place ?? null, null);
});
