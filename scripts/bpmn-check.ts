/**
 * npm run bpmn:check -- [files…]: compiles each BPMN file as publishing would and prints "ok" or its problems.
 * Without files, checks bpmn/procedures/*.bpmn. Exit 0 when all compile, 1 when any is rejected, 2 on usage errors.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { compileBpmn } from '../bpmn/compiler';
import type { CompileProblem } from '../bpmn/plan';

const USAGE = 'usage: npm run bpmn:check -- [file.bpmn …]   (no files: bpmn/procedures/*.bpmn)';
const PROCEDURES_DIR = path.resolve(__dirname, '../bpmn/procedures');

const describe = (p: CompileProblem) =>
  `    ${p.code}${p.elementId ? ` ${p.elementId}` : ''}${p.elementType ? ` (${p.elementType})` : ''}: ${p.messageEn} / ${p.messageZh}`;

function check(file: string): boolean {
  const result = compileBpmn(readFileSync(file, 'utf8'));
  if (result.ok) {
    const note = result.warnings.length
      ? ` (${result.warnings.length} warning${result.warnings.length > 1 ? 's' : ''})`
      : '';
    console.log(`ok      ${file}${note}`);
    for (const w of result.warnings) console.log(describe(w));
    return true;
  }
  console.log(`REJECTED ${file}: ${result.problems.length} problem${result.problems.length > 1 ? 's' : ''}`);
  for (const p of result.problems) console.log(describe(p));
  return false;
}

function main(args: string[]): number {
  const files = args.filter((a) => a !== '--');
  if (files.some((a) => a === '-h' || a === '--help')) {
    console.log(USAGE);
    return 0;
  }
  const option = files.find((a) => a.startsWith('-'));
  if (option) {
    console.error(`unknown option ${option}\n${USAGE}`);
    return 2;
  }
  const targets = files.length
    ? files
    : readdirSync(PROCEDURES_DIR)
        .filter((f) => f.endsWith('.bpmn'))
        .sort()
        .map((f) => path.join(PROCEDURES_DIR, f));
  const unreadable = targets.filter((f) => {
    try {
      readFileSync(f);
      return false;
    } catch {
      return true;
    }
  });
  if (unreadable.length || targets.length === 0) {
    console.error(
      `${unreadable.length ? `cannot read ${unreadable.join(', ')}` : 'no .bpmn files to check'}\n${USAGE}`,
    );
    return 2;
  }
  const results = targets.map(check);
  return results.every(Boolean) ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
