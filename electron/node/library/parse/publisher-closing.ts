// An agency's credit closing the copy it supplied: its tag in brackets after the last sentence
// ("… Jacek Czaputowicz. (PAP)", "… César Gouveia. (RM)"), on a line of its own with the word for
// "with" ("(Avec MAP)", "(With AP)", "(Mit dpa)"), or with the desk editor's initials ("(tasr, sie)",
// "/ritzau/", "dpa/mh"). A page's footer (newsletter, comments) may follow it, so the last few
// paragraphs are read, not only the last one.

import { countryIn } from '../../../shared/countries.ts';
import { expandAgency, expandKnown } from './publisher-names.ts';
import { endsSentence } from './text.ts';

/** An agency credit in brackets closing the paragraph: "… on that. (Yonhap News)". */
const CLOSING_CREDIT = /\s*\(([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+){0,2})\)\s*$/u;
/** An agency's tag is two to four capitals ("PAP", "RM", "NAN", "KUNA"); a longer run is a press office's or writer's code. */
const CAPITALS_TAG = /^[A-Z]{2,4}$/;
/** "(Avec MAP)", "(With AP)", "(Mit dpa)", "(Con EFE)", "(Com Lusa)": the agency the copy was written with. */
const WITH_AGENCY = /^\(\s*(?:avec|with|mit|con|com|met|z|ze|s)\s+([\p{L}][\p{L}\d-]{1,11})\s*\)$/iu;
/**
 * "(tasr, sie)", "(APA/red)", "/ritzau/", "dpa/mh": the agency, then its editor's initials. Two sets of initials
 * in brackets ("(khr/bac)") are the writer's and the editor's, not an agency.
 */
const WITH_INITIALS =
  /^(?:\(\s*(?:([\p{L}][\p{L}-]{1,11})\s*,|(\p{Lu}{2,8})\s*\/)\s*\p{Ll}{1,4}\s*\)|\/([\p{Ll}][\p{Ll}-]{2,11})\/|([\p{L}][\p{L}-]{1,11})\/\p{Ll}{1,4})$/u;
/** Words that close a text but name no agency. */
const END_MARK = /^(?:END|ENDS|FIN|TOP|NOTE|MORE|PHOTO|VIDEO|UPDATE|LEAD|ANNEX|FOTO|AUDIO)$/i;

export type ClosingCredit = { outlet: string; text: string };

/** The agency a closing credit names, and the paragraph without it (empty when the credit stood alone). */
export function closingCredit(text: string, last: boolean): ClosingCredit | null {
  const t = text.trim();
  // Cheap test first: a credit ends on a bracket, a slash or a short word.
  if (!/[)/]$/.test(t) && !/\/\p{Ll}{1,4}$/u.test(t)) return null;
  const alone = WITH_AGENCY.exec(t) ?? WITH_INITIALS.exec(t);
  // Bare "dpa/mh": a known agency or a tag in capitals, not two sets of initials ("khr/bac").
  const bare = alone?.[4] && (expandKnown(alone[4]) || CAPITALS_TAG.test(alone[4])) ? alone[4] : undefined;
  const tag = alone?.[1] ?? alone?.[2] ?? alone?.[3] ?? bare;
  if (tag) return END_MARK.test(tag) || countryIn(tag) !== null ? null : { outlet: expandAgency(tag), text: '' };
  const c = CLOSING_CREDIT.exec(t);
  const name = c?.[1];
  if (!c || !name || !endsSentence(t.slice(0, c.index))) return null;
  // A known agency's name closes the last paragraph; a tag in capitals after a full stop closes any of the last few.
  const known = last && expandKnown(name.split(' ')[0] ?? '');
  const tagged = CAPITALS_TAG.test(name) && !END_MARK.test(name) && countryIn(name) === null;
  return known || tagged ? { outlet: known ? name : expandAgency(name), text: t.slice(0, c.index) } : null;
}
