import type { Route } from '../openapi/route';
import type { MigrationsService } from './migrations.service';
import {
  ZBatchParam,
  ZDryRun,
  ZIdParam,
  ZMigrationBatch,
  ZMigrationBatchList,
  ZMigrationBody,
  ZMigrationProposal,
  ZVersionPair,
} from './migrations.types';

const tags = ['migrations 版本迁移'];
const roles = ['DESIGNER' as const, 'ADMIN' as const];

export function migrationsRoutes(route: Route, migrations: MigrationsService): void {
  route(
    {
      method: 'get',
      path: '/procedures/:id/migration-proposal',
      summary: '迁移映射建议（按办理中办件的实际位置）/ the proposed element mapping, from the running matters',
      tags,
      roles,
      params: ZIdParam,
      query: ZVersionPair,
      response: ZMigrationProposal,
    },
    ({ params, query }) => migrations.proposal(params.id, query),
  );
  route(
    {
      method: 'post',
      path: '/procedures/:id/migration-dry-run',
      summary: '迁移预演：逐件列出迁移结果或拒绝理由 / dry run: what happens to each running matter, or why not',
      tags,
      roles,
      params: ZIdParam,
      body: ZMigrationBody,
      response: ZDryRun,
    },
    ({ params, body }) => migrations.dryRun(params.id, body),
  );
  route(
    {
      method: 'post',
      path: '/procedures/:id/migrations',
      summary: '开始迁移批次（留痕）/ start a migration batch (audited)',
      tags,
      roles,
      params: ZIdParam,
      body: ZMigrationBody,
      response: ZMigrationBatch,
      status: 201,
    },
    ({ params, body, user, req }) => migrations.start(user, params.id, body, req.ip),
  );
  route(
    {
      method: 'get',
      path: '/procedures/:id/migrations',
      summary: '迁移批次列表 / the migration batches of a procedure',
      tags,
      roles,
      params: ZIdParam,
      response: ZMigrationBatchList,
    },
    ({ params }) => migrations.list(params.id),
  );
  route(
    {
      method: 'get',
      path: '/migrations/:id',
      summary: '迁移批次进度与报告 / a batch with its progress and report',
      tags,
      roles,
      params: ZBatchParam,
      response: ZMigrationBatch,
    },
    ({ params }) => migrations.get(params.id),
  );
  for (const action of ['pause', 'resume'] as const)
    route(
      {
        method: 'post',
        path: `/migrations/:id/${action}`,
        summary:
          action === 'pause'
            ? '暂停迁移批次（留痕）/ pause a batch (audited)'
            : '继续迁移批次（留痕）/ resume a batch (audited)',
        tags,
        roles,
        params: ZBatchParam,
        response: ZMigrationBatch,
      },
      ({ params, user, req }) => migrations.pauseOrResume(user, params.id, action === 'pause', req.ip),
    );
}
