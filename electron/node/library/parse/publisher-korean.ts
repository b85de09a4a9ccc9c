// Korean outlets' own tags, where the outlet stands first: "[내외일보=서울]", "[정치닷컴=이서원]",
// "[뉴스봄=조철현 작가ㆍ본지 편집위원]", "[한국뉴스타임=편집국]", "[여성종합뉴스/이경문기자]" (the agency
// dateline "(서울=연합뉴스)" puts the place first), and the byline of many small outlets' pages,
// "시민행정신문 이존영 기자 | 오세훈 서울시장은 …": the outlet, its reporter, a bar, then the story.

import { expandKnown } from './publisher-names.ts';

/** Cities a Korean dateline is filed from: the side of "[X=Y]" that is not the outlet. */
const DATELINE_CITY =
  /^(?:서울|부산|대구|인천|광주|대전|울산|세종|제주|수원|창원|전주|청주|춘천|포항|안동|목포|평양|도쿄|오사카|베이징|상하이|홍콩|타이베이|워싱턴|뉴욕|로스앤젤레스|LA|런던|파리|베를린|브뤼셀|제네바|모스크바|하노이|호찌민|방콕|자카르타|싱가포르|프놈펜|비엔티안|울란바토르|타슈켄트|알마티|시드니)(?=$|\s*[,，·]|\s)/u;

/** The words an outlet's name ends with: a paper, a station, an agency, a site. */
const OUTLET_WORD = /(?:뉴스|일보|신문|방송|통신|타임즈|타임스|저널|투데이|미디어|닷컴|TV)$/u;

/** A caption's credit, not an outlet: "[사진=…]", "[촬영/주붕 기자]", "[그래픽=…]". */
const CAPTION_LABEL = /^(?:사진|촬영|그래픽|자료|영상|제공|출처|편집|글)/u;

/** What stands beside the outlet in its tag: its reporter, writer or desk. */
const STAFF = /(?:기자|특파원|통신원|작가|편집위원|논설위원|편집국|편집부|취재팀|취재부|사진부)/u;

/**
 * The outlet in a tag "[X=Y]" or "[X/Y]" when X is the outlet: Y is its reporter or desk, the city
 * it files from, or a bare name beside an outlet's name. Null when the tag reads the agency way,
 * place first ("서울=연합뉴스"), or cannot be told.
 */
export function outletFirst(x: string, y: string): string | null {
  const a = x.trim();
  const b = y.trim();
  if (a === '' || DATELINE_CITY.test(a) || CAPTION_LABEL.test(a) || expandKnown(b)) return null;
  if (STAFF.test(b) || DATELINE_CITY.test(b)) return a;
  if (/^\p{Script=Hangul}{2,4}$/u.test(b) && OUTLET_WORD.test(a) && !OUTLET_WORD.test(b)) return a;
  return null;
}

/** A tag run into a paragraph after a caption or the reporter's e-mail: "… 안내했다 [여성종합뉴스/이경문기자] 성장현 …". */
const TAG_INSIDE = /(?:^|\s)[[【]\s*([\p{Script=Hangul}A-Za-z\d]{2,12})\s*[=/]\s*([^\]】\n=]{2,40}?)\s*[\]】]/u;

export function outletTagInside(text: string): string | null {
  const m = TAG_INSIDE.exec(text);
  return m?.[1] && m[2] ? outletFirst(m[1], m[2]) : null;
}

/** "시민행정신문 이존영 기자 | …", "한민일보 서울포커스 곽동근 기자 | …": the outlet before its reporter and a bar. */
const PIPE_BYLINE =
  /^([\p{Script=Hangul}A-Za-z\d&]{2,15}(?:\s[\p{Script=Hangul}A-Za-z\d]{2,10})?)\s+\p{Script=Hangul}{2,4}\s*(?:기자|특파원|통신원)\s*\|\s*\S/u;

export function pipeBylineOutlet(text: string): string | null {
  if (!text.includes('|')) return null;
  const name = PIPE_BYLINE.exec(text.trim())?.[1];
  return name && !DATELINE_CITY.test(name) && !/^(?:사진|글|편집|취재)/u.test(name) ? name : null;
}
