// A Thai readout opens with the room and the building the meeting was held in: "ที่ห้องสีงาช้าง
// ตึกไทยคู่ฟ้า ทำเนียบรัฐบาล" (in the Ivory room, Thai Khu Fah building, Government House), "ที่ห้อง…
// ศาลากลางจังหวัด… ชั้น 2". A desk officer files the building, not the room or the floor.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('the building a Thai readout says the meeting was held in', () => {
  test('room, wing and Government House: the Government House', () => {
    assert.equal(
      place('เมื่อเวลา 10.00 น. ที่ห้องสีงาช้าง ตึกไทยคู่ฟ้า ทำเนียบรัฐบาล นายกรัฐมนตรีให้การต้อนรับเอกอัครราชทูตเวียดนามประจำประเทศไทย'),
      'ทำเนียบรัฐบาล',
    );
  });

  test('a room of the provincial hall, then its floor: the provincial hall', () => {
    assert.equal(
      place('วันนี้ เวลา 13.30 น. ที่ห้องประชุม ศาลากลางจังหวัดขอนแก่น ชั้น 3 ผู้ว่าราชการจังหวัดให้การต้อนรับกงสุลใหญ่ญี่ปุ่น'),
      'ศาลากลางจังหวัดขอนแก่น',
    );
  });

  test('a title\'s "H.E." after the building does not hide the meeting word further on', () => {
    assert.equal(
      place('เมื่อเวลา 11.00 น. ที่ตึกภักดีบดินทร์ ทำเนียบรัฐบาล นายจอห์น สมิธ (H.E. Mr. John Smith) เข้าเยี่ยมคารวะนายกรัฐมนตรี'),
      'ทำเนียบรัฐบาล',
    );
  });

  test('a room named alone, with no building after it, is not read this way', () => {
    assert.notEqual(place('ที่ห้องประชุมใหญ่ ได้มีการจัดนิทรรศการภาพถ่าย'), 'ห้องประชุมใหญ่');
  });
});
