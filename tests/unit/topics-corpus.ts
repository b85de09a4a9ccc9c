// Meeting records written for the topic, search and ledger tests, in the shapes real ones come in:
// a Vietnamese news-agency report in Vietnamese and one in English (where "East Sea" is the South
// China Sea), a Korean wire report (where it is the sea off Korea's east coast), a Korean-language
// readout, and a later Korean press release that takes up a commitment from the sample record.

export const VNA_VIETNAMESE = {
  name: 'ttxvn-bien-dong.txt',
  text: `Hà Nội (TTXVN) – Phó Thủ tướng Phạm Bình Minh đã tiếp Đại sứ Hàn Quốc tại Việt Nam.

Hai bên trao đổi về tình hình Biển Đông và khẳng định tầm quan trọng của hòa bình, ổn định trong khu vực.

Phó Thủ tướng đề nghị Hàn Quốc tiếp tục hỗ trợ vắc xin cho Việt Nam.`,
};

export const VNA_ENGLISH = {
  name: 'vna-east-sea.txt',
  text: `Hanoi (VNA) – Deputy Foreign Minister Nguyen Quoc Dung received Korean Ambassador Park Noh-wan in Hanoi on October 5, 2021.

The two sides discussed the situation in the East Sea and stressed the importance of settling disputes by peaceful means in line with international law.

Deputy FM Dung asked for the RoK's support in vaccine supply and suggested the two sides resume commercial flights soon.`,
};

export const YONHAP = {
  name: 'yonhap-east-sea.txt',
  text: `SEOUL, March 3 (Yonhap) -- North Korea fired two short-range ballistic missiles into the East Sea on Tuesday, South Korea's military said.

The launch came as Seoul and Washington held their annual springtime exercise.`,
};

export const KOREAN = {
  name: 'mofa-ko.txt',
  text: `한-베트남 외교장관 회담

1. 정의용 외교부 장관은 부이 타잉 선 베트남 외교장관과 회담을 갖고, 남중국해 문제와 신남방정책 플러스에 대해 논의하였다.

2. 양측은 한국과 베트남 간 인적교류를 확대하기로 하였다.`,
};

export const LATER_MOFA = {
  name: 'mofa-2021-03.txt',
  text: `Ministry News 상세보기

ROK-Viet Nam Foreign Ministers’ Talks

  • Date : 2021-03-05 10:00:00

1. Minister of Foreign Affairs of the Republic of Korea Chung Eui-yong held talks with Minister of Foreign Affairs of Viet Nam Bui Thanh Son in Seoul on March 3.

2. They agreed to conclude the bilateral social security agreement as early as possible.

3. Minister Chung said that the ROK would continue to provide vaccines to Viet Nam through COVAX.`,
};
