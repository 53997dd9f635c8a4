// Requests log one line at debug level and nothing at info.
import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { RequestsAtDebug } from './request-log.js';

async function linesAt(level: string): Promise<{ msg: string; level: number; req?: { url: string }; res?: { statusCode: number } }[]> {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const app = Fastify({ logger: { level, stream }, logController: new RequestsAtDebug() });
  app.get('/ok', async () => 'ok');
  await app.inject({ url: '/ok' });
  await app.close();
  return lines.map((l) => JSON.parse(l));
}

describe('request log', () => {
  it('writes nothing per request at info, so the start-up lines stay readable', async () => {
    expect((await linesAt('info')).filter((l) => /request/.test(l.msg))).toEqual([]);
  });

  it('writes one line per request at debug, with the method, address and status', async () => {
    const lines = (await linesAt('debug')).filter((l) => /request/.test(l.msg));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'request completed', level: 20, req: { url: '/ok' }, res: { statusCode: 200 } });
  });
});
