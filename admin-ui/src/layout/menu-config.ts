import type { ComponentType, ReactNode } from 'react';
import DashboardIcon from '@mui/icons-material/Dashboard';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import ReportProblemIcon from '@mui/icons-material/ReportProblemOutlined';
import NotificationImportantIcon from '@mui/icons-material/NotificationImportantOutlined';
import MenuBookIcon from '@mui/icons-material/MenuBookOutlined';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonthOutlined';
import PeopleIcon from '@mui/icons-material/PeopleOutlined';
import ApartmentIcon from '@mui/icons-material/ApartmentOutlined';
import StorefrontIcon from '@mui/icons-material/StorefrontOutlined';
import HolidayVillageIcon from '@mui/icons-material/HolidayVillageOutlined';
import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';
import ManageAccountsIcon from '@mui/icons-material/ManageAccountsOutlined';
import AddTaskIcon from '@mui/icons-material/AddTask';
import InboxIcon from '@mui/icons-material/MoveToInboxOutlined';
import FolderOpenIcon from '@mui/icons-material/FolderOpenOutlined';
import BackupIcon from '@mui/icons-material/BackupOutlined';
import MarkEmailUnreadIcon from '@mui/icons-material/MarkEmailUnreadOutlined';
import MoreTimeIcon from '@mui/icons-material/MoreTime';
import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import { InboxBadge } from '../tasks/InboxBadge';
import { TEN_SYSTEMS_MENU } from '../ten-systems';

/** Roles as the API returns them in /auth/me. */
export type Role = 'CLERK' | 'APPROVER' | 'DESIGNER' | 'MANAGER' | 'ADMIN' | 'AGENT';

export interface MenuEntry {
  /** route, e.g. '/procedures' */
  to: string;
  /** i18n key of the label */
  label: string;
  icon: ComponentType;
  /** wraps the icon, e.g. with a count badge */
  badge?: ComponentType<{ children: ReactNode }>;
  /** roles that see the entry; absent = every logged-in user */
  roles?: Role[];
  /** keep an entry for a page that does not exist yet out of the menu */
  hidden?: boolean;
}

/**
 * The console's menu, in display order. Other areas add their entries here (with `hidden: true` until the
 * route exists) and their labels in their own i18n file.
 */
export const MENU: MenuEntry[] = [
  { to: '/', label: 'ow.layout.menu.dashboard', icon: DashboardIcon },
  { to: '/intake', label: 'ow.intake.title', icon: AddTaskIcon, roles: ['CLERK', 'AGENT'] },
  { to: '/inbox', label: 'ow.inbox.menu', icon: InboxIcon, roles: ['APPROVER', 'CLERK', 'AGENT'], badge: InboxBadge },
  {
    to: '/matters',
    label: 'resources.matters.menu',
    icon: FolderOpenIcon,
    roles: ['CLERK', 'APPROVER', 'MANAGER', 'ADMIN', 'AGENT'],
  },
  {
    to: '/procedures',
    label: 'ow.layout.menu.procedures',
    icon: AccountTreeIcon,
    roles: ['DESIGNER', 'ADMIN', 'MANAGER'],
  },
  { to: '/stalled', label: 'resources.stalled.menu', icon: NotificationImportantIcon, roles: ['MANAGER'] },
  { to: '/incidents', label: 'resources.incidents.menu', icon: ReportProblemIcon, roles: ['ADMIN', 'MANAGER'] },
  { to: '/extension-requests', label: 'ow.clock.page.menu', icon: MoreTimeIcon, roles: ['MANAGER'] },
  { to: '/signals', label: 'ow.signals.page.menu', icon: CampaignIcon, roles: ['MANAGER', 'ADMIN'] },
  { to: '/items', label: 'resources.items.menu', icon: MenuBookIcon },
  { to: '/calendar', label: 'ow.calendar.menu', icon: CalendarMonthIcon, roles: ['ADMIN', 'MANAGER'] },
  { to: '/users', label: 'resources.users.menu', icon: PeopleIcon, roles: ['ADMIN'] },
  { to: '/departments', label: 'resources.departments.menu', icon: ApartmentIcon, roles: ['ADMIN'] },
  { to: '/windows', label: 'resources.windows.menu', icon: StorefrontIcon, roles: ['ADMIN'] },
  { to: '/stations', label: 'resources.stations.menu', icon: HolidayVillageIcon, roles: ['ADMIN'] },
  { to: '/audit', label: 'resources.audit.menu', icon: FactCheckIcon, roles: ['MANAGER', 'ADMIN'] },
  { to: '/notice-templates', label: 'resources.notice-templates.menu', icon: MarkEmailUnreadIcon, roles: ['ADMIN'] },
  { to: '/backups', label: 'resources.backups.menu', icon: BackupIcon, roles: ['ADMIN'] },
  ...TEN_SYSTEMS_MENU,
  { to: '/profile', label: 'ow.profile.menu', icon: ManageAccountsIcon },
];

export function visibleEntries(menu: MenuEntry[], roles: readonly string[] | undefined): MenuEntry[] {
  return menu.filter((e) => !e.hidden && (!e.roles || e.roles.some((r) => roles?.includes(r))));
}
