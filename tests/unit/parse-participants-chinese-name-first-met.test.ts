// Chinese names a host before the office when the clause opens with them: "刘明华校长会见了参访团". Said
// once, such a name is sure only when the office is followed by the verb of the meeting (met, received,
// attended); a committee's chair is "委员长", before the name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('a Chinese name before the office, said once', () => {
  test('"访问期间,刘明华校长会见了参访团": the president who met the delegation', () => {
    const got = names(
      '3月6日,某科技大学交流中心主任周立文一行来校访问。\n\n访问期间,刘明华校长会见了参访团,并签署了两校合作协议。',
    );
    assert.ok(got.includes('刘明华'), String(got));
  });

  test('"访问期间,新任校长会见了参访团": a word of the office before it, with the verb, is still no name', () => {
    const got = names('5日,日本某大学代表团来校访问。\n\n访问期间,新任校长会见了参访团,双方签署了合作协议。');
    assert.ok(!got.includes('新任'), String(got));
  });
});

describe('a committee chair, title first', () => {
  test('"…中心委员长斋藤一郎为团长的代表团": 斋藤一郎 leads the delegation', () => {
    const got = names(
      '日前,市人大常委会副主任张元明会见了以四日市商工会议所会长、经济交流中心委员长斋藤一郎为团长的代表团一行。斋藤一郎表示感谢。',
    );
    assert.ok(got.includes('斋藤一郎'), String(got));
  });
});
