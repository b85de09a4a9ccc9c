// Japan names its own envoys by the place of the mission after "在" (stationed in): "山田一郎在ペルー
// 日本国特命全権大使". The desk officer reads 山田一郎, Japan's ambassador. A committee or an association of
// an office's holders ("人民委員会", "全国市長会") is no person, nor are office words left once a country
// is read off ("駐日韓国大使夫人": the ambassador's wife, no one named 駐日).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => [p.name, p.role, p.country]);

describe('Japanese: an envoy "在" a place, and bodies that are no one', () => {
  test('"山田一郎在ペルー日本国特命全権大使" is 山田一郎, ambassador of Japan', () => {
    const got = people('2月3日、山田一郎在ペルー日本国特命全権大使が、市長を表敬訪問し、懇談しました。');
    assert.ok(
      got.some(([name, role, country]) => name === '山田一郎' && role === '特命全権大使' && country === 'Japan'),
      JSON.stringify(got),
    );
  });

  test('"人民委員会" and "全国市長会" name no one; the chairman after them is read', () => {
    const got = people(
      '5月30日、代表団はハノイ市人民委員会を表敬訪問し、グエン委員長と懇談しました。全国市長会の会長も出席しました。',
    ).map(([n]) => n);
    assert.ok(got.includes('グエン'), JSON.stringify(got));
    for (const wrong of ['人民', 'ハノイ市人民', '全国']) assert.ok(!got.includes(wrong), JSON.stringify(got));
  });

  test('"駐日韓国大使夫人" names no one called 駐日', () => {
    const got = people('6月2日、駐日韓国大使夫人で同公使の金美英公使が本学を訪れ、学長と懇談しました。').map(([n]) => n);
    assert.ok(!got.includes('駐日'), JSON.stringify(got));
  });
});
