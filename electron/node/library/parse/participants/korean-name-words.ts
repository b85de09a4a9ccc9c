// Words that are no part of a Korean name (common words, particle and verb endings, offices): korean.ts's checks, kept apart.

import { TITLES } from './korean-titles.ts';

/** Words that stand where a name would and are not names (a pronoun, "그는 주한 미국대사 …"; "명의": a count's, "80여 명의 중국 병원장"; "국가 원수", "전국 상의회장", "원로 회장",
 * a time phrase's end, "기간 중", "지난 해", or its modifier, "방한 중인"; a department's field, "산학협력 부총장"). */
export const NOT_NAMES =
  /^(?:한미|한중|한일|한베|한러|한-베|양국|양측|우리|각|부처|각부처|권한대행|대행|오전|오후|저녁|새벽|현지시간|당일|우리측|상대국|신임|전임|현직|전|현|이날|당시|한편|또한|이어|이번|지난|최근|향후|주한|외교부|국무부|외무성|관계|정부|측|및|등|그리고|대한민국|한국|미국|중국|일본|베트남|북한|러시아|영국|프랑스|독일|인도|호주|고위|정상|외교|총리|장관|대통령|대사|주재|그런|이런|저런|같은|대해|대해선|위해|위하여|통해|통하여|있는데|관련|이들|그들|저들|나라|각국|모두|함께|서로|다시|직접|계속|대부분|일부|여러|모든|두|세|맞아|만큼|이에|받은|이임|부임|여성|국회|서울|부산|대구|인천|광주|대전|울산|세종|제주|평양|도쿄|베이징|워싱턴|하노이|호찌민|아프리카|아시아|유럽|아세안|중동|중남미|중앙아시아|태평양|비엣남|기타|도시|명의|초순|중순|하순|국내|신규|민원|지자체|한인회|\p{Script=Hangul}{0,4}(?:시청|도청|군청|구청|청사)|국가|전국|원로|중|중인|해|기간|부문|이래|인민|그|그녀|저|자신|본인|\p{Script=Hangul}{1,4}협력)$/u;

/** Such a word with its particle ("한국과 베트남 외교장관이", "양국은", "우리는"): still not a name. */
export const notName = (w: string): boolean =>
  NOT_NAMES.test(w) || NOT_NAMES.test(w.replace(/(?:과|와|은|는|이|가|을|를|의|도|에|에서)$/u, ''));
/** A common word, a particle's end left on or not, that stands where a name would ("위하여", "이날", "양국은"). */
export const isKoreanCommonWord = notName;

/** An office with its particle ("장관은", "대통령과") stands where a name would in "박 장관은 우간다 부통령과": never a name. */
// …with the courtesy "님" too ("회장님과").
export const TITLE_WORD = new RegExp(`^(?:${TITLES})님?(?:은|는|이|가|을|를|과|와|의|께서)?$`, 'u');

/** One word that is an office, with or without its particle: "부의장", "당서기장과" (for rules that read a name before it). */
export const isKoreanTitleWord = (w: string): boolean => TITLE_WORD.test(w);

/** A name ending in a case particle is the end of a phrase, not a name: "회담에서", "장관은". */
// …or in a verb's ending: "행사에 참석했고 다롄시장 면담", "초청받아 시장 일행", "의장을 비롯해 시의원",
// "오찬을 모두 마친 총장 일행": the clause ends before the title, and no name is left; so does a verb joined
// by "-며" ("관심을 내비치며 성균관대 총장").
export const PARTICLE_END =
  /(?:(?:회의|회담|행사|기간|계기)에|에서|에게|으로|하여|했다|하고|했으며|이며|하며|하면서|에는|에도|부터|까지|했고|했지만|했으나|했는데|받아|받고)$|^(?:비롯|포함)(?:해|한|하여|해서)$|^(?:마친|가진|끝낸|끝난|맺은|맺고|맺어|만난|만나|만났던|만나는)$|^\p{Script=Hangul}+하다$|^\p{Script=Hangul}{2,}(?:의|히|된|던)$|^\p{Script=Hangul}{3,}며$/u;

/** Korean surnames: a one-word Korean name without a foreign country must start with one. */
export const SURNAME =
  /^(?:남궁|황보|제갈|선우|독고|[김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부])/u;

/** A word ending in a particle ends the phrase before a foreign name: "장관은", "회담에서", "대통령의". */
// Only endings no transliterated name has: "페드로", "마르코", "호세" end in syllables that are also particles.
// "도착한 시진핑", "앞서 로이드 오스틴": a verb's ending or an adverb before the name is not part of it.
// "일정에 따르면 트럼프 대통령은": "according to" (따르면, 의하면) ends the phrase too.
export const FOREIGN_STOP =
  /(?:은|는|을|를|에|의|와|과|께|에서|으로|하고|하며|했다|했고|이며|지만|죠|따르면|의하면|^\p{Script=Hangul}{2,}(?:한|된|던)|^(?:앞서|이어|함께|이날|또|특히|당시))$/u;

/**
 * Words that stand where a one-word name would and are a clause's end: a meeting verb made a
 * modifier ("참석한 브라질 대사", "동행한 차관") or joined to the next clause ("방문해 A시장을"), or a noun with its particle ("신임장은 대사를",
 * "파견국의 원수와 외무담당 장관이"). Korean names do not end in these particles.
 */
export const CLAUSE_VERB =
  /^(?:참석|참여|참가|방문|방한|방일|방중|방미|도착|동행|배석|수행|접견|예방|면담|회담|주재|초청|부임|이임|함께)(?:한|했던|하는|하던|할|해|하여|해서)$/u;
/** A word no name holds: a common word, a particle's or a verb's ending, an office, a modifier ("방문단은", "이날", "참석한"). */
export const notKoreanNameWord = (w: string): boolean =>
  notName(w) || PARTICLE_END.test(w) || FOREIGN_STOP.test(w) || TITLE_WORD.test(w) || CLAUSE_VERB.test(w);
export const CLAUSE_WORD = /^(?:\p{Script=Hangul}{2,}(?:와|과|을|를|는)|\p{Script=Hangul}{3,}은)$/u;
