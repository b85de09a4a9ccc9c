// Hindi, Malay, Tagalog and Thai releases date a meeting against their own date: "आज", "शुक्रवार को",
// "semalam", "kahapon", "ngayong araw ng Huwebes", "วันนี้", "เมื่อวานนี้". Hindi "कल" is yesterday only
// when the sentence ends on a past verb ("कल … मुलाकात की।"); "कल … मुलाकात करेंगे।" is tomorrow, never
// read. A weekday heading a date ("सोमवार, जुलाई 6, 2020"), opening hours ("วันจันทร์ - ศุกร์") are not
// the meeting's day, and the future ("करेंगे", "dijadual", "nakatakda", "มีกำหนด") is no meeting held.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findRelativeMentions } from '../../electron/node/library/parse/dates/relative.ts';
import { FUTURE } from '../../electron/node/library/parse/dates/words.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const relative = (text: string): string[] => findRelativeMentions(text).map((m) => `${m.relative}:${m.weekday ?? ''}`);

describe('days in Hindi, Malay, Tagalog and Thai', () => {
  test('Hindi "आज", "शुक्रवार को" and a past "कल" are read; a future "कल" and a weekday before its date are not', () => {
    assert.deepEqual(relative('विदेश मंत्री ने आज अपने समकक्ष से मुलाकात की।'), ['today:']);
    assert.deepEqual(relative('दोनों नेताओं ने शुक्रवार को द्विपक्षीय बैठक की।'), ['weekday:5']);
    assert.deepEqual(relative('मंत्री ने कल राजदूत से मुलाकात की।'), ['yesterday:']);
    assert.deepEqual(relative('मंत्री कल राजदूत से मुलाकात करेंगे।'), []);
    assert.deepEqual(relative('भोपाल : सोमवार, जुलाई 6, 2020'), []);
    assert.ok(FUTURE.test('मंत्री कल राजदूत से मुलाकात करेंगे।'));
  });

  test('Malay "semalam", Tagalog "kahapon" and "ngayong araw ng Huwebes", Thai "วันนี้" and "เมื่อวานนี้"', () => {
    assert.deepEqual(relative('Menteri itu bertemu duta semalam.'), ['yesterday:']);
    assert.deepEqual(relative('Nakipagpulong ang Pangulo sa embahador kahapon.'), ['yesterday:']);
    assert.deepEqual(
      relative('Sa seremonya sa Malakanyang ngayong araw ng Huwebes, nag-presenta ng credentials ang embahador.'),
      ['weekday:4'],
    );
    assert.deepEqual(relative('เมื่อวานนี้ นายกรัฐมนตรีให้การต้อนรับเอกอัครราชทูต'), ['yesterday:']);
    assert.deepEqual(relative('เวลาทำการ : วันจันทร์ - ศุกร์'), []);
    assert.ok(FUTURE.test('Nakatakdang makipagpulong ang Kalihim sa Hunyo 9.'));
    assert.ok(FUTURE.test('Perdana Menteri dijadual menerima kunjungan hormat Duta Besar petang ini.'));
  });

  test('"Saturday, Mar 04, 2023 … शुक्रवार को द्विपक्षीय बैठक कीं" was the Friday before', () => {
    const text = [
      'विदेश मंत्री ने पांच देशों के विदेश मंत्रियों से की मुलाकात',
      'Saturday, Mar 04, 2023 - 01:28 AM (IST)',
      'विदेश मंत्री एस उदाहरण ने पांच देशों के अपने समकक्षों के साथ शुक्रवार को द्विपक्षीय बैठक कीं। ये नेता जी-20 की बैठक के लिए दिल्ली आए हुए हैं।',
    ].join('\n\n');
    assert.equal(parseRecordText(text).meetingDate, '2023-03-03');
  });
});
