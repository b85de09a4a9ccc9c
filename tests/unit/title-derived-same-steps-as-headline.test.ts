// A record with no headline of its own gets a title made from its first sentence. That title goes through the same
// steps a headline does: the kind-of-item tag before it goes ("ข่าวเด่น : …"), and a Korean headline run into its
// lead with no space ends at its last verbal noun ("…정상회담 논의김 장관은 …").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deriveTitle } from '../../electron/node/library/parse/title-derive.ts';

test('a Thai first line filed as featured news, "ข่าวเด่น : …", makes a title without the tag', () => {
  const title = deriveTitle('ข่าวเด่น : รัฐมนตรีว่าการกระทรวงการต่างประเทศพบหารือกับเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย', true);
  assert.equal(title.startsWith('ข่าวเด่น'), false);
  assert.match(title, /^รัฐมนตรีว่าการกระทรวงการต่างประเทศ/u);
});

test('a Korean headline run into its lead makes a title that ends on the headline', () => {
  const title = deriveTitle(
    "외교장관-美국무장관 '첫 통화'…북핵 대응 논의김 장관은 5일 오전 미국 국무장관과 첫 전화 통화를 가졌다. 두 장관은 북핵 문제에 긴밀히 공조하기로 했다.",
  );
  assert.equal(title, "외교장관-美국무장관 '첫 통화'…북핵 대응 논의");
});

test('a Korean first sentence where the verbal noun takes its ending stays a sentence', () => {
  const title = deriveTitle('김 장관은 5일 오전 미국 국무장관과 북핵 문제를 논의했다. 두 장관은 긴밀히 공조하기로 했다.');
  assert.equal(title.includes('논의했다') || title.startsWith('김 장관은'), true);
});
