// A Thai lead may write the office first and the name after it, a foreign envoy by a transcription
// alone: "อุปทูตสหรัฐอเมริกาประจำประเทศไทย โจนาธาน เบเกอร์ และ…" (the US chargé d'affaires to Thailand,
// Jonathan Baker, and …). A provincial chief's office is "นายก อบจ." (not the honorific "นาย"). The desk
// officer files the envoy with the office and the country the office names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (text: string): [string, string | null, string | null][] =>
  parseRecordText(text).participants.map((p) => [p.name ?? '', p.role, p.country]);

test('"อุปทูตสหรัฐอเมริกาประจำประเทศไทย โจนาธาน เบเกอร์ และ…" gives the envoy, with his country', () => {
  const found = people(
    [
      'อุปทูตสหรัฐฯ เยือนจังหวัดขอนแก่น',
      'อุปทูตสหรัฐอเมริกาประจำประเทศไทย โจนาธาน เบเกอร์ และคณะ เข้าเยี่ยมคารวะนายสมชาย ใจดี ผู้ว่าราชการจังหวัดขอนแก่น เมื่อวันที่ 3 มีนาคม',
    ].join('\n'),
  );
  assert.ok(
    found.some(([name, , country]) => name === 'โจนาธาน เบเกอร์' && country === 'United States'),
    JSON.stringify(found),
  );
  assert.ok(
    found.some(([name]) => name === 'สมชาย ใจดี'),
    JSON.stringify(found),
  );
});

test('"นายสมศักดิ์ รักไทย นายก อบจ.ขอนแก่น ได้ต้อนรับ…" reads the provincial chief, not "นาย" + "ก"', () => {
  const found = people(
    [
      'นายก อบจ. ต้อนรับกงสุลใหญ่',
      'นายสมศักดิ์ รักไทย นายก อบจ.ขอนแก่น ได้ต้อนรับ นายหลี่ เหวิน กงสุลใหญ่สาธารณรัฐประชาชนจีนประจำขอนแก่น ในโอกาสเข้ารับตำแหน่งใหม่',
    ].join('\n'),
  );
  assert.ok(
    found.some(([name, role, country]) => name === 'สมศักดิ์ รักไทย' && role === 'นายก อบจ.ขอนแก่น' && country === 'Thailand'),
    JSON.stringify(found),
  );
  assert.ok(
    found.some(([name]) => name === 'หลี่ เหวิน'),
    JSON.stringify(found),
  );
});

test('a name followed by its own office is not read as the office before\'s: "…ผู้ว่าราชการจังหวัดขอนแก่น นายวิชัย ดีมาก รองผู้ว่าราชการ…"', () => {
  const found = people(
    [
      'ผู้ว่าฯ ต้อนรับเอกอัครราชทูต',
      'นายสมชาย ใจดี ผู้ว่าราชการจังหวัดขอนแก่น นายวิชัย ดีมาก รองผู้ว่าราชการจังหวัดขอนแก่น ได้ต้อนรับนายปีเตอร์ สมิธ เอกอัครราชทูตออสเตรเลียประจำประเทศไทย',
    ].join('\n'),
  );
  const vichai = found.find(([name]) => name === 'วิชัย ดีมาก');
  assert.ok(vichai, JSON.stringify(found));
  assert.ok(vichai[1]?.startsWith('รองผู้ว่าราชการ'), JSON.stringify(found));
});
