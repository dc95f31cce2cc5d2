import type { ComponentType } from 'react';
import DashboardIcon from '@mui/icons-material/Dashboard';
import AccountTreeIcon from '@mui/icons-material/AccountTree';

/** Roles as the API returns them in /auth/me. */
export type Role = 'CLERK' | 'APPROVER' | 'DESIGNER' | 'MANAGER' | 'ADMIN' | 'AGENT';

export interface MenuEntry {
  /** route, e.g. '/procedures' */
  to: string;
  /** i18n key of the label */
  label: string;
  icon: ComponentType;
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
  { to: '/procedures', label: 'ow.layout.menu.procedures', icon: AccountTreeIcon, roles: ['DESIGNER', 'ADMIN', 'MANAGER'] },
];

export function visibleEntries(menu: MenuEntry[], roles: readonly string[] | undefined): MenuEntry[] {
  return menu.filter((e) => !e.hidden && (!e.roles || e.roles.some((r) => roles?.includes(r))));
}
