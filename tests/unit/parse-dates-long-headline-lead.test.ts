// Some pages put the whole lead sentence where the headline goes ("Ngày 02/07/2021, tại trụ sở …,
// Tổng lãnh sự … tiếp …"), and the text below gives no day: the headline's one date is the meeting's,
// however long the headline is. A headline with two dates, or about what is to come, still gives none.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const meetingDate = (lines: string[]) => parseRecordText(lines.join('\n\n')).meetingDate;

test('a lead sentence printed as the headline dates the reception the text then describes', () => {
  assert.equal(
    meetingDate([
      'Ngày 15/03/2022, tại trụ sở Tổng lãnh sự quán Việt Nam tại Fukuoka, Tổng lãnh sự Trần Văn Minh tiếp Chủ tịch mới nhậm chức của Hội đồng nghị sỹ tỉnh Fukuoka cùng đoàn đại biểu của Hội đồng',
      'Tại buổi tiếp, Tổng lãnh sự Trần Văn Minh chúc mừng ông Tanaka vừa nhậm chức Chủ tịch Hội đồng nghị sỹ tỉnh Fukuoka và mong muốn hai bên tiếp tục phối hợp chặt chẽ.',
    ]),
    '2022-03-15',
  );
});

test('an English lead as the headline, "received … this Thursday 16th Jan 2014", dates the ceremony', () => {
  assert.equal(
    meetingDate([
      '{The President received letters of credence from twelve newly arrived ambassadors of foreign states at the palace hall in the capital this Thursday 16th Jan 2014.}',
      'Among the ambassadors who presented their credentials was the new ambassador of Rwanda, who also handed over a letter from her president.',
    ]),
    '2014-01-16',
  );
});

test('a long headline about talks still to come gives no date', () => {
  assert.equal(
    meetingDate([
      'Ngày 15/03/2022, tại trụ sở Tổng lãnh sự quán Việt Nam tại Fukuoka, Tổng lãnh sự Trần Văn Minh sẽ tiếp Chủ tịch mới nhậm chức của Hội đồng nghị sỹ tỉnh Fukuoka cùng đoàn đại biểu',
      'Tại buổi tiếp, hai bên dự kiến trao đổi về hợp tác giữa tỉnh Fukuoka và các địa phương Việt Nam.',
    ]),
    null,
  );
});
