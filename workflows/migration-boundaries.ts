/**
 * The dry run's pass over the activities that run while the matter waits (migration-plan.ts): a call activity's
 * called procedure runs on untouched (a procedure of its own, on its own version) and its end reaches the migrated
 * call; boundary timers on call activities and sub-processes follow the target element; message and signal
 * boundaries wait on where the target element has one of the same name, and no longer where it has not (the
 * interpreter reads them off the plan it runs, boundary-events.ts). Pure, like the rest of the dry run.
 */
import type { ProcedurePlan } from '../bpmn/plan';
import type { BoundaryCatchNode } from '../bpmn/plan-events';
import { boundariesOn } from './boundary-index';
import type { ArmedTimer, Token } from './interpreter-types';
import type { MigrationView } from './migration-contract';
import { isInstance, nameOf, note, type MigrationNote } from './migration-tokens';

/** A boundary timer the target element has and the source had not, armed on the activity's token from the migration on. */
export interface ActivityTimer {
  tokenId: string;
  boundaryId: string;
}

export interface ActivityPass {
  view: MigrationView;
  source: ProcedurePlan;
  target: ProcedurePlan;
  /** token id → target element id, for the tokens that migrate */
  tokenTargets: Record<string, string>;
  tell: (n: MigrationNote) => void;
}

const KIND = { message: ['消息', 'message'], signal: ['信号', 'signal'] } as const;

const timerIds = (plan: ProcedurePlan, nodeId: string) =>
  boundariesOn(plan, nodeId)
    .filter((b) => b.type === 'boundaryTimer')
    .map((b) => b.id);
const catchesOn = (plan: ProcedurePlan, nodeId: string) =>
  boundariesOn(plan, nodeId).filter((b): b is BoundaryCatchNode => b.type === 'boundaryCatch');
const sameCatch = (a: BoundaryCatchNode, b: BoundaryCatchNode) => a.kind === b.kind && a.eventName === b.eventName;

/** The tokens running an activity (a multi-instance one's body, not its instances), each with its target element. */
function hosts({ view, tokenTargets }: ActivityPass): Array<{ token: Token; toId: string }> {
  const tokens = new Map(view.tokens.map((token) => [token.id, token]));
  return view.tokens.flatMap((token) =>
    tokenTargets[token.id] && !isInstance(token, tokens) ? [{ token, toId: tokenTargets[token.id] }] : [],
  );
}

/** A boundary timer armed on an activity's token (timer target `callBoundary`) stays where its target element has it. */
export function keepsActivityTimer(pass: ActivityPass, timer: ArmedTimer): boolean {
  if (timer.target.kind !== 'callBoundary') return false;
  const toId = pass.tokenTargets[timer.target.tokenId];
  return toId !== undefined && timerIds(pass.target, toId).includes(timer.target.boundaryId);
}

/** The boundary timers a call activity or sub-process gains on its target element. */
export function newActivityTimers(pass: ActivityPass): ActivityTimer[] {
  return hosts(pass).flatMap(({ token, toId }) => {
    const to = pass.target.nodes[toId];
    if (to?.type !== 'callActivity' && to?.type !== 'subProcess') return [];
    const had = timerIds(pass.source, token.nodeId);
    return timerIds(pass.target, toId)
      .filter((id) => !had.includes(id))
      .map((boundaryId) => ({ tokenId: token.id, boundaryId }));
  });
}

/** What happens to each running call and to each message or signal boundary of a running activity. */
export function tellRunningActivities(pass: ActivityPass): void {
  const { source, target, tell } = pass;
  const told = new Set<string>();
  for (const { token, toId } of hosts(pass)) {
    const toName = nameOf(target.nodes[toId], toId);
    if (token.wait?.kind === 'call')
      tell(
        note(
          'CALL_KEPT',
          `被调用的流程（${token.wait.workflowId}）继续运行，办结后交回“${toName}”`,
          `the called procedure (${token.wait.workflowId}) runs on untouched; its end comes back to "${toName}"`,
        ),
      );
    if (told.has(token.nodeId)) continue;
    told.add(token.nodeId);
    const had = catchesOn(source, token.nodeId);
    const has = catchesOn(target, toId);
    for (const boundary of had) {
      const [zh, en] = KIND[boundary.kind];
      const what = { zh: `${zh}边界事件“${boundary.eventName}”`, en: `the ${en} boundary "${boundary.eventName}"` };
      if (has.some((b) => sameCatch(b, boundary)))
        tell(
          note(
            'BOUNDARY_KEPT',
            `${what.zh}在“${toName}”上保留，继续等待`,
            `${what.en} is kept on "${toName}": still awaited`,
          ),
        );
      else
        tell(
          note(
            'BOUNDARY_DROPPED',
            `${what.zh}在目标版本的“${toName}”上已没有，不再等待`,
            `${what.en} is not on "${toName}" in the target version: no longer awaited`,
          ),
        );
    }
    for (const boundary of has.filter((b) => !had.some((h) => sameCatch(h, b)))) {
      const [zh, en] = KIND[boundary.kind];
      tell(
        note(
          'BOUNDARY_ADDED',
          `新增${zh}边界事件“${boundary.eventName}”，自迁移时起等待`,
          `new ${en} boundary "${boundary.eventName}" awaited from the migration on`,
        ),
      );
    }
  }
}
