import type { Route } from '../openapi/route';
import { ZIdParam } from '../shared/id-param';
import type { CaseRecordService } from './case-record.service';
import { ZApprovalForm } from './case-record.types';

const tags = ['matters 办件'];

export function caseRecordRoutes(route: Route, caseRecord: CaseRecordService): void {
  route(
    {
      method: 'get',
      path: '/matters/:id/approval-form',
      summary: '审批表 / the processing record: every step with handler, time, decision, opinion and legal basis',
      tags,
      params: ZIdParam,
      response: ZApprovalForm,
    },
    ({ params, user, req }) => caseRecord.approvalForm(user, params.id, req.ip),
  );
}
