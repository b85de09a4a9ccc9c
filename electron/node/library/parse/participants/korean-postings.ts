// How a Korean record writes an envoy's posting: the country glued to the title ("중국대사"), written
// after "주한" ("주한오스트리아 대사"), or "주" and a city apart from the title ("주부산 총영사").

import { KOREAN_COUNTRY_SOURCE } from '../../../../shared/countries.ts';

/** A country glued to the title: "중국대사", "주부산베트남총영사". */
export const GLUED_COUNTRY = new RegExp(`(${KOREAN_COUNTRY_SOURCE})(?:대사(?:대리)?|총영사)$`, 'u');
/** "볼프강 앙거홀처 주한오스트리아 대사": posted to Korea by the country glued after "주한", written apart from the title. */
export const POSTED_HERE = new RegExp(`주한(${KOREAN_COUNTRY_SOURCE}) `, 'u');
/** A posting written apart from the title ("주부산 총영사"), and the envoys' titles it stands before. */
export const POSTING_WORD = /^주\p{Script=Hangul}{2,4}$/u;
export const ENVOY = /^(?:총?영사|대사|공사)$/u;
/** "주인도네시아대사": posted to that country, so Korea's own envoy (a foreign one is "주한 …대사"). */
export const POSTED_ABROAD = new RegExp(`^주(?:${KOREAN_COUNTRY_SOURCE})대사$`, 'u');
