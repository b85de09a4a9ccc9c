// A desk officer imports Chinese and Korean reports whose only meeting is a banquet or a reception given for a guest:
// a welcome dinner ("为新任总领事洗尘", "设宴款待"), a farewell reception ("在其离任招待会上"), an embassy's banquet
// ("대사관이 개최한 연회에서"). Host and guest sat at one table: the record reports a meeting, so its people are listed.
// The hall named after a banquet, a press conference called a reception, a lecture or an annual fee are none, and
// a banquet still ahead reports no meeting.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

const MEETINGS: string[] = [
  '当晚，当地华人商会在酒店为新任总领事洗尘，双方畅谈两地合作。',
  '首任总领事离任在即，在其卸任招待会上，他感谢各界多年来的支持。',
  '市长昨晚设宴款待远道而来的友好城市代表团，双方回顾了多年来的交流。',
  '校长中午与各学院负责人一道，以欢送午宴款待美国大学校长一行。',
  '외무상은 대사관이 전날 수교 기념일을 맞아 개최한 연회에서 대사와 인사를 나눴다.',
  '도지사는 지난 5일 총영사관이 마련한 개관 축하 리셉션에 참석해 총영사에게 축하 인사를 전했다.',
];

describe('a banquet or a reception for a guest: the record reports a meeting', () => {
  for (const text of MEETINGS)
    test(text.slice(0, 30), () => {
      assert.equal(reportsMeeting([text]), true);
    });
});

describe('the room, a press conference, a lecture, a fee, or a banquet still ahead: no meeting', () => {
  const NONE = [
    '新款家电在酒店三楼宴会厅展出，吸引了众多市民。',
    '外交部发言人在记者招待会上回答了有关贸易问题的提问。',
    '시는 다음 달 시청 연회장을 시민에게 개방한다고 밝혔다.',
    '이 카드는 첫해 연회비가 면제된다.',
    '교수는 지난 3일 대학 강당에서 시민 대상 강연회를 열었다.',
    '시는 오는 20일 호텔 리셉션홀에서 채용 설명회를 연다.',
    '市长将于下周设宴款待来访的友好城市代表团。',
  ];
  for (const text of NONE)
    test(text.slice(0, 30), () => {
      assert.equal(reportsMeeting([text]), false);
    });
});

test('a Chinese report of a welcome dinner for a new consul general lists the guests at the dinner', () => {
  const parsed = parseRecordText(
    [
      '商会为新任总领事接风',
      '(亚庇5日讯)中国驻亚庇总领事王明华日前到任，当晚，沙巴中华商会会长李国强为王明华总领事洗尘。',
      '王明华总领事在致词中表示，希望两地交流合作更上一层楼。',
    ].join('\n\n'),
  );
  assert.equal(parsed.meetingReported, true);
  assert.ok(parsed.participants.length > 0, JSON.stringify(parsed.participants));
});
