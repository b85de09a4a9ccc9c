// A press conference's transcript lists the visits the spokesperson talks about; it reports no meeting
// itself, so nobody in it is a participant: Japanese "【…報道官】冒頭…", Chinese "新闻发布会".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test("a Japanese spokesperson's transcript ('【田中外務報道官】冒頭、…') lists courtesy calls but reports no meeting", () => {
  const parsed = parseRecordText(
    [
      '【田中外務報道官】冒頭、私のほうから1点ございます。',
      '今月に入って以降、海外から多くの要人が来日されております。今週も、会議関連の要人往来に加えまして、それ以外の要人往来もございました。',
      '翌27日(火曜日)には、UNICEFのラッセル事務局長が山田総理大臣、そして佐藤外務大臣と会談を行い、また訪日中のヨンソン・ノルウェー首相が山田総理大臣との間で会談を行いました。',
      'それぞれの会談の詳細につきましては、報道発表や外務省ホームページを参照いただければと思います。',
    ].join('\n\n'),
  );
  assert.deepEqual(
    parsed.participants.map((p) => p.name),
    [],
  );
});

test("a Chinese '新闻发布会' record that mentions talks lists no participants", () => {
  const parsed = parseRecordText(
    [
      '外交部长在新闻发布会上答记者问',
      '外交部长在十四届全国人大二次会议新闻发布会上回答中外记者提问。他表示,外交部长上月会见美国国务卿时双方进行了坦诚交流。',
    ].join('\n\n'),
  );
  assert.deepEqual(
    parsed.participants.map((p) => p.name),
    [],
  );
});

test('a speech or an interview ("Remarks by the Prime Minister …", "Interview: …", "Phát biểu của Thủ tướng …") recalls meetings but reports none: no participant, no meeting date', () => {
  for (const lines of [
    [
      'Remarks by the Prime Minister at the National Day Reception',
      '15 January 2024',
      'Excellencies, ladies and gentlemen, it is my pleasure to welcome you tonight. Last month I visited Hanoi and met President Vo Van Thuong. Our partnership has never been stronger.',
    ],
    [
      'Interview: Ambassador says ties with Korea at their best',
      'January 15, 2024',
      'In an interview with the agency, the Vietnamese Ambassador Nguyen Van An said relations with Korea had never been better. He recalled that President Kim met President Tran in Hanoi last June.',
    ],
    [
      'Phát biểu của Thủ tướng tại Lễ kỷ niệm',
      '15/01/2024',
      'Thưa các vị khách quý! Năm qua, tôi đã có chuyến thăm Hàn Quốc và hội đàm với Tổng thống Yoon Suk Yeol. Quan hệ hai nước phát triển mạnh mẽ.',
    ],
  ]) {
    const parsed = parseRecordText(lines.join('\n\n'));
    assert.deepEqual(
      parsed.participants.map((p) => p.name),
      [],
    );
    assert.equal(parsed.meetingDate, null);
  }
});

test('remarks before a meeting still report it: "Remarks With the Foreign Minister Before Their Meeting" is no speech', () => {
  const parsed = parseRecordText(
    [
      'Remarks With Japanese Foreign Minister Taro Sato Before Their Meeting',
      'January 15, 2024',
      'Secretary of State John Roe met Japanese Foreign Minister Taro Sato in Washington today. SECRETARY ROE: Good morning, and welcome.',
    ].join('\n\n'),
  );
  assert.ok(parsed.participants.some((p) => p.name === 'Taro Sato'));
});
