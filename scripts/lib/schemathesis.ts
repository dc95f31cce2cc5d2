import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { log } from './log';

export const SCHEMATHESIS_VERSION = '4.32.5';
const root = path.resolve(__dirname, '..', '..');
const DEFAULT_TOOLS = path.join(root, '.tools');

/** python3 with its venv module (Debian ships venv apart, in python3-venv), or why not. */
function pythonProblem(): string | undefined {
  if (spawnSync('python3', ['--version']).status !== 0) return 'python3 is not installed';
  if (spawnSync('python3', ['-c', 'import ensurepip, venv']).status !== 0)
    return "python3's venv module (with ensurepip) is missing";
  return undefined;
}

/**
 * Finds or installs schemathesis (the API fuzzer of `npm test`'s fuzz stage) into a virtual environment of its own
 * under .tools, pinned, installed once and reused like the Temporal CLI. SCHEMATHESIS names an existing executable.
 * The venv is complete only once its stamp file exists: a pip run cut off halfway is redone from scratch.
 */
export function ensureSchemathesis(override?: string, toolsDir = DEFAULT_TOOLS): string {
  if (override) {
    if (!existsSync(override)) throw new Error(`SCHEMATHESIS points at ${override}, which does not exist`);
    return override;
  }
  const venv = path.join(toolsDir, `schemathesis-${SCHEMATHESIS_VERSION}`);
  const binary = path.join(venv, 'bin', 'schemathesis');
  const stamp = path.join(venv, '.installed');
  if (existsSync(stamp) && existsSync(binary)) return binary;
  const problem = pythonProblem();
  if (problem)
    throw new Error(
      `schemathesis is missing and ${problem} to install it: install Python 3.9+ with venv ` +
        '(Debian: apt-get install python3 python3-venv) or set SCHEMATHESIS to an existing schemathesis',
    );
  log.info(
    `installing schemathesis ${SCHEMATHESIS_VERSION} from PyPI into ${path.relative(root, venv)} (a minute or two)`,
  );
  rmSync(venv, { recursive: true, force: true });
  mkdirSync(toolsDir, { recursive: true });
  const steps: Array<[string, string[]]> = [
    ['python3', ['-m', 'venv', venv]],
    [path.join(venv, 'bin', 'pip'), ['install', '--quiet', `schemathesis==${SCHEMATHESIS_VERSION}`]],
  ];
  for (const [cmd, args] of steps) {
    const result = spawnSync(cmd, args, { stdio: 'inherit' });
    if (result.status !== 0) {
      rmSync(venv, { recursive: true, force: true });
      throw new Error(
        `installing schemathesis failed: ${path.basename(cmd)} ${args.join(' ')} (exit ${result.status})`,
      );
    }
  }
  if (!existsSync(binary)) throw new Error(`installing schemathesis left no ${binary}`);
  writeFileSync(stamp, SCHEMATHESIS_VERSION);
  return binary;
}
