// A desk officer imports reports of a reception, a courtesy call, a banquet, a conference or a call
// told in the words of their own language: "회견했다" in Korean written from Chinese, "拜会", "お迎えし",
// "принял министра", "телефонный разговор", "hội nghị", "jamuan", "toplantı", Tamil and Malayalam.
// Such a record reports a meeting, with its date; a preview in the same words, a press conference,
// the opening speech of a conference or a Russian "принял участие" (took part) does not.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

const read = (text: string) => parseRecordText(`Published: 2024-06-06\n\n${text}`);

const MEETINGS: string[] = [
  '김민수 총영사는 6월 5일 박지훈 부산시 행정부시장과 회견했다. 양측은 교류 확대 방안을 논의했다.',
  '6月5日,李明总领事赴宿务省拜会省长加西亚,双方就加强地方合作交换了意见。',
  '令和6年6月5日、市長は市役所にて訪日団をお迎えしました。以前お会いした団長とも再会しました。',
  '5 июня 2024 года Президент Казахстана Касым-Жомарт Токаев принял министра иностранных дел Чили Педро Сото.',
  '5 июня 2024 года состоялся телефонный разговор между Президентом Казахстана и Президентом Чили.',
  'На 5 юни 2024 г. областният управител прие в кабинета си новия генерален консул на Чили.',
  'Sáng 5/6/2024, Thủ tướng chủ trì hội nghị đối thoại với doanh nghiệp tại Hà Nội.',
  'Presiden menghadiri jamuan santap siang kenegaraan di Istana Merdeka pada Rabu, 5 Juni 2024.',
  'Dışişleri Bakanı 5 Haziran 2024 tarihinde Bakanlar toplantısına katıldı.',
];

describe('a reception, a courtesy call, a banquet, a conference or a call in its own language is a meeting', () => {
  test('the courtesy call dates the meeting and names both sides', () => {
    const r = read('6月5日,李明总领事赴宿务省拜会省长加西亚,双方就加强地方合作交换了意见。');
    assert.equal(r.meetingDate, '2024-06-05');
    assert.ok(r.participants.length >= 1);
  });
  for (const text of MEETINGS)
    test(text.slice(0, 40), () => {
      assert.equal(reportsMeeting([text]), true);
    });
});

describe('the same words in a preview, a press conference, a speech or another act are no meeting', () => {
  const NONE = [
    // A Korean press conference is no reception.
    '김민수 총영사는 6월 5일 기자회견을 열고 교류 계획을 발표했다.',
    // Taking part, passing a law: "принял" with no one received.
    '5 июня 2024 года Президент принял участие в форуме и принял решение о новых мерах.',
    // The opening speech of a conference.
    'Bài phát biểu của Thủ tướng khai mạc Hội nghị với doanh nghiệp ngày 5/6/2024',
    // A Turkish programme: the meeting is still to come, its verb in the future.
    'Cumhurbaşkanı 5 Haziran 2024 tarihinde çevrimiçi liderler toplantısına katılacak.',
  ];
  for (const text of NONE)
    test(text.slice(0, 40), () => {
      const title = text.startsWith('Bài') ? text : null;
      assert.equal(reportsMeeting(title ? ['Thưa quý vị đại biểu,', text] : [text], title), false);
      assert.deepEqual(read(text).participants, []);
    });
});

describe('a body read before its head is no person', () => {
  test('"국제협력 담당관실 이영철 계장": the name after the office', () => {
    const r = read(
      '김민수 총영사는 6월 5일 박지훈 부산시 행정부시장과 회견했다. 국제협력 담당관실 이영철 계장과 총영사관 주민호 영사 등이 참석했다.',
    );
    const names = r.participants.map((p) => p.name);
    assert.ok(names.includes('이영철'));
    assert.ok(!names.includes('국제협력'));
  });
  test('"日中友好協会会長": the association is no name', () => {
    const r = read('6月5日、区長は区役所にて訪日団をお迎えしました。私は日中友好協会会長として歓迎の挨拶をしました。');
    assert.ok(!r.participants.some((p) => p.name?.endsWith('協会')));
  });
  test('"Президент Республики Узбекистан": the republic is no name', () => {
    const r = read(
      '5 июня 2024 года Президент Республики Узбекистан Шавкат Мирзиёев принял министра иностранных дел Чили Педро Сото.',
    );
    assert.ok(!r.participants.some((p) => p.name?.startsWith('Республик')));
  });
});

describe('a headline that tells the meeting held, over a lead that tells it in other words', () => {
  const LEAD = ['Имел честь поблагодарить Председателя за приглашение.', 'Коротко коснулись ситуации в мире.'];
  test('"Додон встретился с Си Цзиньпином" reports the meeting', () => {
    assert.equal(reportsMeeting(LEAD, 'Додон встретился с Си Цзиньпином'), true);
  });
  test('a headline of a meeting still to come does not', () => {
    assert.equal(reportsMeeting(LEAD, 'Додон встретится с Си Цзиньпином в июле'), false);
  });
  test('a headline that names a meeting without telling it held does not', () => {
    assert.equal(reportsMeeting(LEAD, 'Реакция на рассадку во время встреч президента'), false);
  });
});
