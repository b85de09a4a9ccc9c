// A Chinese record writes the verb straight after the name: "仪式由副院长王长顺主持" (presided over by),
// "副校长周国强讲话" (spoke), "总领事陈勇拜会了…" (called on), "校长王建国一行" (and his party). The desk officer
// wants the name without the verb, the office without "由" (by), and a given name holding "国", "长" or "会"
// still read when the verb or the party closes it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const found = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => found(text).map((p) => p.name);

describe('a Chinese record with the verb glued to the name', () => {
  test('"欢迎仪式由副院长王长顺主持": the vice-president 王长顺, his office without "由"', () => {
    const got = found('3月5日,校长张伟会见了日本樱花中学校长山田太郎一行。欢迎仪式由副院长王长顺主持。');
    const wang = got.find((p) => p.name === '王长顺');
    assert.ok(wang, String(got.map((p) => p.name)));
    assert.equal(wang.role, '副院长');
  });

  test('"座谈会由办公室副主任李菁敏主持": no "李菁敏主持" as a name', () => {
    const got = names('3月5日,校长张伟会见了日本樱花中学校长山田太郎一行。座谈会由办公室副主任李菁敏主持。');
    assert.ok(got.includes('李菁敏'), String(got));
    assert.ok(!got.includes('李菁敏主持'), String(got));
  });

  test('"副校长周国强讲话": a given name with "国", closed by the speech', () => {
    const got = names('3月5日,校长张伟会见了日本樱花中学校长山田太郎一行。副校长周国强讲话。');
    assert.ok(got.includes('周国强'), String(got));
  });

  test('"浙江大学校长王建国一行": the guest and his party, a given name with "国"', () => {
    const got = names('省长李强在杭州会见了浙江大学校长王建国一行。');
    assert.ok(got.includes('王建国'), String(got));
  });

  test('"总领事陈勇拜会了…": the consul general, not "陈勇拜"', () => {
    const got = names('3月5日,总领事陈勇拜会了长崎县知事。双方就友城交流交换意见。');
    assert.ok(got.includes('陈勇'), String(got));
    assert.ok(!got.includes('陈勇拜'), String(got));
  });

  test('"自由党主席…": the party\'s "自由" (liberal) stays in the office', () => {
    const got = found('3月5日,外长王明会见了加拿大自由党主席史密斯。');
    const guest = got.find((p) => p.name === '史密斯');
    assert.ok(guest, String(got.map((p) => p.name)));
    assert.match(guest.role ?? '', /自由党主席/u);
  });
});
