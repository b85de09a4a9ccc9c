// A Japanese list of a visiting delegation writes each member's name, then the body or field their office is in,
// then the title, all glued: "孫明輝国際協力処処長" (Sun Minghui, head of the international cooperation division),
// "馬志強全国人民代表大会副委員長", "佐藤一夫台北市外交顧問". The desk officer gets the person, the body kept with
// the office, not a run of ten kanji dropped as too long to be a name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => [p.name, p.role]);
const names = (text: string) => people(text).map(([n]) => n);

describe('Japanese: a name, then the body or field of the office, then the title', () => {
  test('a visiting university lists its division head and a professor after the president', () => {
    const got = people(
      '10月3日、中国・江南師範大学の高 文学長、孫明輝国際協力処処長及び鄧雅琴人文学院教授らが来学し、山本学長を表敬訪問しました。',
    );
    assert.ok(
      got.some(([n, r]) => n === '孫明輝' && r === '国際協力処処長'),
      JSON.stringify(got),
    );
    assert.ok(
      got.some(([n, r]) => n === '鄧雅琴' && r === '人文学院教授'),
      JSON.stringify(got),
    );
  });

  test('a national body after the name of a vice-chair the governors called on', () => {
    const got = people('一行は北京で馬志強全国人民代表大会副委員長を表敬訪問し、意見交換を行いました。');
    assert.ok(
      got.some(([n, r]) => n === '馬志強' && r === '全国人民代表大会副委員長'),
      JSON.stringify(got),
    );
  });

  test('a city the record names elsewhere, between an adviser and his office', () => {
    const got = people('訪問団は台北市を訪問しました。台北市からは林市長、佐藤一夫台北市外交顧問が一行を歓迎し、会談しました。');
    assert.ok(
      got.some(([n, r]) => n === '佐藤一夫' && r === '台北市外交顧問'),
      JSON.stringify(got),
    );
  });

  test('a city adviser glued to "市政" is the adviser, not a city named after him', () => {
    const got = people('会談には台北市から林市長、王麗華市政顧問が同席し、意見を交わしました。');
    assert.ok(
      got.some(([n, r]) => n === '王麗華' && r === '市政顧問'),
      JSON.stringify(got),
    );
  });

  test('no name from a place the record writes with its suffix, nor from a country', () => {
    const got = names('名古屋市の代表団が会談に臨み、名古屋国際交流協会会長と日本国際協力機構理事長が同席しました。');
    for (const wrong of ['名古屋', '日本国', '日本']) assert.ok(!got.includes(wrong), JSON.stringify(got));
  });
});

describe('Japanese: a body glossed with its head in brackets', () => {
  test('an association the delegation called on, its chair in brackets, is no one met', () => {
    const got = names(
      '訪問団は横浜市を訪れ、横浜華僑総会(周建明会長)と日中友好協会(田村一郎理事長)を表敬訪問した後、鈴木市長と会談しました。',
    );
    for (const wrong of ['周建明', '田村一郎']) assert.ok(!got.includes(wrong), JSON.stringify(got));
    assert.ok(got.includes('鈴木'), JSON.stringify(got));
  });

  test('a committee that sends a mission, its chair and his company post in brackets, is not his presence', () => {
    const got = names(
      '日本アジア経済委員会(山本正和委員長・三井物産副会長)は、3月に訪問団を派遣し、同国のグエン・ヴァン・アン副首相と会談した。',
    );
    assert.ok(!got.includes('山本正和'), JSON.stringify(got));
  });

  test('the head glossed once and named again as the one who spoke is in the room', () => {
    const got = names(
      '県人会(佐藤健一会長)の訪問団が知事を表敬訪問した。佐藤健一会長は「母県との交流を続けたい」と述べ、知事と懇談した。',
    );
    assert.ok(got.includes('佐藤健一'), JSON.stringify(got));
  });
});
