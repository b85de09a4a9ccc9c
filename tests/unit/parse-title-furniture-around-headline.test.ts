// A page's title element copied above its headline: the headline with the site's name or section around it
// ("/ Headline | Site", "Headline School Name", "Headline | newsletter"), and a headline's line with its date
// and source's credit glued after it ("Headline 2023-08-30 来源:…").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('the headline without the furniture a page prints around it', () => {
  test('"/ 市長接見日本友好訪問團 | 南方日報" over the same headline alone: the line alone', () => {
    const text = [
      '/ 市長接見日本友好訪問團 深化兩市交流合作 | 南方日報',
      '',
      '市長接見日本友好訪問團 深化兩市交流合作',
      '',
      '本報訊 市長昨日在市政府接見了日本友好城市訪問團一行,雙方就經貿、文化和青年交流等議題交換了意見。',
      '',
      '訪問團團長表示,希望兩市進一步擴大交流。',
    ].join('\n');
    assert.equal(parseRecordText(text).title, '市長接見日本友好訪問團 深化兩市交流合作');
  });

  test('"Headline School Name" over "Headline": the headline printed alone', () => {
    const text = [
      'Giao Lưu Giáo Dục Việt Nam-Nhật Bản Trường Trung học Ánh Dương',
      '',
      'Giao Lưu Giáo Dục Việt Nam-Nhật Bản',
      '',
      'Ngày 12/3 vừa qua, đoàn giáo viên thành phố Osaka (Nhật Bản) đã đến thăm và làm việc với nhà trường, hai bên trao đổi về chương trình giao lưu học sinh.',
      '',
      'Hai bên thống nhất tổ chức giao lưu trực tuyến mỗi học kỳ.',
    ].join('\n');
    assert.equal(parseRecordText(text).title, 'Giao Lưu Giáo Dục Việt Nam-Nhật Bản');
  });

  test('a shorter heading line that only opens the headline ("Foreign Minister") is no headline printed alone', () => {
    const text = [
      'Foreign Minister',
      '',
      'Foreign Minister Meets Ambassador Of Japan',
      '',
      'The Foreign Minister received the Ambassador of Japan at the ministry on Tuesday and discussed trade and investment.',
      '',
      'Both sides agreed to meet again next year.',
    ].join('\n');
    assert.equal(parseRecordText(text).title, 'Foreign Minister Meets Ambassador Of Japan');
  });

  test('"… | newsletter": the section in lowercase after the bar is the page\'s, not the headline\'s', () => {
    const text = [
      'Trade Delegation Completes Business Mission to Southeast Asia | newsletter',
      '',
      'The delegation held meetings with government officials and business leaders in Jakarta and Hanoi last week, the organisers said on Monday.',
      '',
      'A second mission is planned for next year.',
    ].join('\n');
    assert.equal(parseRecordText(text).title, 'Trade Delegation Completes Business Mission to Southeast Asia');
  });

  test('"… | what the sister cities agreed": a bar then a clause of its own is the headline\'s, not a section', () => {
    const text = [
      'Mayor welcomes delegation | what the sister cities agreed',
      '',
      'The mayor welcomed a delegation from the sister city at the town hall on Friday, and the two sides agreed a youth exchange.',
      '',
      'The delegation leaves on Sunday.',
    ].join('\n');
    assert.equal(parseRecordText(text).title, 'Mayor welcomes delegation | what the sister cities agreed');
  });

  test('"Headline 2023-08-30 来源:…": the date and the source\'s credit are the date line\'s', () => {
    const text = [
      '深化两市友好合作 市长会见日本友好城市代表团 2023-05-16 来源:南方日报',
      '记者 王明',
      '市长昨天会见了日本友好城市代表团一行。双方就经贸、文化和青年交流等议题交换了意见。',
      '代表团团长表示,希望两市进一步扩大交流。',
    ].join('\n');
    assert.equal(parseRecordText(text).title, '深化两市友好合作 市长会见日本友好城市代表团');
  });

  test("a date inside the headline with words after it that are no source's credit stays", () => {
    const text = [
      'Ministers sign agreement 2023-05-16 in Hanoi',
      '',
      'The two ministers signed an agreement on trade and investment in Hanoi on Tuesday, officials said.',
      '',
      'The agreement takes effect next month.',
    ].join('\n');
    assert.equal(parseRecordText(text).title, 'Ministers sign agreement 2023-05-16 in Hanoi');
  });
});
