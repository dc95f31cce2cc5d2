import type { Client } from '@temporalio/client';
import { endSuspension, startSuspension } from '../../workflows/clock-contract';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { actorOf } from '../engine/actor';
import type { RunUpdate } from '../engine/update-runner';
import type { MattersService } from '../matters/matters.service';
import { keyedUpdateId } from '../shared/idempotency';
import type { TEndSuspension, TStartSuspension } from './clock.types';

interface Deps {
  temporal: Client;
  runUpdate: RunUpdate;
  audit: AuditService;
  matters: Pick<MattersService, 'inScope'>;
}

/**
 * 行政许可法第四十五条: the handling department (or a manager) starts and ends a suspension of the clock. The workflow
 * decides (a second start of an open kind, an end without a start: 409 with its reason), writes the ledger row and
 * recomputes the deadline; each move is audited. A retry with the first attempt's Idempotency-Key joins it.
 */
export function createSuspensionsService({ temporal, runUpdate, audit, matters }: Deps) {
  async function move(
    user: CurrentUser,
    id: string,
    action: 'start' | 'end',
    run: (handle: ReturnType<Client['workflow']['getHandle']>, updateId: string | undefined) => Promise<unknown>,
    detail: Record<string, unknown>,
    ip?: string,
    key?: string,
  ) {
    const m = await matters.inScope(user, id, ip);
    const handle = temporal.workflow.getHandle(m.workflowId);
    await runUpdate(() => run(handle, keyedUpdateId(key, `suspension-${action}`, user.id)), key !== undefined);
    await audit.record({
      actorId: user.id,
      actorName: user.username,
      action: `matter.suspension.${action}`,
      objectType: 'Matter',
      objectId: m.id,
      ip,
      detail: { ...detail, ...(key ? { key } : {}) },
    });
    return { ok: true as const };
  }

  return {
    start: (user: CurrentUser, id: string, input: TStartSuspension, ip?: string, key?: string) =>
      move(
        user,
        id,
        'start',
        (handle, updateId) =>
          handle.executeUpdate(startSuspension, { args: [{ actor: actorOf(user), ...input }], updateId }),
        { kind: input.kind },
        ip,
        key,
      ),

    end: (user: CurrentUser, id: string, input: TEndSuspension, ip?: string, key?: string) =>
      move(
        user,
        id,
        'end',
        (handle, updateId) =>
          handle.executeUpdate(endSuspension, { args: [{ actor: actorOf(user), ...input }], updateId }),
        { kind: input.kind },
        ip,
        key,
      ),
  };
}
export type SuspensionsService = ReturnType<typeof createSuspensionsService>;
