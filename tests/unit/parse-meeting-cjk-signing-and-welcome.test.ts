// A desk officer imports Chinese, Japanese and Korean reports whose only meeting word is the written
// "晤" (met), a delegation welcomed ("歡迎…代表團一行"), a signing done ("協定書に調印しました"), an exchange
// gathering held ("交流会を開催"), an accord's ceremony ("협정식", "조인식") or a courtesy chat ("환담을 나눴다").
// Such a record reports a meeting, so its people are listed; the same words told ahead report none.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

const MEETINGS: string[] = [
  '省長昨日抵達本市，晚間晤市長及議會主要負責人，轉達中央的問候。',
  '市长昨晚在市政厅欢迎来访的友好城市代表团一行，双方回顾了多年来的合作。',
  '両大学の学長は友好交流に関する共同宣言に調印しました。',
  '式典では、学生交流に関する協定書への調印を行いました。',
  '10月3日、姉妹都市の訪問団を迎えて市民交流会を市民会館にて開催。',
  '두 병원은 지난 12일 본관 회의실에서 우호 협정식을 가졌다.',
  '시장은 대사 일행과 차를 마시며 환담을 나눴다.',
];

describe('a meeting told in these words: the record reports one', () => {
  for (const text of MEETINGS)
    test(text.slice(0, 30), () => {
      assert.equal(reportsMeeting([text]), true);
    });
});

describe('the same words told ahead, or another sense of welcome: no meeting', () => {
  const NONE = [
    '市长将于下周在市政厅欢迎友好城市代表团一行。',
    '市民は新しい年の到来を歓迎しています。',
    '両大学は来月、共同宣言に調印する予定です。',
    '姉妹都市との市民交流会が、18日に市民会館で開催される。',
    '두 병원은 다음 달 우호 협정식을 가질 예정이다.',
  ];
  for (const text of NONE)
    test(text.slice(0, 30), () => {
      assert.equal(reportsMeeting([text]), false);
    });
});
