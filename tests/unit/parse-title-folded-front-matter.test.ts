// A Markdown file's header folds a long title onto indented lines ("title: Le ministre … il a" / "  rencontré
// son homologue …"), as YAML allows. The desk officer gets the whole title, not its first line; a nested value
// under a key that has none of its own ("author:" / "  name: …") is no part of the title.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const BODY =
  'Le 12 juillet, le ministre de la Défense a accueilli au siège du ministère son homologue géorgien, arrivé pour une visite officielle.';

describe("a Markdown header's title folded onto indented lines", () => {
  test('the folded lines are joined into one title', () => {
    const text = [
      '---',
      'title: Le ministre géorgien de la Défense est en Arménie, il a',
      '  rencontré son homologue arménien et déposé une gerbe au mémorial',
      'date: 2024-07-12T23:11:49.573Z',
      '---',
      BODY,
    ].join('\n');
    assert.equal(
      parseRecordText(text).title,
      'Le ministre géorgien de la Défense est en Arménie, il a rencontré son homologue arménien et déposé une gerbe au mémorial',
    );
  });

  test('a nested value under a key without one of its own stays out of the title', () => {
    const text = [
      '---',
      'title: Les ministres de la Défense se rencontrent à Erevan',
      'author:',
      '  name: Rédaction',
      'date: 2024-07-12',
      '---',
      BODY,
    ].join('\n');
    assert.equal(parseRecordText(text).title, 'Les ministres de la Défense se rencontrent à Erevan');
  });
});
