// A Korean community board prints its post's date as "게재일 : [19-10-25] 조회수 : 3076" above the headline: a two-digit
// year in brackets after the label, the view count beside it. A desk officer gets that date as the publication date and
// the headline below it as the title. A New Year's message opens on its greeting to the community ("한인가족 여러분
// 안녕하십니까?"): the message's first words, never its title.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const record = (lines: string[]) => parseRecordText(lines.join('\n\n'));

test('a board\'s "등록일 : [21-03-04] 조회수 : 120" dates the post, and the headline under it is the title', () => {
  const r = record([
    '등록일 : [21-03-04] 조회수 : 120',
    '"교류 확대에 힘쓰겠다" 김철수 시장, 베트남 대사 접견.',
    '김철수 시장은 23일 시청에서 응우옌 반 남 주한 베트남 대사를 접견하고 양국 도시 간 교류 방안을 논의했다.',
  ]);
  assert.equal(r.publishedAt, '2021-03-04');
  assert.equal(r.meetingDate, '2021-02-23');
  assert.equal(r.title, '"교류 확대에 힘쓰겠다" 김철수 시장, 베트남 대사 접견');
});

test('"게재일 : [19-10-25]": the posting label with the year in brackets gives the year too', () => {
  const r = record([
    '게재일 : [19-10-25] 조회수 : 3076',
    '총리, 재일동포 간부들과 간담회',
    '일본을 방문한 총리는 23일 대사관에서 동포 단체 간부들과 오찬간담회를 가졌다.',
  ]);
  assert.equal(r.publishedAt, '2019-10-25');
  assert.equal(r.meetingDate, '2019-10-23');
});

test('an envoy\'s New Year message is titled by its headline, not by "동포 여러분 안녕하십니까?"', () => {
  const r = record([
    '[신년사] 김철수 주베트남 한국대사',
    '베트남 한인가족 여러분 안녕하십니까?',
    '2020년 새해를 맞이하여 동포 여러분의 가정에 웃음이 넘치기를 기원합니다.',
    '지난해에는 양국 사이에 뜻깊은 행사가 많았습니다.',
  ]);
  assert.equal(r.title, '[신년사] 김철수 주베트남 한국대사');
});

test('a greeting "여러분, 안녕하세요" under a short headline is not the title either', () => {
  const r = record([
    '김영수 대사 신년사',
    '교민 여러분, 안녕하세요.',
    '새해 복 많이 받으십시오. 지난 한 해 동안 한인회를 아껴주신 여러분께 감사드립니다.',
  ]);
  assert.equal(r.title, '김영수 대사 신년사');
});
