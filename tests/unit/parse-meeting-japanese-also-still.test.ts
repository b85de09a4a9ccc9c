// A desk officer imports a Japanese city's notice of a friendship delegation still to leave, whose mayor writes "また、
// 皆さんと共に訪問できることを光栄に思います" (also, I am honoured to visit with you). "また、" (also), "まだ、" (still) and
// "ただ、" (but) end on the kana of the past tense, yet are adverbs: the sentence tells nothing done, and the notice reports
// no meeting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { toldInJapanesePast } from '../../electron/node/library/parse/participants/japanese-plans.ts';

test('a Japanese notice of a delegation still to leave, whose mayor says "また、…訪問できることを光栄に思います", reports no meeting', () => {
  const parsed = parseRecordText(
    [
      '友好都市提携30周年記念訪問団がドイツへ',
      '市の友好訪問団は、来月10日から15日までの日程でドイツのリンデン市を訪問する予定です。',
      '訪問団の団長を務める山本一郎市長のあいさつ',
      'また、市民訪問団の皆さんと共に訪問できることを光栄に思います。',
    ].join('\n\n'),
  );
  assert.equal(parsed.meetingReported, false);
  assert.deepEqual(parsed.participants, []);
});

test('Japanese "また、", "まだ、" and "ただ、" are no past; a past after them still is', () => {
  assert.equal(toldInJapanesePast('また、両市長が会談を行います。'), false);
  assert.equal(toldInJapanesePast('ただ、会談の日程は決まっていません。'), false);
  assert.equal(toldInJapanesePast('また、両市長が会談を行った。'), true);
  assert.equal(toldInJapanesePast('市長と会談しました。'), true);
});
