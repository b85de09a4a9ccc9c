// A desk officer imports a town's or an association's news page posted a week or two after the event it tells, which
// opens on that event's day written out: "Le 4 mars 2019, la ville … organisait une journée de l'amitié …".
// That lone date is the meeting's, marked for a check; a date three weeks back, or a day counted from the page, stays
// unknown.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const meeting = (lines: string[]) => parseRecordText(lines.join('\n')).meetingDate;

test('a French town page posted ten days later dates the twinning day by the day its opening writes out', () => {
  assert.equal(
    meeting([
      'Le maire reçoit une délégation de la ville jumelle',
      'Publié le 14/03/2019',
      'Le 4 mars 2019, la ville de Valbonne-sur-Loire organisait une journée de l’amitié avec sa ville jumelle de Mittelstadt. Au programme, plantation d’un arbre, concert des écoles et signature de la charte par les deux maires.',
      'Notre correspondant s’est rendu à la cérémonie pour rencontrer le maire, Paul Girard.',
    ]),
    '2019-03-04',
  );
});

test('a lone date three weeks before the page is not taken for its meeting', () => {
  assert.equal(
    meeting([
      'Le maire reçoit une délégation de la ville jumelle',
      'Publié le 25/03/2019',
      'Le 4 mars 2019, la ville de Valbonne-sur-Loire organisait une journée de l’amitié avec sa ville jumelle de Mittelstadt. Au programme, plantation d’un arbre, concert des écoles et signature de la charte par les deux maires.',
      'Notre correspondant s’est rendu à la cérémonie pour rencontrer le maire, Paul Girard.',
    ]),
    null,
  );
});
