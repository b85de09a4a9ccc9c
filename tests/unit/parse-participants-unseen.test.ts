// Rules written from records never seen while tuning (the people7 batch): a meeting only announced
// has no participants; a name written in another case is given in its dictionary form.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a meeting that is only announced, planned or put off has no participants', () => {
  test('an English preview: "to hold talks" says the talks are still to come', () => {
    assert.deepEqual(
      names(
        'Brazil, Kenya foreign ministers to hold talks on trade\n\nForeign Minister Ana Costa and her counterpart Lena Berg to hold talks in Nairobi.',
      ),
      [],
    );
  });

  test('a Chinese announcement: "届时…将与…举行会谈" is a visit still to come', () => {
    assert.deepEqual(names('外交部发言人宣布,应外长李明邀请,某国外长张华将访华。届时,李明外长将与张华外长举行会谈。'), []);
  });

  test('a Thai preview: "มีกำหนดหารือ" (is scheduled to discuss)', () => {
    assert.deepEqual(names('ในการเยือนครั้งนี้ นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการต่างประเทศมีกำหนดหารือกับนายบุญมี ศรีสุข'), []);
  });

  test('a Spanish report of a meeting put off: "la reunión… se pospuso"', () => {
    assert.deepEqual(
      names('La reunión del canciller Luis Pardo con 20 embajadores se pospuso, pues algunos no podrían asistir.'),
      [],
    );
  });

  test('a Russian preview: "встреча пройдёт" (the meeting will take place)', () => {
    assert.deepEqual(names('Встреча министра Ивана Орлова с коллегой пройдёт в Казани в июне.'), []);
  });

  test('a meeting held after travelling "to meet": the talks took place, both are in the room', () => {
    assert.deepEqual(
      names(
        'Foreign Minister Ana Costa travelled to Nairobi to meet Foreign Minister Lena Berg and held talks with her on Tuesday.',
      ),
      ['Ana Costa', 'Lena Berg'],
    );
  });
});
