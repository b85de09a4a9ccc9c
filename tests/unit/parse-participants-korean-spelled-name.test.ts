// A Korean county's release about a visiting delegation often gives the office first and the
// foreigner's name after it, with the name's own spelling in brackets: "하이퐁시 교육청장 부이 반
// 끼엠(Bui Van Kiem)과", "위원장, 바트체체그(Batzeveg.B)". The desk officer wants those guests, named as
// the release writes them in Hangul, and not the firm or the city that is spelled the same way.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('Korean: a foreign guest written in Hangul with the spelling in brackets, the office before', () => {
  test('"교육청장 부이 반 끼엠(Bui Van Kiem)과": three Hangul words, three Latin ones', () => {
    const got = names('김민수 교육장은 12일 교육청 회의실에서 하이퐁시 교육청장 부이 반 끼엠(Bui Van Kiem)과 면담했다.');
    assert.ok(got.includes('부이 반 끼엠'), JSON.stringify(got));
  });

  test('"위원장, 바트체체그(Batzeveg.B)": one Hangul word and a name with an initial', () => {
    const got = names(
      '방문단은 시의회 의장실에서 박영호 의장을 예방했다. 방문단에는 도시위원장, 바트체체그(Batzeveg.B) 의원 등이 포함됐다.',
    );
    assert.ok(got.includes('바트체체그'), JSON.stringify(got));
  });

  test('"기업인 한빛그룹(Hanbit Group)", "빈롱성(Vinh Long)": a firm and a province are no one', () => {
    const got = names('대표단은 13일 빈롱성(Vinh Long) 인민위원회를 찾아 면담한 뒤 기업인 한빛그룹(Hanbit Group)을 방문했다.');
    assert.ok(!got.some((n) => (n ?? '').includes('한빛') || (n ?? '').includes('빈롱')), JSON.stringify(got));
  });
});
