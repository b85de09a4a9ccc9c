// Records in their own script, read as written there: a Hindi name given with its Latin spelling in
// brackets ("एलेक्स उदाहरण (British High Commissioner Alex Udaharan)") is filed once, in Devanagari, with
// its office; Urdu puts the office before the name and ends it with a postposition ("گورنر سندھ … سے");
// Russian "X и его сирийский коллега Y поговорили о …" reports talks, and the counterpart is Syria's.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (paragraphs: string[]) => parseRecordText(paragraphs.join('\n\n')).participants;

describe('names in the record’s own script', () => {
  test('a Hindi name with its Latin spelling in brackets is filed once, in Devanagari, with its office', () => {
    const found = people([
      'भोपाल। मुख्यमंत्री राम उदाहरण (Chief Minister Ram Udaharan) से ब्रिटिश हाई कमिश्नर एलेक्स नमूना (British High Commissioner Alex Namuna) और डिप्टी हाई कमिश्नर एलेन परीक्षा (Deputy High Commissioner Ellen Pariksha) ने निवास कार्यालय में भेंट की।',
    ]);
    const names = found.map((p) => p.name);
    assert.ok(names.includes('राम उदाहरण'), JSON.stringify(names));
    assert.ok(
      found.some((p) => p.name === 'एलेक्स नमूना' && p.role === 'हाई कमिश्नर'),
      JSON.stringify(names),
    );
    assert.ok(
      found.some((p) => p.name === 'एलेन परीक्षा' && p.role === 'डिप्टी हाई कमिश्नर'),
      JSON.stringify(names),
    );
    assert.ok(!names.some((n) => /[A-Za-z]/u.test(n ?? '')), JSON.stringify(names));
  });

  test('an Urdu governor meets another: the office comes first and "سے"/"نے" ends each name', () => {
    const found = people([
      'گورنر سندھ احمد علی مثال سے گورنر پنجاب سردار بلال حسن نمونہ نے گورنر ہاؤس میں ملاقات کی۔',
      'دونوں صوبوں کے درمیان تعاون پر تبادلہ خیال کیا گیا۔ گورنر سندھ نے کہا کہ دونوں صوبوں کا تعاون مفید ثابت ہوگا۔',
    ]);
    assert.ok(
      found.some((p) => p.name === 'احمد علی مثال' && p.role === 'گورنر سندھ'),
      JSON.stringify(found.map((p) => p.name)),
    );
    assert.ok(found.some((p) => p.name === 'سردار بلال حسن نمونہ' && p.role === 'گورنر پنجاب'));
    assert.ok(!found.some((p) => p.name?.includes('ہاؤس')));
  });

  test('"глава МИД … и его сирийский коллега … поговорили о": both sides, the counterpart Syria’s with no office', () => {
    const found = people([
      'Глава МИД России Иван Примеров и его сирийский коллега Басим Образцов на полях конференции поговорили о текущей обстановке вокруг Сирии.',
    ]);
    assert.ok(
      found.some((p) => p.name === 'Иван Примеров' && p.country === 'Russia'),
      JSON.stringify(found.map((p) => p.name)),
    );
    assert.ok(found.some((p) => p.name === 'Басим Образцов' && p.country === 'Syria' && p.role === null));
  });
});
