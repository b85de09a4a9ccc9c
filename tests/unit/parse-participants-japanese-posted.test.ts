// Japanese envoys named by their posting: the country after "駐" is never the envoy's name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('Japanese: "駐" and the posting', () => {
  test('"フィリモネ・ワガバザ駐日フィジー共和国特命全権大使が知事を表敬訪問": Fiji\'s envoy, and no Mr "フィジー"', () => {
    const got = people(
      'フィリモネ・ワガバザ駐日フィジー共和国特命全権大使が挨拶のため、知事を表敬訪問しました。知事は大使が本県を訪問されたことへの歓迎の意を表しました。',
    );
    const envoy = got.find((p) => p.name === 'フィリモネ・ワガバザ');
    assert.ok(envoy, JSON.stringify(got.map((p) => p.name)));
    assert.equal(envoy.country, 'Fiji');
    assert.ok(!got.some((p) => p.name === 'フィジー'), JSON.stringify(got.map((p) => p.name)));
  });

  test('"菅 正広 駐モーリシャス共和国日本国特命全権大使が": Japan\'s envoy to Mauritius, the kanji name with its space', () => {
    const got = people('菅 正広 駐モーリシャス共和国日本国特命全権大使が挨拶のため、知事を表敬訪問しました。');
    const envoy = got.find((p) => p.name === '菅 正広');
    assert.ok(envoy, JSON.stringify(got.map((p) => p.name)));
    assert.equal(envoy.country, 'Japan');
  });

  test('"駐日ドミニカ共和国特命全権大使が…表敬訪問": an envoy by title only, no name invented from the country', () => {
    const got = people('駐日ドミニカ共和国特命全権大使が挨拶のため、知事を表敬訪問しました。');
    assert.ok(!got.some((p) => p.name === 'ドミニカ'), JSON.stringify(got.map((p) => p.name)));
  });
});
