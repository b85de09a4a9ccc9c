// A headline may ask a question ("…, What Did They Discuss?"). It ends on a question mark as a
// sentence does, but it is the record's headline, not the first sentence of its lead: a desk officer
// filing the story wants the question as its title, not the reading-time line above it or a
// breadcrumb with the question glued on.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('a headline that asks a question', () => {
  test('a reading-time line, then a question headline and its date: the question', () => {
    const text = [
      'Waktu Baca 3 Menit',
      '',
      'Menlu RI Bertemu Menlu Jepang di Tokyo, Apa Saja yang Dibahas?',
      '',
      '12 Maret 2023, 08:00 WIB',
      '',
      'Jakarta - Menteri Luar Negeri Indonesia bertemu dengan Menteri Luar Negeri Jepang di Tokyo. Keduanya membahas kerja sama ekonomi dan maritim.',
    ].join('\n');
    assert.equal(title(text), 'Menlu RI Bertemu Menlu Jepang di Tokyo, Apa Saja yang Dibahas?');
  });

  test('a breadcrumb with the question glued on, then the question alone: the question', () => {
    const text = [
      '首页国际新闻 → 两国外长会谈谈了什么?',
      '',
      '两国外长会谈谈了什么?',
      '',
      '2024年03月05日 09:30 来源:本网',
      '',
      '  两国外长3月4日在北京举行会谈,双方就双边关系和共同关心的国际问题交换了意见。会谈后双方签署了合作文件。',
    ].join('\n');
    assert.equal(title(text), '两国外长会谈谈了什么?');
  });

  test('a question in quotes after a rubric in brackets: the whole headline', () => {
    const text = [
      '• 국회소식',
      '',
      '[국회 Q&A]“국회의장은 외국 의회와 어떻게 교류하나요?”',
      '',
      '기사 작성일 2019-05-02 10:00:00',
      '',
      'Q. 국회를 방문한 학생이 국회의장의 의회외교에 대해 질문을 보내왔습니다. 국회뉴스가 자세히 알아봤습니다.',
    ].join('\n');
    assert.equal(title(text), '[국회 Q&A]“국회의장은 외국 의회와 어떻게 교류하나요?”');
  });

  test('a lead that opens on a sentence and then asks is still the lead', () => {
    const text = [
      'Ministers meet in Hanoi',
      '',
      'The two foreign ministers met in Hanoi on Monday. What did they agree?',
      '',
      'They agreed to raise trade and to open a new consulate next year.',
    ].join('\n');
    assert.equal(title(text), 'Ministers meet in Hanoi');
  });
});
