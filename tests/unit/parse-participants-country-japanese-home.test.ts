// A Japanese university's or chamber's page never says its own people are Japanese: "佐藤健一学長",
// "山本 和也 理事". The desk officer sees them as Japan's side; a Chinese guest written in the same
// kanji ("王明学長", "呉 建国 院長") or a katakana name is not given Japan.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { japaneseName } from '../../electron/node/library/parse/participants/japanese-home.ts';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const countries = (text: string) => new Map(findParticipants(text.split('\n\n'), ctx).map((p) => [p.name, p.country]));

describe('Japanese people in a Japanese record are Japan’s', () => {
  test('names written the Japanese way', () => {
    for (const name of ['佐藤健一', '山本 和也', '角田', '森正一', '室伏きみ子']) assert.ok(japaneseName(name), name);
  });

  test('Chinese names in kanji, katakana and Latin names are not', () => {
    for (const name of ['王明', '李強', '呉 建国', '張春燕', 'ジョン・スミス', 'John Smith'])
      assert.ok(!japaneseName(name), name);
  });

  test('a university page: its president is Japan’s, the visiting Chinese president is left without a country', () => {
    const got = countries(
      '令和6年5月10日、東西大学の王明国学長一行が本学を訪問し、佐藤健一学長と懇談しました。懇談には山本 和也 理事も同席し、今後の学術交流について意見交換を行いました。佐藤健一学長は歓迎の言葉を述べました。',
    );
    assert.equal(got.get('佐藤健一'), 'Japan', JSON.stringify([...got]));
    assert.notEqual(got.get('王明国'), 'Japan', JSON.stringify([...got]));
  });

  test('a Chinese record is not read this way', () => {
    const got = countries(
      '北京大学校长王明会见了东京大学校长佐藤健一一行。双方就学术交流交换了意见。王明表示欢迎。佐藤健一表示感谢。',
    );
    assert.notEqual(got.get('佐藤健一'), 'Japan', JSON.stringify([...got]));
  });
});
