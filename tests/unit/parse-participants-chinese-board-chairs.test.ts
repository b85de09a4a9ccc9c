// An association's or a foundation's board chair ("理事长") sits in on a city's meetings as often as its
// officials, and a list of them may end "等政要" (and other dignitaries). The desk officer sees the chair by
// name, and the last name of a list whole, without "等政要" glued to it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => [p.name, p.role]);

describe('Chinese board chairs and lists of dignitaries', () => {
  test('"协会理事长蔡明德" is the board chair, named', () => {
    const got = people('市长林志强会见了日本友好城市代表团，旅游协会理事长蔡明德、商会会长吴国平陪同会见。林志强表示欢迎。');
    assert.ok(
      got.some(([name, role]) => name === '蔡明德' && role?.endsWith('理事长')),
      JSON.stringify(got),
    );
  });

  test('"交通部长魏国强等政要": the minister named, "等政要" not part of the name', () => {
    const got = people('大使辞行拜会了总理穆罕默德、交通部长魏国强等政要。双方回顾了两国关系。');
    assert.ok(
      got.some(([name]) => name === '魏国强'),
      JSON.stringify(got),
    );
    assert.ok(!got.some(([name]) => name?.includes('政要')), JSON.stringify(got));
  });

  test('"理事会" (the board itself) names no one', () => {
    const got = people('理事会一致通过了新的章程。会议由秘书处主持。');
    assert.deepEqual(got, [], JSON.stringify(got));
  });
});
