// A preview announces talks still to come: "sera reçu par le président" (French), "من المرتقب أن
// يستقبل" (Arabic, it is expected that … receives), "في زيارة … يلتقي خلالها" (a visit during which he
// meets). Nobody has met yet: the desk officer files no participants.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string): (string | null)[] => parseRecordText(text).participants.map((p) => p.name);

test("'Le ministre … sera reçu par le président … les 9 et 10 juin' lists no one", () => {
  const text = [
    'Le chef de la diplomatie attendu à Dakar',
    'Le ministre belge des Affaires étrangères, Paul Durand, sera reçu par le président sénégalais Amadou Sow à Dakar les 9 et 10 juin.',
    'Les deux hommes évoqueront la sécurité au Sahel.',
  ].join('\n');
  assert.deepEqual(people(text), []);
});

test("'Cette rencontre devrait avoir lieu dans l'après-midi' is a meeting still to come", () => {
  const text = [
    'Le roi et le président américain au palais',
    'La rencontre entre le Premier ministre belge Jan Peeters et le président américain John Smith devrait avoir lieu dans l’après-midi au palais.',
    'La Maison Blanche a annoncé que M. Smith rencontrerait aussi des dirigeants belges.',
  ].join('\n');
  assert.deepEqual(people(text), []);
});

test("Arabic: 'في زيارة تستغرق يومين يلتقي خلالها الرئيس' announces the trip, no one has met", () => {
  const text = [
    'وزير الخارجية يتوجه إلى عمان',
    'يتوجه وزير الخارجية أحمد سالم اليوم إلى عمان في زيارة تستغرق يومين يلتقي خلالها العاهل الأردني.',
    'ومن المرتقب أن يستقبل رئيس الوزراء الأردني خالد يوسف الوزير بحضور عدد من المسؤولين.',
  ].join('\n');
  assert.deepEqual(people(text), []);
});

test('a reception that took place is still read: "a reçu" in the past', () => {
  const text = [
    'Le président reçoit le ministre',
    'Le président sénégalais Amadou Sow a reçu mardi à Dakar le ministre belge des Affaires étrangères, Paul Durand.',
    'Les deux hommes ont évoqué la sécurité au Sahel.',
  ].join('\n');
  assert.ok(people(text).includes('Amadou Sow'), JSON.stringify(people(text)));
});
