// A Chinese paper's byline, the outlet before its reporter and the word for "reports": "【大成報記者杜忠聰/臺南報導】",
// "聯合報／ 記者林則宏／即時報導", "某報.tw 記者:王小明 / 臺南市 報導". Without the outlet ("〔記者巫其倫／台北報導〕")
// the byline names no publisher.

/** Outlet, 記者 and a name of two to four characters (several joined by 、), a place or "即時", then 報導. */
const HAN_REPORTER_BYLINE =
  /^[【〔[(（]?\s*([\p{Script=Han}A-Za-z\d.]{2,12}?)\s*[／/|]?\s*(?:記者|记者)\s*[:：]?\s*\p{Script=Han}{2,4}(?:[、，,]\s*\p{Script=Han}{2,4})*\s*(?:[／/]\s*[^\s／/】〕\])）]{0,8}\s*)?(?:報導|报道|報道)\s*[】〕\])）]?/u;
/** A site's domain after the paper's name ("某報.tw"): the name is the paper's. */
const DOMAIN_END = /\.(?:tw|cn|hk|mo|sg|my|com|net|org)$/iu;

export function hanReporterByline(text: string): { outlet: string; length: number } | null {
  if (!text.includes('記者') && !text.includes('记者')) return null;
  const m = HAN_REPORTER_BYLINE.exec(text.trim());
  const outlet = m?.[1]?.replace(DOMAIN_END, '');
  return m && outlet && /\p{Script=Han}{2}/u.test(outlet) ? { outlet, length: m[0].length } : null;
}

/**
 * A Chinese paper's own tag opening the text: its name, "exclusive" perhaps, the day and place perhaps, then 訊 (news):
 * "【某報專訊】", "(某报讯)", "(某新聞社/某時報7月20日香港訊)". The name before the day is the paper's; "本報訊" (this
 * paper's news) names none, nor a place ("【臺南訊】"). The opening bracket may be lost in the copy.
 */
const HAN_NEWS_TAG =
  /^[【〔[(（]?\s*(?:[\p{Script=Han}A-Za-z]{2,12}[／/])?([\p{Script=Han}]{2,8}?)(?:\d{1,2}月\d{1,2}日\p{Script=Han}{0,4})?(?:專|专)?[訊讯]\s*[】〕\])）]\s*/u;
const THIS_PAPER = /^(?:本|本報|本报|本刊|本台|本網|本网)$/u;
/** A paper's, agency's or site's name ends in its kind; a place before 訊 ("【臺南訊】", local news) is no outlet. */
const OUTLET_END = /(?:報|报|社|網|网|台|聞|闻|刊|誌)$/u;

export function hanNewsTag(text: string): { outlet: string; length: number } | null {
  if (!text.includes('訊') && !text.includes('讯')) return null;
  const m = HAN_NEWS_TAG.exec(text.trim());
  const outlet = m?.[1];
  return m && outlet && OUTLET_END.test(outlet) && !THIS_PAPER.test(outlet) ? { outlet, length: m[0].length } : null;
}
