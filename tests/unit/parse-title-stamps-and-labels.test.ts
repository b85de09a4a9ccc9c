// A headline copied with the page's furniture on its line: the hour or the date the page stamped it with, before or
// after it ("09:36 …", "12 Tháng Năm, 2020 …", "… 05/30/2023"), the form's "Title:" label, or a label word before the
// headline the page also prints alone ("Фото …" over "…"). None of it is a word of the headline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('a stamp or a label on the headline line', () => {
  test('a Dutch news page posting the hour before its one-line copy: the headline goes without the hour', () => {
    const text =
      '14:05 Minister ontvangt Japanse ambassadeur op het ministerie. De minister sprak dinsdag met de nieuwe ambassadeur over handel en over de samenwerking tussen beide landen.';
    assert.equal(title(text), 'Minister ontvangt Japanse ambassadeur op het ministerie');
  });

  test("a programme line that gives the hour with its unit keeps it: the hour is the programme item's", () => {
    const text =
      '10:00 Uhr Empfang der Delegation im Rathaus durch den Oberbürgermeister. Danach folgt ein Rundgang durch die Altstadt mit den Gästen aus der Partnerstadt.';
    assert.match(title(text) ?? '', /^10:00 Uhr Empfang/);
  });

  test('a Vietnamese page stamping the day with the month in words before its copy: the headline goes without it', () => {
    const text =
      '3 Tháng Mười Hai, 2021 Chủ tịch tỉnh tiếp Đại sứ Hàn Quốc tại trụ sở UBND tỉnh. Hai bên trao đổi về hợp tác đầu tư và giao lưu văn hóa giữa hai địa phương.';
    assert.equal(title(text), 'Chủ tịch tỉnh tiếp Đại sứ Hàn Quốc tại trụ sở UBND tỉnh');
  });

  test('an English listing with the date in figures after its headline: the headline ends before the date', () => {
    const text = [
      'Home > News',
      '',
      '• Minister welcomes trade delegation from Kenya to the capital 11/14/2022',
      '',
      'November 14th, 2022',
      '',
      'The minister received the delegation at the ministry and discussed trade in coffee, tea and flowers with its leaders.',
    ].join('\n');
    assert.equal(title(text), 'Minister welcomes trade delegation from Kenya to the capital');
  });

  test('a headline whose own words bring in the date keeps it ("Regular Press Conference on 28.06.2016")', () => {
    const text = [
      'Spokesperson holds Regular Press Conference on 28.06.2016',
      '',
      'The spokesperson answered questions on the visit of the foreign minister and on trade talks.',
    ].join('\n');
    assert.equal(title(text), 'Spokesperson holds Regular Press Conference on 28.06.2016');
  });

  test('a Chinese page with the form\'s "標題:" label before its headline: the headline goes without the label', () => {
    const text = [
      '標題:縣長率團拜會姊妹市 深化觀光農業交流',
      '',
      '縣長今日率團拜會姊妹市市長,雙方就觀光及農業交流交換意見,並約定明年互訪。縣長表示,兩市友誼深厚,期盼未來擴大青年交流。',
    ].join('\n');
    assert.equal(title(text), '縣長率團拜會姊妹市 深化觀光農業交流');
  });

  test('an English form labelling its headline "Title:": the headline goes without the label', () => {
    const text = [
      'Title: Governor receives Ambassador of Japan at the provincial capitol',
      '',
      'The governor received the ambassador on Monday and discussed scholarships and trade between the province and Japan.',
    ].join('\n');
    assert.equal(title(text), 'Governor receives Ambassador of Japan at the provincial capitol');
  });

  test('a Russian page printing the headline alone, then again after "Фото": the headline alone', () => {
    const text = [
      'Губернатор встретился с послом Индии в областной администрации',
      '',
      'Фото Губернатор встретился с послом Индии в областной администрации',
      '',
      'Встреча прошла в здании областной администрации. Стороны обсудили торговлю и образование.',
    ].join('\n');
    assert.equal(title(text), 'Губернатор встретился с послом Индии в областной администрации');
  });

  test('a Korean page printing the headline, then again after a one-word kicker above the byline: the headline alone', () => {
    const text = [
      '시장 일행, 자매도시 시청 방문해 교류 협약 체결',
      '',
      'HOME > 지역 >',
      '',
      '지역 시장 일행, 자매도시 시청 방문해 교류 협약 체결',
      '',
      '김민수 기자 | 기사입력 2021/05/03 [10:12]',
      '',
      '시장 일행은 3일 자매도시 시청을 방문해 청소년 교류와 관광 협력을 위한 협약을 체결했다.',
    ].join('\n');
    assert.equal(title(text), '시장 일행, 자매도시 시청 방문해 교류 협약 체결');
  });

  test("a Korean headline over a photo's caption that leaves its subject out keeps its subject", () => {
    const text = [
      '김 의장, 주한 대사단 초청 오찬',
      '',
      '박지영 기자 | 기사입력 2019/03/04 [11:20]',
      '',
      '    주한 대사단 초청 오찬',
      '',
      '김 의장은 4일 국회에서 주한 대사단을 초청해 오찬을 함께하며 의회 외교 강화 방안을 논의했다.',
    ].join('\n');
    assert.equal(title(text), '김 의장, 주한 대사단 초청 오찬');
  });
});
