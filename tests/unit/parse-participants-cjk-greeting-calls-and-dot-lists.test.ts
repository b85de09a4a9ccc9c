// A Japanese mayor's blog headed "総領事にご挨拶" (paying respects TO the consul general) tells of a courtesy
// call, not of an address: only "知事挨拶", "総領事からの御挨拶", "新年のご挨拶" name the record a speech. The call
// paid "総領事館へ表敬" says where they met. A Korean release lists foreign MPs joined by "·" with the office once
// after the last ("A B·C D·E F 국회의원 등이 참석했다"): every one of them is in the room, each name whole.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const CALL = ['今日は最後に大使館へ表敬。山田大使にお会いし、来年の交流事業についてお願いしました。'];

describe('Japanese: a headline "Xにご挨拶" is a courtesy call, "X挨拶" an address', () => {
  for (const title of ['サンフランシスコ総領事にご挨拶', 'ロンドン大使へご挨拶', '新任の知事にあいさつ'])
    test(`"${title}": the record reports a meeting`, () => {
      assert.equal(reportsMeeting(CALL, title), true);
    });
  for (const title of ['記念式典 滋賀県知事挨拶', '総領事からの御挨拶', '新年のご挨拶', '皆様へのご挨拶'])
    test(`"${title}": still a speech, no meeting`, () => {
      assert.equal(reportsMeeting(CALL, title), false);
    });
});

describe('Japanese: "…総領事館へ表敬" says where the call was paid', () => {
  test('a blog: the consulate named in katakana and kanji is the place', () => {
    const r = parseRecordText(
      [
        'ロサンゼルス総領事にご挨拶',
        '今日で全日程が終了しましたが、最後は、ロサンゼルス総領事館へ表敬。議長らとともに伺いました。',
        '田中一郎総領事には、来年の記念式典へのご出席をお願いしました。',
      ].join('\n\n'),
    );
    assert.equal(r.place, 'ロサンゼルス総領事館');
    assert.ok(
      r.participants.some((p) => p.name === '田中一郎'),
      JSON.stringify(r.participants),
    );
  });
  test('a city hall report: "大使館へ表敬訪問した"', () => {
    const r = parseRecordText(
      ['市長が大使館を表敬', '5月10日、市長はシンガポール大使館へ表敬訪問し、リー大使と懇談しました。'].join('\n\n'),
    );
    assert.equal(r.place, 'シンガポール大使館');
  });
});

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => `${p.name}|${p.role ?? '—'}`);

describe('Korean: foreign names joined by "·" share the office after the last', () => {
  test('an assembly release: four Mongolian MPs of two or three words each', () => {
    const got = people(
      '국회의장은 7일 접견실에서 몽골 대표단을 만났다.\n\n이날 접견에는 주한몽골대사, 바트 도르지 엥흐바야르·차강 뭉흐·뱌바 신바야르 국회의원 등이 참석했다.',
    );
    for (const want of ['바트 도르지 엥흐바야르|국회의원', '차강 뭉흐|국회의원', '뱌바 신바야르|국회의원'])
      assert.ok(got.includes(want), JSON.stringify(got));
  });
  test('a city paper: two US senators, after a comma', () => {
    const got = people(
      '시장은 10일 시청에서 미국 의회 대표단을 접견했다.\n\n대표단은 단장인 하원의원, 존 스미스·메리 존스 상원의원이 함께했다.',
    );
    for (const want of ['존 스미스|상원의원', '메리 존스|상원의원']) assert.ok(got.includes(want), JSON.stringify(got));
  });
  test('not a list of names: "평화·안정 유지 노력" and "교류·협력 강화 방안"', () => {
    const got = people('양측은 한반도 평화·안정 유지 노력, 지역 교류·협력 강화 방안 등을 논의했다.');
    assert.ok(!got.some((p) => /안정|협력|교류/u.test(p)), JSON.stringify(got));
  });
});
