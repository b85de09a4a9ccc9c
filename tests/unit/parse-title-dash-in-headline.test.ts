import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractHtmlString } from '../../electron/node/library/extract/html.ts';

const body =
  '<p>Die beiden Ministerinnen trafen sich am Dienstag in der Hauptstadt und sprachen lange über Handel, Energie und die Lage in der Region.</p>' +
  '<p>Sie vereinbarten, sich vor Jahresende erneut zu treffen und im Norden ein neues Konsulat zu eröffnen.</p>';

const page = (og: string, h1: string, title = og): string =>
  `<html><head><title>${title}</title><meta property="og:title" content="${og}"></head>` +
  `<body><article><h1>${h1}</h1>${body}</article></body></html>`;

describe('a headline with a dash inside it, printed whole in the <h1> and the sharing title', () => {
  test('a short first half before the dash is part of the headline, not a site name ("Treffen in Riga - …")', () => {
    const head = 'Treffen in Riga - Neues Konsulat im Norden soll noch in diesem Jahr öffnen';
    const doc = extractHtmlString(page(head, head, `${head} | Beispiel Zeitung`));
    assert.equal(doc.hints.title, head);
  });

  test('a short second half after the dash stays too ("… in Riga – folgt bald das nächste?")', () => {
    const head = 'Ministerinnen einigen sich auf ein Konsulat in Riga – folgt bald das nächste?';
    const doc = extractHtmlString(page(head, head));
    assert.equal(doc.hints.title, head);
  });

  test('a sharing title that adds the site name after a bar still gives the headline without it', () => {
    const head = 'Ministerinnen einigen sich auf ein neues Konsulat im Norden';
    const doc = extractHtmlString(page(`${head} | Beispiel Zeitung`, head));
    assert.equal(doc.hints.title, head);
  });
});
