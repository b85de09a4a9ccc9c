// A Korean local paper writes some offices alone after the name: a superintendent of education ("김솔 교육감"),
// an agency's head ("박하늘 청장"), a Japanese member of either house ("오카다 히로타카 참의원과 나카노 겐지 중의원").
// The desk officer wants those people.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { koreanMentions } from '../../electron/node/library/parse/participants/korean.ts';

const read = (text: string): [string | null, string | null][] => koreanMentions(text).map(([m]) => [m.name, m.role]);

describe('a name, then an office Korean writes alone', () => {
  test('"김솔 부교육감과 면담", "박하늘 청장과 환담": the superintendent and the agency head', () => {
    assert.deepEqual(read('대표단은 도교육청을 방문해 김솔 부교육감과 면담을 가졌다.'), [['김솔', '부교육감']]);
    assert.deepEqual(read('오후엔 경제자유구역청을 찾아 박하늘 청장과 환담했다.'), [['박하늘', '청장']]);
  });

  test('Japanese members of the upper and the lower house', () => {
    assert.deepEqual(read('의원회관에서 오카다 히로타카 참의원과 나카노 겐지 중의원을 만났다.'), [
      ['오카다 히로타카', '참의원'],
      ['나카노 겐지', '중의원'],
    ]);
  });

  test('an everyday word is no office: "소장품", "청장년" are not read', () => {
    assert.deepEqual(read('김솔 소장품 전시와 박하늘 청장년 모임이 열렸다.'), []);
  });
});
