// Two gaps in the words Briefbook knows: Portuguese October and February ("outubro", "fevereiro")
// were never read as months, and a Thai reception ("ให้การต้อนรับ") was not read as a meeting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test("'Publicado em 23 de outubro de 2017' dates a Portuguese page, and 'nesta segunda-feira' its meeting", () => {
  const parsed = parseRecordText(
    [
      'Chanceler recebe embaixador do Japão',
      'Publicado em 23 de outubro de 2017',
      'O chanceler recebeu nesta segunda-feira o embaixador do Japão, Akira Sato, no Palácio Itamaraty, em Brasília.',
    ].join('\n\n'),
  );
  assert.equal(parsed.publishedAt, '2017-10-23');
  assert.equal(parsed.meetingDate, '2017-10-23');
});

test('a Thai governor who "ให้การต้อนรับ" (welcomed) a consul general reports a meeting: the consul is a participant', () => {
  const parsed = parseRecordText(
    [
      'ผู้ว่าราชการจังหวัดต้อนรับกงสุลใหญ่',
      'วันที่ 5 มีนาคม 2567 นายสมชาย ใจดี ผู้ว่าราชการจังหวัดเชียงราย ให้การต้อนรับ นายหวัง เฉิน กงสุลใหญ่สาธารณรัฐประชาชนจีน ณ ศาลากลางจังหวัด',
    ].join('\n\n'),
  );
  assert.ok(parsed.participants.length > 0, JSON.stringify(parsed.participants));
});
