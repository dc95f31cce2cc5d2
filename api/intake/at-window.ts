import type { Client } from '@temporalio/client';
import type { Matter } from '../../generated/prisma/client';
import { claimTask, completeTask, getState } from '../../workflows/procedure-contract';
import type { CurrentUser } from '../auth/auth.types';
import { actorOf } from '../engine/actor';
import type { RunUpdate } from '../engine/update-runner';

/** 即办件: the clerk who accepted it finishes the window step at once; the workflow then issues the result. */
export async function finishAtWindow(
  temporal: Client,
  runUpdate: RunUpdate,
  matter: Pick<Matter, 'workflowId'>,
  user: CurrentUser,
) {
  const handle = temporal.workflow.getHandle(matter.workflowId);
  const actor = actorOf(user);
  const deadline = Date.now() + 10_000;
  let task;
  while (!task && Date.now() < deadline) {
    task = (await temporal.connection.withDeadline(deadline, () => handle.query(getState))).tasks.find(
      (t) => t.state === 'OPEN' && t.candidateDepartmentCode === user.departmentCode,
    );
    if (!task) await new Promise((r) => setTimeout(r, 100));
  }
  if (!task) return; // left in the clerk's inbox: nothing is lost
  // the window's acceptance confirms the checks a required yes/no field asks; any other required field needs the clerk
  const formData = Object.fromEntries(
    task.formFields.filter((f) => f.required).map((f) => [f.key, f.type === 'boolean' ? true : undefined]),
  );
  if (Object.values(formData).includes(undefined)) return;
  await runUpdate(() => handle.executeUpdate(claimTask, { args: [{ taskKey: task.taskKey, actor }] }));
  await runUpdate(() =>
    handle.executeUpdate(completeTask, {
      args: [{ taskKey: task.taskKey, actor, decision: 'complete', comment: '即办件当场办结', formData }],
    }),
  );
  // answer with the issued result when it comes quickly; a slow service step finishes in the background
  await Promise.race([handle.result(), new Promise((r) => setTimeout(r, 10_000))]).catch(() => undefined);
}
