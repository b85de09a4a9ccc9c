// Pages and feeds set a tag in brackets before the headline: the person or the ministry the story is
// filed under ("[Ngoại giao] …", "[외교부]…"). When the headline names it again, the tag is the page's
// label, and the desk officer's list should show the headline alone. A rubric the headline does not
// repeat ("[포토]", "[단독]") says what kind of story it is and stays.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;
const lead = '이날 면담에서 양측은 양국 간 교역과 인적 교류를 확대하는 방안을 논의했다. 차관은 협력 의지를 밝혔다.';

describe('a tag in brackets before the headline', () => {
  test('a Korean ministry tag glued to a headline that names the ministry again is dropped', () => {
    const text = ['[통일부]김영호 통일부 장관 주한 독일대사 접견', '', lead].join('\n');
    assert.equal(title(text), '김영호 통일부 장관 주한 독일대사 접견');
  });

  test("a Vietnamese feed's name tag before a headline that names the person is dropped", () => {
    const text = [
      '---',
      'title: "[Bùi Thanh Sơn] Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ Nhật Bản"',
      '---',
      'Chiều 12/3, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ Nhật Bản. Hai bên trao đổi về hợp tác kinh tế.',
    ].join('\n');
    assert.equal(title(text), 'Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ Nhật Bản');
  });

  test('a rubric the headline does not repeat stays', () => {
    const text = ['[포토] 김영호 통일부 장관 주한 독일대사 접견', '', lead].join('\n');
    assert.equal(title(text), '[포토] 김영호 통일부 장관 주한 독일대사 접견');
  });
});
