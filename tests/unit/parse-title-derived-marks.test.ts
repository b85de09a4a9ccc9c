// A Korean broadcaster's page opens with its headline as a list item ("-. 박 의장, …"): the dash is
// read as a bullet and leaves its full stop before the words. That stop ends no sentence; the desk
// officer should see the headline, not an empty title.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { deriveTitle } from '../../electron/node/library/parse/title-derive.ts';

const lead =
  '김 의장은 5일 오후 집무실에서 주한 태국대사의 예방을 받고 양국 의회 간 교류를 넓히자고 말했습니다. 대사는 협력에 감사를 표했습니다.';

describe('marks left before the first words of a record without a headline', () => {
  test('"-. " before a Korean headline line: the headline, not an empty title', () => {
    const title = parseRecordText(`-. 김 의장, 주한 태국대사 예방 받아\n\n${lead}`).title;
    assert.equal(title, '김 의장, 주한 태국대사 예방 받아');
  });

  test('a stop and a dash before the first sentence are passed over', () => {
    assert.equal(
      deriveTitle('. — The ministers met in Hanoi on Monday. They discussed trade.'),
      'The ministers met in Hanoi on Monday',
    );
  });

  test('an opening quotation mark is part of the sentence and stays', () => {
    assert.ok(deriveTitle('“We will meet again,” the minister said in Hanoi on Monday. They discussed trade.').startsWith('“'));
  });
});
