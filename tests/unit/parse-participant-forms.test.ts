// A desk officer imports readouts from any ministry: whoever met whom, in whatever order the
// language writes title and name, both principals are found, with their country when it is said.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/services/library/parse/index.ts';

const CASES: [string, [string, string | null][]][] = [
  [
    'Foreign Minister Ana Reyes of the Philippines met with Chilean Foreign Minister Pedro Soto on Wednesday.',
    [
      ['Ana Reyes', 'Philippines'],
      ['Pedro Soto', 'Chile'],
    ],
  ],
  [
    'Indian External Affairs Minister S. Jaishankar held talks with his Saudi counterpart Prince Faisal bin Farhan in Riyadh on Monday.',
    [
      ['S. Jaishankar', 'India'],
      ['Faisal bin Farhan', 'Saudi Arabia'],
    ],
  ],
  [
    'Malaysian Prime Minister Anwar Ibrahim received a courtesy call from Singapore Foreign Minister Vivian Balakrishnan yesterday.',
    [
      ['Anwar Ibrahim', 'Malaysia'],
      ['Vivian Balakrishnan', 'Singapore'],
    ],
  ],
  [
    'Mr Pedro Soto, the Chilean Foreign Minister, called on Minister Ana Reyes on Tuesday.',
    [
      ['Pedro Soto', 'Chile'],
      ['Ana Reyes', null],
    ],
  ],
  [
    '조태열 외교부 장관은 5일 페드로 소토 칠레 외교장관과 회담했다.',
    [
      ['조태열', 'Republic of Korea'],
      ['페드로 소토', 'Chile'],
    ],
  ],
  [
    'Thủ tướng Phạm Minh Chính hội kiến Tổng thống Indonesia Joko Widodo.',
    [
      ['Phạm Minh Chính', 'Viet Nam'],
      ['Joko Widodo', 'Indonesia'],
    ],
  ],
  [
    'Chiều 5/6, Tổng Bí thư Tô Lâm đã tiếp Thủ tướng Singapore Lawrence Wong.',
    [
      ['Tô Lâm', 'Viet Nam'],
      ['Lawrence Wong', 'Singapore'],
    ],
  ],
  [
    'Menteri Luar Negeri Retno Marsudi bertemu dengan Menteri Luar Negeri Chile Pedro Soto di Jakarta, Rabu (5/6/2024).',
    [
      ['Retno Marsudi', null],
      ['Pedro Soto', 'Chile'],
    ],
  ],
  // Vietnamese: the office, the body that holds it (every word capitalised), the country, the name.
  [
    'Chiều 3/4, Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ tịch Nhân đại Trung Quốc Triệu Lạc Tế.',
    [
      ['Trần Thanh Mẫn', 'Viet Nam'],
      ['Triệu Lạc Tế', 'China'],
    ],
  ],
  [
    'Sáng 2/5, Chủ tịch UBND tỉnh Hoàng Văn Bình tiếp Đại sứ đặc mệnh toàn quyền Cộng hòa Dân chủ Nhân dân Lào Khamphao Ernthavanh.',
    [
      ['Hoàng Văn Bình', 'Viet Nam'],
      ['Khamphao Ernthavanh', 'Laos'],
    ],
  ],
  [
    'Đại tướng Lương Tam Quang tiếp ông Marco Ferri, Bộ trưởng Bộ Quốc phòng Italy, tại Hà Nội.',
    [
      ['Lương Tam Quang', null],
      ['Marco Ferri', 'Italy'],
    ],
  ],
  [
    'Đến dự về phía Nhật Bản có: Phó Chủ tịch Ủy ban Thường vụ Thượng viện Tanaka Kenji; Trợ lý Bộ trưởng Bộ Ngoại giao Sato Yumi.',
    [
      ['Tanaka Kenji', 'Japan'],
      ['Sato Yumi', 'Japan'],
    ],
  ],
  [
    'Cambodian Foreign Minister Sok Dara met with US Ambassador to Cambodia John Miller on Monday.',
    [
      ['Sok Dara', 'Cambodia'],
      ['John Miller', 'United States'],
    ],
  ],
  [
    'The Minister received the Omani envoy on Monday. The meeting was attended by Dr. Salim Al Harthy, Adviser to the Oman Foreign Ministry; Nasser Al Busaidi, Director of Protocol.',
    [
      ['Salim Al Harthy', 'Oman'],
      ['Nasser Al Busaidi', null],
    ],
  ],
];

describe('the participants, however the record names them', () => {
  for (const [text, expected] of CASES) {
    test(text.slice(0, 70), () => {
      const found = parseRecordText(`Talks\n\nPublished: 2024-06-06\n\n${text}`).participants;
      for (const [name, country] of expected) {
        const p = found.find((f) => f.name === name || f.name?.endsWith(` ${name}`));
        assert.ok(p, `${name} among ${found.map((f) => f.name).join(', ')}`);
        if (country) assert.equal(p.country, country, name);
      }
      assert.ok(
        found.every((p) => p.name !== ''),
        'no participant with an empty name',
      );
    });
  }
});
