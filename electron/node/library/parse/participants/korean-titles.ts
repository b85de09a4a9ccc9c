// The offices Korean writes after a name ("장관", "대사", "총영사", "시장"…), with the parties and
// provinces that stand between a name and its office: data for korean.ts.

import { KOREAN_COUNTRY_SOURCE } from '../../../../shared/countries.ts';

/** A Japanese minister as Korean writes it ("외상", "방위상"): only Japan's ministers are "…상". */
export const JAPANESE_MINISTER = '(?:외|방위|재무|총무|법무|경제산업|문부과학|국토교통|농림수산|후생노동|환경|경제재생|디지털)상';
export const JAPANESE_MINISTER_ROLE = new RegExp(`^(?:\\p{Script=Hangul}+ )?${JAPANESE_MINISTER}$`, 'u');

/** Korean provinces written short before a mayor's title ("방세환 경기 광주시장"): never the name. */
export const REGIONS = '경기|경북|경남|전북|전남|충북|충남|강원|제주';

/** A farmers', fishers' or credit cooperative, its place glued on: "남대전농협", "완도수협". */
export const COOPERATIVE = '\\p{Script=Hangul}{1,8}(?:농협|수협|축협|신협|산림조합)';

/** Political parties written between a name and the party office: "김영철 노동당 부위원장", "장동혁 국민의힘 대표". */
export const PARTIES =
  '(?:더불어)?민주당|국민의힘|국민의당|정의당|조국혁신당|개혁신당|자유한국당|새누리당|한나라당|노동당|자민당|입헌민주당|공명당|공화당';

/** Offices, longest first so "외교부장" is not read as "외교부" + "장". */
export const TITLES = [
  // A senior or standing vice-chair written in two words ("수석 부회장", "상근 부회장"): before "수석" alone.
  '(?:수석|상근) 부회장',
  '국가부주석',
  '국가주석',
  // Japan's ministers in Korean: "외상", "방위상", "재무상".
  JAPANESE_MINISTER,
  '국가안보실장',
  '국가안보보좌관',
  '안보보좌관',
  '안보실장',
  '대사대리',
  '외교부장관',
  '외교부장',
  '외교장관',
  '외무장관',
  '외무상',
  '국무장관',
  '관방장관',
  // A secretary-general, the body or field glued on or not: "사무총장", "행정사무총장", "국회사무총장".
  '\\p{Script=Hangul}{0,4}사무총장',
  '특별대표',
  '고위대표',
  '국무위원',
  '대변인',
  // A deputy consul general ("이병호 부총영사"); a university's president or vice-president ("오세정 총장", "강봉춘 부총장").
  '부?총영사',
  '부?총장',
  // A governor or president of a bank, a society or a service club ("한상회 총재"), a college's dean, the college
  // glued on or not ("김정본 학장", "기초교양대학장"): words with no other sense.
  '부?총재',
  '(?:\\p{Script=Hangul}{0,6}대)?부?학장',
  // A vice-president with the field glued on: "교학부총장", "대외부총장".
  '\\p{Script=Hangul}{1,4}부총장',
  '부통령',
  '대통령',
  '부총리',
  '국무총리',
  '총리',
  '주석',
  '차관보',
  '제1차관',
  '제2차관',
  '1차관',
  '2차관',
  '차관',
  '(?:상무)?부부장',
  // A president's or premier's wife, there with him: "김정숙 여사".
  '여사',
  // A clergyman's title, written after the name as an office is: "김도윤 목사", "박성민 주교" (not "신부", also "bride").
  '목사',
  '주교',
  '추기경',
  '부장',
  '장관',
  '대사',
  '특사',
  // An office's head with the office glued on: "기획감사실장", "비서실장", "정책실장".
  '\\p{Script=Hangul}{1,6}실장',
  '실장',
  '국장',
  '단장',
  // A league's or a party's secretary-general: "강창일 한일의원연맹 간사장".
  '간사장',
  // …the division glued on: "국제협력본부장", "영업본부장".
  '\\p{Script=Hangul}{0,8}본부장',
  '위원장',
  '의장',
  // Any ministry's minister: "농림수산대신", "국방장관"; any bureau's head: "한반도정책국장", "국가체육총국장".
  '\\p{Script=Hangul}{1,6}(?:대신|장관)',
  // Any ministry's vice-minister, the desk glued on: "외교차관", "수석차관", "동아태차관보".
  '\\p{Script=Hangul}{1,4}차관보?',
  // A ministry's desk officer, the desk glued on: "재외동포영사기획관", "인권담당관", "북핵협상조정관", "교육정책관".
  '\\p{Script=Hangul}{1,8}(?:기획관|담당관|조정관|정책관)',
  '[\\p{Script=Hangul}·]{1,10}(?:총국장|국장|청장|처장|원장|단장)',
  // The head of a branch, a school, a centre, an institute or a team, the body glued on: "논산시지부장",
  // "한글학교장", "국제교류센터장", "경제연구소장", "국제협력팀장" (never "소장" or "교장" alone); the head of a police, fire or
  // tax station ("경찰서장", "소방서장", "세무서장", the town before it or glued on: "당진 소방서장", "중부경찰서장").
  '\\p{Script=Hangul}{1,10}(?:지부|지점|학교|센터|연구소|사무소|팀)장',
  '\\p{Script=Hangul}{0,10}(?:경찰서|소방서|세무서)장',
  // A section's chief with the section glued on: "산업단지정책과장", "국제통상과장" (never "과장" alone: "exaggeration").
  '\\p{Script=Hangul}{2,10}과장',
  // A party's leader ("장동혁 국민의힘 대표"): "대표" alone heads a company too.
  // …written "당대표" too ("민주당 당대표").
  `(?:${PARTIES}) (?:원내|당)?대표`,
  // A foundation's chair, a member of an assembly: "이사장", "이건한 의원", "국회의원".
  '이사장',
  // A cooperative's head, the cooperative glued on or not: "성동농협조합장", "조합장" ("남대전농협 조합장": the
  // cooperative is among korean.ts's bodies).
  `(?:${COOPERATIVE})?조합장`,
  // A board's director with the portfolio glued on: "총무이사", "재무이사", "홍보이사", "대표이사" (not "이사"
  // alone, also "moving house", nor "이사회", the board: no Hangul may follow).
  '(?:총무|재무|홍보|편집|정책|기획|학술|국제|대외|상임|사무|대표|수석|전무|상무|운영)이사',
  // …and "이사" alone as an item of a list of those present ("A 부회장, B 이사, C 이사 등"): a comma before the
  // name and a comma or "등" after the office, where "신사옥 이사, 회관 보수" is a move.
  '(?<=, ?\\p{Script=Hangul}{2,4} )이사(?=, ?\\p{Script=Hangul}| 등(?![\\p{Script=Hangul}]))',
  // …and a chamber's or a board's standing member: "상임의원".
  '(?:국회|시|도|구|군|상임)?의원',
  // A member of a province's, a city's or a district's council, the place glued on: "경기도의원", "서울시의원".
  '\\p{Script=Hangul}{1,4}(?:도|시|구|군)의원',
  // An embassy's minister for a field: "교육공사", "경제공사" (not "공사" alone, also a public corporation).
  '(?:정무|경제|교육|문화|홍보|상무|국방|농무|과학|영사)공사',
  // …and "공사" alone right after the embassy it serves at: "주한 중국대사관 공사".
  '(?<=대사관 )공사',
  // A country's ambassador written as one word: "주한 중국대사", "주한중국대사".
  `(?:주한)?(?:${KOREAN_COUNTRY_SOURCE})(?:대리)?대사(?:대리)?`,
  // A chargé d'affaires written either way round: "대사대리", "대리대사".
  '대리대사',
  // Korea's own ambassador with the posting glued on: "주인도네시아대사", "주중국대사", "주OECD 대표부 대사".
  `주(?:${KOREAN_COUNTRY_SOURCE})대사`,
  // A consul general posted to a city, all in one word: "주부산베트남총영사", "주상하이총영사".
  `주\\p{Script=Hangul}{1,4}?(?:${KOREAN_COUNTRY_SOURCE})?총영사`,
  // A numbered deputy head: "2차장", "제1차장".
  '제?\\d차장',
  '주임',
  // A firm's, a paper's or a community group's head ("코리아포스트의 조한철 대표"): only after a full name (see korean.ts).
  // A civic coalition's standing or joint head: "상임대표", "공동대표".
  '(?:상임|공동)대표',
  '대표',
  // The head of a district office of education ("정원만 교육장은"): "교육장" is also a training room, so
  // only after a full name (see korean.ts).
  '교육장',
  '[\\p{Script=Hangul}]{0,6}(?:지사|수석|차장|심의관|비서관)',
  '부사장',
  '사장',
  // Heads of assemblies, councils, cities and associations, diplomats below ambassador, in one
  // word with what they head: "국회의장", "상무위원장", "정무부시장", "한중도시우호협회장", "중남미한인회총연합회장", "참사관".
  '\\p{Script=Hangul}{0,12}(?:의장|위원장|협회장|회장)',
  '(?:정무|행정|경제)?부시장',
  '(?:\\p{Script=Hangul}{0,4}시)?시장',
  // A mayor, county or neighbourhood head with the place glued on ("목포시장", "영암군수", "웅진동장": not
  // "운동장", a sports ground); a Vietnamese province's party secretary or people's committee chair ("빈프억성 당서기장").
  `(?:(?:${REGIONS}) )?\\p{Script=Hangul}{2,4}(?:시장|군수|구청장|면장|읍장|(?<!운)동장)`,
  // …a numbered neighbourhood's head, the number in the name: "나운1동장", "교문2동장".
  '\\p{Script=Hangul}{1,4}\\d{1,2}동장',
  // A county's or district's head written alone after the name ("강인형 군수는", "전성수 구청장"):
  // not "시장", which is also "market" ("글로벌 시장").
  '부?군수',
  '부?구청장',
  // Whoever acts for an absent head, the office glued on: "군수권한대행", "시장직무대행".
  '\\p{Script=Hangul}{1,6}(?:권한대행|직무대행)',
  '(?:\\p{Script=Hangul}{1,8}성 )?(?:당서기장|당서기|인민위원장)',
  // A communist party's general secretary after the party or the city: "또 럼 베트남 공산당 서기장", "판득동 빈시 당 서기장".
  '(?:당 )?총?서기장',
  // A Vietnamese province's chair or vice-chair as Korean writes it: "박린성 부성장", "박장성 성장".
  '\\p{Script=Hangul}{1,8}성 부?성장',
  // …and a Chinese county's deputy head after the county ("닝샹현 상무부현장"): "현장" alone is also a site.
  '\\p{Script=Hangul}{1,8}현 (?:상무)?부현장',
  '참사관',
  // Offices written alone after a name that no everyday word shares: a superintendent of education ("전우홍
  // 부교육감"), an agency's head ("김진용 청장"), a Japanese member of either house
  // ("이시카와 히로타카 참의원", "히쿠치 나오야 중의원").
  '부?교육감',
  '청장',
  '참의원',
  '중의원',
  // "정무서기관", "1등서기관": a secretary of an embassy, with the desk before it.
  '(?:\\p{Script=Hangul}{1,4}|\\d등 ?)?서기관',
  // An embassy's or a consulate's attaché, the field glued on: "국방무관", "경찰주재관", "보훈관" ("무관" alone is
  // also "unrelated", so only with its field).
  '\\p{Script=Hangul}{1,4}(?:무관|주재관)',
  '보훈관',
  // Everyday offices of universities, firms, hospitals and the military, written alone after a full name:
  // an adviser ("김영창 고문"), a firm's executive or
  // the head of its branch or overseas subsidiary ("송민호 전무", "임수정 상무", "오세훈 지사장", "배수지 베트남법인장"),
  // an institute's or a hospital's head ("김수미 원장", "병원장" is read above), a township's head ("이병헌 면장"),
  // an officer's rank ("황보인 중장", "이순철 대령"): "대장", "소장" and "대위" are common words too, never read alone.
  // The words that are common words too are read only after a full name (korean-group-heads.ts).
  // Not "교수" nor "박사": professors and doctors are named in every record about a university or a hospital, as
  // speakers, organisers and authors, far more often than as those who met; "경제학 박사" is a degree.
  '고문',
  '전무(?:이사)?',
  '상무',
  '\\p{Script=Hangul}{0,6}(?:지사장|법인장)',
  '부?원장',
  '(?:읍|면)장',
  '(?:중장|준장|대령|중령|소령)',
  // An association's secretary ("김경환 총무"): also "general affairs", so read only after a full name (korean-group-heads.ts).
  '총무',
].join('|');
