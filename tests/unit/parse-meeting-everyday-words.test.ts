// A desk officer imports the report of a farewell call, an audience, a lunch together, views exchanged or a
// talk, told in the everyday words of each language ("paid a farewell call on", "had an audience with",
// "a déjeuné avec", "hieß … willkommen", "se despidió del", "berbincang dengan", "chào từ biệt", "의견을 나눴다",
// "昼食を共にした", "共进午餐", "обменялся мнениями", "fikir alışverişinde bulundu", "تباحث"). Such a record
// reports a meeting, so its people are listed; the same words in a preview, a farewell to the dead or a
// decision welcomed report none.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

const byFamily: Record<string, string[]> = {
  English: [
    'On 12 March, the outgoing High Commissioner Mary Okafor paid a farewell call on Premier Tom Walsh at his office.',
    'Official calls were paid to the Governor-General by the commanders of the fleet on Saturday morning.',
    'Last Tuesday the Mayor bade farewell to the departing Consul General Ana Ruiz at City Hall.',
    'The Foreign Minister had an audience with King Harald at the Royal Palace on Monday.',
    'Minister Lee exchanged views with her Chilean counterpart on fisheries on Thursday.',
    'The Premier conferred with the Trade Commissioner of Chile on 4 June.',
    'On Friday the Governor had lunch with Ambassador Karim Haddad at the residence.',
    'The Minister gave a farewell luncheon in honour of four outgoing ambassadors last week.',
  ],
  'French and German': [
    'Le 3 février, le consul général Marc Petit a fait ses adieux au préfet de région.',
    "Mardi, le maire a déjeuné avec l'ambassadeur du Pérou à l'hôtel de ville.",
    'Le ministre a échangé avec son homologue belge sur la sécurité routière, jeudi à Namur.',
    'Am Montag hieß die Oberbürgermeisterin den japanischen Generalkonsul im Rathaus willkommen.',
    'Die Bürgermeister der Partnerstädte trugen sich am Samstag ins Goldene Buch der Stadt ein.',
    'Am Dienstag kam der Landrat mit dem Botschafter Perus im Kreishaus zusammen.',
    'Die Landrätin hat am Freitag den scheidenden Generalkonsul im Kreishaus verabschiedet.',
  ],
  'Spanish, Portuguese, Italian and Dutch': [
    'El alcalde se despidió del embajador de Corea el pasado lunes en el Palacio Municipal.',
    'La gobernadora almorzó con la cónsul de Italia el jueves 5 de mayo.',
    'O prefeito almoçou com o cônsul-geral do Japão na quarta-feira, 8 de março.',
    'Il sindaco ha pranzato con il console generale del Brasile martedì scorso.',
    "Martedì il prefetto si è congedato dall'ambasciatore del Perù.",
    'Op 3 mei bracht de ambassadeur een afscheidsbezoek aan de burgemeester.',
  ],
  'Indonesian and Vietnamese': [
    'Wali Kota berbincang dengan Konsul Jenderal Jepang di rumah dinas, Senin (4/3).',
    'Duta Besar Korea melakukan kunjungan perpisahan kepada Gubernur pada Rabu (6/3).',
    'Chiều 5/3, Đại sứ Hàn Quốc đã chào từ biệt Bí thư Tỉnh ủy nhân dịp kết thúc nhiệm kỳ.',
    'Sáng 5/3, Chủ tịch UBND tỉnh đã thảo luận với Tổng lãnh sự Nhật Bản về hợp tác lao động.',
  ],
  'Korean, Japanese and Chinese': [
    '시장은 5일 시청에서 주한 칠레 대사와 교류 확대에 관한 의견을 나눴다.',
    '知事は5日、チリ大使と昼食を共にした。',
    '3月5日，市长与智利大使共进午餐，双方就经贸合作交换了意见。',
    '3月5日，省长接见了智利驻华大使一行。',
    '3月5日，市长在机场迎接智利大使。',
  ],
  'Russian, Ukrainian, Turkish, Thai and Arabic': [
    '5 марта губернатор обменялся мнениями с послом Чили о торговле.',
    '5 марта посол Чили нанёс прощальный визит губернатору области.',
    '5 березня голова області провів бесіду з послом Чилі.',
    "Vali, 5 Mart'ta Şili Büyükelçisi ile fikir alışverişinde bulundu.",
    'เมื่อวันที่ 5 มีนาคม ผู้ว่าราชการจังหวัดแลกเปลี่ยนความคิดเห็นกับเอกอัครราชทูตชิลี',
    'تباحث المحافظ يوم الخامس من مارس مع سفير تشيلي سبل التعاون.',
  ],
};

describe('a farewell call, an audience, a meal together, views exchanged or a talk: a meeting', () => {
  for (const [family, texts] of Object.entries(byFamily))
    for (const text of texts)
      test(`${family}: ${text.slice(0, 48)}`, () => {
        assert.equal(reportsMeeting([text], 'News'), true);
      });
});

describe('the same words in a preview, a farewell to the dead, a programme described or a decision welcomed report no meeting', () => {
  const NONE = [
    'The High Commissioner will pay a farewell call on the Premier next week.',
    'The Governor is expected to have lunch with the Ambassador on Friday.',
    'The nation bade farewell to the late President on Sunday.',
    'The Minister discussed the budget with reporters on Monday.',
    "Le maire déjeunera avec l'ambassadeur vendredi prochain.",
    'Die Ministerin begrüßte die Entscheidung des Gerichts.',
    'Der Landtag hat am Freitag das Gesetz mit großer Mehrheit verabschiedet.',
    '全市上下喜气洋洋迎接新年。',
    'El alcalde almorzará con el embajador el próximo viernes.',
    'Masyarakat menyambut Hari Raya dengan gembira dan program itu diterima oleh masyarakat.',
    'Губернатор проведёт беседу с послом в пятницу.',
    '市长将于下周与智利大使共进午餐。',
    'رحب المحافظ بالقرار.',
    'Vali, yarın Büyükelçi ile buluşacak.',
    '시장은 다음 주 대사와 의견을 나눌 예정이다.',
    '구청장은 주민 대표들과 대화를 나누고 지역 환경을 점검하는 소통회를 이어간다.',
    '코로나19로 교류가 어렵게 되자 두 도시는 화상 회의 시스템을 통해 청소년 문화교류를 이어왔다.',
    '4月11日，各界群众在八宝山送别李克强同志。',
  ];
  for (const text of NONE)
    test(text.slice(0, 48), () => {
      assert.equal(reportsMeeting([text], 'News'), false);
    });
});
