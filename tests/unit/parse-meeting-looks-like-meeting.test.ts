// A desk officer imports statements, live pages and trip announcements. Words that look like a
// meeting's but tell an appeal ("called on the parties to stop"), a reaction ("was met with protests"),
// praise ("the finest people I have ever met") or a newsletter box ("para receber as últimas notícias")
// report no meeting; nor does a trip's start ("…로 출발합니다", "출국한다") or a Japanese visit in the
// non-past ("訪問します"). A courtesy call ("called on the Governor to bid farewell") still is one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

describe('words that only look like a meeting report none', () => {
  const NONE = [
    'The Minister called on the parties to the conflict to stop the violence and to respect international law.',
    'A march in the city centre was met with counter-protesters on Saturday.',
    'She thanked the nurses, the finest people I have ever met.',
    'Subscreva no formulário abaixo para receber as últimas notícias da rádio.',
    '김철수 외교부 장관이 G20 외교장관회담 참석을 위해 내일(18일) 요하네스버그로 출발합니다.',
    '박영희 총장은 교류협정을 위해 카자흐스탄을 방문하기 위해 29일 출국한다.',
    '市長を団長とする訪問団がボッパルト市を訪問します。',
  ];
  for (const text of NONE)
    test(text.slice(0, 40), () => {
      assert.equal(reportsMeeting([text]), false);
    });

  test('the appeal dates nothing and names no one', () => {
    const r = parseRecordText(
      'Statement\n\nPublished: 2024-06-06\n\nDeputy Minister Ana Reyes on 5 June called on the international community to support the peace process.',
    );
    assert.equal(r.meetingDate, null);
    assert.deepEqual(r.participants, []);
  });
});

describe('the meetings told with the same words still count', () => {
  const MEETINGS = [
    'The outgoing High Commissioner called on the Governor at Government House to bid him farewell.',
    'Ambassador Pedro Soto called on Foreign Minister Ana Reyes on Tuesday.',
    'The delegation was met at the airport by the Deputy Foreign Minister.',
    'Minister Ana Reyes received the new ambassador at the ministry.',
    '김철수 외교부 장관은 18일 요하네스버그에서 왕이 외교부장과 회담한 뒤 귀국길에 올랐다.',
    '市長は6月5日、ボッパルト市長と会談しました。',
  ];
  for (const text of MEETINGS)
    test(text.slice(0, 40), () => {
      assert.equal(reportsMeeting([text]), true);
    });
});
