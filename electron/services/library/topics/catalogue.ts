// The topics Briefbook ships with for bilateral diplomacy, each with the names both sides use.
// An alias with `source` means this topic only when the record (or its speaker) speaks for that
// country: "East Sea" is the South China Sea to Viet Nam and the sea between Korea and Japan to Korea.
// Bump CATALOGUE_VERSION when this list changes so existing libraries pick up the additions.

export type CatalogueAlias = string | { alias: string; source: string };
export type CatalogueTopic = { id: string; name: string; kind: 'subject' | 'country'; aliases: CatalogueAlias[] };

export const CATALOGUE_VERSION = 1;

const VN = 'Viet Nam';
const KR = 'Republic of Korea';

export const CATALOGUE: readonly CatalogueTopic[] = [
  {
    id: 'covid-health',
    name: 'COVID-19 and health',
    kind: 'subject',
    aliases: ['COVID-19', 'COVID', 'Covid', 'coronavirus', 'pandemic', 'post-COVID', 'public health', 'health cooperation', 'healthcare', 'medical', 'relief supplies', 'dịch bệnh', 'y tế', '코로나', '코로나19', '보건', '방역'],
  },
  {
    id: 'vaccines',
    name: 'Vaccines',
    kind: 'subject',
    aliases: ['vaccine', 'vaccines', 'vaccination', 'International Vaccine Institute', 'IVI', 'clinical trials', 'vắc xin', '백신'],
  },
  {
    id: 'entry-travel',
    name: 'Entry and travel',
    kind: 'subject',
    aliases: ['entry procedures', 'entry restriction', 'entry restrictions', 'special entry', 'fast track', 'fast-track entry', 'visa', 'visas', 'quarantine', 'essential personnel', 'business people', 'nhập cảnh', 'thị thực', '입국', '비자', '격리'],
  },
  {
    id: 'aviation',
    name: 'Aviation',
    kind: 'subject',
    aliases: ['aviation', 'regular flights', 'flights', 'air route', 'air routes', 'airline', 'airlines', 'Incheon-Hanoi', 'Incheon-Ho Chi Minh', 'hàng không', 'chuyến bay', '항공', '항공편', '직항'],
  },
  {
    id: 'trade-investment',
    name: 'Trade and investment',
    kind: 'subject',
    aliases: ['trade', 'investment', 'investors', 'FTA', 'VKFTA', 'free trade agreement', 'economic recovery', 'supply chain', 'supply chains', 'thương mại', 'đầu tư', '무역', '투자', '교역'],
  },
  {
    id: 'development-cooperation',
    name: 'Development cooperation',
    kind: 'subject',
    aliases: ['development cooperation', 'ODA', 'official development assistance', 'KOICA', 'EDCF', 'smart city', 'smart cities', 'hợp tác phát triển', '개발협력', '공적개발원조'],
  },
  {
    id: 'climate',
    name: 'Climate and environment',
    kind: 'subject',
    aliases: ['climate', 'climate change', 'low-carbon', 'carbon neutrality', 'net zero', 'green growth', 'P4G', 'biến đổi khí hậu', '기후', '기후변화', '탄소중립'],
  },
  {
    id: 'science-technology',
    name: 'Science and technology',
    kind: 'subject',
    aliases: ['science and technology', 'technology transfer', 'digital', 'innovation', 'research and development', 'R&D', 'cyber security', 'khoa học công nghệ', '과학기술', '디지털'],
  },
  {
    id: 'labour',
    name: 'Labour',
    kind: 'subject',
    aliases: ['labour', 'labor', 'workers', 'migrant workers', 'Employment Permit System', 'EPS', 'social security agreement', 'lao động', '노동', '고용허가제'],
  },
  {
    id: 'consular',
    name: 'Consular affairs',
    kind: 'subject',
    aliases: ['consular', 'consulate', 'citizen protection', 'lãnh sự', 'công dân', '영사', '재외국민'],
  },
  {
    id: 'people-culture',
    name: 'People-to-people and culture',
    kind: 'subject',
    aliases: ['people-to-people', 'cultural exchange', 'culture', 'tourism', 'education', 'youth', 'Exchange Day', 'giao lưu nhân dân', 'văn hóa', 'du lịch', '인적교류', '문화', '관광'],
  },
  {
    id: 'maritime-security',
    name: 'Maritime security',
    kind: 'subject',
    aliases: ['maritime security', 'maritime cooperation', 'maritime', 'coast guard', 'freedom of navigation', 'navigation and overflight', 'training ship', 'an ninh hàng hải', '해양안보', '해양협력'],
  },
  {
    id: 'south-china-sea',
    name: 'South China Sea',
    kind: 'subject',
    aliases: [
      'South China Sea',
      'East Sea (South China Sea)',
      'SCS',
      'Biển Đông',
      'Bien Dong',
      '남중국해',
      'Code of Conduct',
      'COC',
      'UNCLOS',
      { alias: 'East Sea', source: VN },
    ],
  },
  {
    id: 'east-sea-korea',
    name: 'East Sea (Sea of Japan)',
    kind: 'subject',
    aliases: ['Sea of Japan', 'East Sea (Sea of Japan)', '동해', 'Biển Nhật Bản', { alias: 'East Sea', source: KR }],
  },
  {
    id: 'korean-peninsula',
    name: 'Korean Peninsula',
    kind: 'subject',
    aliases: ['Korean Peninsula', 'denuclearization', 'denuclearisation', 'North Korea', 'DPRK', 'inter-Korean', 'Bán đảo Triều Tiên', 'Triều Tiên', '한반도', '비핵화', '북한'],
  },
  {
    id: 'mekong',
    name: 'Mekong cooperation',
    kind: 'subject',
    aliases: ['Mekong', 'Mekong-ROK', 'ROK-Mekong', 'Mekong-Korea', 'Mê Kông', 'Mekong-Hàn Quốc', '메콩'],
  },
  {
    id: 'asean',
    name: 'ASEAN',
    kind: 'subject',
    aliases: ['ASEAN', 'Asean', 'ASEAN-ROK', 'ASEAN – RoK', 'ASEAN-Korea', 'ASEAN Regional Forum', 'ARF', 'East Asia Summit', 'EAS', 'ASEAN+3', 'Đông Nam Á', '아세안', '동남아'],
  },
  {
    id: 'new-southern-policy',
    name: 'New Southern Policy',
    kind: 'subject',
    aliases: ['New Southern Policy', 'New Southern Policy Plus', 'NSP', 'NSPP', 'Chính sách hướng Nam mới', 'Chính sách hướng Nam', '신남방정책', '신남방정책 플러스', 'Korea-ASEAN Solidarity Initiative', 'KASI'],
  },
  {
    id: 'high-level-exchanges',
    name: 'High-level exchanges',
    kind: 'subject',
    aliases: ['high-level exchanges', 'official visit', 'state visit', 'summit', 'face-to-face', 'strategic cooperative partnership', 'comprehensive strategic partnership', 'diplomatic relations', 'chuyến thăm', 'quan hệ đối tác chiến lược', '정상회담', '전략적 협력 동반자'],
  },
  {
    id: 'energy',
    name: 'Energy and resources',
    kind: 'subject',
    aliases: ['energy', 'water resources', 'water management', 'fisheries', 'nuclear power', 'renewable energy', 'năng lượng', '에너지'],
  },
  {
    id: 'finance',
    name: 'Finance',
    kind: 'subject',
    aliases: ['finance', 'financial', 'banking', 'currency swap', 'tài chính', '금융'],
  },
  {
    id: 'viet-nam',
    name: 'Viet Nam',
    kind: 'country',
    aliases: ['Viet Nam', 'Vietnam', 'Việt Nam', 'Socialist Republic of Viet Nam', 'Vietnamese', '베트남'],
  },
  {
    id: 'korea',
    name: 'Republic of Korea',
    kind: 'country',
    aliases: ['Republic of Korea', 'ROK', 'RoK', 'South Korea', 'Korea', 'Hàn Quốc', '한국', '대한민국'],
  },
];
