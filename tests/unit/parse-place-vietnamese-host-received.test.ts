// A Vietnamese provincial paper names where the meeting sat only in its host's title: "Chủ tịch UBND TP.Đà Nẵng đã
// tiếp …", "Bí thư Thành ủy, Trưởng Đoàn ĐBQH thành phố Hải Phòng tiếp xã giao …". The desk officer files that city.
// The host's own name may follow the province ("UBND tỉnh An Giang Nguyễn Thị … đã tiếp"), or stand in for it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('Vietnamese: the province or city whose leader received the guest', () => {
  test('"Chủ tịch UBND TP.Cần Thơ đã tiếp Đại sứ …": Cần Thơ', () => {
    assert.equal(place('Sáng 5/3, Chủ tịch UBND TP.Cần Thơ đã tiếp Đại sứ Nhật Bản tại Việt Nam, ông Ito Naoki.'), 'Cần Thơ');
  });

  test('"Phó Chủ tịch UBND tỉnh Bắc Giang Lê Ánh Dương đã tiếp đoàn …": Bắc Giang, without the host\'s name', () => {
    assert.equal(
      place('Chiều 9/4, Phó Chủ tịch UBND tỉnh Bắc Giang Lê Ánh Dương đã tiếp đoàn đại biểu tỉnh Luang Prabang (Lào).'),
      'Bắc Giang',
    );
  });

  test('"… Đoàn ĐBQH thành phố Hải Phòng tiếp xã giao …": Hải Phòng', () => {
    assert.equal(
      place('Sáng 2/6, đồng chí Trần Minh, Trưởng Đoàn ĐBQH thành phố Hải Phòng tiếp xã giao Tổng Lãnh sự Lào.'),
      'Hải Phòng',
    );
  });

  test('"Chủ tịch HĐND tỉnh Đinh Thị Hồng Minh tiếp …": a host\'s name, no province, is no place', () => {
    assert.equal(place('Chiều nay, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Đinh Thị Hồng Minh tiếp Đại sứ Ấn Độ.'), null);
  });

  test('"tiếp tục" is not a reception: "UBND tỉnh Nam Định tiếp tục triển khai …" gives no place', () => {
    assert.equal(place('UBND tỉnh Nam Định tiếp tục triển khai kế hoạch hợp tác với các đối tác Hàn Quốc.'), null);
  });
});
