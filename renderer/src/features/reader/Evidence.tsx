// Why a field of a record reads as it does (the evidence Briefbook weighed), and the Check mark
// with its Confirm button while nobody has confirmed or corrected the field.
import type { CorrectableField, FieldEvidence, RecordDetail } from '../../../../electron/shared/types.ts';
import { CheckBadge } from '../../components/CheckBadge.tsx';
import { formatDate } from '../../components/format.ts';
import { useApp } from '../../store/hooks.ts';

/** An explanation as a sentence ("From the page's publication date"). */
export const explain = (from: string): string => (from ? from.charAt(0).toUpperCase() + from.slice(1) : '');

const SOURCE_WORDS: Record<FieldEvidence['candidates'][number]['source'], string> = {
  metadata: "file's metadata",
  byline: 'byline',
  dateline: 'dateline',
  heading: 'headline area',
  body: 'text',
  directory: 'people directory',
  derived: 'made up',
};

/** Why Briefbook reads the field so, and (on expand) every candidate it weighed. */
export function Why({ evidence, isDate }: { evidence: FieldEvidence | undefined; isDate: boolean }) {
  // An empty field with candidates: the guesses Briefbook did not take, for a person to judge.
  if (!evidence || (evidence.value === null && evidence.candidates.length === 0)) return null;
  const others = evidence.candidates.length > 1;
  return (
    <div className="date-note evidence">
      {explain(evidence.why)}.
      {others && (
        <details className="evidence-candidates">
          <summary>{evidence.candidates.length} pieces of evidence</summary>
          <ul>
            {evidence.candidates.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: candidates never reorder.
              <li key={i}>
                <q>{isDate ? formatDate(c.value) : c.value}</q> from the {SOURCE_WORDS[c.source]} (
                {Math.round(c.confidence * 100)}
                %): {c.why}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** The Check badge and a Confirm button, until the field is confirmed or corrected. */
export function CheckMark({ field, record }: { field: CorrectableField; record: RecordDetail }) {
  const confirm = useApp((s) => s.confirmField);
  if (!record.check?.includes(field)) return null;
  return (
    <span className="check-mark">
      <CheckBadge title="Briefbook is not sure of this: confirm it if it is right, or correct it with Edit details" />
      <button type="button" className="button small" onClick={() => void confirm(field)}>
        Confirm
      </button>
    </span>
  );
}
