// "Check": a field Briefbook was unsure of, until someone confirms or corrects it. One badge for
// the import results, the library list and the Reader, so the mark reads the same everywhere.
import type { CorrectableField } from '../../../electron/shared/types.ts';

export const FIELD_LABEL: Record<CorrectableField, string> = {
  title: 'Title',
  publisher: 'Publisher',
  publishedAt: 'Published',
  meetingDate: 'Meeting date',
  place: 'Place',
  language: 'Language',
  participants: 'Participants',
};

/** The badge alone (in the Reader, next to one field), or with the fields it is about (in lists). */
export function CheckBadge({ fields, title }: { fields?: readonly CorrectableField[]; title?: string }) {
  if (fields && fields.length === 0) return null;
  const about = fields?.map((f) => FIELD_LABEL[f].toLowerCase()).join(', ');
  return (
    <span
      className="badge badge-check"
      title={title ?? (about ? `Briefbook is not sure of the ${about}: please check` : undefined)}
    >
      Check{about ? `: ${about}` : ''}
    </span>
  );
}
