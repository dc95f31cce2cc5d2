import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { definitions, end, flow, linear, start } from './diagram';

const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

function check(...args: string[]) {
  const r = spawnSync(TSX, [path.join(ROOT, 'scripts/bpmn-check.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run bpmn:check', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bpmn-check-'));
  const good = path.join(dir, 'good.bpmn');
  const bad = path.join(dir, 'bad.bpmn');
  writeFileSync(good, linear());
  writeFileSync(
    bad,
    definitions(
      start() + '<bpmn:scriptTask id="Plain"/>' + end() + flow('F1', 'Start', 'Plain') + flow('F2', 'Plain', 'End'),
    ),
  );

  it('checks the seeded procedures when given no files, and exits 0', () => {
    const r = check();
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/ok\s+.*standard\.bpmn/);
    expect(r.out.match(/^ok /gm)).toHaveLength(8);
  });

  it('exits 1 when any file is rejected, naming its problems', () => {
    const r = check('--', good, bad);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/ok\s+.*good\.bpmn/);
    expect(r.out).toContain('REJECTED');
    expect(r.out).toContain('UNSUPPORTED_ELEMENT Plain (bpmn:ScriptTask)');
  });

  it('exits 2 on usage errors: an unknown option or a file that cannot be read', () => {
    expect(check('--frobnicate').status).toBe(2);
    const missing = check(path.join(dir, 'missing.bpmn'));
    expect(missing.status).toBe(2);
    expect(missing.err).toContain('cannot read');
  });
});
