// Some pages print their title as "Headline_Section_Site", and a copied page may carry it twice with
// different tails ("…_포커 배틀 카드_krvip", "…_오늘의 운세_krvip"). The desk officer files the headline
// the two lines share, without the site's tails; a headline printed once stays as it is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

const lead = '외교부는 5일 장관이 방한 중인 캐나다 외교장관과 회담을 가졌다고 밝혔다.\n\n두 장관은 공급망 협력 방안을 논의했다.';

test('the headline two underscore-tailed page titles share', () => {
  assert.equal(
    title(
      `한-캐나다 외교장관 회담…공급망 협력 논의_오늘의 운세 보기_sitekr\n\n한-캐나다 외교장관 회담…공급망 협력 논의_포커 배틀 카드_sitekr\n\n${lead}`,
    ),
    '한-캐나다 외교장관 회담…공급망 협력 논의',
  );
});

test('a headline printed once keeps what it says', () => {
  assert.equal(title(`한-캐나다 외교장관 회담…공급망 협력 논의\n\n${lead}`), '한-캐나다 외교장관 회담…공급망 협력 논의');
});
