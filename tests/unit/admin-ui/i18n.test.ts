import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import englishMessages from 'ra-language-english';
import { MODULES } from '../../../admin-ui/src/i18n/modules';
import { deepMerge } from '../../../admin-ui/src/i18n/deep-merge';
import * as choices from '../../../admin-ui/src/designer/ow-properties/options';

type Tree = { [key: string]: string | Tree };
const SRC = path.resolve(__dirname, '../../../admin-ui/src');

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' ? leafKeys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}
function lookup(tree: Tree, key: string): string | Tree | undefined {
  return key
    .split('.')
    .reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
}
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}
function matches(re: RegExp, text: string): string[] {
  return [...text.matchAll(re)].map((m) => m[1]);
}

const zh = deepMerge(englishMessages, ...MODULES.map((m) => m.zh)) as Tree;
const en = deepMerge(englishMessages, ...MODULES.map((m) => m.en)) as Tree;
const files = sourceFiles(SRC).map((file) => ({ file: path.relative(SRC, file), text: readFileSync(file, 'utf8') }));

/** Keys a visible string comes from: translate('…'), notify('…') and JSX attributes holding a key. */
const USED_KEY = [
  /\btranslate\(\s*['"]([^'"`$]+)['"]/g,
  /\bnotify\(\s*['"]([^'"`$]+)['"]/g,
  /\b(?:label|title|content|message|helperText|primaryText)=["']((?:ow|resources|ra)\.[\w.]+)["']/g,
];
/** Any other literal that looks like one of our keys (prefixes passed on, validator messages, …). */
const KEY_LITERAL = /['"`]((?:ow|resources)\.[\w.]+?)\.?['"`$]/g;

describe('console messages (zh-CN and English)', () => {
  test.each(MODULES.map((m, i) => [i, m] as const))('module %i has the same keys in both languages', (_i, m) => {
    expect(leafKeys(m.en as Tree).sort()).toEqual(leafKeys(m.zh as Tree).sort());
  });

  test('the merged trees have the same keys and none of ours is empty', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(zh).sort());
    for (const tree of [zh, en]) {
      expect(leafKeys(tree).filter((k) => !k.startsWith('ra.') && !String(lookup(tree, k)).trim())).toEqual([]);
    }
  });

  test('every key used through translate / notify / label="…" is a message in both languages', () => {
    const missing = files.flatMap(({ file, text }) =>
      USED_KEY.flatMap((re) => matches(re, text))
        .filter((key) => typeof lookup(zh, key) !== 'string' || typeof lookup(en, key) !== 'string')
        .map((key) => `${file}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  test('every other key-like literal names a message or a group of messages', () => {
    const missing = files.flatMap(({ file, text }) =>
      matches(KEY_LITERAL, text)
        .filter((key) => lookup(zh, key) === undefined || lookup(en, key) === undefined)
        .map((key) => `${file}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  test('every field shown by a resource folder has a label under resources.<name>.fields', () => {
    const resources = Object.keys((zh.resources ?? {}) as Tree);
    const missing = files
      .filter(({ file }) => resources.includes(file.split(path.sep)[0]) && file.endsWith('.tsx'))
      .flatMap(({ file, text }) => {
        const resource = file.split(path.sep)[0];
        return matches(/\bsource="([\w.]+)"/g, text)
          .filter((field) => typeof lookup(zh, `resources.${resource}.fields.${field}`) !== 'string')
          .map((field) => `${file}: resources.${resource}.fields.${field}`);
      });
    expect(missing).toEqual([]);
  });

  test('every choice the designer offers has a label', () => {
    const groups: Array<[readonly string[], choices.LabelKey]> = [
      [choices.DEPARTMENT_PLACEHOLDERS, choices.CANDIDATE_LABELS.department],
      [choices.ROLES, choices.CANDIDATE_LABELS.role],
      [choices.STEP_KINDS, 'ow.designer.stepKinds'],
      [choices.OUTCOMES, 'ow.designer.outcomes'],
      [choices.FIELD_TYPES, 'ow.designer.fieldTypes'],
      [choices.TIMER_KINDS, 'ow.designer.timerKinds'],
      [choices.SERVICE_ACTIVITIES, 'ow.designer.activities'],
    ];
    const missing = groups.flatMap(([values, prefix]) =>
      values
        .map((v) => choices.labelKeyOf(prefix, v))
        .filter((k) => typeof lookup(zh, k) !== 'string' || typeof lookup(en, k) !== 'string'),
    );
    expect(missing).toEqual([]);
  });
});
