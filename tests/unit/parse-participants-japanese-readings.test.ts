// Japanese prefectures and cities give a foreign visitor's name in kanji with its reading in
// brackets, then the office: "李在成(イ・ジェソン)駐大阪韓国総領事", "王 立新(おう りっしん)
// 天津市人民政府副市長". The reading marks the name, whatever office words follow it; a city's
// name with its reading is a place, not a person. A department or mission written solid before a
// name ("総合政策部村上治城部長") is whose staff, not part of the name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cjkMentions } from '../../electron/node/library/parse/participants/cjk.ts';

const read = (text: string) => cjkMentions(text).map(([m]) => ({ name: m.name, role: m.role }));

describe('Japanese: a name with its reading in brackets, then the office', () => {
  test('"李在成(イ・ジェソン)駐大阪韓国総領事が県庁を表敬訪問": the consul general, his posting in the office', () => {
    const got = read(
      '6月3日(月曜日)、李在成(イ・ジェソン)駐大阪韓国総領事が県庁を表敬訪問され、知事と懇談しました。両県の交流について意見交換を行いました。',
    );
    assert.ok(
      got.some((p) => p.name === '李在成' && p.role?.endsWith('総領事')),
      JSON.stringify(got),
    );
  });

  test('a hiragana reading, a space in the name, a space before the office: "王 立新(おう りっしん) 天津市人民政府副市長"', () => {
    const got = read(
      '訪問者(予定)\n王 立新(おう りっしん) 天津市人民政府副市長\n対応者\n市長 山田 一郎\n天津市代表団が市役所を表敬訪問し、市長と懇談する予定です。',
    );
    assert.ok(
      got.some((p) => p.name === '王 立新'),
      JSON.stringify(got),
    );
  });

  test('"武漢市(ぶかんし)人民政府外事弁公室主任": a city with its reading is no one\'s name', () => {
    const got = read(
      '友好都市である武漢市(ぶかんし)人民政府外事弁公室主任ほか代表団の一行が市役所を訪問し、市長と懇談しました。両市の交流について意見を交わしました。',
    );
    assert.ok(!got.some((p) => p.name?.includes('武漢')), JSON.stringify(got));
  });
});

describe('Japanese: the department or mission written solid before a name', () => {
  test('"市総合政策部山田太郎部長、総領事館王明領事が同席": the staff by name, not the department', () => {
    const got = read(
      '10日、総領事は市長と会見した。市総合政策部山田太郎部長、総領事館王明領事が同席した。総領事は市長の就任に祝意を表した。',
    );
    assert.ok(
      got.some((p) => p.name === '山田太郎' && p.role === '部長'),
      JSON.stringify(got),
    );
    assert.ok(
      got.some((p) => p.name === '王明' && p.role === '領事'),
      JSON.stringify(got),
    );
  });

  test('"岡部一郎外務大臣": a surname ending like a department is left whole', () => {
    const got = read('岡部一郎外務大臣は本日、来日中の外相と会談した。両外相は二国間関係について意見交換を行った。');
    assert.ok(
      got.some((p) => p.name === '岡部一郎'),
      JSON.stringify(got),
    );
  });
});
