// A new consul general's or envoy's introductory meeting with the community leaders ("상견례",
// "顔合わせ", "silaturahmi") is a meeting like any other: the desk officer dates it by the day the
// record gives it, and its people took part. An introductory meeting still to come dates nothing.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('an introductory meeting is a meeting', () => {
  test('"홍길동 총영사가 3월 5일 총영사관에서 교민 대표들과 상견례를 가졌다" is dated 5 March', () => {
    const text = [
      '신임 총영사, 교민 대표들과 상견례',
      '입력 2024.03.07 10:00',
      '홍길동 신임 총영사가 3월 5일 총영사관에서 교민 대표 50명과 상견례를 갖고 본격적인 업무를 시작했다.',
      '홍 총영사는 이 자리에서 교민 사회와 긴밀히 소통하겠다고 말했다.',
    ].join('\n\n');
    const parsed = parseRecordText(text);
    assert.equal(parsed.publishedAt, '2024-03-07');
    assert.equal(parsed.meetingDate, '2024-03-05');
  });

  test('"Konjen … mengadakan silaturahmi dengan tokoh masyarakat pada 12 Mei 2023" is dated 12 May 2023', () => {
    const text = [
      'Konjen baru bersilaturahmi dengan warga',
      'Konsul Jenderal Budi Santoso mengadakan silaturahmi dengan tokoh masyarakat Indonesia di Wisma Konsul pada 12 Mei 2023.',
      'Dalam pertemuan itu, Konjen menyampaikan program kerja konsulat.',
    ].join('\n\n');
    assert.equal(parseRecordText(text).meetingDate, '2023-05-12');
  });

  test('an introductory meeting the record announces for later dates nothing', () => {
    const text = [
      '신임 총영사, 교민 대표들과 상견례 예정',
      '입력 2024.03.07 10:00',
      '홍길동 신임 총영사는 오는 3월 15일 총영사관에서 교민 대표들과 상견례를 가질 예정이다.',
    ].join('\n\n');
    assert.equal(parseRecordText(text).meetingDate, null);
  });
});
