// Short made-up records, one or two in each language the parser reads, in the shapes records come
// in (a dateline, a byline, a readout, a list of those present). A parse worker reads them twice
// when it starts, so that each language's patterns are compiled to machine code and its code paths
// warmed before the first import rather than during it.

export const WARM_UP_TEXTS: readonly string[] = [
  `Foreign Minister Park Jin met with Vietnamese Deputy Prime Minister and Foreign Minister Bui Thanh Son in Seoul on Tuesday, March 14, 2023.

SEOUL, March 14 (Yonhap) -- The two ministers agreed to hold the next meeting in Hanoi. "We will work together," Park said. Wang Yi, Chinese Foreign Minister, was also present.`,
  `Readout of Secretary's Meeting with Japanese Foreign Minister
Office of the Spokesperson
April 3, 2024

The following is attributable to Spokesperson Jane Doe: Secretary of State John Roe met today with Japanese Foreign Minister Taro Sato on the margins of the NATO Foreign Ministers' Meeting in Brussels. The Secretary and the Foreign Minister discussed regional security. The meeting was attended by Mary Major, Assistant Secretary of State for East Asian and Pacific Affairs; and Tom Minor, the U.S. Ambassador to Japan. The two leaders will meet again next month at the summit to be held in Tokyo.`,
  `박진 외교부 장관은 14일 서울에서 부이 타인 선 베트남 부총리 겸 외교장관과 회담을 가졌다.

입력 2023.03.14 10:21 양측은 다음 회의를 하노이에서 개최하기로 합의했다. 이날 회담에는 김철수 차관보와 응우옌 반 안 주한 베트남 대사가 배석했다.`,
  `Thứ Ba, 14/03/2023 10:21 (GMT+7)
Chiều 14/3/2023, tại Hà Nội, Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Bộ trưởng Ngoại giao Hàn Quốc Park Jin.

Hai bên nhất trí sẽ tổ chức phiên họp tiếp theo vào năm sau. Cùng dự có Thứ trưởng Nguyễn Văn A và Đại sứ Việt Nam tại Hàn Quốc.`,
  `Jakarta, Rabu (15/3) - Menteri Luar Negeri Retno Marsudi menerima kunjungan Menteri Luar Negeri Malaysia Zambry Abdul Kadir di Gedung Pancasila. Kedua menteri membahas kerja sama perbatasan.

Oleh: Redaksi | Rabu, 15 Maret 2023 14:05 WIB`,
  `PARIS, 16 mars 2023 – Le ministre de l'Europe et des Affaires étrangères, Jean Dupont, s'est entretenu hier avec son homologue allemand, Karl Muster, au Quai d'Orsay. Les deux ministres ont évoqué la situation en Ukraine.

Publié le 16/03/2023 à 09h30`,
  `MADRID, 17 de marzo de 2023. El ministro de Asuntos Exteriores, José Pérez, se reunió este jueves con la canciller de Colombia, Ana Gómez, en el Palacio de Santa Cruz. Ambos acordaron celebrar la próxima reunión en Bogotá.`,
  `Berlin, 18.03.2023 – Bundesaußenministerin Erika Muster hat am Freitag den polnischen Außenminister Jan Kowalski im Auswärtigen Amt empfangen. Beide sprachen über die Lage in der Region.`,
  `Roma, 19 marzo 2023 – Il ministro degli Esteri Mario Rossi ha incontrato oggi alla Farnesina il ministro degli Esteri del Brasile, João Silva. O chanceler brasileiro reuniu-se ainda com o presidente da Câmara.`,
  `Москва, 20 марта 2023 года. Министр иностранных дел России Иван Петров провёл переговоры с министром иностранных дел Казахстана Ерланом Смагуловым. Стороны обсудили вопросы сотрудничества.`,
  `新华社北京3月21日电 国务委员兼外长王明21日在北京同越南副总理兼外长阮文安举行会谈。双方就两国关系交换了意见。
2023年3月22日、東京で山田太郎外務大臣はベトナムのグエン外相と会談しました。`,
  `الرياض، 23 مارس 2023 - استقبل وزير الخارجية الأمير فيصل بن فرحان، اليوم، وزير خارجية الأردن أيمن الصفدي، وبحثا العلاقات الثنائية.
กรุงเทพฯ 24 มีนาคม 2566 รัฐมนตรีว่าการกระทรวงการต่างประเทศหารือกับเอกอัครราชทูตญี่ปุ่น`,
];
