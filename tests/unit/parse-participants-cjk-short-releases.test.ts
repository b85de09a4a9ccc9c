// A short release in Chinese or Japanese, a sentence or two, is read like a long one: "2024年5月7日，省长李某会见了…"
// has its participants though it holds fewer than twenty Han characters. A record in another script that gives a
// name in Han in brackets ("Foreign Minister Wang Yi (王毅)") is still not read as Chinese.
// And a foreign name whose parts a middle dot joins is read before its office as well as after it: "约翰·史密斯校长介绍了…".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cjkMentions } from '../../electron/node/library/parse/participants/cjk.ts';

const read = (text: string) => cjkMentions(text).map(([m]) => m);
const names = (text: string) => read(text).map((m) => m.name);

describe('a short Chinese or Japanese release', () => {
  test('a one-line Japanese release naming the prime minister after his name lists him', () => {
    assert.deepEqual(names('会談\n岸田文雄総理大臣は、中国総理と会談しました。'), ['岸田文雄']);
  });

  test('a one-line Japanese release of a mayor receiving a call lists the mayor', () => {
    assert.ok(names('表敬\n5月8日、佐藤花子市長は大使の表敬を受けた。').includes('佐藤花子'));
  });

  test('a one-line Chinese release naming the governor after his office lists him', () => {
    assert.ok(names('会见\n10月9日，省长李国英会见了客人。').includes('李国英'));
  });

  test('an English record giving the minister in Han in brackets is not read as Chinese', () => {
    assert.deepEqual(names('On 7 May, Foreign Minister Wang Yi (外交部长王毅) met the visiting minister in Beijing.'), []);
  });
});

describe('Chinese: a dotted foreign name before its office', () => {
  test('a university record naming the visiting president before his office lists him, with no country guessed', () => {
    const found = read(
      '2023年4月5日，美国某大学代表团访问我校。会上，校长李明介绍了学校概况。约翰·史密斯校长介绍了该校的学科设置。',
    );
    const smith = found.find((m) => m.name === '约翰·史密斯');
    assert.ok(smith, String(found.map((m) => m.name)));
    assert.equal(smith?.role, '校长');
    assert.equal(smith?.country, null);
  });

  test('a Taiwanese record: the director named before her office is listed, and her verb is no name', () => {
    const got = names('2023年4月5日，市長陳其邁接見美國辦事處一行。瑪麗·約翰遜處長感謝市府的協助。陳其邁表示歡迎。');
    assert.ok(got.includes('瑪麗·約翰遜'), String(got));
    assert.ok(!got.some((n) => n?.startsWith('感謝')), String(got));
  });
});

describe('Chinese: a party named by its side ("澳方", "美方")', () => {
  test('a record naming the Australian side’s counsellor gives him Australia, not China', () => {
    const found = read('2023年4月5日，澳大利亚使馆代表团来访。澳方参赞约翰·史密斯参加会见。市长王建国表示欢迎。');
    const smith = found.find((m) => m.name === '约翰·史密斯');
    assert.equal(smith?.country, 'Australia');
    assert.equal(smith?.role, '参赞');
  });

  test('the side heads its list: the vice-president after the comma is American too', () => {
    const found = read('2023年4月5日，校長陳明華會見了美國大學代表團。美方校長約翰·史密斯、副校長瑪麗·布朗出席。');
    assert.equal(found.find((m) => m.name === '瑪麗·布朗')?.country, 'United States');
    assert.equal(found.find((m) => m.name === '陳明華')?.country, 'China');
  });

  test('"西方" (the West) is no side: the office after it stays the record’s own', () => {
    const found = read('2023年4月5日，西方国家代表团来访。副市长王建国会见了客人，王建国介绍了本市概况。');
    assert.equal(found.find((m) => m.name === '王建国')?.country, 'China');
  });
});
