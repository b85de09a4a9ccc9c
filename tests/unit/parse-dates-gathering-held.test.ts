// A desk officer imports a town's or an embassy's page posted weeks after its event: the opening sentence dates a
// gathering told as held or attended (a session, a get-together, a committee meeting, an exchange evening, a reception,
// a ceremony), and the meeting follows in the next paragraph. The meeting side already counts such a gathering; the
// date side now reads the same words, so the written-out date of that sentence is the meeting's. A gathering still ahead
// ("sẽ tổ chức", "개최할 예정", "開催します", "will be held") and one the lead only recalls give no date: never invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const meeting = (head: string, ...paragraphs: string[]) =>
  parseRecordText([`date 2024-08-20 ${head}`, ...paragraphs].join('\n\n')).meetingDate;

// One row per language: the record, then the meeting day it supports (null: none).
const TABLE: [string, string, string[], string | null][] = [
  [
    'a Vietnamese session the chairman spoke at',
    'Đoàn công tác thăm tỉnh',
    [
      'Sáng ngày 08/7, tại Kỳ họp thứ 7 HĐND tỉnh, đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh trình bày báo cáo về ý kiến cử tri.',
      'Hai bên trao đổi về hợp tác.',
    ],
    '2024-07-08',
  ],
  [
    'a Vietnamese get-together held for compatriots',
    'Đoàn công tác thăm tỉnh',
    [
      'Ngày 8/7, UBND tỉnh tổ chức buổi họp mặt kiều bào tại khách sạn Sông Hương.',
      'Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh gặp gỡ kiều bào và trao đổi về hợp tác.',
    ],
    '2024-07-08',
  ],
  [
    'a Vietnamese get-together still to be held',
    'Đoàn công tác thăm tỉnh',
    [
      'Ngày 25/8, UBND tỉnh sẽ tổ chức buổi họp mặt kiều bào tại khách sạn Sông Hương.',
      'Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh sẽ gặp gỡ kiều bào.',
    ],
    null,
  ],
  [
    'a Korean committee meeting held',
    '재단 운영위원회 개최',
    [
      '재단은 지난 7월 8일 서울에서 제1차 운영위원회를 열고 올해 계획을 확정했다.',
      '김철수 이사장은 위원들과 만나 협력 방안을 논의했다.',
    ],
    '2024-07-08',
  ],
  [
    'a Korean welcome event still ahead',
    '김포시, 대표단 환영',
    ['김포시는 오는 8월 28일 시청에서 대표단 환영행사를 개최할 예정이다.', '김철수 시장은 대표단과 만날 예정이다.'],
    null,
  ],
  [
    'a Japanese exchange evening attended',
    '姉妹都市訪問団の歓迎',
    ['2024年7月8日に市役所で開催された「日韓交流会」に参加しました。', '田中市長は訪問団と懇談しました。'],
    '2024-07-08',
  ],
  [
    'a Japanese welcome party held',
    '姉妹都市訪問団の歓迎',
    ['7月8日、市役所で歓迎会が開かれた。', '田中市長は訪問団と懇談しました。'],
    '2024-07-08',
  ],
  [
    'a Japanese welcome party announced',
    '姉妹都市訪問団の歓迎',
    ['8月28日、市役所で歓迎会を開催します。', '田中市長は訪問団と懇談します。'],
    null,
  ],
  [
    'a French welcome ceremony held',
    'Le maire accueille une délégation',
    [
      "Le 8 juillet 2024, la cérémonie d'accueil de la délégation japonaise s'est tenue à l'hôtel de ville.",
      "Le maire Jean Dupont s'est entretenu avec les visiteurs.",
    ],
    '2024-07-08',
  ],
  [
    'a German ceremony that took place',
    'Bürgermeister empfängt Delegation',
    [
      'Am 8. Juli 2024 fand im Rathaus ein Festakt für die Delegation aus Japan statt.',
      'Bürgermeister Hans Müller traf die Gäste zu einem Gespräch.',
    ],
    '2024-07-08',
  ],
  [
    'a Spanish welcome ceremony celebrated',
    'Alcalde recibe delegación',
    [
      'El 8 de julio de 2024 se celebró en el ayuntamiento la ceremonia de bienvenida a la delegación japonesa.',
      'El alcalde Juan Pérez conversó con los visitantes.',
    ],
    '2024-07-08',
  ],
  [
    'a Chinese welcome ceremony held',
    '市长会见日本代表团',
    ['2024年7月8日，市政府举行了欢迎仪式，欢迎日本代表团。', '王市长会见了代表团。'],
    '2024-07-08',
  ],
  [
    'an English forum session taken part in',
    'Mayor hosts envoys',
    [
      'On 8 July 2024, Mayor Anna Berg took part in the opening session of the regional forum.',
      'She met Ambassador Carl Olsen on the sidelines.',
    ],
    '2024-07-08',
  ],
  [
    'an English reception still to be held',
    'Mayor meets envoy',
    [
      'The annual reception for the diplomatic corps will be held on 29 August 2024 at the town hall.',
      'Mayor Anna Berg met Ambassador Carl Olsen.',
    ],
    null,
  ],
];

for (const [story, head, paragraphs, expected] of TABLE) {
  test(`${story}: ${expected ?? 'no meeting date'}`, () => {
    assert.equal(meeting(head, ...paragraphs), expected);
  });
}

test('a Korean record recalling a ceremony held a year before dates its meeting, not the ceremony', () => {
  assert.equal(
    meeting(
      '김포시장, 대사 접견',
      '김철수 시장은 19일 시청에서 주한 일본대사를 접견했다. 양 도시는 지난 2023년 5월 8일 자매결연 협약식을 개최한 바 있다.',
      '이날 두 사람은 교류 방안을 논의했다.',
    ),
    '2024-08-19',
  );
});

test('a conference held from Feb. 17 to 19 leaves the day of the talks on its sidelines unknown: no meeting date', () => {
  const record = [
    'Minister meets counterparts at security conference',
    'Published Feb 19, 2023 12:54 pm',
    'Foreign Minister Ana Reyes met her counterparts from three countries to discuss trade during the 2023 Security Conference.',
    'Minister Ana Reyes (left) and Foreign Minister Karl Berg sign the joint plan. (Photo from the ministry)',
    'The minister met foreign ministers from five countries during the forum.',
    'The conference was held from Feb. 17 to 19.',
    'She also met Senator John Hale on its sidelines.',
  ];
  assert.equal(parseRecordText(record.join('\n\n')).meetingDate, null);
});
