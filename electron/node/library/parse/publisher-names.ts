// Who a publisher is: a news agency's full name from its tag ("VNA" → "Vietnam News Agency (VNA)"),
// and the country a government body speaks for ("Ministry of Foreign Affairs, Republic of Korea",
// "the White House").

import { countryIn } from '../../../shared/countries.ts';
import { isCapitalName } from './capitals.ts';
import { isWeekdayName } from './dates/weekday-names.ts';

const AGENCIES: Record<string, string> = {
  VNA: 'Vietnam News Agency',
  TTXVN: 'Vietnam News Agency',
  VOV: 'Voice of Vietnam',
  Yonhap: 'Yonhap News Agency',
  AFP: 'Agence France-Presse',
  AP: 'Associated Press',
  Reuters: 'Reuters',
  Xinhua: 'Xinhua News Agency',
  Kyodo: 'Kyodo News',
  KBS: 'Korean Broadcasting System',
  연합뉴스: 'Yonhap News Agency',
  Antara: 'Antara News Agency',
  Bernama: 'Bernama',
  PTI: 'Press Trust of India',
  dpa: 'Deutsche Presse-Agentur',
  TASS: 'TASS',
  EFE: 'Agencia EFE',
  ANSA: 'ANSA',
  Jiji: 'Jiji Press',
  KCNA: 'Korean Central News Agency',
  PNA: 'Philippine News Agency',
  UPI: 'United Press International',
};

export const expandKnown = (tag: string): boolean => Object.keys(AGENCIES).some((k) => k.toLowerCase() === tag.toLowerCase());

export function expandAgency(name: string): string {
  const key = Object.keys(AGENCIES).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? `${AGENCIES[key]} (${name})` : name;
}

/** The country a publisher speaks for when it is a government body ("Ministry of Foreign Affairs, Republic of Korea"). */
export function governmentCountry(publisher: string | null): string | null {
  if (publisher === null) return null;
  // Seats of government known by their building or their own name, not a country's.
  for (const [seat, country] of SEATS) if (seat.test(publisher)) return country;
  if (
    !/\b(?:Ministry|Department|Government|Office of the President|Embassy|Mission|Cheong Wa Dae|Presidential)\b/i.test(publisher)
  )
    return null;
  return countryIn(publisher);
}

const SEATS: [RegExp, string][] = [
  [/\bWhite House\b|\bDepartment of State\b|\bState Department\b/i, 'United States'],
  [/\bKremlin\b|Кремл/i, 'Russia'],
  [/\bÉlysée\b|\bQuai d'Orsay\b/i, 'France'],
  [/\bDowning Street\b|\bForeign, Commonwealth (?:and|&) Development Office\b|\bFCDO\b/i, 'United Kingdom'],
  [/\bAuswärtige[sn]? Amt/i, 'Germany'],
  [/^(?:대한민국 )?외교부$|^청와대$|^대통령실$/u, 'Republic of Korea'],
  [/^Bộ Ngoại giao(?: Việt Nam)?$/iu, 'Viet Nam'],
  [/^外務省$|^首相官邸$/u, 'Japan'],
];

/** Page chrome that rules reading a tag or a credit line may take for an outlet's name. */
const CHROME =
  /^(?:advertisement|advertising|ads?|comments?|banner|related|relacionad[oa]s|share|menu|print|e-?mail|home|subscribe|log\s?in|publicidad|publicité|anzeige|werbung|iklan|quảng cáo|광고)$/iu;
/** A photo's or a writer's credit, or an editor's: "Photo: …", "作者:", "责任编辑:…", "• Name". */
const CREDIT_LABEL = /^(?:[•·*]|(?:photo|foto|ảnh|사진|写真|作者|责任编辑|責任編輯|编辑|編輯)(?:\s*[:：]|\s|$))/iu;

/**
 * What a rule read as the publisher, made a name or refused: a weekday ("Senin", "Freitag"), a capital city, page chrome
 * ("COMMENTS", "Advertisement") and a photo or editor credit are no outlet; a Chinese source line's
 * writer and editor after the outlet are cut off ("新华社作者:…责任编辑:…" → "新华社").
 */
export function publisherName(value: string): string | null {
  const outlet = (value.split(/(?:作者|责任编辑|責任編輯)\s*[:：]/u)[0] ?? '')
    // A date in brackets after it ("ANTARA (15/03/1987)"), a bracket the line cut in two ("国民日报(www", "财联社)").
    .replace(/\s*[(（][\d\s/.-]*[)）]\s*$/u, '')
    .replace(/\s*[(（][^()（）]*$/u, '')
    .replace(/^([^()（）]*)[)）]\s*$/u, '$1')
    .trim();
  if (outlet === '' || !/\p{L}/u.test(outlet) || /^www\.?$/i.test(outlet)) return null;
  if (isWeekdayName(outlet) || CHROME.test(outlet) || CREDIT_LABEL.test(outlet) || PLATFORM.test(outlet)) return null;
  // A dateline's city before the dash ("Pretoria -", "ROMA –", "Luanda —") is where the story was filed, not who ran it.
  if (isCapitalName(outlet)) return null;
  return outlet;
}

/** Where a statement was posted, not who published the record: "Sumber: Twitter", "Telegram-канал …". */
const PLATFORM = /^(?:Twitter|X|Facebook|Instagram|Telegram|YouTube|WhatsApp|WeChat|Weibo|LinkedIn|TikTok)(?![\p{L}])/u;
