// A desk officer imports a preview whose lead says, in its own tense, what is still to come ("spotka się
// w przyszły czwartek", "将于下周二访华") and whose meeting is then named without any tense ("Spotkanie
// Kowalski–Huber", "这是他首次访问中国"). The meeting named is the one announced: the record reports none, and
// its people are not read as having met. A record whose headline or lead tells something held keeps its meeting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

test('a Polish preview whose meeting is later named only as a noun ("Spotkanie Kowalski–Huber") reports no meeting', () => {
  assert.equal(
    reportsMeeting([
      'W przyszły czwartek minister spraw zagranicznych Jan Kowalski spotka się w Wiedniu z szefem austriackiej dyplomacji.',
      'Tematem rozmów będzie współpraca energetyczna.',
      'Spotkanie Kowalski–Huber',
    ]),
    false,
  );
});

test('a Chinese announcement of a visit ("将于下周二访华") then "这是他首次访问中国" reports no meeting', () => {
  assert.equal(
    reportsMeeting(['外交部宣布,法国外长将于下周二访华。', '这是他就任以来首次访问中国。', '双方关系近年来稳步发展。']),
    false,
  );
});

test('an English preview ("will travel … next week") then "The visit is the first …" reports no meeting', () => {
  assert.equal(
    reportsMeeting([
      'The Foreign Minister will travel to Canberra next week, the ministry announced on Sunday.',
      'The visit is the first by a minister of the new government.',
    ]),
    false,
  );
});

test('a headline that tells the reception held ("recibió") keeps the meeting a planned lunch comes before', () => {
  assert.equal(
    reportsMeeting(
      [
        'Se tiene previsto que después del desayuno ambos mandatarios tengan una junta de trabajo.',
        'La visita del presidente se realiza con motivo del aniversario de las relaciones diplomáticas.',
      ],
      'El presidente recibió a su homólogo boliviano en el Palacio Nacional',
    ),
    true,
  );
});

test('a lead that first tells what was agreed keeps a meeting named without a tense', () => {
  assert.equal(
    reportsMeeting([
      'The two ministers agreed on Tuesday to expand cooperation in fisheries.',
      'They will sign an agreement next month.',
      'The visit is the first by a Chilean minister since 2019.',
    ]),
    true,
  );
});

test('a Turkish sentence ending on the past ("yemeğe katıldı") is a meeting held, after talks announced for tomorrow', () => {
  assert.equal(
    reportsMeeting([
      'Devlet Başkanı resmi temaslarına yarın başlayacak.',
      'Devlet Başkanı ziyaretinde bu akşam Cumhurbaşkanı tarafından verilen yemeğe katıldı.',
    ]),
    true,
  );
});

test('a Tagalog call already held ("nagkausap sila sa telepono") is a meeting, after a meeting only planned', () => {
  assert.equal(
    reportsMeeting(
      [
        'Balak ng Pangulo na makipagkita sa lalong madaling panahon sa bagong pangulo ng Amerika.',
        'Sinabi ng Pangulo na nagkausap sila sa telepono kahapon ng hapon.',
      ],
      'Pangulo makikipagkita sa bagong pangulo ng Amerika',
    ),
    true,
  );
});
