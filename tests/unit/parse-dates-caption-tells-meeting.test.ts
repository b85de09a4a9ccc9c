// A local paper or an agency puts the meeting's only date in the photo caption that opens its story
// ("▲ … 지난 4일 군청을 방문했다. /가람군", "Sáng 27/2/2019, tại …, Chủ tịch tiếp … Ảnh: TTXVN", "28.08.2023., Bled – X
// sastao se s Y … Photo: …"). The caption tells the meeting itself: its day is the meeting date the desk officer wants.
// Where the lead's own sentences date the meeting, a caption's day may be a file photo's and is left alone.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

/** The meeting date a record's paragraphs give, against a publication date. */
const meeting = (text: string, publishedAt: string | null = null): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page')[0]?.value ?? null;

describe('the caption opening the story is the only place that dates the meeting', () => {
  test('"▲ 라오스 팍세시 방문단이 지난 4일 가람군을 방문했다" in a text of the 6th: the 4th', () => {
    const text =
      '▲ 라오스 팍세시 방문단이 지난 4일 가람군을 방문해 군수와 교류 방안을 논의했다. /가람군\n\n' +
      '방문단은 내년 교류 10주년을 맞아 양 도시의 발전방안을 협의하기 위해 가람군을 찾았다.';
    assert.equal(meeting(text, '2023-11-06'), '2023-11-04');
  });

  test('"Sáng 12/3/2021, tại trụ sở UBND tỉnh, Chủ tịch tỉnh tiếp Đại sứ … Ảnh: Minh Anh" with no other date: 12 March 2021', () => {
    const text =
      'Sáng 12/3/2021, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Trần Văn Nam tiếp Đại sứ Lào tại Việt Nam. Ảnh: Minh Anh |\n\n' +
      'Hai bên đã trao đổi về hợp tác giữa tỉnh và các địa phương của Lào trong thời gian tới.';
    assert.equal(meeting(text), '2021-03-12');
  });

  test("a caption of a file photo beside a lead that dates its own meeting: the lead's day", () => {
    const text =
      '▲ 김솔 도지사가 지난 3월 12일 주한 캄보디아 대사와 회담하고 있다. (자료사진)\n\n' +
      '김솔 도지사는 5일 도청을 찾은 주한 캄보디아 대사와 농업 협력 방안을 논의했다.';
    assert.equal(meeting(text, '2024-06-06'), '2024-06-05');
  });

  test('a caption that tells no meeting ("Ảnh: toàn cảnh hội trường ngày 2/4") dates nothing', () => {
    const text =
      'Toàn cảnh hội trường ngày 2/4/2022. Ảnh: Minh Anh\n\n' +
      'Chủ tịch UBND tỉnh Trần Văn Nam đã tiếp Đại sứ Lào tại Việt Nam tại trụ sở UBND tỉnh.';
    assert.equal(meeting(text, '2022-04-05'), null);
  });
});
