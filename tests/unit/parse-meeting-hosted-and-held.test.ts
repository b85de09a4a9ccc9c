// A desk officer imports reports of a guest received, a luncheon or a working session held, views
// exchanged or a memorandum signed, told in each language's own words: "accueillis par le maire",
// "séance de travail", "tauschten sich … aus", "rapat koordinasi", "Majlis Makan Malam", "昼食会を開き",
// "意見交換", "양해각서를 체결했다". Such a record reports a meeting, so its people are listed; the same
// words in a preview ("sera accueilli", "akan menggelar rapat", "開く予定") report none.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

const MEETINGS: string[] = [
  'Les élus de la ville jumelle sont arrivés vendredi et ont été accueillis à la mairie par le maire et le comité.',
  "L'ambassadeur du Chili était hier l'hôte de la ville de Lyon.",
  "Une séance de travail s'est tenue à cette occasion sous la présidence du recteur, en présence d'une délégation chilienne.",
  "Le gouverneur s'est rendu à l'aéroport pour accueillir son hôte, le vice-ministre chilien.",
  'Nach dem Empfang tauschten sich der Botschafter und die Ministerin über die Handelsbeziehungen aus.',
  'Die Ministerpräsidentin hat gestern zusammen mit dem chilenischen Botschafter das neue Konsulat eröffnet.',
  'Polres Kota menggelar rapat koordinasi lintas sektoral untuk pengamanan pemilu di aula Mapolres, Selasa (9/1).',
  'Pembahasan itu dilakukan saat Konsul Jenderal menemui Wali Kota di balai kota pada Jumat, 26 April 2024.',
  'Baginda telah berkenan meraikan Presiden Chile dalam satu Majlis Makan Malam Negara di Istana Negara.',
  '友好団体は11日、東京で合同昼食会を開き、来日したチリ大使を歓迎した。',
  '外相とは地域情勢について率直な意見交換をしました。',
  '町長さんはじめ多くの職員の皆さんに出迎えられました。',
  "두 의회 교육위원회는 9일 도의회에서 '교육발전을 위한 상호협력 업무협약'을 체결했다.",
  '지사는 지난 30일 외교부 장관과 상호 협력에 관한 양해각서를 체결했다.',
];

describe('a guest received, a meal or a session held, views exchanged, an agreement signed: a meeting', () => {
  for (const text of MEETINGS)
    test(text.slice(0, 40), () => {
      assert.equal(reportsMeeting([text]), true);
    });
});

describe('the same words in a preview report no meeting', () => {
  const NONE = [
    "L'ambassadeur du Chili sera accueilli par le maire vendredi prochain.",
    'Polres Kota akan menggelar rapat koordinasi pengamanan pemilu pekan depan.',
    'Konsul Jenderal dijadwalkan menemui Wali Kota pada Jumat mendatang.',
    '友好団体は来月、東京で歓迎昼食会を開く予定です。',
    '지사는 다음 달 외교부 장관과 양해각서를 체결할 예정이다.',
    // An opening with no envoy or minister beside: no counterpart in the room.
    'Die Ministerin hat gestern zusammen mit den Schülern die neue Bibliothek eröffnet.',
  ];
  for (const text of NONE)
    test(text.slice(0, 40), () => {
      assert.equal(reportsMeeting([text]), false);
    });
});
