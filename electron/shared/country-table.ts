// The countries and organisations a record's people speak for, with the ways English, Korean and
// Vietnamese records write them. Data only; countries.ts builds the matchers.

/** A country or organisation and the ways records write it. */
export type Country = {
  name: string;
  /** English forms (and long forms safe in any text). */
  forms: string[];
  /** English adjectives: "Korean", "Vietnamese". */
  adjectives: string[];
  /** Korean forms: "미국", "중국". */
  ko?: string[];
  /** Vietnamese forms, read only in a title's country slot: "Hoa Kỳ", "Nga" ("Nga" is also a given name). */
  vi?: string[];
};

const c = (name: string, forms: string[], adjectives: string[], ko: string[] = [], vi: string[] = []): Country => ({
  name,
  forms,
  adjectives,
  ko,
  vi,
});

export const COUNTRY_TABLE: Country[] = [
  c(
    'Republic of Korea',
    [
      'the Republic of Korea',
      'Republic of Korea',
      'South Korea',
      'ROK',
      'RoK',
      'R.O.K.',
      'Korea',
      'Hàn Quốc',
      '대한민국',
      '한국',
    ],
    ['Korean', 'ROK', 'RoK', 'South Korean'],
    ['대한민국', '한국', '우리나라'],
    ['Hàn Quốc', 'Đại Hàn Dân Quốc'],
  ),
  c(
    'Viet Nam',
    [
      'the Socialist Republic of Viet Nam',
      'Socialist Republic of Viet Nam',
      'the Socialist Republic of Vietnam',
      'Socialist Republic of Vietnam',
      'Viet Nam',
      'Vietnam',
      'Việt Nam',
      '베트남',
    ],
    ['Vietnamese'],
    ['베트남', '비엣남', '월남'],
    ['Việt Nam'],
  ),
  c(
    "Democratic People's Republic of Korea",
    ["Democratic People's Republic of Korea", 'Democratic People’s Republic of Korea', 'North Korea', 'DPRK'],
    ['North Korean', 'DPRK'],
    ['북한', '조선'],
    ['Triều Tiên', 'CHDCND Triều Tiên'],
  ),
  c('Japan', ['Japan'], ['Japanese'], ['일본'], ['Nhật Bản', 'Nhật']),
  c(
    'China',
    ["People's Republic of China", 'People’s Republic of China', 'China', 'PRC'],
    ['Chinese'],
    ['중국'],
    ['Trung Quốc', 'Cộng hòa Nhân dân Trung Hoa', 'Trung Hoa'],
  ),
  c(
    'United States',
    ['the United States of America', 'the United States', 'United States', 'U.S.', 'USA', 'US'],
    ['American', 'U.S.', 'US'],
    ['미국', '미'],
    ['Hoa Kỳ', 'Mỹ'],
  ),
  c('Russia', ['Russian Federation', 'Russia'], ['Russian'], ['러시아'], ['Liên bang Nga', 'Nga']),
  c('India', ['India'], ['Indian'], ['인도'], ['Ấn Độ']),
  c('Australia', ['Australia'], ['Australian'], ['호주', '오스트레일리아'], ['Australia', 'Úc', 'Ô-xtrây-li-a']),
  c('Indonesia', ['Indonesia'], ['Indonesian'], ['인도네시아'], ['Indonesia', 'In-đô-nê-xi-a']),
  c('Thailand', ['Thailand'], ['Thai'], ['태국'], ['Thái Lan']),
  c('Malaysia', ['Malaysia'], ['Malaysian'], ['말레이시아'], ['Malaysia', 'Ma-lai-xi-a']),
  c('Singapore', ['Singapore'], ['Singaporean'], ['싱가포르', '싱가폴'], ['Singapore', 'Xinh-ga-po', 'Xin-ga-po']),
  c('Philippines', ['the Philippines', 'Philippines'], ['Philippine', 'Filipino'], ['필리핀'], ['Philippines', 'Phi-líp-pin']),
  c('Laos', ['Lao PDR', 'Laos', "Lao People's Democratic Republic"], ['Lao', 'Laotian'], ['라오스'], ['Lào']),
  c('Cambodia', ['Cambodia'], ['Cambodian'], ['캄보디아'], ['Campuchia']),
  c('Myanmar', ['Myanmar'], ['Myanmar'], ['미얀마'], ['Myanmar', 'Mi-an-ma']),
  c('Brunei Darussalam', ['Brunei Darussalam', 'Brunei'], ['Bruneian'], ['브루나이'], ['Brunei', 'Bru-nây']),
  c('Timor-Leste', ['Timor-Leste', 'East Timor'], ['Timorese'], ['동티모르'], ['Timor-Leste', 'Đông Timor']),
  c('Mongolia', ['Mongolia'], ['Mongolian'], ['몽골'], ['Mông Cổ']),
  c(
    'United Kingdom',
    ['the United Kingdom', 'United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
    ['British', 'UK'],
    ['영국'],
    ['Vương quốc Anh', 'Anh'],
  ),
  c('France', ['France'], ['French'], ['프랑스'], ['Pháp']),
  c('Germany', ['Germany'], ['German'], ['독일'], ['Đức', 'CHLB Đức']),
  c('Italy', ['Italy'], ['Italian'], ['이탈리아'], ['Italy', 'Italia', 'I-ta-li-a', 'Ý']),
  c('Canada', ['Canada'], ['Canadian'], ['캐나다'], ['Canada', 'Ca-na-đa']),
  c('New Zealand', ['New Zealand'], ['New Zealand'], ['뉴질랜드'], ['New Zealand', 'Niu Di-lân']),
  c('Brazil', ['Brazil'], ['Brazilian'], ['브라질'], ['Brazil', 'Bra-xin']),
  c('Mexico', ['Mexico'], ['Mexican'], ['멕시코'], ['Mexico', 'Mê-hi-cô']),
  c('Argentina', ['Argentina'], ['Argentine', 'Argentinian'], ['아르헨티나'], ['Argentina', 'Ác-hen-ti-na']),
  c('South Africa', ['South Africa'], ['South African'], ['남아프리카공화국', '남아공'], ['Nam Phi']),
  c('Saudi Arabia', ['Saudi Arabia'], ['Saudi'], ['사우디아라비아', '사우디'], ['Saudi Arabia', 'Ả Rập Xê Út', 'Ả-rập Xê-út']),
  c('Turkey', ['Türkiye', 'Turkiye', 'Turkey'], ['Turkish'], ['튀르키예', '터키'], ['Thổ Nhĩ Kỳ']),
  c('Ukraine', ['Ukraine'], ['Ukrainian'], ['우크라이나'], ['Ukraine', 'U-crai-na']),
  c('Sweden', ['Sweden'], ['Swedish'], ['스웨덴'], ['Thụy Điển']),
  c('Slovakia', ['Slovakia', 'Slovak Republic'], ['Slovak'], ['슬로바키아'], ['Slovakia', 'Xlô-va-ki-a']),
  c('Poland', ['Poland'], ['Polish'], ['폴란드'], ['Ba Lan']),
  c(
    'United Arab Emirates',
    ['the United Arab Emirates', 'United Arab Emirates', 'UAE'],
    ['Emirati', 'UAE'],
    ['아랍에미리트', 'UAE'],
    ['UAE', 'Các Tiểu vương quốc Ả Rập Thống nhất'],
  ),
  c('Israel', ['Israel'], ['Israeli'], ['이스라엘'], ['Israel', 'I-xra-en']),
  c('Egypt', ['Egypt'], ['Egyptian'], ['이집트'], ['Ai Cập']),
  c('Kazakhstan', ['Kazakhstan'], ['Kazakh', 'Kazakhstani'], ['카자흐스탄'], ['Kazakhstan', 'Ca-dắc-xtan']),
  c('Uzbekistan', ['Uzbekistan'], ['Uzbek'], ['우즈베키스탄'], ['Uzbekistan', 'U-dơ-bê-ki-xtan']),
  c('Pakistan', ['Pakistan'], ['Pakistani'], ['파키스탄'], ['Pakistan', 'Pa-ki-xtan']),
  c('Bangladesh', ['Bangladesh'], ['Bangladeshi'], ['방글라데시'], ['Bangladesh', 'Băng-la-đét']),
  c('Sri Lanka', ['Sri Lanka'], ['Sri Lankan'], ['스리랑카'], ['Sri Lanka', 'Xri Lan-ca']),
  c('Nepal', ['Nepal'], ['Nepali', 'Nepalese'], ['네팔'], ['Nepal', 'Nê-pan']),
  c('Spain', ['Spain'], ['Spanish'], ['스페인'], ['Tây Ban Nha']),
  c('Netherlands', ['the Netherlands', 'Netherlands'], ['Dutch'], ['네덜란드'], ['Hà Lan']),
  c('Belgium', ['Belgium'], ['Belgian'], ['벨기에'], ['Bỉ']),
  c('Switzerland', ['Switzerland'], ['Swiss'], ['스위스'], ['Thụy Sĩ']),
  c('Norway', ['Norway'], ['Norwegian'], ['노르웨이'], ['Na Uy']),
  c('Denmark', ['Denmark'], ['Danish'], ['덴마크'], ['Đan Mạch']),
  c('Finland', ['Finland'], ['Finnish'], ['핀란드'], ['Phần Lan']),
  c('Austria', ['Austria'], ['Austrian'], ['오스트리아'], ['Áo']),
  c('Czech Republic', ['Czech Republic', 'Czechia'], ['Czech'], ['체코'], ['Séc', 'CH Séc']),
  c('Hungary', ['Hungary'], ['Hungarian'], ['헝가리'], ['Hungary', 'Hung-ga-ri']),
  c('Romania', ['Romania'], ['Romanian'], ['루마니아'], ['Romania', 'Ru-ma-ni']),
  c('Ireland', ['Ireland'], ['Irish'], ['아일랜드'], ['Ireland', 'Ai-len']),
  c('Portugal', ['Portugal'], ['Portuguese'], ['포르투갈'], ['Bồ Đào Nha']),
  c('Greece', ['Greece'], ['Greek'], ['그리스'], ['Hy Lạp']),
  // Written with a space or with the city first as often as with the hyphen: "Guinea Bissau Minister", "Bissau Guinea", "Guinée Bissau".
  c(
    'Guinea-Bissau',
    [
      'Guinea-Bissau',
      'Guinea Bissau',
      'Bissau Guinea',
      'Guinée-Bissau',
      'Guinée Bissau',
      'Guiné-Bissau',
      'Guiné Bissau',
      'Bissau',
    ],
    ['Bissau-Guinean', 'Bissau Guinean', 'bissau-guinéen', 'bissau guinéen'],
  ),
  c('Iran', ['Iran'], ['Iranian'], ['이란'], ['Iran', 'I-ran']),
  c('Qatar', ['Qatar'], ['Qatari'], ['카타르'], ['Qatar', 'Ca-ta']),
  c('Chile', ['Chile'], ['Chilean'], ['칠레'], ['Chile', 'Chi-lê']),
  c('Peru', ['Peru'], ['Peruvian'], ['페루'], ['Peru', 'Pê-ru']),
  c('Nigeria', ['Nigeria'], ['Nigerian'], ['나이지리아'], ['Nigeria']),
  c('Kenya', ['Kenya'], ['Kenyan'], ['케냐'], ['Kenya', 'Kê-ni-a']),
  c('Cuba', ['Cuba'], ['Cuban'], ['쿠바'], ['Cuba']),
  c('Palestine', ['State of Palestine', 'Palestine', 'Palestina', 'Palästina'], ['Palestinian'], ['팔레스타인'], ['Palestine']),
  c(
    'Holy See',
    ['the Holy See', 'Holy See', 'Vatican', 'Heiligen Stuhl', 'Heiliger Stuhl', 'Santa Sede', 'Saint-Siège'],
    ['Vatican'],
    ['교황청'],
    ['Tòa Thánh', 'Vatican'],
  ),
  c('European Union', ['the European Union', 'European Union', 'EU'], ['EU'], ['유럽연합', 'EU'], ['Liên minh châu Âu', 'EU']),
  c(
    'United Nations',
    ['the United Nations', 'United Nations', 'UN', 'U.N.'],
    ['UN', 'U.N.'],
    ['유엔', '국제연합'],
    ['Liên hợp quốc', 'LHQ'],
  ),
  c(
    'ASEAN',
    ['the Association of Southeast Asian Nations', 'Association of Southeast Asian Nations', 'ASEAN'],
    ['ASEAN'],
    ['아세안', 'ASEAN'],
    ['ASEAN'],
  ),
];

/**
 * Nationality adjectives whose stem is not the country's own name in that language (French
 * "américain", German "britisch", Spanish "estadounidense" is found by its stem): folded stems.
 */
export const ADJECTIVE_STEMS: [string, string][] = [
  ['norteamerican', 'United States'],
  ['american', 'United States'],
  ['amerikan', 'United States'],
  ['americain', 'United States'],
  // Russian and Ukrainian: "американского", "британского" (else read as American Samoa, British Indian Ocean Territory).
  ['американ', 'United States'],
  ['британ', 'United Kingdom'],
  ['britan', 'United Kingdom'],
  ['britisch', 'United Kingdom'],
  // German "französische" (else read as Französische Süd- und Antarktisgebiete).
  ['franzos', 'France'],
  ['british', 'United Kingdom'],
  ['britann', 'United Kingdom'],
  ['britanic', 'United Kingdom'],
  ['sudcorean', 'Republic of Korea'],
  ['sudkorean', 'Republic of Korea'],
  ['sud-coreen', 'Republic of Korea'],
  ['sudcoreen', 'Republic of Korea'],
  ['nordcorean', "Democratic People's Republic of Korea"],
  ['nordkorean', "Democratic People's Republic of Korea"],
  ['nord-coreen', "Democratic People's Republic of Korea"],
  // Spanish, Portuguese, Italian and French "dominicano", "dominicaine": the Dominican Republic's (Dominica's is "dominiqués").
  ['dominican', 'Dominican Republic'],
  ['dominicain', 'Dominican Republic'],
  ['palestin', 'Palestine'],
  // Greece's formal name ("Hellenische Republik", "République hellénique", "Repubblica Ellenica").
  ['hellen', 'Greece'],
  ['ellenic', 'Greece'],
  // French "ivoirien", "ivoirienne": the adjective shares no first letters with "Côte d'Ivoire".
  ['ivoirien', "Côte d'Ivoire"],
  ['vatican', 'Holy See'],
  ['vatikan', 'Holy See'],
  ['neerlandes', 'Netherlands'],
  ['neerlandais', 'Netherlands'],
  ['niederlandisch', 'Netherlands'],
  ['olandes', 'Netherlands'],
  ['hollandais', 'Netherlands'],
  ['suisse', 'Switzerland'],
  ['svizzer', 'Switzerland'],
  ['helvetic', 'Switzerland'],
  ['elvetic', 'Switzerland'],
  // Swedish, Danish and Norwegian adjectives, whose stems are shorter than the country's name ("kinesiske", "tyske", "ryska").
  ['kinesisk', 'China'],
  ['russisk', 'Russia'],
  ['rysk', 'Russia'],
  ['tysk', 'Germany'],
  ['fransk', 'France'],
  ['britisk', 'United Kingdom'],
  ['brittisk', 'United Kingdom'],
  ['svensk', 'Sweden'],
  ['norsk', 'Norway'],
  ['dansk', 'Denmark'],
  ['finsk', 'Finland'],
  ['islandsk', 'Iceland'],
  ['japansk', 'Japan'],
  ['ukrainsk', 'Ukraine'],
  ['vietnamesisk', 'Viet Nam'],
  ['sydkoreansk', 'Republic of Korea'],
  ['sørkoreansk', 'Republic of Korea'],
  // Dutch adjectives (latin28) whose stems the country's Dutch name does not share, or shares with another
  // ("Britse", not Brits-Indische Oceaanterritorium; "Franse", not Frans-Guyana).
  ['brits', 'United Kingdom'],
  ['amerikaa', 'United States'],
  ['turks', 'Turkey'],
  ['duits', 'Germany'],
  ['frans', 'France'],
  ['russisch', 'Russia'],
  ['spaans', 'Spain'],
  ['pools', 'Poland'],
  ['zweeds', 'Sweden'],
  ['noors', 'Norway'],
  ['deens', 'Denmark'],
  ['thais', 'Thailand'],
  ['iraans', 'Iran'],
  ['hongaars', 'Hungary'],
  ['zuid-koreaans', 'Republic of Korea'],
];

/** Lowercase words that stand where an adjective of nationality would, and are not one (folded). */
export const NOT_ADJECTIVES =
  /^(?:nuev[oa]s?|nouv\w*|neue?[nmrs]?|nuov[oa]|nov[oa]|nieuwe?|elect[oa]|elett[oa]|elu|elue|eleito|designad[oa]|design\w*|salient\w*|uscent\w*|sortant\w*|ehemalig\w*|ancien\w*|former|ex|actual|attuale|actuel\w*|amtierend\w*|general\w*|adjunt[oa]|aggiunt[oa]|delegad[oa]|delegat[oa]|especial|speciale|special|permanente?|interin[oa]|federal\w*|regional\w*|nacional|nazionale|national\w*|estatal|statale)$/u;
