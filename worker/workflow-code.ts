/**
 * Where a worker (or a replay) gets the product's workflow code: the bundle built beforehand that `bundle` names
 * (WORKFLOW_BUNDLE, `npm run workflows:bundle`), else the workflows bundled on the spot from `workflowsPath`.
 */
export function workflowCode(
  bundle: string | undefined,
  workflowsPath = require.resolve('../workflows'),
): { workflowBundle: { codePath: string } } | { workflowsPath: string } {
  return bundle ? { workflowBundle: { codePath: bundle } } : { workflowsPath };
}
