// A desk officer imports a post that announces a trip and, to explain it, recalls an earlier one: "the
// mayor visited the country in December 2022 with the governor", "events hosted by the Council" on the
// programme, a Japanese "訪問することにした" (decided to visit). Nothing in it has happened yet: the record
// lists no one. A readout that tells the talks held stays a meeting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const read = (text: string) => parseRecordText(text);

test('an English programme with "events hosted by" on it is no meeting held', () => {
  const parsed = read(
    [
      'Prime Minister leads delegation to Ottawa',
      'Prime Minister Maria Kassar and Foreign Minister Daniel Oru left the capital on Monday for a week of engagements.',
      'The delegation will meet senior Canadian officials and members of Parliament to discuss trade.',
      'The Prime Minister will also speak at several events hosted by the Pearson Institute and will meet business leaders.',
    ].join('\n\n'),
  );
  assert.deepEqual(parsed.participants, []);
});

test('a readout of a dinner hosted by the ambassador is still a meeting', () => {
  const names = read(
    [
      'Prime Minister meets Canadian Foreign Minister',
      'Prime Minister Maria Kassar met Foreign Minister Paul Girard in Ottawa on Monday at a dinner hosted by Ambassador Daniel Oru.',
      'The two discussed trade and energy.',
    ].join('\n\n'),
  ).participants.map((p) => p.name);
  assert.ok(names.includes('Maria Kassar'));
  assert.ok(names.includes('Paul Girard'));
});

test('a Japanese trip announced, with the mayor’s visit of another year recalled, lists no one', () => {
  const parsed = read(
    [
      '市長らが来月タイ訪問',
      '【北川】市は8日、山田一郎(やまだいちろう)市長ら訪問団5人が20~24日の日程でタイを訪問し、交流を深めると発表した。',
      '山田市長は2019年5月、知事に同行して同国を訪問した。今回は関係機関と協議を重ねた結果、チェンマイ市を訪問することにした。',
      '訪問団は山田市長のほか、市議会の佐藤正志(さとうまさし)議長、北川大の鈴木孝(すずきたかし)学長ら。',
    ].join('\n\n'),
  );
  assert.deepEqual(parsed.participants, []);
});

test('a Japanese report of a visit held, with a year in it, is still a meeting', () => {
  const names = read(
    [
      '市長がタイ・チェンマイ市長と会談',
      '山田一郎市長は2024年5月21日、タイのチェンマイ市を訪問し、ソムチャイ市長と会談した。',
      '両市長は観光分野の交流について意見を交わした。',
    ].join('\n\n'),
  ).participants.map((p) => p.name);
  assert.ok(names.some((n) => n?.includes('山田')));
});
