// An embassy's ranks as Indonesian, Malay, Tagalog, Thai, Turkish and Arabic write them: a counsellor, a
// first or second secretary, an attaché, a consul ("Konselor", "Sekretaris Pertama", "Setiausaha Pertama",
// "Atase", "Unang Kalihim", "เลขานุการเอก", "Birinci Katip", "Müsteşar", "السكرتيرة الأولى", "المستشار"),
// listed after the envoy they came with; an office set off from its holder by a comma ("Konsul Jenderal RI
// Jeddah, Mohamad …"); the titles of a province and a town in Tagalog ("Gobernador", "Alkalde"); a Turkish
// date with its case ending ("3 Mayıs 2024'te"). Made-up texts, none copied from a record.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const read = (lines: string[]) => parseRecordText(lines.join('\n'));
const roleOf = (lines: string[], name: string): string | null | undefined =>
  read(lines).participants.find((p) => p.name === name)?.role;

test('an Indonesian record listing the counsellor and the first secretary lists each under the rank, not glued to the name', () => {
  const found = read([
    'Pertemuan',
    'Menteri Luar Negeri Budi Santoso menerima Duta Besar Jepang Taro Yamada di Jakarta pada 3 Mei 2024. Turut hadir dalam pertemuan itu Konselor Ichiro Suzuki dan Sekretaris Pertama Hanako Sato.',
  ]).participants;
  const names = found.map((p) => p.name);
  assert.ok(names.includes('Ichiro Suzuki'), JSON.stringify(names));
  assert.ok(names.includes('Hanako Sato'), JSON.stringify(names));
  assert.ok(!names.some((n) => /Konselor|Pertama/u.test(n ?? '')), JSON.stringify(names));
  assert.equal(found.find((p) => p.name === 'Hanako Sato')?.role, 'Sekretaris Pertama');
});

test('an Indonesian record with a consul and a defence attaché joined by "dan" names two people, not one', () => {
  const lines = [
    'Kunjungan',
    'Gubernur Jawa Tengah Rudi Hartono menerima Konsul Jenderal Australia Tom Miller di Semarang pada 5 Juni 2023. Konjen didampingi oleh Konsul Anna White dan Atase Pertahanan Mark Brown.',
  ];
  assert.equal(roleOf(lines, 'Anna White'), 'Konsul');
  assert.equal(roleOf(lines, 'Mark Brown'), 'Atase Pertahanan');
});

test('a Malay record saying who else was there after "Turut hadir ialah" lists the counsellor and the first secretary', () => {
  const lines = [
    'Kunjungan hormat',
    'Menteri Luar Negeri Ahmad Razak menerima kunjungan hormat Duta Besar Jepang Taro Yamada di Putrajaya pada 3 Mei 2024. Turut hadir ialah Kaunselor Ichiro Suzuki dan Setiausaha Pertama Hanako Sato.',
  ];
  assert.equal(roleOf(lines, 'Ichiro Suzuki'), 'Kaunselor');
  assert.equal(roleOf(lines, 'Hanako Sato'), 'Setiausaha Pertama');
});

test('an Indonesian record naming the consul general after his office and a comma lists him, not his city', () => {
  const found = read([
    'Dialog',
    'Konsulat Jenderal RI Jeddah menggelar dialog dengan rombongan dari Bandung pada Sabtu, 4 Februari 2023. Konsul Jenderal RI Jeddah, Dedi Kurniawan menyambut rombongan di kantor KJRI.',
  ]).participants;
  const names = found.map((p) => p.name);
  assert.ok(names.includes('Dedi Kurniawan'), JSON.stringify(names));
  assert.ok(!names.includes('Jeddah'), JSON.stringify(names));
});

test('an Indonesian record naming a consul for a field after a comma and "Bp" lists the consul, not the field', () => {
  const found = read([
    'Kunjungan',
    'Rombongan wartawan dari Pontianak berkunjung ke KJRI Penang pada 11 Maret 2023. Konjen RI diwakili Konsul Bidang Sosial Budaya, Bp Rudi Hartanto menyambut rombongan.',
  ]).participants;
  const names = found.map((p) => p.name);
  assert.ok(names.includes('Rudi Hartanto'), JSON.stringify(names));
  assert.ok(!names.includes('Budaya'), JSON.stringify(names));
});

test('a Tagalog record of a governor receiving an envoy with his consul and secretary lists all four, "dela Cruz" whole', () => {
  const found = read([
    'Pulong',
    'Tinanggap ni Gobernador Juan dela Cruz si Embahador Pedro Soto ng Espanya noong Mayo 3, 2024, kasama sina Konsul Maria Lopez at Kalihim Luis Garcia.',
  ]).participants;
  const names = found.map((p) => p.name);
  for (const n of ['Juan dela Cruz', 'Pedro Soto', 'Maria Lopez', 'Luis Garcia'])
    assert.ok(names.includes(n), JSON.stringify(names));
});

test('a Tagalog record naming the first secretary ("Unang Kalihim") keeps the rank whole', () => {
  const lines = [
    'Pulong',
    'Nakipagpulong si Kalihim Juan dela Cruz kay Embahador Taro Yamada ng Japan noong Mayo 3, 2024. Kasama ni Yamada sina Ministro Ichiro Suzuki at Unang Kalihim Hanako Sato.',
  ];
  assert.equal(roleOf(lines, 'Hanako Sato'), 'Unang Kalihim');
  assert.equal(roleOf(lines, 'Juan dela Cruz'), 'Kalihim');
});

test('a Thai record listing the counsellor and the first secretary with the envoy lists both', () => {
  const lines = [
    'การพบหารือ',
    'เมื่อวันที่ 3 พฤษภาคม 2567 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการต่างประเทศ ได้ให้การต้อนรับนายทาโร ยามาดะ เอกอัครราชทูตญี่ปุ่น โดยมีนายอิชิโร ซูซูกิ อัครราชทูตที่ปรึกษา และนางสาวฮานาโกะ ซาโต เลขานุการเอก ร่วมด้วย',
  ];
  assert.equal(roleOf(lines, 'ฮานาโกะ ซาโต'), 'เลขานุการเอก');
});

test('a Thai record of a visiting deputy mayor and a secretary names them after "รอง" and "เลขานุการ"', () => {
  const lines = [
    'การต้อนรับ',
    'เมื่อวันที่ 5 มิถุนายน 2565 นายสุรชัย ทองดี นายกเทศมนตรีนครขอนแก่น ได้ต้อนรับคณะจากเทศบาลเมืองลำปาง นำโดยนายวิชัย สุขใจ รองนายกเทศมนตรีเมืองลำปาง และนายสมศักดิ์ ดีมาก เลขานุการนายกเทศมนตรี',
  ];
  assert.equal(roleOf(lines, 'วิชัย สุขใจ'), 'รองนายกเทศมนตรีเมืองลำปาง');
  assert.equal(roleOf(lines, 'สมศักดิ์ ดีมาก'), 'เลขานุการนายกเทศมนตรี');
});

test('a Turkish record naming the counsellor and the first secretary who joined the talks lists both', () => {
  const lines = [
    'Görüşme',
    "Dışişleri Bakanı Ahmet Yılmaz, 3 Mayıs 2024'te Ankara'da Japonya Büyükelçisi Taro Yamada'yı kabul etti. Görüşmeye Müsteşar Ichiro Suzuki ve Birinci Katip Hanako Sato da katıldı.",
  ];
  assert.equal(roleOf(lines, 'Ichiro Suzuki'), 'Müsteşar');
  assert.equal(roleOf(lines, 'Hanako Sato'), 'Birinci Katip');
});

test('a Turkish record naming the deputy consul general and the general secretary lists them', () => {
  const lines = [
    'Ziyaret',
    "Vali Mehmet Demir, Almanya Başkonsolosu Hans Weber'i makamında kabul etti. Ziyarette Başkonsolos Yardımcısı Anna Schmidt ve Genel Sekreter Ali Kaya da hazır bulundu.",
  ];
  assert.equal(roleOf(lines, 'Anna Schmidt'), 'Başkonsolos Yardımcısı');
  assert.equal(roleOf(lines, 'Ali Kaya'), 'Genel Sekreter');
});

test('a Turkish record dating its meeting "on" a day with the case ending gives that day', () => {
  const found = read([
    'Kabul',
    'Cumhurbaşkanı Yardımcısı Cevdet Yıldız, 8 Ekim 2024 tarihinde Kore Büyükelçisi Kim Min-jun’u kabul etti.',
  ]);
  assert.equal(found.meetingDate, '2024-10-08');
});

test('an Arabic record naming the counsellor and the first secretary present lists both, the second not glued to the first', () => {
  const found = read([
    'لقاء',
    'استقبل وزير الخارجية أحمد علي في 3 مايو 2024 في القاهرة سفير اليابان تارو يامادا، بحضور المستشار إيتشيرو سوزوكي والسكرتيرة الأولى هاناكو ساتو.',
  ]).participants;
  const names = found.map((p) => p.name);
  assert.ok(names.includes('إيتشيرو سوزوكي'), JSON.stringify(names));
  assert.ok(names.includes('هاناكو ساتو'), JSON.stringify(names));
});

test('an Arabic record naming the adviser of the minister keeps the whole office, not the adviser alone', () => {
  const lines = ['لقاء', 'استقبل مستشار وزير الخارجية للشؤون السياسية خالد حسن سفير ألمانيا هانز مولر.'];
  assert.equal(roleOf(lines, 'خالد حسن'), 'مستشار وزير الخارجية للشؤون السياسية');
});

test('a Philippine English record listing officials after "Atty." and "Engr." lists them with their offices', () => {
  const lines = [
    'Courtesy call',
    'Governor Juan Cruz received Japanese Consul General Taro Yamada at the Provincial Capitol on 3 May 2024. Also present were Atty. Maria Santos, Provincial Legal Officer, and Engr. Jose Reyes, Provincial Engineer.',
  ];
  const names = read(lines).participants.map((p) => p.name);
  assert.ok(names.includes('Maria Santos'), JSON.stringify(names));
  assert.equal(roleOf(lines, 'Jose Reyes'), 'Provincial Engineer');
  assert.ok(!names.includes('Provincial Engineer'), JSON.stringify(names));
});
