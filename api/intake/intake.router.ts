import type { Route } from '../openapi/route';
import type { IntakeService } from './intake.service';
import { ZBundleIntakeSchema, ZBundleResult, ZIntakeResult, ZIntakeSchema } from './intake.types';

// documented with the matters they make, under their URLs of old
const tags = ['matters 办件'];

export function intakeRoutes(route: Route, intake: IntakeService): void {
  route(
    {
      method: 'post',
      path: '/matters/intake',
      summary: '窗口受理 / accept, notify or refuse at the window',
      tags,
      roles: ['CLERK', 'AGENT'],
      body: ZIntakeSchema,
      response: ZIntakeResult,
      status: 201,
    },
    ({ body, user, req }) => intake.intake(body, user, req.ip),
  );
  route(
    {
      method: 'post',
      path: '/matters/bundle-intake',
      summary: '一件事一次办 / one intake for several items',
      tags,
      roles: ['CLERK', 'AGENT'],
      body: ZBundleIntakeSchema,
      response: ZBundleResult,
      status: 201,
    },
    ({ body, user, req }) => intake.intakeBundle(body, user, req.ip),
  );
}
