// A city hall's or an academy's page opens on its own name ("Ankara Büyükşehir Belediyesi", "Học viện Ngoại
// giao"), then the story's headline, then the lead, which names the body again ("Ankara Büyükşehir Belediye
// Başkanı …"). The masthead shares the lead's words as one name, in capitals; the headline tells what was done.
// The desk officer gets the headline, not the site's name. A short headline over its deck ("Empfang im Rathaus",
// "Delegation zu Gast …") names an event, never a body: it stays the headline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;
const page = (...lines: string[]): string => lines.join('\n\n');

describe("a page opening on its body's name, which the lead names again", () => {
  test("Turkish: the city hall's name above the headline is not the title", () => {
    const text = page(
      'Konya Büyükşehir Belediyesi',
      'BAŞKAN ALTAY JAPON BÜYÜKELÇİYİ AĞIRLADI',
      'Konya Büyükşehir Belediye Başkanı Uğur Altay, Japonya’nın Ankara Büyükelçisi Kenji Suzuki’yi makamında kabul etti. Görüşmede iki ülke arasındaki iş birliği ele alındı.',
    );
    assert.equal(title(text), 'BAŞKAN ALTAY JAPON BÜYÜKELÇİYİ AĞIRLADI');
  });

  test('Romanian: the official page of the municipality above the headline is not the title', () => {
    const text = page(
      'Pagina oficială a Municipiului Iași',
      'Primarul municipiului a avut o întrevedere cu ambasadorul Franței la Iași',
      '   215',
      'Primarul Municipiului Iași, Mihai Chirică, a avut astăzi o întrevedere cu ambasadorul Franței, Nicolas Warnery. Discuțiile au vizat proiectele culturale comune.',
    );
    assert.equal(title(text), 'Primarul municipiului a avut o întrevedere cu ambasadorul Franței la Iași');
  });

  test("Vietnamese: the academy's name above a headline printed twice is not the title", () => {
    const headline = 'Giám đốc Học viện tiếp Đại sứ Nhật Bản tại Việt Nam';
    const text = page(
      'Học viện Ngoại giao Việt Nam',
      'Trung tâm Nghiên cứu Nhật Bản',
      headline,
      headline,
      'Ngày 12/3/2019, PGS, TS Nguyễn Văn An, Giám đốc Học viện Ngoại giao Việt Nam đã tiếp ông Kenji Suzuki, Đại sứ Nhật Bản tại Việt Nam. Hai bên trao đổi về hợp tác đào tạo.',
    );
    assert.equal(title(text), headline);
  });

  test("Spanish: the university's name above the headline is not the title", () => {
    const text = page(
      'Universidad Nacional de Córdoba',
      'El rector recibió al embajador de Italia para firmar un convenio de intercambio',
      'El rector de la Universidad Nacional de Córdoba, Juan Pérez, recibió este martes al embajador de Italia, Marco Rossi, con quien firmó un convenio de intercambio estudiantil.',
    );
    assert.equal(title(text), 'El rector recibió al embajador de Italia para firmar un convenio de intercambio');
  });

  test('German: a short headline naming a reception stays the headline over its deck', () => {
    const text = page(
      'Delegation aus Szeged zu Gast im Landratsamt Neustadt',
      'Landrat Weber: „Wir wollen die Partnerschaft weiter pflegen“',
      'Landrat Peter Weber begrüßte am Montag die Gäste aus Szeged im Landratsamt Neustadt. Die Partnerschaft zwischen dem Landkreis Neustadt und Szeged besteht seit 1995.',
    );
    assert.equal(title(text), 'Delegation aus Szeged zu Gast im Landratsamt Neustadt');
  });
});
