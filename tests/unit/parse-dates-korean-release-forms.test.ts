// Korean government releases write the day as "3. 27.(월)" or restate "오늘" as "오늘(11. 24.)", and tell what was done
// in the formal past ("개최하였습니다", "논의했습니다"); a Vietnamese report gives two days as "ngày 27 và 28-7".
// Each dates the meeting, the year from the release's own date.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const record = (lines: string[]) => parseRecordText(lines.join('\n\n'));

test('a presidential office release: the dinner on "4. 3.(월)" of a conference running to "4. 7.(금)"', () => {
  const r = record([
    '대통령, 재외공관장 초청 만찬',
    '2023.04.03 대통령실',
    '대통령은 4. 3.(월)~4. 7.(금)간 진행되는 재외공관장 회의에 참석 중인 공관장들을 4. 3.(월) 영빈관에 초청하여 만찬을 개최하였습니다.',
    '대통령은 만찬사에서 재외공관장들의 역할을 강조하였습니다.',
  ]);
  assert.equal(r.publishedAt, '2023-04-03');
  assert.equal(r.meetingDate, '2023-04-03');
});

test('the assembly\'s release: "오늘(11. 24.)" is the 24th of November of its date', () => {
  const r = record([
    '국회사무총장, 베트남 국회 민원위원장 면담',
    '2022. 11. 24.',
    '국회사무총장은 오늘(11. 24.) 오전 10시 국회 본관 총장집무실에서 베트남 국회 민원위원장을 만나 양국 의회 간 협력 방안을 논의했습니다.',
  ]);
  assert.equal(r.meetingDate, '2022-11-24');
});

test('a full "2021. 3. 5.(금)" keeps its year: its month and day are not read again as a day of their own', () => {
  const r = record([
    '국회사무총장, 베트남 대사 접견',
    '국회사무총장은 2021. 3. 5.(금) 국회에서 주한 베트남 대사를 접견하고 양국 의회 간 교류 방안을 논의했습니다.',
  ]);
  assert.equal(r.meetingDate, '2021-03-05');
});

test('"(3.5)" after a word is a number, not the 5th of March', () => {
  const r = record([
    '시장, 베트남 대사 접견',
    '2023.04.03 시청',
    '시장은 성장률(3.5)을 설명하고 베트남 대사와 협력 방안을 논의했습니다.',
  ]);
  assert.notEqual(r.meetingDate, '2023-03-05');
});

test('a Vietnamese delegation\'s "Trong 2 ngày 27 và 28-7" starts on the 27th', () => {
  const r = record([
    'Đoàn công tác Hội Phụ nữ thăm và làm việc tại tỉnh bạn',
    '| 27-07-2023 | 13:34:47',
    'Trong 2 ngày 27 và 28-7, đoàn công tác Hội Liên hiệp Phụ nữ thành phố do bà Nguyễn Thị Lan làm trưởng đoàn đã đến thăm và làm việc với Hội Liên hiệp Phụ nữ tỉnh.',
  ]);
  assert.equal(r.meetingDate, '2023-07-27');
});

test('a story whose headline, date and reporter run into its text: "2019-05-02 김민수 기자" is no meeting day', () => {
  const r = parseRecordText(
    '김철수구청장 한중 도시행정 포럼 참석 출국 구청장협의회 사무총장 자격 3일부터 5일까지 3일간 2019-05-02 김민수 기자 김철수(金哲洙)중구청장은 구청장협의회 사무총장 자격으로 3일부터 5일까지 3일간 중국 상하이에서 열리는 한중 도시행정 포럼에 참석해 양국의 도시행정에 대한 비교분석과 발전방향을 모색한다.',
  );
  assert.equal(r.meetingDate, null);
});
