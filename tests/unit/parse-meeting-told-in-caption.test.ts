// A desk officer imports a page that tells its meeting only under the photo ("… 시장(왼쪽)과 … 대사가 시청에서 만나
// 대화하고 있다. 사진 ○○시", "Bộ trưởng … đón người đồng cấp … (Ảnh: …)") and gives its text to what was said: the
// people the caption names are listed. A preview illustrated with an archive picture, or one whose text says the
// meeting is still to come, lists no one; nor does a caption that shows one person alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (text: string): string[] => parseRecordText(text).participants.map((p) => p.name ?? '');

test('a Korean record telling the mayor and the ambassador met only in its photo caption lists both', () => {
  const found = names(
    [
      '지난 9일 김도윤 경남 하동군수(왼쪽)와 라우라 벨리스 주한 칠레 대사가 하동군청에서 만나 대화하고 있다. 사진 하동군',
      '차를 나누며 김 군수는 하동의 녹차 산업과 국제 교류 계획을 설명하고 협력을 당부했다. 대사는 양국의 농업 교류가 넓어지기를 바란다고 답했다.',
    ].join('\n'),
  );
  assert.deepEqual(found.sort(), ['김도윤', '라우라 벨리스'].sort());
});

test('a Vietnamese photo page whose captions tell the minister welcomed his counterpart lists both', () => {
  const found = names(
    [
      'Bộ trưởng Công Thương Trần Văn Hải đón người đồng cấp Chile Pablo Ortega. (Ảnh: Minh Quân)',
      'Lễ đón sáng 12/3 được tổ chức tại trụ sở Bộ Công Thương. (Ảnh: Minh Quân)',
      'Hai bộ trưởng chụp ảnh lưu niệm. (Ảnh: Minh Quân)',
      'Bình luận',
    ].join('\n'),
  );
  assert.ok(found.includes('Trần Văn Hải'), found.join(', '));
  assert.ok(found.includes('Pablo Ortega'), found.join(', '));
});

test('a Korean preview under an archive photo of an earlier meeting lists no one', () => {
  const found = names(
    [
      '김도윤 경남 하동군수(왼쪽)와 라우라 벨리스 주한 칠레 대사가 하동군청에서 만나 대화하고 있다. 자료사진',
      '하동군은 다음 주 칠레 대사관과 농업 교류 협약을 체결할 예정이라고 밝혔다.',
    ].join('\n'),
  );
  assert.deepEqual(found, []);
});

test('a Korean record whose caption shows the meeting but whose text says it is next week lists no one', () => {
  const found = names(
    [
      '김도윤 경남 하동군수(왼쪽)와 라우라 벨리스 주한 칠레 대사가 하동군청에서 만나 대화하고 있다. 사진 하동군',
      '김 군수는 다음 주 칠레 대사와 다시 만나 협약을 논의할 예정이다.',
    ].join('\n'),
  );
  assert.deepEqual(found, []);
});
