// What a page prints beside a headline that is not the headline's: the site's name after a dash, the
// source in brackets, a label glued before it, the headline's own tail printed above it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

describe('a headline printed again with another tail, or beside the name of the outlet that ran it', () => {
  test('the same headline twice, once with "- Berita", once with the press office in brackets: the part both print', () => {
    const text = [
      'Wali Kota Terima Konsul Jenderal Jepang, Bahas Kerja Sama Pendidikan - Berita',
      '',
      'Wali Kota Terima Konsul Jenderal Jepang, Bahas Kerja Sama Pendidikan (Humas Pemkot Medan)',
      '',
      'Wali Kota Medan menerima kunjungan Konsul Jenderal Jepang di Balai Kota pada Selasa, 14 Mei 2024, untuk membahas kerja sama pendidikan.',
      '',
      'Kedua pihak sepakat menindaklanjuti pertemuan itu dengan program pertukaran pelajar.',
    ].join('\n');
    assert.equal(parseRecordText(text).title, 'Wali Kota Terima Konsul Jenderal Jepang, Bahas Kerja Sama Pendidikan');
  });

  test('a second heading line that goes on in words is another line, not a tail: the headline keeps its dash', () => {
    const text = [
      'Kanzler empfängt Ministerpräsidentin – während die Proteste anhalten',
      '',
      'Kanzler empfängt Ministerpräsidentin mit militärischen Ehren',
      '',
      'Der Bundeskanzler hat am Dienstag die Ministerpräsidentin der Republik Moldau im Kanzleramt empfangen. Die beiden sprachen über die Lage in der Region.',
      '',
      'Am Abend reiste die Gästin weiter nach Paris.',
    ].join('\n');
    assert.equal(parseRecordText(text).title, 'Kanzler empfängt Ministerpräsidentin – während die Proteste anhalten');
  });

  test('"… – Folha Regional" where the text says "Fonte: Folha Regional": the outlet\'s name leaves the headline', () => {
    const text = [
      'Governador recebe embaixador do Japão no Palácio – Folha Regional',
      '',
      'O governador recebeu nesta segunda-feira, 14, no Palácio do Governo, o embaixador do Japão, em audiência sobre cooperação agrícola.',
      '',
      'A reunião durou uma hora e tratou de investimentos japoneses no estado.',
      '',
      'Fonte: Folha Regional',
    ].join('\n');
    const parsed = parseRecordText(text);
    assert.equal(parsed.title, 'Governador recebe embaixador do Japão no Palácio');
    assert.equal(parsed.publisher, 'Folha Regional');
  });

  test('a name after the dash that the record never names as its outlet stays: "Hà Nội - Viêng Chăn", "(Hàn Quốc)"', () => {
    const vi = [
      'Thắt chặt quan hệ hợp tác giữa Hà Nội - Viêng Chăn',
      '',
      'Chiều 12/3, lãnh đạo thành phố Hà Nội đã tiếp đoàn đại biểu thủ đô Viêng Chăn do Phó Tỉnh trưởng dẫn đầu sang thăm và làm việc.',
      '',
      'Hai bên nhất trí tăng cường trao đổi đoàn trong thời gian tới.',
    ].join('\n');
    assert.equal(parseRecordText(vi).title, 'Thắt chặt quan hệ hợp tác giữa Hà Nội - Viêng Chăn');
    const paren = vi.replace(
      'Thắt chặt quan hệ hợp tác giữa Hà Nội - Viêng Chăn',
      'UBND tỉnh tiếp đoàn đại biểu thành phố Asan (Hàn Quốc)',
    );
    assert.equal(parseRecordText(paren).title, 'UBND tỉnh tiếp đoàn đại biểu thành phố Asan (Hàn Quốc)');
  });
});

describe("a label glued before a headline printed twice, and a headline's tail printed above it", () => {
  test('"ОдесаМер зустрівся …" and "Мер зустрівся …" each printed twice: the headline without the town glued to it', () => {
    const text = [
      'ОдесаМер зустрівся з послом Японії',
      'Мер зустрівся з послом Японії',
      '-',
      'Мер зустрівся з послом Японії',
      'ОдесаМер зустрівся з послом Японії',
      '«Говорили про відбудову порту та про обмін досвідом між нашими містами», – розповів міський голова після зустрічі з послом.',
      'Сторони домовилися підготувати меморандум про співпрацю до кінця року.',
    ].join('\n');
    assert.equal(parseRecordText(text).title, 'Мер зустрівся з послом Японії');
  });

  test('"Chủ tịch Tập đoàn Minh Phát" above "Bí thư Tỉnh ủy tiếp Chủ tịch Tập đoàn Minh Phát": the whole headline', () => {
    const text = [
      'Chủ tịch Tập đoàn Minh Phát',
      'Bí thư Tỉnh ủy tiếp Chủ tịch Tập đoàn Minh Phát',
      'Chiều ngày 10/6, đồng chí Bí thư Tỉnh ủy đã tiếp ông Trần Văn An, Chủ tịch Tập đoàn Minh Phát, cùng đoàn công tác đến tìm hiểu cơ hội đầu tư.',
      'Tham gia buổi tiếp có lãnh đạo các sở, ngành liên quan.',
    ].join('\n');
    assert.equal(parseRecordText(text).title, 'Bí thư Tỉnh ủy tiếp Chủ tịch Tập đoàn Minh Phát');
  });

  test('a section above a headline that does not end with it stays furniture: the headline is still the second line', () => {
    const text = [
      'Hoạt động đối ngoại',
      'Bí thư Tỉnh ủy tiếp Chủ tịch Tập đoàn Minh Phát',
      'Chiều ngày 10/6, đồng chí Bí thư Tỉnh ủy đã tiếp ông Trần Văn An, Chủ tịch Tập đoàn Minh Phát, cùng đoàn công tác đến tìm hiểu cơ hội đầu tư.',
      'Tham gia buổi tiếp có lãnh đạo các sở, ngành liên quan.',
    ].join('\n');
    assert.notEqual(parseRecordText(text).title, 'Chủ tịch Tập đoàn Minh Phát');
  });
});

describe("a wire story's dateline run onto its headline", () => {
  test('"Madrid (EFE) Sánchez recibe …": the headline without the dateline, and the agency as the publisher', () => {
    const parsed = parseRecordText(
      [
        '16.07.2019, 02:50 Uhr',
        'Madrid (EFE) Sánchez recibe al presidente de Chile en La Moncloa',
        'El presidente del Gobierno recibe hoy al presidente de Chile en el Palacio de La Moncloa para hablar de comercio y de cooperación científica.',
        'Ambos firmarán después un acuerdo sobre energías renovables.',
      ].join('\n\n'),
    );
    assert.equal(parsed.title, 'Sánchez recibe al presidente de Chile en La Moncloa');
    assert.ok(parsed.publisher?.includes('EFE'), String(parsed.publisher));
  });

  test('a party in brackets after a name ("Merkel (CDU) Kritik …") is no dateline: the headline stays whole', () => {
    const parsed = parseRecordText(
      [
        'Merkel (CDU) Kritik an der Regierung wächst',
        'Die frühere Bundeskanzlerin hat am Montag in einer Rede die Regierung kritisiert und mehr Tempo beim Klimaschutz gefordert.',
      ].join('\n\n'),
    );
    assert.equal(parsed.title, 'Merkel (CDU) Kritik an der Regierung wächst');
  });
});
