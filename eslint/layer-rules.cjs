// The import direction between the top-level folders. Each layer may import the layers below it, never one above:
//   domain → bpmn → workflows → platform → activities → api → worker
// domain/ is the ground floor (pure rules, no project imports); the Prisma client (generated/) is I/O, so only
// platform and the layers above it use it; the console (admin-ui/) shares domain/ and bpmn/ with the server and
// nothing else. Folders without an entry (tests, bench, scripts, prisma) may import anything.
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

const STACK = ['domain', 'bpmn', 'workflows', 'platform', 'activities', 'api', 'worker'];
const below = (layer) => STACK.slice(0, STACK.indexOf(layer));
const withPrisma = (layer) => [...below(layer), 'generated'];

/** folder → the folders it may import, and those it may import types from only (erased from the build). */
const LAYERS = {
  domain: { may: below('domain') },
  bpmn: { may: below('bpmn') },
  // the activities' contract (a type) is how a workflow proxies them: Temporal's proxyActivities<typeof …>
  workflows: { may: below('workflows'), typesFrom: ['activities'] },
  platform: { may: withPrisma('platform') },
  activities: { may: withPrisma('activities') },
  api: { may: withPrisma('api') },
  worker: { may: withPrisma('worker') },
  'admin-ui': { may: ['domain', 'bpmn'] },
};

/** The repository's top-level folder (or root file) of an absolute path; undefined outside the repository. */
function topFolderOf(absolute) {
  const relative = path.relative(ROOT, absolute);
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep)[0];
}

function describeAllowed(layer) {
  const { may, typesFrom = [] } = LAYERS[layer];
  const folders = may.map((folder) => `${folder}/`).join(', ') || 'no other folder';
  return typesFrom.length ? `${folders} (types only from ${typesFrom.map((f) => `${f}/`).join(', ')})` : folders;
}

const importDirection = {
  meta: {
    type: 'problem',
    docs: { description: 'Top-level folders import only the layers below them (domain at the bottom).' },
    schema: [],
    messages: {
      wrongWay: '{{from}}/ may not import {{to}}/ ({{spec}}): {{from}}/ may import {{allowed}}.',
      typesOnly: '{{from}}/ may import only types from {{to}}/ ({{spec}}): use `import type`.',
    },
  },
  create(context) {
    const from = topFolderOf(context.filename);
    const layer = from && LAYERS[from];
    if (!layer) return {};
    const dir = path.dirname(context.filename);

    function check(node, spec, typeOnly) {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = topFolderOf(path.resolve(dir, spec));
      if (!to || to === from || layer.may.includes(to)) return;
      const typesAllowed = (layer.typesFrom ?? []).includes(to);
      if (typesAllowed && typeOnly) return;
      context.report({
        node,
        messageId: typesAllowed ? 'typesOnly' : 'wrongWay',
        data: { from, to, spec, allowed: describeAllowed(from) },
      });
    }
    const allTypes = (specifiers, key) => specifiers.length > 0 && specifiers.every((s) => s[key] === 'type');

    return {
      ImportDeclaration: (node) =>
        check(node, node.source.value, node.importKind === 'type' || allTypes(node.specifiers, 'importKind')),
      ExportNamedDeclaration: (node) =>
        node.source &&
        check(node, node.source.value, node.exportKind === 'type' || allTypes(node.specifiers, 'exportKind')),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, false),
      TSImportType: (node) => node.source && check(node, node.source.value, true),
      TSImportEqualsDeclaration: (node) =>
        node.moduleReference.type === 'TSExternalModuleReference' &&
        check(node, node.moduleReference.expression.value, node.importKind === 'type'),
      CallExpression: (node) =>
        node.callee.type === 'Identifier' &&
        node.callee.name === 'require' &&
        node.arguments[0]?.type === 'Literal' &&
        check(node, node.arguments[0].value, false),
    };
  },
};

module.exports = { LAYERS, layerPlugin: { rules: { 'import-direction': importDirection } } };
