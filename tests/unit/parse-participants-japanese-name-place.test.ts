// Japanese writes whose office it is between the name and the title: "中島一郎福岡県副知事", "橋本高知県知事",
// "元木高知県議会議長", "王安北京市副書記"; or sets the name off with a dot: "阿部守一・長野県知事",
// "孫平・副市長". The desk officer gets the name alone, the place kept with the office.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => [p.name, p.role]);
const names = (text: string) => people(text).map(([n]) => n);

describe('Japanese: a name, then the place whose office it is', () => {
  test('a full name and a prefecture before "副知事", a list of them', () => {
    const got = people('3日、山田太郎福岡県副知事を団長に、佐藤花子岡山県副知事らが北京を訪問し、会談しました。');
    assert.ok(
      got.some(([n, r]) => n === '山田太郎' && r === '福岡県副知事'),
      JSON.stringify(got),
    );
    assert.ok(
      got.some(([n]) => n === '佐藤花子'),
      JSON.stringify(got),
    );
  });

  test("a surname before a prefecture's governor and its assembly's chair", () => {
    const got = names('訪問団は、橋本高知県知事、元木高知県議会議長を表敬訪問しました。');
    for (const want of ['橋本', '元木']) assert.ok(got.includes(want), JSON.stringify(got));
  });

  test("a Chinese name before a city's office in a Japanese record", () => {
    const got = names('訪問団は北京市役所において王安北京市副書記と会談し、環境問題について意見交換を行いました。');
    assert.ok(got.includes('王安'), JSON.stringify(got));
  });

  test('a name set off by a dot: "阿部守一・長野県知事", "孫平・副市長"', () => {
    const got = names('19日、総領事は阿部守一・長野県知事を表敬訪問した。鞍山市の孫平・副市長も同席した。');
    for (const want of ['阿部守一', '孫平']) assert.ok(got.includes(want), JSON.stringify(got));
  });

  test("not a field before the dot, a sister city's committee, nor an ordinal", () => {
    const got = names(
      '20日、観光・考古大臣と会談しました。事務局の竹中姉妹都市委員が同行しました。第八次日中知事交流訪中団が北京を訪問しました。',
    );
    for (const wrong of ['観光', '考古', '竹中', '第八次日']) assert.ok(!got.includes(wrong), JSON.stringify(got));
  });
});
