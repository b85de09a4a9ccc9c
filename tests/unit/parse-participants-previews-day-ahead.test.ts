// A desk officer imports announcements of talks still to come: a visit "on coming June 4", a minister who
// "looks forward to attending" a meeting, German guests "in der kommenden Woche", an Arabic programme in the
// imperfect with its day ("يلتقي … اليوم"). Nobody has met yet, whatever earlier contact the release recalls
// ("had a telephone conversation in May", "năm ngoái", a Japanese "…」と説明した"), so the record lists no one. A readout
// of talks held that mentions the next meeting stays a meeting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const read = (text: string) => parseRecordText(text);
const names = (text: string) => read(text).participants.map((p) => p.name);

test('an English visit "on coming" a day lists no one', () => {
  const parsed = read(
    [
      'Port Louis, 2 March: Prime Minister Anil Ramdoo is paying an official visit to India on coming March 9, at the invitation of Prime Minister Kiran Desai.',
      'The entourage of the Prime Minister includes Foreign Minister Leela Bissoon and Trade Minister Paul Etienne.',
    ].join('\n\n'),
  );
  assert.deepEqual(parsed.participants, []);
});

test('a minister who looks forward to attending a meeting has not met anyone yet', () => {
  const parsed = read(
    [
      'MEDIA RELEASE',
      'I look forward to attending the first Pacific Fisheries Meeting in Apia on 14 May with Samoan Foreign Minister Tala Faleolo.',
      'Prime Minister Henry Vaai will open the meeting.',
    ].join('\n\n'),
  );
  assert.deepEqual(parsed.participants, []);
});

test('German ambassadors calling "in der kommenden Woche" are still to come', () => {
  const parsed = read(
    [
      'Termine der Staatskanzlei',
      'In der kommenden Woche ist die Botschafterin der Republik Chile, Ana Torres, zu Gast in der Staatskanzlei, um Ministerpräsident Jens Hoffmann ihren Antrittsbesuch abzustatten.',
      'Das Gespräch soll dem Austausch über Wirtschaftskontakte dienen.',
    ].join('\n\n'),
  );
  assert.deepEqual(parsed.participants, []);
});

test('an Arabic meeting in the imperfect with its day ("يلتقي … اليوم") lists no one', () => {
  const parsed = read(
    [
      'وزير الخارجية يلتقي نظيره الأردني اليوم',
      'يلتقي كريم منصور وزير الخارجية، اليوم الخميس، نظيره الأردني سامي العلي، ويعقدان مباحثات بمقر الوزارة.',
      'ومن المقرر أن تتناول المباحثات العلاقات الثنائية.',
    ].join('\n\n'),
  );
  assert.deepEqual(parsed.participants, []);
});

test('an Arabic meeting told in the perfect the same day is a meeting', () => {
  const found = names(
    [
      'وزير الخارجية يستقبل نظيره الأردني',
      'التقى كريم منصور وزير الخارجية، اليوم الخميس، نظيره الأردني سامي العلي، وبحث الجانبان العلاقات الثنائية.',
    ].join('\n\n'),
  );
  assert.ok(found.includes('سامي العلي'));
});

test('a visit announced, with an earlier call recalled by its month, lists no one', () => {
  const parsed = read(
    [
      'Pakistani Prime Minister Omar Haidari will embark upon a three-day official visit to Canada Sunday, the foreign ministry announced Friday.',
      'During the visit, Haidari will hold wide-ranging talks with Canadian Prime Minister Claire Dubois, the ministry said in a statement.',
      "Prime Minister Haidari and Prime Minister Dubois had a telephone conversation in May, when Prime Minister Dubois congratulated the Prime Minister on his party's victory, the statement said.",
    ].join('\n\n'),
  );
  assert.deepEqual(parsed.participants, []);
});

test('a Vietnamese visit announced, with last year’s signing recalled, lists no one', () => {
  const parsed = read(
    [
      'Bộ Ngoại giao cho hay Thứ trưởng Ngoại giao Pháp Pierre Martin sẽ thăm và làm việc tại Việt Nam đầu tuần tới.',
      'Trong chuyến thăm của Thủ tướng tới Pháp hồi tháng 5 năm ngoái, hai bên đã ký Bản ghi nhớ hợp tác.',
    ].join('\n\n'),
  );
  assert.deepEqual(parsed.participants, []);
});

test('an Indonesian programme where "setelah itu" (after that) comes a meeting lists no one', () => {
  const parsed = read(
    [
      'Menlu Dewi Lestari tiba di Hanoi pada Minggu malam. Rencananya dia akan langsung menemui Menteri Luar Negeri Vietnam Tran Van Minh.',
      'Setelah itu agenda dilanjutkan dengan pertemuan dengan beberapa menteri lain.',
    ].join('\n\n'),
  );
  assert.deepEqual(parsed.participants, []);
});

test('a Japanese visit announced, with the speaker’s reasons quoted, lists no one', () => {
  const parsed = read(
    [
      '会頭がタイ訪問へ',
      '明石商工会議所の田中一郎会頭は3日の会見で、今月20~22日にタイを訪問すると発表した。',
      '会見では「トップ同士で会うことが大切だ」と、交流拡大に意欲を示した。',
    ].join('\n\n'),
  );
  assert.deepEqual(parsed.participants, []);
});

test('a readout of talks held that agrees to meet again in the coming months is still a meeting', () => {
  const found = names(
    [
      'Foreign Minister meets Chilean counterpart',
      'Foreign Minister Leela Bissoon met Chilean Foreign Minister Ana Torres in Santiago on Monday.',
      'The two ministers agreed to meet again in the coming months and look forward to a visit by the President.',
    ].join('\n\n'),
  );
  assert.ok(found.includes('Leela Bissoon'));
  assert.ok(found.includes('Ana Torres'));
});
