import type { DataProvider } from 'react-admin';
import StorefrontIcon from '@mui/icons-material/StorefrontOutlined';
import PaymentsIcon from '@mui/icons-material/PaymentsOutlined';
import type { MenuEntry } from './layout/menu-config';
import { withCentreProfileMethods, type CentreProfileMethods } from './centre-profile/dataProvider';
import { centreProfileRoutes } from './centre-profile/routes';
import { withFeeMethods, type FeeMethods } from './fees/dataProvider';
import { feePrintRoutes, feeRoutes } from './fees/routes';
import { withStaffBoardMethods, type StaffBoardMethods } from './staff-board/dataProvider';
import { staffBoardRoutes } from './staff-board/routes';
import BadgeIcon from '@mui/icons-material/BadgeOutlined';
import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOverOutlined';
import { withFirstAskMethods, type FirstAskMethods } from './first-ask/dataProvider';
import { firstAskRoutes } from './first-ask/routes';
import GavelIcon from '@mui/icons-material/GavelOutlined';
import { withAccountabilityMethods, type AccountabilityMethods } from './accountability/dataProvider';
import { accountabilityRoutes } from './accountability/routes';
import LeaderboardIcon from '@mui/icons-material/LeaderboardOutlined';
import { withAssessmentMethods, type AssessmentMethods } from './assessment/dataProvider';
import { assessmentRoutes } from './assessment/routes';
import AssignmentLateIcon from '@mui/icons-material/AssignmentLateOutlined';
import BuildCircleIcon from '@mui/icons-material/BuildCircleOutlined';
import { withSupervisionMethods, type SupervisionMethods } from './supervisions/dataProvider';
import { supervisionRoutes } from './supervisions/routes';
import { withRectificationMethods, type RectificationMethods } from './rectifications/dataProvider';
import { rectificationRoutes } from './rectifications/routes';
import ReportProblemIcon from '@mui/icons-material/ReportProblemOutlined';
import { withComplaintMethods, type ComplaintMethods } from './complaints/dataProvider';
import { complaintRoutes } from './complaints/routes';

/**
 * The console's share of the ten systems (十项制度, docs/ten-systems.md) and 投诉: data-provider methods, routes and menu entries,
 * registered by App.tsx and menu-config.ts in one line each (the messages are in ten-systems-messages.ts).
 */
export type TenSystemsMethods = CentreProfileMethods &
  FeeMethods &
  StaffBoardMethods &
  FirstAskMethods &
  AccountabilityMethods &
  AssessmentMethods &
  SupervisionMethods &
  RectificationMethods &
  ComplaintMethods;

export function withTenSystemsMethods<T extends DataProvider>(base: T): T & TenSystemsMethods {
  return withComplaintMethods(
    withRectificationMethods(
      withSupervisionMethods(
        withAssessmentMethods(
          withAccountabilityMethods(
            withFirstAskMethods(withStaffBoardMethods(withFeeMethods(withCentreProfileMethods(base)))),
          ),
        ),
      ),
    ),
  );
}

export const tenSystemsRoutes = [
  ...centreProfileRoutes,
  ...feeRoutes,
  ...staffBoardRoutes,
  ...firstAskRoutes,
  ...accountabilityRoutes,
  ...assessmentRoutes,
  ...supervisionRoutes,
  ...rectificationRoutes,
  ...complaintRoutes,
];
/** `<CustomRoutes noLayout>`: printed documents */
export const tenSystemsPrintRoutes = [...feePrintRoutes];

export const TEN_SYSTEMS_MENU: MenuEntry[] = [
  { to: '/first-asks', label: 'ow.firstAsk.menu', icon: RecordVoiceOverIcon },
  { to: '/staff-board', label: 'ow.staffBoard.menu', icon: BadgeIcon },
  { to: '/supervisions', label: 'ow.supervisions.menu', icon: AssignmentLateIcon },
  { to: '/rectifications', label: 'ow.rectifications.menu', icon: BuildCircleIcon },
  {
    to: '/complaints',
    label: 'ow.complaints.menu',
    icon: ReportProblemIcon,
    roles: ['CLERK', 'APPROVER', 'MANAGER', 'ADMIN'],
  },
  { to: '/accountability', label: 'ow.accountability.menu', icon: GavelIcon, roles: ['MANAGER', 'ADMIN'] },
  { to: '/assessment', label: 'ow.assessment.menu', icon: LeaderboardIcon, roles: ['MANAGER', 'ADMIN'] },
  { to: '/fees/reconciliation', label: 'ow.fees.menu', icon: PaymentsIcon, roles: ['CLERK', 'MANAGER', 'ADMIN'] },
  { to: '/centre-profile', label: 'ow.centreProfile.menu', icon: StorefrontIcon, roles: ['ADMIN'] },
];
