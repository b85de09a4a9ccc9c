// Three ways a lead's day went unread. A page's widget lines ("일조회수", "게시물이 없습니다.") above the story used up the
// lines the lead may start within; a Vietnamese academic title's full stop ("GS.TS. Đỗ Hoài Nam") ended the sentence
// before its meeting verb; and Japanese "5日間" (five days) was read as the 5th.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const meetingDate = (lines: string[]): string | null => parseRecordText(lines.join('\n\n')).meetingDate;

test('a county delegation that called on a regent on the 29th, under a page of widget lines, met that day', () => {
  const widgets = [
    '• 일조회수',
    '• 게시물이 없습니다.',
    '• 일추천수',
    '• 게시물이 없습니다.',
    '• 주조회수',
    '• 게시물이 없습니다.',
  ];
  assert.equal(
    meetingDate([
      '해남군 교류단, 인도네시아 반둥군 방문',
      '기사입력 2021-05-29 10:12:00',
      ...widgets,
      '• 주추천수',
      '• 게시물이 없습니다.',
      '• 월조회수',
      '• 게시물이 없습니다.',
      '• 월추천수',
      '• 게시물이 없습니다.',
      '• 전국',
      '경남',
      '글자크게 글자작게 인쇄하기',
      '본문',
      '해남군이 인도네시아 반둥군과 우호교류 활동을 이어가고 있다.',
      '해남군에 따르면 김철수 군수를 단장으로 하는 교류단은 29일 반둥군을 방문해 다디 나사 군수를 예방하고 교류 방안을 논의했다.',
    ]),
    '2021-05-29',
  );
});

test('"Ngày 3 tháng 4 năm 2007, GS.TS. … tiếp đoàn", posted a year later: the professor received the delegation on 3 April 2007', () => {
  assert.equal(
    meetingDate([
      'Tiếp đoàn đại biểu Viện Hàn lâm Ba Lan',
      '19/11/2008',
      'Ngày 3 tháng 4 năm 2007, GS.TS. Nguyễn Văn Bình - Viện trưởng Viện Nghiên cứu Châu Âu tiếp đoàn đại biểu Viện Hàn lâm Khoa học Ba Lan do ông Jan Kowalski làm trưởng đoàn.',
      'Hai bên trao đổi về hợp tác nghiên cứu giữa hai viện trong thời gian tới.',
    ]),
    '2007-04-03',
  );
});

test('a delegation on "a five-day visit" (5日間) that called on the university on the 2nd met on the 2nd', () => {
  assert.equal(
    meetingDate([
      '韓国の大学代表団が来学',
      '2014年6月4日',
      '韓国の大学12校の国際交流担当者からなる代表団が5日間の交流訪問のため、このほど訪日した。一行は2日午前、都内の大学を訪れ、副学長と懇談した。',
    ]),
    '2014-06-02',
  );
});
