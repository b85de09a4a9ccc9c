// A desk officer reading East and South-East Asian records gets everyone a list names, not only its first:
// - Chinese names several people under one office and lets the last run into the verb they share
//   ("副市长王建国、李明华、赵立新参加会见"), or follows each with "教授" ("副校长罗国荣教授、任学锋教授");
//   a list of bare names is not the office of the next person ("议员甲、乙、丙、区议员丁").
// - Vietnamese sessions list those present after "Dự kỳ họp có các đồng chí:" (attending the session were), and
//   a shared office before the colon gives bare names after it ("các đồng chí Phó Chủ tịch UBND tỉnh: A, B").
// - Japanese gives a name's reading in brackets before the office ("大須賀一誠(おおすがいっせい)幸田町長"): the
//   bracket tells where the name ends.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const names = (text: string) => people(text).map((p) => p.name);

describe('a Chinese list of names under one office lists them all', () => {
  const table: [string, string[]][] = [
    [
      '2024年5月12日，市长张伟会见了美国旧金山市代表团一行。副市长王建国、李明华、赵立新参加会见。',
      ['王建国', '李明华', '赵立新'],
    ],
    ['2024年5月12日，市长张伟会见了美国旧金山市代表团一行。副市长王建国、李明、赵立参加会见。', ['王建国', '李明', '赵立']],
    ['2023年3月8日，校长刘志强会见了日本京都大学代表团。副校长陈国华、周立平和孙丽陪同会见。', ['陈国华', '周立平', '孙丽']],
    [
      '2011年1月7日，我校与美国北园大学签署合作备忘录。参加签字仪式的有副校长罗国荣教授、任学锋教授、张元勤教授。',
      ['罗国荣', '任学锋', '张元勤'],
    ],
    [
      '2024年5月12日，总领事吴明举行招待会。出席者包括州行政议员章英、彭文宝、杨顺兴、孙意志、双溪区州议员林秀琴。',
      ['彭文宝', '杨顺兴', '孙意志', '林秀琴'],
    ],
  ];
  for (const [text, want] of table)
    test(`"${text.slice(text.lastIndexOf('。', text.length - 2) + 1)}" gives ${want.join(', ')}`, () => {
      const got = names(text);
      for (const n of want) assert.ok(got.includes(n), `${n} missing from ${String(got)}`);
    });

  test('each listed deputy keeps the shared office, and the next person keeps only his own', () => {
    const got = people('2024年5月12日，总领事吴明举行招待会。出席者包括州行政议员章英、彭文宝、杨顺兴、双溪区州议员林秀琴。');
    assert.equal(got.find((p) => p.name === '林秀琴')?.role, '双溪区州议员');
  });

  test('the one met with, joined by "与" (with), is not listed under the host\'s office', () => {
    const got = people('2024年5月12日，市长张伟与日本大阪市市长山田太郎举行会谈。');
    assert.ok(!got.some((p) => p.name === '山田太郎' && p.role === '市长'), JSON.stringify(got));
  });
});

describe('a Vietnamese session names those present', () => {
  test('"Dự kỳ họp có các đồng chí: A, offices; B, offices" lists both', () => {
    const got = names(
      'Ngày 8/7/2024, HĐND tỉnh tổ chức Kỳ họp thứ 7. Dự kỳ họp có các đồng chí: Trần Văn Bình, Bí thư Tỉnh ủy; Lê Thị Hoa, Chủ tịch UBND tỉnh.',
    );
    assert.deepEqual(got, ['Trần Văn Bình', 'Lê Thị Hoa']);
  });

  test('"Cùng dự hội thảo có các ông: A, office; B, office" lists both', () => {
    const got = names(
      'Ngày 12/3/2024, Trường Đại học Huế tổ chức hội thảo quốc tế. Cùng dự hội thảo có các ông: Nguyễn Văn Phúc, Hiệu trưởng; John Miller, Giáo sư Đại học Sydney.',
    );
    assert.ok(got.includes('Nguyễn Văn Phúc') && got.includes('John Miller'), String(got));
  });

  test('"các đồng chí Phó Chủ tịch UBND tỉnh: A, B": both hold the shared office, neither is the other\'s office', () => {
    const got = people(
      'Ngày 10/3/2024, Chủ tịch UBND tỉnh Lê Văn Hòa tiếp Đại sứ Nhật Bản Yamada Takio. Cùng dự có các đồng chí Phó Chủ tịch UBND tỉnh: Nguyễn Văn Sơn, Trần Thị Mai.',
    );
    for (const n of ['Nguyễn Văn Sơn', 'Trần Thị Mai'])
      assert.equal(got.find((p) => p.name === n)?.role, 'Phó Chủ tịch UBND tỉnh', JSON.stringify(got));
  });

  test('a session that only elects its chair names no one present', () => {
    const got = names('Chiều 14/11, kỳ họp thứ 15 HĐND tỉnh đã bầu ông Nguyễn Quốc Chung giữ chức Chủ tịch HĐND tỉnh.');
    assert.deepEqual(got, []);
  });

  test('a congress "graced by the presence of" a leader ("có sự hiện diện của") is no roster of those present', () => {
    const got = names(
      'Ngày 28/6, Hiệp hội Doanh nghiệp tổ chức Đại hội nhiệm kỳ III. Tới dự Đại hội có sự hiện diện của Phó Thủ tướng Trần Văn Bình cùng gần 300 hội viên.',
    );
    assert.deepEqual(got, []);
  });

  test('a session expected ("Dự kiến kỳ họp có …") is none attended', () => {
    const got = names('Dự kiến kỳ họp thứ 8 HĐND tỉnh có hai nội dung: Trần Văn Bình, Bí thư Tỉnh ủy, sẽ báo cáo.');
    assert.deepEqual(got, []);
  });
});

describe('a Japanese record giving a name its reading in brackets', () => {
  const table: [string, string, string][] = [
    ['2024年7月1日、知事は大須賀一誠(おおすがいっせい)幸田町長と会談しました。', '大須賀一誠', '幸田町長'],
    ['2024年7月1日、学長は劉 淑如(リウ・シュージュ)国際長と会談しました。', '劉 淑如', '国際長'],
    ['2024年7月1日、知事は楊 宇(よう う)アジア司参事官と会談しました。', '楊 宇', 'アジア司参事官'],
    ['2024年7月1日、市長は金 成民（キム・ソンミン）釜山広域市副市長らと懇談した。', '金 成民', '釜山広域市副市長'],
  ];
  for (const [text, name, role] of table)
    test(`"${name}" is named whole, "${role}" his office`, () => {
      const got = people(text);
      assert.ok(
        got.some((p) => p.name === name && p.role === role),
        JSON.stringify(got.map((p) => [p.name, p.role])),
      );
      assert.ok(!got.some((p) => p.name !== name && name.includes(p.name ?? '-')), 'a cut of the name');
    });

  test('a surname alone given its reading in someone\'s words ("葛(かつ)総領事とも良好な関係") is no one named', () => {
    const got = names(
      '2024年7月1日、知事は北京で王建国副部長と会談しました。知事は「日頃より総領事館、葛(かつ)総領事とも良好な関係です」と述べました。',
    );
    assert.ok(!got.includes('葛'), String(got));
  });

  test('a place given its reading ("幸田町(こうたちょう)の町長") is no person', () => {
    const got = names('2024年7月1日、知事は幸田町(こうたちょう)の町長と会談しました。');
    assert.ok(!got.includes('幸田町'), String(got));
  });
});
