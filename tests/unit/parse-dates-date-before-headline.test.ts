// A listing sets the post's date before its headline: "02. June 2008 : Hochrangige Delegation …", "[2026-01-11]김철수
// 외교부 장관 …". The title leaves the date off; with nothing else dating the page, that date is its publication.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('a date set before the headline', () => {
  test('"02. June 2008 : Hochrangige Delegation …" was published on 2 June 2008', () => {
    const text = [
      'Pressemeldung',
      '',
      '02. June 2008 : Hochrangige Delegation aus Anhui besucht die Universität',
      '',
      'Eine hochrangige Delegation der chinesischen Partnerhochschule besucht ab dem 4. Juni für zwei Tage die Universität.',
      '',
      'Der Präsident wird die Besuchergruppe begrüßen.',
    ].join('\n');
    const r = parseRecordText(text);
    assert.equal(r.title, 'Hochrangige Delegation aus Anhui besucht die Universität');
    assert.equal(r.publishedAt, '2008-06-02');
  });

  test('"[2026-01-11]김철수 외교부 장관, 코이카 업무보고 받아" was posted on 11 January 2026', () => {
    const text = [
      '콘텐츠로 건너뛰기',
      '[2026-01-11]김철수 외교부 장관, 코이카 업무보고 받아(보도자료)',
      '김 장관은 국익과 정부 주요 정책에 기여하는 전략적 ODA 추진의 중요성을 강조하며, 코이카 제도개선 TF를 구성해 무상원조 체계를 점검하겠다고 밝혔다.',
      '이날 보고에는 코이카 이사장과 주요 간부들이 참석했다.',
    ].join('\n');
    assert.equal(parseRecordText(text).publishedAt, '2026-01-11');
  });
});
