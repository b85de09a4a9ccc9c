// A record from a European desk writes its date in the month names of its own language, in the order its
// grammar sets: Romanian "12 martie 2024", Greek "12 Μαρτίου 2024", Hebrew "12 במרץ 2024", Estonian
// "12. märts 2024", Finnish "12. maaliskuuta 2024" and "maaliskuun 12. päivänä", Hungarian "2024. március
// 12-én", Lithuanian "2024 m. kovo 12 d.", Latvian "2024. gada 12. martā", Albanian, Azerbaijani, Bulgarian,
// Macedonian and Serbian months, Czech "12. 3. 2024", Greek "στις 12/3/2024"; Danish "12. marts" in a sentence.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDateMentions, firstFullDate } from '../../electron/node/library/parse/dates/forms.ts';
import { findRelativeMentions } from '../../electron/node/library/parse/dates/relative.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const first = (text: string): string | null => firstFullDate(text);
const dayMonth = (text: string): string[] => findDateMentions(text).map((d) => `${d.year ?? '?'}-${d.month}-${d.day}`);

describe('European month names the record writes in its own language', () => {
  test('a lead dated in Romanian, Greek, Hebrew, Estonian, Finnish, Albanian, Azerbaijani or South Slavic months gives its day', () => {
    assert.equal(first('Cluj, 5 octombrie 2023 – Primarul s-a întâlnit cu consulul.'), '2023-10-05');
    assert.equal(first('Θεσσαλονίκη, 7 Νοεμβρίου 2022 – Ο δήμαρχος υποδέχθηκε τον πρόξενο.'), '2022-11-07');
    assert.equal(first('ΑΘΗΝΑ, 3 ΙΟΥΛΙΟΥ 2021'), '2021-07-03');
    assert.equal(first('חיפה, 9 בנובמבר 2022 – ראש העיר אירח את הקונסול.'), '2022-11-09');
    assert.equal(first('Tartu, 4. oktoober 2023 – Linnapea kohtus konsuliga.'), '2023-10-04');
    assert.equal(first('Tampere, 6. lokakuuta 2023 – Pormestari tapasi konsulin.'), '2023-10-06');
    assert.equal(first('Durrës, 8 tetor 2023 – Kryetari takoi konsullin.'), '2023-10-08');
    assert.equal(first('Gəncə, 2 oktyabr 2023 – Rəhbər konsulla görüşüb.'), '2023-10-02');
    assert.equal(first('Пловдив, 5 октомври 2023 – Кметът се срещна с консула.'), '2023-10-05');
    assert.equal(first('Нови Сад, 5. октобра 2023. – Градоначелник се састао са конзулом.'), '2023-10-05');
  });

  test('a Hungarian, Lithuanian, Latvian or Estonian date puts the year first, a Finnish one may name the day after the month', () => {
    assert.equal(first('A főpolgármester 2023. október 5-én fogadta a konzult.'), '2023-10-05');
    assert.equal(first('Debrecen, 2023. okt. 5. – A polgármester fogadta a konzult.'), '2023-10-05');
    assert.equal(first('Kaunas, 2023 m. spalio 5 d. – Meras susitiko su konsulu.'), '2023-10-05');
    assert.equal(first('Liepāja, 2023. gada 5. oktobrī – Mērs tikās ar konsulu.'), '2023-10-05');
    assert.equal(first('Linnapea kohtus 2023. aasta 5. oktoobril konsuliga.'), '2023-10-05');
    assert.equal(first('Pormestari tapasi konsulin lokakuun 5. päivänä 2023 Tampereella.'), '2023-10-05');
    // With no year the day and month stand, and the record's year comes from elsewhere.
    assert.deepEqual(dayMonth('A polgármester október 5-én fogadta a konzult.'), ['?-10-5']);
  });

  test('Czech spaced numbers and Greek or Hebrew "on" before a numeric date read the day first', () => {
    assert.equal(first('Brno, 5. 10. 2023 – Primátor přijal konzula.'), '2023-10-05');
    assert.equal(first('V Brně 5. 10. 2023'), '2023-10-05');
    assert.equal(first('Ο δήμαρχος συναντήθηκε στις 5/10/2023 με τον πρόξενο.'), '2023-10-05');
  });

  test('a Danish or Norwegian sentence with its own letters dates "12. marts" though it has none of the small words', () => {
    assert.equal(first('Borgmesteren mødtes med konsulen den 5. oktober 2023 på rådhuset i Aarhus.'), '2023-10-05');
    assert.equal(first('Ordføreren møtte konsulen 5. desember 2023 i Bergen sammen med varaordføreren.'), '2023-12-05');
  });

  test('a version number, a count or a plain Hungarian number is never a date', () => {
    assert.equal(first('Release 1.2. 2024 notes for the reader app.'), null);
    assert.deepEqual(dayMonth('Az ülésen 12 képviselő vett részt, a 2024. évi terv 3. pontja szerint.'), []);
    assert.deepEqual(dayMonth('Lietuvoje 12 d. darbuotojų.'), []);
  });

  test('an Azerbaijani record that met "dünən" (yesterday) or "bu gün" (today) counts the day as Turkish does; "dünya" is no day', () => {
    const kinds = (t: string): string[] => findRelativeMentions(t).map((m) => String(m.relative));
    assert.deepEqual(kinds('Nazir dünən səfirlə görüşüb.'), ['yesterday']);
    assert.deepEqual(kinds('Bu gün nazir səfirlə görüşüb.'), ['today']);
    assert.deepEqual(kinds('Dünya liderləri toplandı.'), []);
  });

  test('a Romanian record that dates its meeting in the sentence has its meeting on that day', () => {
    const text = [
      'Primarul s-a întâlnit cu ambasadorul',
      'Primarul municipiului Iași s-a întâlnit pe 14 noiembrie 2023 cu ambasadorul Italiei la sediul primăriei.',
      'Cei doi au discutat despre proiecte comune.',
    ].join('\n\n');
    assert.equal(parseRecordText(text).meetingDate, '2023-11-14');
  });
});
