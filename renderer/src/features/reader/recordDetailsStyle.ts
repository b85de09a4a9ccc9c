// Styles of the record's details block; rendered with React 19's hoisted <style> so the Reader
// carries its own rules without touching the app stylesheet.
export const recordDetailsCss = `
/* The record's details in the Reader: what Briefbook read, what the user corrected, the edit form. */
.details-head { display: flex; align-items: center; justify-content: space-between; gap: 12px; margin: 4px 0 8px; }
.details-head h2 { font-size: 13px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--grey-600); margin: 0; }
.badge-corrected { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 8px; font-size: 11px; line-height: 18px; background: var(--navy-100); color: var(--navy-700); font-weight: 600; vertical-align: middle; }
.correction-original { margin-top: 2px; font-size: 12px; color: var(--grey-600); }
.correction-original summary { cursor: pointer; display: inline; }
.correction-original summary::-webkit-details-marker { display: none; }
.correction-original .button { margin-left: 6px; }
.details-form { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 10px 16px; padding: 12px; margin-bottom: 12px; border: 1px solid var(--grey-200); border-radius: 8px; background: var(--grey-50); }
.details-form label { display: flex; flex-direction: column; gap: 4px; font-size: 12px; color: var(--grey-700); font-weight: 600; }
.details-form input, .details-form textarea, .details-form select { font: inherit; font-weight: 400; font-size: 14px; padding: 6px 8px; border: 1px solid var(--grey-300); border-radius: 6px; background: var(--white); color: var(--grey-900); }
.details-form .wide { grid-column: 1 / -1; }
.details-form textarea { min-height: 84px; resize: vertical; }
.details-form .hint { font-weight: 400; color: var(--grey-600); }
.details-form .form-error { grid-column: 1 / -1; color: var(--red-700); background: var(--red-50); padding: 6px 8px; border-radius: 6px; font-size: 13px; }
.details-form .form-actions { grid-column: 1 / -1; display: flex; gap: 8px; justify-content: flex-end; }
/* Why a field reads as it does, and the Check mark with its Confirm button. */
.evidence { font-size: 12px; color: var(--grey-600); margin-top: 2px; }
.evidence-candidates summary { cursor: pointer; color: var(--navy-700); display: inline; margin-left: 4px; }
.evidence-candidates ul { margin: 4px 0 0 16px; padding: 0; }
.check-mark { display: inline-flex; align-items: center; gap: 6px; margin-left: 8px; vertical-align: middle; }
`;
