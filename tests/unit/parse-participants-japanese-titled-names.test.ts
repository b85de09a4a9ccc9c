// A Japanese report of a visit to a Chinese body often writes the host office first, then the name with
// "氏": "国際交流部副部長王明華氏を訪問し". The desk officer gets the name, and the office as the role.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => [p.name, p.role]);

describe('Japanese: office, then name and 氏', () => {
  test('"副部長王明華氏を訪問し": the name, and the office with its "副"', () => {
    const got = people('7月9日午後、センター長は北京大学国際交流部副部長王明華氏を訪問し、学生交流について意見交換しました。');
    assert.ok(
      got.some(([name, role]) => name === '王明華' && role === '副部長'),
      JSON.stringify(got),
    );
  });

  test('in apposition after a comma: "団長、孫建国氏は"', () => {
    const got = people('18日、天津市の訪問団が市役所を表敬訪問した。訪問団の団長、孫建国氏は「交流を深めたい」と述べた。');
    assert.ok(
      got.some(([name]) => name === '孫建国'),
      JSON.stringify(got),
    );
  });

  test('not a word of the office ("部長代理佐藤氏"), nor a name with "氏" and no office before it', () => {
    const got = people('10日、山田市長は来訪した部長代理佐藤氏と懇談しました。前回訪れた田中氏は欠席でした。').map(([n]) => n);
    for (const wrong of ['代理佐藤', '田中']) assert.ok(!got.includes(wrong), JSON.stringify(got));
  });
});
