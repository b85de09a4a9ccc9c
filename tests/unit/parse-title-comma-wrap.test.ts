// A headline set on two lines may break after a comma: "한·베트남 청년교류단," / "하노이 자매학교
// 졸업식 참석". No headline ends on a comma, so the desk officer files the two lines as one; a headline
// that ends where it should stays one line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

const lead = '지난 5월 3일 청년교류단은 하노이 자매학교를 방문해 교장과 환담하고 졸업식에 참석했습니다.';

test('a headline broken after a comma is read whole', () => {
  assert.equal(
    title(`한·베트남 청년교류단,\n하노이 자매학교 졸업식 참석\n${lead}`),
    '한·베트남 청년교류단, 하노이 자매학교 졸업식 참석',
  );
});

test('a headline that ends as headlines do keeps its own line', () => {
  assert.equal(
    title(`한·베트남 청년교류단 하노이 방문\n하노이 자매학교 졸업식 참석\n${lead}`),
    '한·베트남 청년교류단 하노이 방문',
  );
});
