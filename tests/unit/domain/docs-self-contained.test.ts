/** The repository carries the rules it follows: its documents link only to files it holds, and nothing points outside. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: ROOT,
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => file && existsSync(path.join(ROOT, file)));
const markdown = tracked.filter((file) => file.endsWith('.md'));

describe('the repository is self-contained', () => {
  it('links from its Markdown documents to files it holds', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of markdown) {
      for (const [, target] of readFileSync(path.join(ROOT, file), 'utf8').matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/i.test(target)) continue;
        checked++;
        if (!existsSync(path.resolve(ROOT, path.dirname(file), target))) broken.push(`${file} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(4); // legal-rules.md, time-limits.md and glossary.md link to each other
  });

  it('points at no file outside it (the legal rules are in docs/legal-rules.md, the terms in docs/glossary.md)', () => {
    // the folder holding the repository, as this machine names it, and the briefing files beside it
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const outside = new RegExp(
      [escape(`${path.dirname(ROOT)}/`), '(DOMAIN|GLOSSARY|ENVIRONMENT|STYLE)\\.md'].join('|'),
    );
    const self = path.relative(ROOT, __filename);
    const pointing = tracked
      .filter((file) => file !== self && /\.(ts|tsx|js|mjs|cjs|md|prisma|json|sql|bpmn|ya?ml)$/.test(file))
      .filter((file) => outside.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(pointing).toEqual([]);
  });
});
