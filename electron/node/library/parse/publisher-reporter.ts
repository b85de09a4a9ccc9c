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
