// Japanese web pages write a name with a space between family and given name, the office glued after it
// ("柴田 正人岐阜市長"), or a space between the whole name and the office ("林明徳 新市長").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('a space inside or after a Japanese name', () => {
  test('"柴田 正人岐阜市長、黒川 育夫市議会議長": family and given name, then the office', () => {
    const got = people(
      '10月6日、川村大使は、柴田 正人岐阜市長、黒川 育夫市議会議長ほか、岐阜市代表団の表敬訪問を受け、意見交換を行いました。',
    );
    const mayor = got.find((p) => p.name === '柴田 正人');
    assert.ok(mayor, JSON.stringify(got.map((p) => p.name)));
    assert.equal(mayor.role, '岐阜市長');
    assert.ok(got.some((p) => p.name === '黒川 育夫'));
    assert.ok(!got.some((p) => p.name === '正人岐阜'));
  });

  test('"林明徳 新市長はじめ代表団": the whole name, then the office', () => {
    const got = people(
      '友好都市より代表訪問団が来訪し、議場にて式典が行われました。林明徳 新市長はじめ、代表訪問団9名の方々と記念品の交換を行いました。',
    );
    assert.ok(
      got.some((p) => p.name === '林明徳'),
      JSON.stringify(got.map((p) => p.name)),
    );
  });

  test('"交流会 会長挨拶": an event before the space is no name', () => {
    const got = people('5日、市長は訪問団と懇談した。交流会 会長挨拶では森会長が歓迎の言葉を述べた。');
    assert.ok(!got.some((p) => p.name === '交流会'), JSON.stringify(got.map((p) => p.name)));
  });
});
