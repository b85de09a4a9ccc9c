// A day the record recalls from a week or more back ("Hace una semana, el pasado jueves 11, …") is an earlier
// meeting's, and a day something was said in a report ("said in its annual report on Tuesday (Feb 13)") is the
// telling's: neither is the meeting the record reports, so the desk officer gets no date rather than a wrong one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const record = (lines: string[]) => parseRecordText(lines.join('\n\n'));

test('a Spanish record recalling a meeting "hace una semana, el pasado jueves 11" gives no meeting date', () => {
  const r = record([
    'El gobernador se reunió con el ministro de Economía',
    'date 2025-09-18',
    'El gobernador Pedro Díaz se reunió con el ministro de Economía, Juan Pérez, para coordinar una agenda de trabajo.',
    'Así lo informaron en sus redes sociales, sin más detalles sobre el encuentro.',
    'Se trata de una nueva reunión con autoridades nacionales. Hace una semana, el pasado jueves 11, el gobernador se reunió con el ministro del Interior.',
  ]);
  assert.equal(r.meetingDate, null);
});

test('a French record recalling "Il y a deux semaines, le 3 mai" does not take that day for its meeting', () => {
  const r = record([
    'Le maire reçoit l’ambassadeur du Japon',
    'date 2024-05-20',
    'Le maire a reçu l’ambassadeur du Japon, Kenji Sato, à l’hôtel de ville pour parler des échanges scolaires.',
    'Il y a deux semaines, le 3 mai, le maire avait rencontré le consul du Japon à Lyon.',
  ]);
  assert.notEqual(r.meetingDate, '2024-05-03');
});

test('the meeting told "on Thursday" in the lead keeps its day beside a recalled one', () => {
  const r = record([
    'Governor meets Economy Minister',
    'date 2025-09-19',
    'Governor Pedro Diaz met Economy Minister Juan Perez in Buenos Aires on Thursday to coordinate a joint agenda.',
    'Two weeks ago, on 4 September, the governor had met the Interior Minister.',
  ]);
  assert.equal(r.meetingDate, '2025-09-18');
});

test('an English record dated by the day a chamber "said in its year-in-review" gives no meeting date', () => {
  const r = record([
    'Chamber sees rising interest in South-east Asia',
    'date 2024-02-13',
    'THERE has been rising interest in South-east Asia among members of the business chamber, the chamber said in its year-in-review for 2023 on Tuesday (Feb 13).',
    'Last year, the chamber organised four business missions to nine provinces, and received nearly 130 delegations from abroad.',
    'The chamber also hosted a conference that drew more than 2,000 participants.',
  ]);
  assert.equal(r.meetingDate, null);
});

test('"the ministry said in a statement on Monday" after the talks still leaves the talks their own day', () => {
  const r = record([
    'Ministers hold talks in Jakarta',
    'date 2024-03-05',
    'The foreign ministers of Indonesia and Australia held talks in Jakarta on 4 March 2024, the ministry said in a statement on Tuesday.',
  ]);
  assert.equal(r.meetingDate, '2024-03-04');
});
