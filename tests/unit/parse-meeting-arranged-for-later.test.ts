// A desk officer imports an announcement: a visit still to come, with a sentence that says, in the past,
// that the sides arranged it ("hai bên đã thu xếp tổ chức tham vấn … vào đầu tuần tới": have arranged talks for
// early next week), or that recalls earlier visits by a month alone ("en febrero", "em março"). Neither is a
// meeting held: the record lists no one. A report of talks held, with a next meeting planned, stays a meeting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

const read = (text: string) => parseRecordText(text);

test('a Vietnamese visit announced, with talks "arranged for next week", lists no one', () => {
  const parsed = read(
    [
      'Thứ trưởng Ngoại giao Anh John Harper sẽ thăm Việt Nam đầu tuần tới',
      'Đại sứ quán Anh cho biết Thứ trưởng Ngoại giao Anh John Harper sẽ thăm và làm việc tại Việt Nam đầu tuần tới.',
      'Trên tinh thần đó, hai bên đã thu xếp tổ chức tham vấn chính trị cấp thứ trưởng lần đầu tiên vào đầu tuần tới.',
    ].join('\n\n'),
  );
  assert.deepEqual(parsed.participants, []);
});

test('a Spanish visit put off, recalling visits "en febrero" and "en marzo", reports no meeting', () => {
  const paragraphs = [
    'La visita oficial que debía realizar el canciller Luis Ortega a Lima el próximo lunes fue suspendida y pospuesta para una fecha a determinar.',
    'Esta agenda empezó con la visita del presidente Raúl Peña a Quito, en febrero, y el viaje del canciller Ortega a Bogotá, en marzo, donde se reunió con su par Jorge Salas.',
  ];
  assert.equal(reportsMeeting(paragraphs, 'El canciller Luis Ortega suspendió su visita a Lima'), false);
});

test('a later visit dated by its day ("en febrero de 2021" names no month alone) still reads as held', () => {
  const paragraphs = [
    'La visita oficial que debía realizar el canciller Luis Ortega a Lima el próximo lunes fue suspendida.',
    'El canciller Jorge Salas visitó Asunción el 3 de febrero de 2021 y se reunió con el presidente Raúl Peña.',
  ];
  assert.equal(reportsMeeting(paragraphs, 'El canciller Luis Ortega suspendió su visita a Lima'), true);
});

test('talks held, with the next round set for next week, stay a meeting', () => {
  const names = read(
    [
      'Foreign Minister meets Ghanaian counterpart',
      'Foreign Minister Maria Kassar met Foreign Minister Kofi Mensah in Accra on Monday and discussed trade and energy.',
      'The two ministers agreed to meet again next week in Lusaka.',
    ].join('\n\n'),
  ).participants.map((p) => p.name);
  assert.ok(names.includes('Maria Kassar'));
  assert.ok(names.includes('Kofi Mensah'));
});
