// Malaysian, Philippine and Thai releases name people their own ways. Malay puts a comma between the
// office and the holder ("Perdana Menteri, Datuk Seri X"), or closes the office with the country
// ("Menteri Luar Laos X", "Timbalan Perdana Menteri Thailand, X"); Tagalog writes "Pangulong X" and
// "Pang. X" with a nickname in quotes; Thai names the deputy governor, the provincial office's head
// and a director after "นาย" or a rank ("พ.ท."), and a Latin name after "Ms.".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (paragraphs: string[]) => parseRecordText(paragraphs.join('\n\n')).participants;
const names = (paragraphs: string[]): string[] => people(paragraphs).map((p) => p.name ?? '');

describe('Malay, Tagalog and Thai titles', () => {
  test('"Perdana Menteri, Datuk Seri X menerima kunjungan hormat Timbalan Perdana Menteri Thailand, Y" gives both, Y for Thailand', () => {
    const found = people([
      'PUTRAJAYA – Perdana Menteri, Datuk Seri Contoh Ibrahim menerima kunjungan hormat Timbalan Perdana Menteri Thailand, Somchai Contoh di Seri Perdana, hari ini. Kedua-dua pemimpin mengadakan perbincangan selama sejam.',
    ]);
    assert.ok(
      found.some((p) => p.name === 'Contoh Ibrahim' && p.role === 'Perdana Menteri'),
      JSON.stringify(found),
    );
    assert.ok(found.some((p) => p.name === 'Somchai Contoh' && p.country === 'Thailand'));
  });

  test('"mengadakan pertemuan dua hala dengan Menteri Luar Laos X" gives the Lao minister', () => {
    const found = people([
      'Menteri Luar Datuk Seri Contoh Hasan mengadakan pertemuan dua hala dengan Menteri Luar Laos Bounmy Contoh di Vientiane pada Isnin.',
    ]);
    assert.ok(
      found.some((p) => p.name === 'Bounmy Contoh' && p.country === 'Laos'),
      JSON.stringify(found),
    );
  });

  test('"Tinanggap ni Pang. Juan “Johnny” Halimbawa Jr. ang … ambassador" gives the President, nickname and all', () => {
    const found = names([
      'Tinanggap ni Pang. Juan “Johnny” Halimbawa Jr. ang bagong ambassador ng Vietnam sa Malacañang.',
      'Nagpulong din sina Pangulong Juan “Johnny” Halimbawa Jr. at dating Pangulong Pedro Santos sa Palasyo.',
    ]);
    assert.ok(found.includes('Juan “Johnny” Halimbawa Jr.'), JSON.stringify(found));
    assert.ok(found.includes('Pedro Santos'));
  });

  test('"นาย … รองผู้ว่าราชการจังหวัด", "พ.ท. … รองประธานหอการค้า" and "Ms.Li Ming ผู้อำนวยการ" are read without their honorifics', () => {
    const found = names([
      'เมื่อวันที่ 3 มีนาคม 2567 คณะผู้แทนมณฑลยูนนาน นำโดย Ms.Li Ming ผู้อำนวยการแผนกเอเชีย เข้าเยี่ยมคารวะ นาย สมชาย ตัวอย่าง รองผู้ว่าราชการจังหวัดเชียงใหม่ โดยมี พ.ท.สมศักดิ์ ทดสอบ รองประธานหอการค้าจังหวัด ร่วมให้การต้อนรับ',
    ]);
    assert.ok(found.includes('Li Ming'), JSON.stringify(found));
    assert.ok(found.includes('สมชาย ตัวอย่าง'));
    assert.ok(found.includes('สมศักดิ์ ทดสอบ'));
  });
});
