// Talking points get a kind (key message, if raised…) and their own classification (portion mark).
// Existing points take the kind their section implies.
export const sql = `
ALTER TABLE points ADD COLUMN kind TEXT NOT NULL DEFAULT 'talking-point';
ALTER TABLE points ADD COLUMN marking TEXT;
UPDATE points SET kind = CASE (SELECT key FROM sections s WHERE s.id = points.section_id)
  WHEN 'key-messages' THEN 'key-message'
  WHEN 'if-raised' THEN 'if-raised'
  WHEN 'background' THEN 'background'
  ELSE 'talking-point' END;
`;
