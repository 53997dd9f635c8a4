// iotspp assess as a manufacturer's CI runs it: no DATABASE_URL, no server, exit codes that gate a build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../catalogs/bundle-paths.js';
import { EXIT } from '../errors.js';

describe('iotspp assess (offline)', () => {
  let dir: string;
  const run = (...args: string[]) =>
    // An unreachable DATABASE_URL proves the command never opens a store.
    spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'iotspp.js'), 'assess', ...args], {
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', FORCE_COLOR: '0' },
      encoding: 'utf8',
      cwd: dir,
    });
  const write = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
    return path;
  };
  const declaration = (passwords: string, auth: string) => ({
    format: 'iotspp-declaration/1',
    product: { name: 'Lumen camera', model: 'LC-2' },
    release: { version: '2.4.1', passwords },
    answers: { 'B-AUTH-1': auth === 'not-applicable' ? { status: auth, reason: 'no passwords' } : { status: auth } },
  });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'iotspp-assess-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--json prints the documented result and exits 1 when a chosen framework does not conform', () => {
    const result = run(write('bad.json', declaration('universal-default', 'not-met')), '--framework', 'etsi-en-303-645', '--json');
    expect(result.status, result.stderr).toBe(EXIT.failure);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ format: 'iotspp-assessment/1', dataVersion: null, baseline: { id: 'platform-baseline' }, product: { name: 'Lumen camera' } });
    expect(report.frameworks).toHaveLength(1);
    const etsi = report.frameworks[0];
    expect(etsi).toMatchObject({ framework: 'etsi-en-303-645', verdict: 'does-not-conform', counts: { mandatory: expect.objectContaining({ total: expect.any(Number) }) } });
    expect(etsi.requirements.find((r: { id: string }) => r.id === '5.1-1')).toMatchObject({ status: 'not-met', reasons: [expect.objectContaining({ kind: 'condition' }), expect.objectContaining({ kind: 'baseline', item: 'B-AUTH-1' })] });
  });

  it('exits 0 without --framework (a report, not a gate), with a table for people', () => {
    const result = run(write('ok.json', declaration('no-passwords', 'not-applicable')));
    expect(result.status, result.stderr).toBe(EXIT.ok);
    expect(result.stdout).toMatch(/UK PSTI\s+incomplete/);
  });

  it('refuses an invalid declaration with each error pointer and hint, exit 4', () => {
    const result = run(write('invalid.json', { ...declaration('sometimes', 'met'), answers: { 'B-AUTH-9': { status: 'met' } } }));
    expect(result.status).toBe(EXIT.invalid);
    expect(result.stderr).toContain('/release/passwords: is not one of the allowed values (use one of: unique-per-device');
    expect(result.stdout).toBe('');
  });

  it('--template prints a declaration listing every baseline item, which assesses as it stands', () => {
    const template = run('--template');
    expect(template.status).toBe(EXIT.ok);
    const blank = JSON.parse(template.stdout);
    expect(blank.answers['B-AUTH-1']).toEqual({ title: 'No universal default passwords', status: 'unknown' });
    expect(run(write('blank.json', template.stdout), '--framework', 'uk-psti').status).toBe(EXIT.failure);
  });

  it('--bulk writes one line per declaration, reports a bad line by number and goes on', () => {
    const lines = [JSON.stringify(declaration('no-passwords', 'not-applicable')), '{"format": "nope"}', '', JSON.stringify(declaration('universal-default', 'not-met'))];
    const result = run('--bulk', write('many.ndjson', lines.join('\n')), '--framework', 'uk-psti');
    expect(result.status).toBe(EXIT.invalid);
    const out = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.line)).toEqual([1, 2, 4]);
    expect(out[0].frameworks['uk-psti']).toMatchObject({ verdict: 'incomplete' });
    expect(out[1].error.details).toContainEqual({ pointer: '/format', message: 'must be "iotspp-declaration/1"', hint: 'set "format" to "iotspp-declaration/1"' });
    expect(out[2].frameworks['uk-psti']).toMatchObject({ verdict: 'does-not-conform', failing: expect.any(Number) });
    expect(result.stderr).toContain('line 2: /product missing property "product"');
    expect(result.stderr).toContain('2 assessed, 1 invalid, of 3 lines.');
  });
});
