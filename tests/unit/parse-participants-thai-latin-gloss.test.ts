// Thai readouts write a foreign guest's name in Thai, then as his own country writes it, in brackets:
// "นายจ้าว เล่อจี้ (H.E. Mr. Zhao Leji) ประธานสภา…". The guest is the Thai name, with the bracketed
// form beside it; the bracket is no second person.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test("'นายสตะนิสลาฟ อะปิลา (H.E. Mr. Stanislav Opiela) เอกอัครราชทูต…' is one envoy, named in Thai", () => {
  const text = [
    'นายกฯ ต้อนรับเอกอัครราชทูตสโลวัก',
    'เมื่อเวลา 11.00 น. ที่ทำเนียบรัฐบาล นายมาเร็ก โนวัค (H.E. Mr. Marek Novak) เอกอัครราชทูตสาธารณรัฐสโลวักประจำประเทศไทย เข้าเยี่ยมคารวะ พล.อ.สมชาย ใจดี นายกรัฐมนตรี',
  ].join('\n');
  const people = parseRecordText(text).participants;
  const names = people.map((p) => p.name);
  assert.ok(names.includes('มาเร็ก โนวัค'), JSON.stringify(names));
  assert.ok(!names.some((n) => (n ?? '').includes('Mr.')), JSON.stringify(names));
  const envoy = people.find((p) => p.name === 'มาเร็ก โนวัค');
  assert.ok(envoy?.aliases?.includes('Marek Novak'), JSON.stringify(envoy?.aliases));
});

test("a state councillor, 'มนตรีแห่งรัฐ', is an office like a minister's", () => {
  const text = [
    'นายกฯ ต้อนรับรัฐมนตรีต่างประเทศจีน',
    'นายกรัฐมนตรีให้การต้อนรับนายหลี่ หมิง (H.E. Mr. Li Ming) มนตรีแห่งรัฐและรัฐมนตรีว่าการกระทรวงการต่างประเทศจีน ที่ทำเนียบรัฐบาล',
  ].join('\n');
  const names = parseRecordText(text).participants.map((p) => p.name);
  assert.ok(names.includes('หลี่ หมิง'), JSON.stringify(names));
  assert.ok(!names.includes('Li Ming'), JSON.stringify(names));
});
