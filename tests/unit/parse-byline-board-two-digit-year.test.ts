// Korean board software stamps each post with a two-digit year first and the clock beside it:
// "작성일 24-12-28 08:12", "글쓴날 : [15-11-04 15:59]", "ACEF 08-01-03 12:43 5,102회". On a
// Korean line that order is the board's (year, month, day); elsewhere "08-01-03" is left unread.
// Vietnamese portals write "Ngày cập nhật 25/06/2013" for the day they posted, as they write "Cập nhật".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readByline } from '../../electron/node/library/parse/byline.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test('a board stamp "작성일 24-12-28 08:12" is read as 28 December 2024', () => {
  assert.equal(readByline('작성자 관리자 작성일 24-12-28 08:12 댓글 0')?.published, '2024-12-28');
  assert.equal(readByline('작성일19-02-18 21:17 조회1,563회')?.published, '2019-02-18');
  assert.equal(readByline('• 글쓴날 : [15-11-04 15:59]')?.published, '2015-11-04');
});

test('a two-digit year with no Korean on the line, or no clock beside it, is not guessed', () => {
  assert.equal(readByline('Posted 08-01-03 12:43')?.published ?? null, null);
  assert.equal(readByline('작성일 24-12-28')?.published ?? null, null);
});

test('a temple board post of 18 February 2019 telling of a lunch "today" is dated by its stamp', () => {
  const r = parseRecordText(
    [
      '총무원장 스님, 대통령과 오찬',
      '작성자 홍길동 기자 작성일19-02-18 21:17 조회1,200회 댓글0건',
      '총무원장 스님은 오늘(2월18일) 청와대에서 열린 대통령과 종교 지도자들의 오찬에 참석했다.',
    ].join('\n\n'),
  );
  assert.equal(r.publishedAt, '2019-02-18');
  assert.equal(r.meetingDate, '2019-02-18');
});

test('a provincial page updated "Ngày cập nhật 25/06/2013" was posted that day', () => {
  const r = parseRecordText(
    [
      'Đại sứ đến thăm tỉnh',
      'Ngày cập nhật 25/06/2013',
      'Sáng ngày 6/6, tại Văn phòng UBND tỉnh, Chủ tịch UBND tỉnh đã tiếp Đại sứ Australia tại Việt Nam.',
    ].join('\n\n'),
  );
  assert.equal(r.publishedAt, '2013-06-25');
  assert.equal(r.meetingDate, '2013-06-06');
});
