// A Chinese office is often followed straight by what its holder did ("部长表示", "大使看望",
// "总统夫人"), with no name between. The desk officer must not find "表示" or "夫人" listed as a person.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string): (string | null)[] => parseRecordText(text).participants.map((p) => p.name);

test("'外长表示', '大使看望', '总统夫人' and '助理' after an office are not names; the minister named is", () => {
  const got = people(
    [
      '王毅会见来访的新西兰外长',
      '新华社北京5月8日电 5月8日，外交部长王毅在北京会见来访的新西兰外长史密斯。',
      '王毅表示，中方愿同新方加强合作。新西兰外长表示，新方重视对华关系。',
      '驻新西兰大使看望了当地华侨。总统夫人和国家安全助理也出席了论坛。',
    ].join('\n'),
  );
  assert.ok(got.includes('王毅'), String(got));
  for (const word of ['表示', '看望', '夫人', '助理']) assert.ok(!got.some((n) => n?.startsWith(word)), `${word}: ${got}`);
});
