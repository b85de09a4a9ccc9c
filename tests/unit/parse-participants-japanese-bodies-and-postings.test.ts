// Japanese glues a body or a posting to the name before the office: "呉某駐日中華人民共和国特命全権大使"
// (the ambassador of China in Japan), "自民党議員" (a member of the LDP, no one named), "市観光協会長" (the chair
// of the city's tourism association), "友好協会李某会長". A reading in Latin letters may follow the name
// ("李某(Li Mou)学長"), and a chamber's president may be called "会頭" and "会長" in the same record.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('Japanese bodies, postings and readings around a name', () => {
  test('"王海明駐日中華人民共和国特命全権大使": the name before "駐", China\'s envoy', () => {
    const got = people(
      '1月10日、王海明駐日中華人民共和国特命全権大使が本学を訪問し、山田太郎学長と懇談しました。王大使は留学生交流に期待を述べました。',
    );
    const envoy = got.find((p) => p.name === '王海明');
    assert.ok(envoy, String(got.map((p) => p.name)));
    assert.equal(envoy.country, 'China');
  });

  test('"自民党議員" and "市観光協会長": a party and an association, not people', () => {
    const got = names(
      '台南市を訪問した自民党議員団は、黄市長と会談した。同行した市観光協会長も挨拶した。佐藤一郎参議院議員は交流拡大に期待を示した。',
    );
    assert.ok(got.includes('佐藤一郎'), String(got));
    assert.ok(!got.some((n) => n?.includes('自民党') || n?.includes('観光協')), String(got));
  });

  test('"友好協会李明会長" and "李明(Li Ming)学長": the name after the body, before the Latin reading', () => {
    const got = names(
      '知事は北京で、中国人民対外友好協会李明会長と会談した。山東大学からは王強(Wang Qiang)学長がオンラインで参加しました。',
    );
    assert.ok(got.includes('李明'), String(got));
    assert.ok(got.includes('王強'), String(got));
  });

  test('"林美玲会頭" then "林美玲会長": one person with two titles, and the auditor "監事長"', () => {
    const got = names(
      '訪問したのは、台商会の林美玲会頭、張本明監事長ら10人。処長は林美玲会長ほか役員の来訪に御礼を述べた。林美玲会頭は交流を深めたいと述べた。',
    );
    assert.ok(got.includes('林美玲'), String(got));
    assert.ok(got.includes('張本明'), String(got));
  });

  test('"県議会定例会知事提案説明": a session of the assembly before the governor\'s title is no name', () => {
    const got = names('9月県議会定例会知事提案説明要旨。知事はモンゴルを訪問し、バトボルド首相と会談した。');
    assert.ok(!got.some((n) => n?.includes('定例')), String(got));
  });

  test('"県人会長": the head of a body the record names on its own ("県人会を訪れ") is still no name', () => {
    const got = names('知事は熊本県人会を訪れ、県人会長らと懇談した。鈴木一郎知事は会員に感謝を述べた。');
    assert.ok(!got.some((n) => n?.startsWith('県人')), String(got));
  });
});
