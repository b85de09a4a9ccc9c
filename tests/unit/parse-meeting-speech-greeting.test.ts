// A desk officer imports a speech posted as it was given: it opens on the speaker's greeting to the
// audience ("Distinguished guests, ladies and gentlemen, …", "Buenas noches, señoras y señores", "Kính thưa
// …", "존경하는 도민 여러분"). The hall holds an audience, not two sides at a table: the record lists no one.
// A report that tells the meeting first and then quotes the toast stays a meeting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

const read = (text: string) => parseRecordText(text);

test('an English speech opening on "Distinguished guests, ladies and gentlemen" lists no one', () => {
  const parsed = read(
    [
      'Reception for the winners of the 2019 Regional Trade Awards',
      'Government House, 12 March 2019',
      'Distinguished guests, ladies and gentlemen, Helen and I are delighted to welcome you all to Government House.',
      'Today I also received Ambassador Daniel Oru of Ghana and Minister for Trade Paul Girard, who spoke of the value of trade.',
    ].join('\n\n'),
  );
  assert.deepEqual(parsed.participants, []);
});

test('a line of addressees that ends on "ladies and gentlemen" opens a speech, no meeting', () => {
  const paragraphs = [
    'Foreign Ministers of the member states; Secretary General Anna Kovacs; Mayor Luis Ortega; distinguished guests; ladies and gentlemen.',
    'A warm welcome to our partners. Our relations have never been stronger, from bilateral to multilateral ties.',
  ];
  assert.equal(reportsMeeting(paragraphs, 'During the Opening Ceremony of the Regional Forum'), false);
});

test('a Spanish speech opening on "Buenas noches, señoras y señores" lists no one', () => {
  const parsed = read(
    [
      'Buenas noches, señoras y señores; distinguidos invitados.',
      'Es un honor celebrar con ustedes el aniversario de nuestra independencia, junto al embajador Carlos Medina y al cónsul Raúl Peña.',
      'Quisiera aprovechar este primer encuentro con todos ustedes para agradecer su presencia.',
    ].join('\n\n'),
  );
  assert.deepEqual(parsed.participants, []);
});

test('a Korean address opening on "존경하는 도민 여러분" lists no one', () => {
  const parsed = read(
    [
      '2024년 신년사',
      '존경하는 도민 여러분, 새해 복 많이 받으십시오.',
      '저는 지난 5일 김민수 장관과 만나 지역 현안을 논의했습니다.',
    ].join('\n\n'),
  );
  assert.deepEqual(parsed.participants, []);
});

test('a report of a banquet that quotes the host’s greeting stays a meeting', () => {
  const names = read(
    [
      'President hosts state banquet for visiting Prime Minister',
      'President Alan Mwale hosted a state banquet for Prime Minister Kofi Mensah at State House on Monday evening, after the two leaders held talks.',
      '“Distinguished guests, ladies and gentlemen, it is my honour to welcome Prime Minister Mensah,” the President said.',
    ].join('\n\n'),
  ).participants.map((p) => p.name);
  assert.ok(names.includes('Alan Mwale'));
  assert.ok(names.includes('Kofi Mensah'));
});

test('a readout whose talks come before the greeting of a later speech stays a meeting', () => {
  const names = read(
    [
      'Foreign Minister receives Ambassador of Ghana',
      'Foreign Minister Maria Kassar received Ambassador Kofi Mensah on Tuesday and discussed trade.',
      'Ladies and gentlemen, the Minister later told guests at a reception, our ties are strong.',
    ].join('\n\n'),
  ).participants.map((p) => p.name);
  assert.ok(names.includes('Maria Kassar'));
  assert.ok(names.includes('Kofi Mensah'));
});

test('a Japanese New Year message opening on "明けましておめでとうございます" lists no one', () => {
  const parsed = read(
    [
      '新春を迎えて',
      '北川県知事 山田一郎',
      '明けましておめでとうございます。皆様には、健やかに新春をお迎えのこととお慶び申し上げます。',
      '昨年十月には、協会の鈴木次郎会長とともに河北省を訪問し、石家荘市において王明省長と会見いたしました。',
    ].join('\n\n'),
  );
  assert.deepEqual(parsed.participants, []);
});

test('a French interview transcript ("Q - … R - …") lists no one', () => {
  const parsed = read(
    [
      'Entretien du ministre avec une radio',
      'Q - Nous recevons ce matin le ministre des affaires étrangères, Paul Girard. Bonjour.',
      'R - Bonjour.',
      'Q - Vous rencontrez aujourd’hui le secrétaire d’Etat Daniel Oru. Que allez-vous lui dire ?',
      'R - Nous parlerons de l’Ukraine et du Proche-Orient.',
    ].join('\n\n'),
  );
  assert.deepEqual(parsed.participants, []);
});
