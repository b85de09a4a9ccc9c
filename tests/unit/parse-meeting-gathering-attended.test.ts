// A desk officer imports reports of a domestic gathering (a general assembly, a forum, a council, an anniversary
// ceremony, a conference) whose only sign of a meeting is that named people attended it: "이날 회의에는 정영수 도지사와
// … 참석했다", "8일 열린 포럼에는 윤석진 산업부 차관이 참석한 가운데", "The forum was attended by the Trade Minister",
// "副省长王建国出席会议", "式典には山田太郎市長が出席した". The labelling counts such a gathering as a meeting and those
// present as its participants, so they are listed. A gathering still ahead, an audience only counted, events the
// President attends in general, or a trip to attend a conference later are none.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

const names = (text: string): string[] => parseRecordText(text).participants.map((p) => p.name ?? '');

describe('named people said to attend a gathering: the record reports a meeting', () => {
  const MEETINGS = [
    '도는 3일 일본 돗토리현과 화상회의를 가졌다. 회의에는 정영수 도지사와 김태호 부지사가 참석했다.',
    '8일 열린 포럼에는 윤석진 산업부 차관이 참석한 가운데 양국 기업인 100여 명이 함께했다.',
    '재단은 2일 서울에서 창립 20주년 기념식을 개최했다. 행사에는 한지훈 이사장, 오승철 전 장관 등 200여 명이 참석했다.',
    'The chamber held its annual trade forum in Sydney on Tuesday. The forum was attended by Trade Minister Don Farrell.',
    'Minister John Brown and Mayor Anne Lee attended the ceremony marking the 50th anniversary of the association.',
    '3月5日，省外办召开年度工作会议。副省长王建国出席会议并讲话。',
    '5日、市は姉妹都市提携50周年記念式典を開いた。式典には山田太郎市長が出席した。',
    'Acara peresmian gedung itu dihadiri oleh Gubernur Budi Santoso dan Bupati Ahmad Yani.',
    'Bürgermeister Hans Müller nahm am Montag an der Konferenz der Partnerstädte in Lyon teil.',
    'Le maire et le consul général ont assisté à la cérémonie de signature à l’hôtel de ville.',
  ];
  for (const text of MEETINGS)
    test(text.slice(0, 40), () => {
      assert.equal(reportsMeeting([text]), true);
    });

  test('a Korean record of a video conference lists the governor who attended it', () => {
    const got = names(
      '화상회의 개최\n2022년 2월 3일\n도는 3일 일본 돗토리현과 화상회의를 가졌다. 회의에는 정영수 도지사와 김태호 부지사가 참석했다.',
    );
    assert.ok(got.includes('정영수'), got.join(', '));
  });

  test('an English record of a ceremony lists the minister and the mayor who attended it', () => {
    const got = names(
      'Anniversary ceremony\n5 March 2024\nMinister John Brown and Mayor Anne Lee attended the ceremony marking the 50th anniversary of the friendship association on Tuesday.',
    );
    assert.ok(got.includes('John Brown') && got.includes('Anne Lee'), got.join(', '));
  });

  test('a Japanese record of a ceremony lists the mayor who attended it', () => {
    const got = names('記念式典\n2024年3月5日\n5日、市は姉妹都市提携50周年記念式典を開いた。式典には山田太郎市長が出席した。');
    assert.ok(got.includes('山田太郎'), got.join(', '));
  });
});

describe('a gathering ahead, a crowd counted, events in general, a trip to attend: no meeting', () => {
  const NONE = [
    '김철수 장관은 다음 주 서울에서 열리는 포럼에 참석할 예정이다.',
    '이날 행사에는 독립유공자 유족을 비롯한 광복회원, 보훈단체장, 주요 내빈 등 300여 명이 참석한 가운데 진행됐다.',
    'Trade Minister Don Farrell will attend the forum in Sydney next week, the ministry said.',
    'Ia setuju pidato menteri dibatasi dalam acara yang dihadiri oleh Presiden.',
    '司长明日离港，前赴日内瓦出席人权理事会会议。',
    '特区官员将以代表团成员身份出席会议。',
  ];
  for (const text of NONE)
    test(text.slice(0, 40), () => {
      assert.equal(reportsMeeting([text]), false);
    });
});

describe('a Korean record names the head of a police, fire or tax station among those present', () => {
  test('"최동욱 세무서장" is listed with his office', () => {
    const got = parseRecordText(
      '지역 안전 간담회\n2024년 4월 2일\n군은 2일 군청에서 안전 간담회를 열었다. 간담회에는 최동욱 세무서장과 한상철 부군수가 참석해 의견을 나눴다.',
    ).participants;
    const role = (n: string): string | null | undefined => got.find((p) => p.name === n)?.role;
    assert.equal(role('최동욱'), '세무서장');
  });
});
