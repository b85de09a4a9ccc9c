// A desk officer imports readouts from any ministry or newspaper: however the lead says when the
// meeting took place (a weekday, "yesterday", "5일", "Ngày 5/6", "Rabu (5/6/2024)", "6月5日"),
// the meeting date is read against the publication date; "last week" and a future meeting give none.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/services/library/parse/index.ts';

const withPublication = (text: string): string => `Ministers meet\n\nPublished: 2024-06-06\n\n${text}`;

const CASES: [string, string | null][] = [
  [
    'Foreign Minister Ana Reyes spoke by phone with her Chilean counterpart Pedro Soto on Wednesday to discuss trade.',
    '2024-06-05',
  ],
  ['Minister Ana Reyes paid a courtesy call on President Pedro Soto yesterday at the Presidential Palace.', '2024-06-05'],
  [
    'Secretary Ana Reyes hosted Foreign Minister Pedro Soto at the Department on June 4 for the third strategic dialogue.',
    '2024-06-04',
  ],
  ['Ambassador Pedro Soto called on Foreign Minister Ana Reyes on Tuesday, 4 June.', '2024-06-04'],
  ['The two leaders held a bilateral meeting on the sidelines of the G7 summit in Apulia on 5 June 2024.', '2024-06-05'],
  [
    'Prime Minister Ana Reyes received the visiting Foreign Minister of Chile, Pedro Soto, in Manila this afternoon.',
    '2024-06-06',
  ],
  ['조태열 외교부 장관은 5일 오후 서울 도렴동 외교부 청사에서 페드로 소토 칠레 외교장관과 회담했다.', '2024-06-05'],
  [
    '조태열 외교부 장관은 5일 페드로 소토 칠레 외교장관과 전화 통화를 갖고 양국 관계를 논의했다고 외교부가 6일 밝혔다.',
    '2024-06-05',
  ],
  ['조태열 장관은 지난 4일(현지시간) 워싱턴에서 토니 블링컨 국무장관을 만났다.', '2024-06-04'],
  ['Ngày 5/6, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ Chile Pedro Soto.', '2024-06-05'],
  ['Tối 5/6 (giờ địa phương), Thủ tướng Phạm Minh Chính đã hội kiến Tổng thống Chile.', '2024-06-05'],
  ['Chiều nay, Bộ trưởng Bùi Thanh Sơn điện đàm với Ngoại trưởng Chile Pedro Soto.', '2024-06-06'],
  ['Menteri Luar Negeri Retno Marsudi menerima kunjungan Menlu Chile Pedro Soto di Jakarta, Rabu (5/6/2024).', '2024-06-05'],
  ['Menlu Retno Marsudi bertemu dengan Menlu Chile pada Selasa (4/6).', '2024-06-04'],
  ['岸田文雄総理大臣は6月5日、チリのソト外相と会談しました。', '2024-06-05'],
  ['6月5日,王毅外长在北京会见智利外长索托。', '2024-06-05'],
  ['The Foreign Secretary met his Chilean counterpart in London last week.', null],
  ['The President will meet the Chilean leader on June 20 in Santiago.', null],
];

describe('the meeting date, however the lead says it', () => {
  for (const [text, expected] of CASES) {
    test(`${expected ?? 'no date'}: ${text.slice(0, 60)}…`, () => {
      assert.equal(parseRecordText(withPublication(text)).meetingDate, expected);
    });
  }
});
