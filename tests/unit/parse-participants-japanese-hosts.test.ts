// A prefecture's or a city's own page calls its head by office alone: "総領事が、知事を表敬訪問しました".
// The desk officer sees the Governor in the room (a role, no name); a head the record names
// ("鈴木一郎知事を表敬訪問") is that named person, not a second, nameless one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => [p.name, p.role, p.country]);

describe('Japanese hosts called on by office alone', () => {
  test('"総領事が、知事を表敬訪問しました": the Governor took part, unnamed', () => {
    const got = people(
      '令和6年4月8日、在大阪ブラジル総領事館のカルロス・シルバ総領事が、知事を表敬訪問しました。シルバ総領事は、県との交流拡大に意欲を示しました。',
    );
    assert.ok(
      got.some(([name, role, country]) => name === null && role === '知事' && country === 'Japan'),
      JSON.stringify(got),
    );
  });

  test('"香川県知事と会談": the prefecture before the office is no name', () => {
    const got = people('訪日団の団長は15日、香川県知事と会談し、観光交流の拡大について意見を交わしました。');
    assert.ok(
      got.some(([name, role]) => name === null && role === '知事'),
      JSON.stringify(got),
    );
  });

  test('a named head stays one named person', () => {
    const got = people('10日、駐日タイ王国特命全権大使が来県し、鈴木一郎知事を表敬訪問しました。');
    assert.ok(!got.some(([name, role]) => name === null && role === '知事'), JSON.stringify(got));
  });

  test('a call still to come lists nobody', () => {
    const got = people('在名古屋中国総領事が、着任挨拶のため来月、知事を表敬訪問します。');
    assert.deepEqual(got, []);
  });
});
