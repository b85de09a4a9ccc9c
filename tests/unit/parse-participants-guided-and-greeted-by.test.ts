// A visit report names the hosts by what they did for the visitors there: Korean "A 회장의 안내로 … 돌아봤다",
// "B 소장의 설명을 들었다"; Japanese "C区長の挨拶", "D会長の案内で", "E団長の解団宣言". Each guided, briefed or
// spoke in the room, so each took part, as the speakers of "X의 축사" already do. Someone's account given as a
// source ("X의 설명에 따르면") or a greeting read out for them ("知事の挨拶を副知事が代読") does not put them there.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string) => parseRecordText(text).participants.map((p) => p.name);

test('a Korean record naming the host who guided or briefed the visitors lists them', () => {
  const text = [
    '농업인 교류단, 자매도시 방문',
    '농업인 교류단이 12일 자매도시를 방문해 석하람 시장을 예방했다.',
    '교류단은 어진호 전 회장의 안내로 시험장과 유통센터를 돌아봤다. 이어 김도윤 사무총장의 설명을 들었다.',
  ].join('\n');
  const got = names(text);
  for (const n of ['석하람', '어진호', '김도윤']) assert.ok(got.includes(n), `got ${got.join(', ')}`);
});

test('a Korean record citing someone\u2019s account as its source does not list them', () => {
  const text = [
    '농업인 교류단, 자매도시 방문',
    '농업인 교류단이 12일 자매도시를 방문해 석하람 시장을 예방했다.',
    '위서진 국장의 설명에 따르면 두 도시는 내년에 교류를 넓힌다.',
  ].join('\n');
  const got = names(text);
  assert.ok(got.includes('석하람'), `got ${got.join(', ')}`);
  assert.ok(!got.includes('위서진'), `got ${got.join(', ')}`);
});

test('a Japanese record naming the host by the greeting or guidance they gave lists them', () => {
  const text = [
    '友好都市訪問団、市長を表敬訪問',
    '友好都市訪問団は5月8日、市役所で山川市長を表敬訪問した。',
    '訪問団は森田会長の案内で工業団地を視察した。歓迎会では谷口区長の挨拶があり、最後に北村団長の解団宣言で全日程を終えた。',
  ].join('\n');
  const got = names(text);
  for (const n of ['山川', '森田', '谷口', '北村']) assert.ok(got.includes(n), `got ${got.join(', ')}`);
});

test('a Japanese greeting read out for someone who stayed away does not list them', () => {
  const text = [
    '友好都市訪問団、市長を表敬訪問',
    '友好都市訪問団は5月8日、市役所で山川市長を表敬訪問した。',
    '歓迎会では谷口知事の挨拶を副知事が代読した。',
  ].join('\n');
  const got = names(text);
  assert.ok(got.includes('山川'), `got ${got.join(', ')}`);
  assert.ok(!got.includes('谷口'), `got ${got.join(', ')}`);
});
