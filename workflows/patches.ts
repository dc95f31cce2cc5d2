/**
 * The ids given to `patched()` for interpreter changes that alter the commands a run issues (docs/engine.md):
 * a matter started before the change replays the old branch. Once none of those is running, `deprecatePatch(id)`,
 * then drop the old branch.
 */

/** 退回 rewinds its scope: the other tokens there that came through the target step are withdrawn. */
export const RETURN_REWINDS_SCOPE = 'return-rewinds-scope';
/** A terminate end inside a sub-process ends that sub-process instance only, not the procedure. */
export const TERMINATE_ENDS_SUB_PROCESS = 'terminate-ends-sub-process';
