import type { Route } from '../openapi/route';
import { resolveSubject } from './complaint-subject';
import type { ComplaintIntakeService } from './complaint-intake.service';
import type { ComplaintsService } from './complaints.service';
import {
  ZAssignInput,
  ZComplaintIntake,
  ZComplaintList,
  ZComplaintQuery,
  ZMatterComplaints,
  ZMatterIdParam,
  ZPublicComplaint,
  ZPublicComplaintResult,
  ZSubjectQuery,
  ZSubjectSuggestion,
} from './complaints.types';
import { z } from 'zod';
import type { Db } from '../../platform/db';

const tags = ['complaints 投诉'];
const ZTaken = z.object({
  matterId: z.string(),
  receiptNo: z.string(),
  status: z.string(),
  dueDate: z.string().nullable(),
});

export function complaintsRoutes(
  route: Route,
  publicRoute: Route,
  deps: { db: Db; intake: ComplaintIntakeService; complaints: ComplaintsService },
): void {
  const { db, intake, complaints } = deps;
  route(
    {
      method: 'post',
      path: '/complaints',
      summary: '投诉登记（窗口、电话）/ take a complaint at the window or by phone',
      tags,
      roles: ['CLERK', 'MANAGER'],
      body: ZComplaintIntake,
      response: ZTaken,
      status: 201,
    },
    ({ body, user, req }) => intake.receive(body, user, req.ip),
  );
  route(
    {
      method: 'get',
      path: '/complaints',
      summary: '投诉 / complaints within the reader’s matters',
      tags,
      roles: ['CLERK', 'APPROVER', 'MANAGER', 'ADMIN'],
      query: ZComplaintQuery,
      response: ZComplaintList,
    },
    ({ query, user }) => complaints.list(query, user),
  );
  route(
    {
      method: 'get',
      path: '/complaints/subject',
      summary: '被投诉对象 / the department a complained-about matter or person suggests',
      tags,
      roles: ['CLERK', 'MANAGER'],
      query: ZSubjectQuery,
      response: ZSubjectSuggestion,
    },
    ({ query }) => resolveSubject(db, { receiptNo: query.receiptNo, userId: query.userId }, true),
  );
  route(
    {
      method: 'post',
      path: '/complaints/:id/assign',
      summary: '受理分办 / name the department concerned',
      tags,
      roles: ['CLERK', 'MANAGER'],
      params: ZMatterIdParam,
      body: ZAssignInput,
      response: ZTaken,
    },
    ({ params, body, user, req }) => intake.assign(params.id, body.departmentCode, user, req.ip),
  );
  route(
    {
      method: 'get',
      path: '/matters/:id/complaints',
      summary: '投诉关联 / the complaint this matter is, and the complaints about it',
      tags,
      params: ZMatterIdParam,
      response: ZMatterComplaints,
    },
    ({ params, user, req }) => complaints.ofMatter(params.id, user, req.ip),
  );
  publicRoute(
    {
      method: 'post',
      path: '/public/complaints',
      summary: '网上投诉 / complain on the public page (no login)',
      tags,
      public: true,
      body: ZPublicComplaint,
      response: ZPublicComplaintResult,
      status: 201,
    },
    ({ body, req }) => intake.receivePublic(body, req.ip ?? null),
  );
}
