// Persian and Arabic share a script. A short Persian story may hold few of Persian's own letters (پ چ ژ گ), yet
// it writes yeh and kaf the Persian way (ی ک) where Arabic writes ي ك and ends words on ة.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectLanguage } from '../../electron/node/library/parse/language.ts';

describe('Persian told from Arabic', () => {
  test('a Persian readout with no پ چ ژ گ is Persian by its ی and ک', () => {
    assert.equal(
      detectLanguage(
        'دیدار سفیر جدید با وزیر امور خارجه. سفیر جدید در شروع ماموریت خود با وزیر امور خارجه دیدار و رونوشت استوارنامه خود را تسلیم کرد. وزیر در این ملاقات بر ارتقای روابط تاکید کرد.',
      ),
      'fa',
    );
  });
  test('an Arabic readout stays Arabic, and Urdu stays Urdu', () => {
    assert.equal(
      detectLanguage('استقبل وزير الخارجية اليوم سفير المملكة الجديد وبحث معه العلاقات الثنائية وسبل تعزيزها في المجالات كافة.'),
      'ar',
    );
    assert.equal(detectLanguage('وزیر خارجہ نے آج اپنے ہم منصب سے ملاقات کی اور دو طرفہ تعلقات پر تبادلہ خیال کیا۔'), 'ur');
  });
});
