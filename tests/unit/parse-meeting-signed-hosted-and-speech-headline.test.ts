// A desk officer imports reports the meeting decision used to pass over: two towns or universities that
// signed an agreement ("signed a new agreement with Harbour University", "signed a three-year renewable
// Memorandum", a Japanese page in simplified characters "缔结式"), guests hosted ("büyükelçileri misafir
// etti"), a medal handed to a guest ("trao Kỷ niệm chương cho ông …"), a quotation whose attribution
// tells the meeting, and a headline that calls the record a speech over a lead that tells an accord
// signed. Each reports a meeting; the same words ahead, or a speech with no meeting in its lead, do not.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

const MEETINGS: string[] = [
  'The state college deepened its ties with Japan last week when it signed a new agreement with Harbour University.',
  'The governors of the two provinces signed an agreement on trade and tourism cooperation in the capital.',
  'The rector and the visiting dean signed a three-year renewable Memorandum of Understanding on student exchange.',
  '北湾大学は5月2日、港市と连携协力に関する协定を结び、市役所で缔结式が行われた。',
  'Vali ve Belediye Başkanı, festival vesilesiyle kente gelen büyükelçileri ve eşlerini misafir etti.',
  'Ngày 3/4, Thứ trưởng đã trao Kỷ niệm chương "Vì sự nghiệp ngoại giao" cho ông Kim, Giám đốc công ty.',
  '"È stato un piacere parlare del gemellaggio", ha detto il sindaco a margine dell\'incontro con l\'ambasciatore.',
];

describe('an agreement signed, guests hosted, a medal handed over, a meeting told after a quotation', () => {
  for (const text of MEETINGS)
    test(text.slice(0, 40), () => {
      assert.equal(reportsMeeting([text]), true);
    });
});

describe('a headline naming a speech does not overrule a lead that tells a meeting held', () => {
  test('a mayor’s congratulatory address, the lead an accord signed', () => {
    const lead = [
      '항구시와 중국 바다시가 우호협력도시 협약을 체결했다.',
      '항구시는 2일 시장이 포럼에 참가해 축사를 했다고 밝혔다.',
    ];
    assert.equal(reportsMeeting(lead, '항구시장, 우호도시포럼 대표도시 자격 축사'), true);
  });
  test('a speech whose lead is the address itself stays a speech', () => {
    const lead = [
      'Thank you all for coming tonight to mark forty years of our partnership.',
      'Last spring I met the mayor in Harbour City.',
    ];
    assert.equal(reportsMeeting(lead, 'Remarks by the Mayor at the Partnership Dinner'), false);
  });
});

describe('the same words ahead report no meeting', () => {
  const NONE = [
    'The state college will sign a new agreement with Harbour University next month.',
    'Vali, festival vesilesiyle kente gelecek büyükelçileri misafir edecek.',
    '"We look forward to it", the mayor said of the meeting with the ambassador planned for next week.',
    '« Cela relativise tout ça », met-il en perspective.',
    '“Two leaders are expected to visit.“Beyond the White House notice” the press office said the talks are still to be set.',
  ];
  for (const text of NONE)
    test(text.slice(0, 40), () => {
      assert.equal(reportsMeeting([text]), false);
    });
});

describe('a Korean headline about an interview is no interview', () => {
  test('a vice-minister summons an envoy over remarks on the president’s interview', () => {
    const lead = ['외교부 1차관은 어제 저녁 주한 바다국 대사를 초치해 대변인의 발언에 대해 강력 항의했다.'];
    assert.equal(reportsMeeting(lead, '외교부, 대통령의 외신 인터뷰와 관련해 바다국 대변인 발언은 결례라고 지적'), true);
  });
});

describe('a departure headline over a lead that tells the welcome on arrival', () => {
  test('a foreign minister leaves for the capital and is welcomed at the airport by his counterpart', () => {
    const lead = [
      'وزیر امور خارجه بحرستان سفری سه روزه به کشورمان آغاز کرد.',
      'قرار است وزیر در این سفر با مقامات ارشد کشورمان دیدار کند.',
      'وزیر هنگام ورود به فرودگاه مورد استقبال وزیر امور خارجه کشورمان قرار گرفت.',
    ];
    assert.equal(reportsMeeting(lead, 'وزیر امور خارجه بحرستان راهی پایتخت شد'), true);
  });
  test('a departure whose lead tells only the meetings ahead stays none', () => {
    const lead = ['وزیر امور خارجه بحرستان امروز راهی پایتخت شد.', 'قرار است وزیر در این سفر با مقامات ارشد کشورمان دیدار کند.'];
    assert.equal(reportsMeeting(lead, 'وزیر امور خارجه بحرستان راهی پایتخت شد'), false);
  });
});

describe('a Dutch passive past is a meeting held, not a German future', () => {
  test('a video call in which points of cooperation were discussed', () => {
    const lead = [
      'In plaats van een bezoek was er vandaag een videocall waarin een aantal punten voor samenwerking werden besproken.',
    ];
    assert.equal(reportsMeeting(lead), true);
  });
  test('German "werden … besprochen" stays ahead', () => {
    const lead = ['Bei dem Treffen mit dem Botschafter werden nächste Woche die Punkte der Zusammenarbeit besprochen.'];
    assert.equal(reportsMeeting(lead), false);
  });
});
