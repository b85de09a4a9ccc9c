// Text copied from a web page, a PDF or an old site keeps the page's own line breaks, at ragged widths:
// a paragraph's first word is left alone on its line ("Salah" / "satunya adalah …", "Le" / "comité de
// jumelage …"), or a sentence stops on a short line and goes on below in lowercase ("The Governor noted
// that bilateral" / "relations between …"). The desk officer reads each such sentence whole: the first
// word goes back onto its line, the short line onto the next. A menu, a date line or a short headline
// above a lowercase line stays apart, and a line that ends its sentence still ends its paragraph.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { splitParagraphs } from '../../electron/node/library/parse/paragraphs.ts';

const texts = (lines: string[]): string[] => splitParagraphs(lines).map((p) => p.text);

describe("a paragraph's first word left alone on its line", () => {
  test('a French release whose paragraphs open on "Le" alone reads "Le comité de jumelage …" as one paragraph', () => {
    const got = texts([
      'Le',
      'comité de jumelage de Villebourg s’est rendu à Exempleheim pour fêter le trentième anniversaire du jumelage avec le maire et une petite délégation.',
    ]);
    assert.deepEqual(got, [
      'Le comité de jumelage de Villebourg s’est rendu à Exempleheim pour fêter le trentième anniversaire du jumelage avec le maire et une petite délégation.',
    ]);
  });

  test('an Indonesian page copied with "Salah" and "Pada" alone reads each opening sentence whole', () => {
    const lines = [
      'Dubes Ruritania berkunjung ke Kemlu',
      '',
      'Jakarta - Sebagai bagian dari tata kunjungan kehormatan sebelum menyerahkan surat kepercayaan kepada Presiden, para duta besar baru berkunjung ke Kemlu.',
      'Salah',
      'satunya adalah Duta Besar Ruritania untuk Indonesia Olaf Exampleson yang',
      'melakukan kunjungan kehormatan kepada Wakil Menteri Luar Negeri Budi Contoh di',
      'Jakarta pada hari Senin.',
      'Pada',
      'pertemuan tersebut, Dubes Exampleson memperkenalkan diri sebagai Duta Besar',
      'Ruritania yang baru dan menyerahkan salinan surat kepercayaan.',
    ];
    const got = texts(lines.slice(2));
    assert.ok(
      got.some((t) => t.startsWith('Salah satunya adalah Duta Besar Ruritania')),
      JSON.stringify(got),
    );
    assert.ok(
      got.some((t) => t.startsWith('Pada pertemuan tersebut')),
      JSON.stringify(got),
    );
    // The stub is no paragraph of its own, nor a headline in the record's paragraphs.
    const paragraphs = parseRecordText(lines.join('\n')).paragraphs.map((p) => p.text);
    assert.ok(!paragraphs.includes('Salah') && !paragraphs.includes('Pada'), JSON.stringify(paragraphs));
  });

  test('a Vietnamese page breaking "Chủ" from "tịch Quốc hội …" reads the office whole', () => {
    const got = texts([
      'Chủ',
      'tịch Quốc hội đánh giá cao kết quả hội nghị và cảm ơn ngân hàng đã luôn đồng hành với Quốc hội trong nhiều hoạt động hợp tác cụ thể.',
    ]);
    assert.equal(got.length, 1);
    assert.ok(got[0]?.startsWith('Chủ tịch Quốc hội'), JSON.stringify(got));
  });
});

describe('a sentence stopped on a short line of mail-wrapped text', () => {
  test('"The Governor noted that bilateral" / "relations between …" is one paragraph', () => {
    const got = texts([
      'The Governor received the outgoing Ambassador of Ruritania at the residence on',
      'Monday afternoon and thanked him for his service.',
      'The Governor noted that bilateral',
      'relations between the two countries had grown in trade, education and',
      'culture during the tenure of the Ambassador in the capital.',
    ]);
    assert.equal(got.length, 2, JSON.stringify(got));
    assert.ok(got[1]?.startsWith('The Governor noted that bilateral relations between'), JSON.stringify(got));
  });

  test('a short line that ends its sentence still ends its paragraph', () => {
    const got = texts([
      'The Governor received the outgoing Ambassador of Ruritania at the residence on',
      'Monday afternoon and thanked him for his service.',
      'the two then planted a tree in the garden of the residence together with the',
      'children of the school next door and the members of the city council.',
    ]);
    assert.equal(got.length, 2, JSON.stringify(got));
  });
});

describe('lines that only look broken stay apart', () => {
  test('a word above a short lowercase line (a weather box, a menu) is not joined to it', () => {
    const lines = [
      'Die Außenminister beider Länder trafen sich am Freitag in der Hauptstadt zu einem langen Gespräch.',
      'Wetter',
      'morgen sonnig und warm',
      'Die Außenminister beider Länder sprachen auch über die Lage in der Region und über den Handel.',
    ];
    assert.deepEqual(texts(lines), lines);
  });

  test('a place above a date line, and a word after an unfinished line, are not joined', () => {
    assert.deepEqual(texts(['Villarreal', 'jueves, abril 25, 2024']), ['Villarreal', 'jueves, abril 25, 2024']);
    assert.deepEqual(
      texts([
        'Noticias del día sin punto final',
        'Puebla',
        'jueves por la mañana el gobernador recibió a los alcaldes de la región en el palacio',
      ]),
      [
        'Noticias del día sin punto final',
        'Puebla',
        'jueves por la mañana el gobernador recibió a los alcaldes de la región en el palacio',
      ],
    );
  });
});
