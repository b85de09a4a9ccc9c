// A plain HTTP request to a host on loopback, answering status, body and headers: the tests of the
// browser host speak to it the way any client would, headers and all.
import { request } from 'node:http';

export type Answer = { status: number; body: string; headers: Record<string, string | string[] | undefined> };

export function http(
  port: number,
  path: string,
  opts: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      // An event stream never ends by itself: its first bytes are enough.
      if (String(res.headers['content-type']).startsWith('text/event-stream')) {
        resolve({ status: res.statusCode ?? 0, body: '', headers: res.headers });
        req.destroy();
      }
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}
