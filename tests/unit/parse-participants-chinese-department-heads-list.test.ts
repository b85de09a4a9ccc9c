// A Chinese list of a government's officials present names each with the office of a department, a law office or
// the customs: "行政法务司司长张明、检察院检察长李强、审计长欧阳芳、海关关长何伟". The desk officer wants every one,
// each with only their own office, and a two-character surname ("欧阳") read with its given name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('Chinese: a list of department heads, law officers and the customs head', () => {
  const text =
    '3月5日，国务院港澳办主任在礼宾府会见特区政府主要官员。会见时，行政法务司司长张明华、经济财政司司长陈立新、' +
    '检察院检察长刘子平、廉政专员欧阳清、审计长欧阳芳、警察总局局长梁文杰、海关关长何伟明在座。';

  test('every official is named, each with their own office', () => {
    const got = people(text);
    const want: [string, string][] = [
      ['张明华', '行政法务司司长'],
      ['陈立新', '经济财政司司长'],
      ['刘子平', '检察院检察长'],
      ['欧阳清', '廉政专员'],
      ['欧阳芳', '审计长'],
      ['梁文杰', '警察总局局长'],
      ['何伟明', '海关关长'],
    ];
    for (const [name, role] of want) {
      const p = got.find((x) => x.name === name);
      assert.ok(p, `${name} in ${JSON.stringify(got.map((x) => x.name))}`);
      assert.equal(p.role, role);
    }
  });

  test('not a company "long-term", nor the bare surname "欧阳"', () => {
    const got = people(`双方同意公司长期合作。${text}`).map((p) => p.name);
    assert.ok(!got.includes('欧阳'), JSON.stringify(got));
    assert.ok(!got.some((n) => n?.startsWith('期')), JSON.stringify(got));
  });
});
