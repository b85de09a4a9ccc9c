// A Chinese preview of a prime minister's visit quotes a minister "在接受《…日报》访问时" (in an interview with the
// paper): 访问 there is the paper's interview, no visit held. The record reports no meeting; a visit told as
// held ("访问了北京，会见了…") still does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

test('a visit still ahead, then a minister "在接受《南洋日报》访问时" speaking of it: no meeting', () => {
  assert.equal(
    reportsMeeting([
      '总理将于5月10日起到中国展开正式访问，届时将与中国国家主席会面。',
      '交通部长在接受《南洋日报》访问时强调，总理此行对两国意义重大。',
    ]),
    false,
  );
});

test('the same minister interviewed after a visit told as held: a meeting', () => {
  assert.equal(
    reportsMeeting([
      '总理5月10日会见了中国国家主席，双方就两国合作交换了意见。',
      '交通部长在接受《南洋日报》采访时表示，会谈成果丰硕。',
    ]),
    true,
  );
});
