// A record reports a meeting only when its own story tells one: not a comment box, not a meeting put
// off, not another story further down a saved page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

test("a news page's comment prompt ('join the conversation') is no meeting, and dates none", () => {
  const text = [
    'India fires missiles into Pakistani-controlled territory',
    'Published May 07, 2025',
    'India fired missiles into Pakistani-controlled territory in several locations early Wednesday, the army said.',
    'Share your thoughts and join the conversation in the comments.',
  ].join('\n\n');
  const parsed = parseRecordText(text);
  assert.equal(parsed.meetingDate, null);
  assert.deepEqual(parsed.participants, []);
});

test("a governor's citizens' reception put off ('tạm hoãn') is no meeting, so its day is no meeting date", () => {
  const text = [
    'Chủ tịch UBND tỉnh tạm hoãn lịch tiếp công dân định kỳ',
    'Ngày 14-7-2021, do tình hình dịch Covid-19 phức tạp, UBND tỉnh vừa có thông báo tạm hoãn lịch tiếp công dân định kỳ tháng 7-2021 của Chủ tịch UBND tỉnh.',
    'Lịch tiếp công dân tháng 8-2021 sẽ được tổ chức vào thời điểm thích hợp.',
  ].join('\n\n');
  assert.equal(parseRecordText(text).meetingDate, null);
});

test('a meeting told only far down a saved page is another story of the page, not this record', () => {
  const story = Array.from({ length: 20 }, (_, i) => `The storm damaged ${i + 2} more houses along the coast, officials said.`);
  assert.equal(reportsMeeting([...story, 'The prime minister met the visiting foreign minister on Monday.']), false);
  assert.equal(reportsMeeting(['The prime minister met the visiting foreign minister on Monday.', ...story]), true);
});

test("a spokesperson's regular press conference opening a long paragraph is no meeting, though it recalls talks", () => {
  const text = [
    '外交部发言人谈对话成果',
    '2021-03-22',
    '3月22日，外交部发言人主持例行记者会。有记者提问，双方高层对话上周末结束，中方如何评价此次对话的成果？发言人表示，这次对话是落实两国元首通话共识的重要举措，对话期间双方进行了坦诚、深入、长时间的沟通，加深了相互理解，中方对此次对话的成果表示欢迎，希望双方继续保持沟通。对话结束之后，双方代表分别接受了媒体的采访，介绍了对话的情况，并表示愿意在相互尊重的基础上继续推进两国关系的健康稳定发展，妥善管控分歧，拓展各领域务实合作。',
  ].join('\n\n');
  const parsed = parseRecordText(text);
  assert.equal(parsed.meetingDate, null);
  assert.deepEqual(parsed.participants, []);
  // The same opening sentence in a short paragraph was already read so; a long one's later sentences are not.
  const long = `The ministers met in Hanoi on Monday and agreed to expand trade. ${'They discussed many matters of cooperation. '.repeat(6)}A regular press conference followed.`;
  assert.equal(reportsMeeting([long]), true);
});

test('a news story that mentions talks only in its tenth paragraph reports no meeting, and lists nobody', () => {
  const story = Array.from(
    { length: 9 },
    (_, i) =>
      `Rescue teams searched the damaged district for a ${['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'][i]} day, officials said.`,
  );
  const paragraphs = [...story, 'Foreign Minister Anna Berg met her counterpart Jan Holm in Oslo on Monday to discuss aid.'];
  assert.equal(reportsMeeting(paragraphs), false);
  assert.equal(reportsMeeting([paragraphs[9] as string, ...story]), true);
});

test("a county paper's page whose menu and counters stand above the story still reports the courtesy call its story tells", () => {
  const counters = ['일조회수', '주조회수', '월조회수'].flatMap((c) => [c, '게시물이 없습니다.']);
  const header = ['전국', '경남', ...counters, '본문', '인쇄하기'];
  const story = [
    '가람군·인니 세로자군 우호교류 의향서 교환',
    '가람군에 따르면 김하늘 군수를 단장으로 하는 국제우호교류단은 29일 세로자군을 방문해 부디 산토소 군수를 예방하고 교류 의향서를 교환했다.',
  ];
  assert.equal(reportsMeeting([...header, ...story]), true);
  // Eight sentences of another story before it still push a meeting out of the lead.
  const other = Array.from({ length: 8 }, (_, i) => `The storm damaged ${i + 2} more houses along the coast, officials said.`);
  assert.equal(reportsMeeting([...other, ...story]), false);
});
