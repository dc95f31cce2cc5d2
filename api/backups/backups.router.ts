import type { Route } from '../openapi/route';
import type { BackupsService } from './backups.service';
import { ZBackupsOverview, ZOperationRun, ZRunList, ZRunsQuery, ZStarted } from './backups.types';
import { z } from 'zod';

const tags = ['backups 备份与恢复'];
const ADMINS = ['ADMIN'] as const;

export function backupsRoutes(route: Route, backups: BackupsService): void {
  route(
    {
      method: 'get',
      path: '/backups/overview',
      summary: '备份概况 / last backup, reconcile and restore, and the settings',
      tags,
      roles: [...ADMINS],
      response: ZBackupsOverview,
    },
    () => backups.overview(),
  );
  route(
    {
      method: 'get',
      path: '/backups',
      summary: '备份、恢复与核对记录 / the runs',
      tags,
      roles: [...ADMINS],
      query: ZRunsQuery,
      response: ZRunList,
    },
    ({ query }) => backups.runs(query),
  );
  route(
    {
      method: 'get',
      path: '/backups/:id',
      summary: '一次运行 / one run with its report',
      tags,
      roles: [...ADMINS],
      params: z.object({ id: z.string().max(100) }),
      response: ZOperationRun,
    },
    ({ params }) => backups.run(params.id),
  );
  route(
    {
      method: 'post',
      path: '/backups',
      summary: '立即备份 / back up now (run by the worker)',
      tags,
      roles: [...ADMINS],
      response: ZStarted,
      status: 202,
    },
    ({ user, req }) => backups.startBackup(user, req.ip),
  );
  route(
    {
      method: 'post',
      path: '/backups/reconcile',
      summary: '立即核对 / reconcile the rows with the workflows now',
      tags,
      roles: [...ADMINS],
      response: ZStarted,
      status: 202,
    },
    ({ user, req }) => backups.startReconcile(user, req.ip),
  );
}
