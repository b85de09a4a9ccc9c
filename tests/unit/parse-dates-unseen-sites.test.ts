// What records from sites never seen before taught the date rules (batch 42): a release's dateline may close its place
// with a colon ("Kolonia, Pohnpei: February 27, 2024-"); a date set off by commas after the verb ("hosted, on 19 October
// 2023, the …") is the hosting's, not a dateline's; a span of one month with the year after its last day ("from July 13 to
// 16, 2023") keeps its year; a Korean page that lost the month's mark ("726일") still gives 7월 26일; a stay's day counted
// into it ("On the second day of his visit") dates the talks; and an address to the nation ("친애하는 국민 여러분", "My
// fellow citizens") is a speech, whose "today" is no meeting's day.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDateMentions } from '../../electron/node/library/parse/dates/forms.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const parse = (lines: string[]) => parseRecordText(lines.join('\n\n'));
const read = (text: string) => findDateMentions(text).map((m) => [m.year, m.month, m.day]);

describe('dates of records from unseen sites', () => {
  test('a state government\'s release "Kolonia, Pohnpei: February 27, 2024- Governor …" is dated by its dateline, which does not date the call', () => {
    const r = parse([
      'Governor Hosts Courtesy Call with Visiting Ambassador',
      'Kolonia, Pohnpei: February 27, 2024- Governor John Smith welcomed Her Excellency Maria Lopez and her delegation for a courtesy call, exploring cooperation in agriculture.',
      'The Ambassador asked where her country could extend support.',
    ]);
    assert.equal(r.publishedAt, '2024-02-27');
    assert.equal(r.meetingDate, null);
  });

  test('"ISLAMABAD: 5 May 2021 – The Foreign Minister …" is a dateline like "ISLAMABAD, 5 May 2021 –"', () => {
    const r = parse([
      'Foreign Minister receives Ambassador',
      'ISLAMABAD: 5 May 2021 – The Foreign Minister received the Ambassador of Japan for a courtesy call at the Ministry.',
      'They discussed trade and investment.',
    ]);
    assert.equal(r.publishedAt, '2021-05-05');
  });

  test('an embassy\'s story "The city of Nairobi hosted, on 19 October 2023, the 1st Joint Commission …" met that day', () => {
    const r = parse([
      'The city of Nairobi hosted, on 19 October 2023, the 1st Joint Bilateral Cooperation Commission between the Republic of Angola and the Republic of Kenya.',
      'The delegations were led by the two foreign ministers.',
    ]);
    assert.equal(r.meetingDate, '2023-10-19');
  });

  test('a ministry\'s listing "hosted the Mid-Year Coordination Meeting from July 13 to 16, 2023" opens the meeting on July 13, 2023', () => {
    assert.deepEqual(read('from July 13 to 16, 2023 at the United Nations Office'), [[2023, 7, 13]]);
    assert.deepEqual(read('a visit between November 2 – 4, 2022.'), [[2022, 11, 2]]);
    assert.deepEqual(read('in Washington, D.C. on March 5 and 6, 2012.'), [[2012, 3, 5]]);
    const r = parse([
      'KENYA HOSTS MID-YEAR COORDINATION MEETING',
      'Kenya is privileged to have hosted the 5th Mid-Year Coordination Meeting from July 13 to 16, 2023 at the United Nations Office in Nairobi.',
      'Heads of State and Foreign Ministers came together to address critical issues.',
    ]);
    assert.equal(r.meetingDate, '2023-07-13');
  });

  test('a Korean council page that lost the month\'s mark ("726일 주한중국대사관을 방문") met on 7월 26일; a count of days is no date', () => {
    assert.deepEqual(read('협회는 726일 주한중국대사관을 방문하여'), [[null, 7, 26]]);
    assert.deepEqual(read('안녕하십니까? 1229일 목요일 정례브리핑을'), [
      [null, 12, 29],
      [null, null, null],
    ]);
    assert.deepEqual(read('스님은 102일 원로회의 인준 이후'), [[null, 10, 2]]);
    assert.deepEqual(read('취임 120일을 맞아'), []);
    assert.deepEqual(read('지난 111일 오후'), []);
    const r = parse([
      '도의회 국제교류협회, 주한중국대사관 방문',
      '2024. 8. 4. 10:56',
      '도의회 국제교류협회는 726일 주한중국대사관을 방문하여 대리대사와 면담을 갖고 지방의회 교류 활성화를 위한 협조를 요청했다.',
      '협회장은 이번 만남이 교류의 계기가 될 것이라고 밝혔다.',
    ]);
    assert.equal(r.meetingDate, '2024-07-26');
  });

  test('a prime minister received at the airport for a visit "from 24-26 August" met his host "On the second day of his visit": the 25th', () => {
    const r = parse([
      'Prime Minister in New Delhi',
      'date 2025-08-25',
      "Fiji's Prime Minister is currently on a visit to India. A Minister of State received him at the airport to welcome him to a three-day visit from 24-26 August.",
      'On the second day of his visit, the Fijian Prime Minister met with the Indian Prime Minister at Hyderabad House, where they also held delegation-level talks.',
    ]);
    assert.equal(r.meetingDate, '2025-08-25');
  });

  test('"vom 5. bis 7. Juni 2023 … Am zweiten Tag seines Staatsbesuchs traf er den Bundeskanzler" met on 6 June', () => {
    const r = parse([
      'König besucht Berlin',
      'Der König ist vom 5. bis 7. Juni 2023 zu einem Staatsbesuch in Deutschland.',
      'Am zweiten Tag seines Staatsbesuchs traf er Bundeskanzler Olaf Scholz im Bundeskanzleramt zu einem Gespräch.',
    ]);
    assert.equal(r.meetingDate, '2023-06-06');
  });

  test('a president\'s homecoming address "친애하는 국민 여러분 본인은 … 오늘 돌아왔습니다" reports no meeting, though it recalls a summit', () => {
    const r = parse([
      '대통령 귀국인사',
      '제작연도 1985-04-30',
      '친애하는 국민 여러분 본인은 약1주일간의 미국방문 일정을 무사히 마치고 오늘 돌아왔습니다.',
      '레이건 대통령과의 정상회담에서 안보협력의 강화가 다짐되었습니다.',
    ]);
    assert.equal(r.meetingDate, null);
    assert.equal(r.meetingReported, false);
  });

  test('"My fellow citizens," opens an address to the nation, not a report of talks', () => {
    const r = parse([
      'The President returns home',
      'My fellow citizens, today I returned from a week-long visit to Ghana, where I met President Akufo-Addo and held talks on trade.',
    ]);
    assert.equal(r.meetingReported, false);
  });
});
