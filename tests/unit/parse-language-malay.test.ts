// A desk reads Malaysian and Bruneian releases beside Indonesian ones: the language field must say
// Malay when the text is Malay. The two share their function words ("yang", "dan", "di"); Malay
// writes "bahawa", "kerana", "selepas", "kenyataan", "mesyuarat", "lawatan", "Isnin", "Ogos",
// Indonesian "bahwa", "karena", "setelah", "pernyataan", "pemerintah", "Senin", "Agustus".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectLanguage } from '../../electron/node/library/parse/language.ts';

describe('Malay is told from Indonesian', () => {
  test('a Wisma Putra readout in Malay is Malay', () => {
    assert.equal(
      detectLanguage(
        'PUTRAJAYA: Menteri Luar Datuk Seri Contoh Ahmad mengadakan mesyuarat dua hala dengan rakan sejawatannya dari Jepun pada Isnin. Menurut kenyataan Wisma Putra, kedua-dua menteri bersetuju bahawa kerjasama antarabangsa perlu diperkukuh selepas lawatan itu.',
      ),
      'ms',
    );
  });

  test('an Indonesian readout stays Indonesian', () => {
    assert.equal(
      detectLanguage(
        'JAKARTA: Menteri Luar Negeri Contoh Lestari bertemu dengan mitranya dari Jepang pada Senin. Dalam pernyataan Kementerian, kedua menteri sepakat bahwa kerja sama internasional perlu diperkuat setelah kunjungan tersebut.',
      ),
      'id',
    );
  });

  test('a short Malay text with one Malay word only keeps what the function words say', () => {
    assert.equal(detectLanguage('Menteri itu bertemu dengan duta dan membincangkan kerjasama yang erat semasa pertemuan.'), 'id');
  });
});

describe('Hindi is told from Marathi and Nepali', () => {
  test('a Hindi readout is Hindi; a Marathi and a Nepali one are theirs', () => {
    assert.equal(detectLanguage('मुख्यमंत्री ने आज राजदूत से मुलाकात की और दोनों के बीच व्यापार पर चर्चा हुई। यह पहली मुलाकात थी।'), 'hi');
    assert.equal(
      detectLanguage('मुख्यमंत्र्यांनी आज राजदूतांची भेट घेतली आणि दोघांमध्ये व्यापारावर चर्चा झाली. ही पहिली भेट होती आणि ती महत्त्वाची आहे.'),
      'mr',
    );
    assert.equal(detectLanguage('प्रधानमन्त्रीले आज राजदूतसँग भेट गर्नुभयो र दुई देशबीच व्यापारबारे छलफल भएको छ। यो पहिलो भेट थियो।'), 'ne');
  });
});
