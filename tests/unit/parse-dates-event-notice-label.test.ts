// A desk officer imports a Japanese prefecture's page of a governor's greeting: under the headline, "日時：" (date and
// time) and "場所：" (place) give the ceremony's day and hall, as Japanese event notices do; a mission's report gives
// "とき" (when) and "ところ" (where) on lines of their own. That day is the event's, not the page's: the record gives
// no publication date, and the officer sees none rather than the event's day taken for one. A page's own date line
// under its headline is still read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const record = (lines: string[]) => parseRecordText(lines.join('\n'));

test('"日 時：令和6年5月14日(火)" over "場 所：…" is the ceremony\'s day, not the publication date', () => {
  const r = record([
    '友好提携30周年記念式典 知事挨拶',
    '',
    '日 時：令和6年5月14日(火)',
    '',
    '場 所：県庁大会議室',
    '',
    '友好提携30周年記念式典の開催にあたり、一言ご挨拶を申し上げます。代表団の皆様、ようこそお越しくださいました。',
  ]);
  assert.equal(r.publishedAt, null);
});

test('"とき" alone over "2023年10月2日~6日", then "ところ": the mission\'s days, not the page\'s; its first day still dates the talks', () => {
  const r = record([
    '第5次訪問団',
    'とき',
    '2023年10月2日~6日 5日間',
    'ところ',
    'ハノイ、ダナン',
    '内容',
    '訪問団一行は10月2日から5日間の日程でハノイとダナンを訪問し、10月2日に副首相を表敬訪問して意見交換を行なった。',
  ]);
  assert.equal(r.publishedAt, null);
  assert.equal(r.meetingDate, '2023-10-02');
});

test('a page\'s own date line under its headline ("2024年5月15日") is still its publication date', () => {
  const r = record([
    '知事が友好省の代表団と会談',
    '',
    '2024年5月15日',
    '',
    '知事は5月14日、県庁で友好省の代表団と会談し、今後の交流について意見交換を行いました。',
  ]);
  assert.equal(r.publishedAt, '2024-05-15');
});
