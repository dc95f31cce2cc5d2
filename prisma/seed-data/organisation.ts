import type { Role } from '../../generated/prisma/enums';

export const DEPARTMENTS = [
  { code: 'CENTRE', name: '便民服务中心（中心管理）', nameEn: 'Service centre management' },
  { code: 'WINDOW', name: '综合受理窗口', nameEn: 'Comprehensive window' },
  { code: 'MINZHENG', name: '民政办', nameEn: 'Civil affairs' },
  { code: 'CANLIAN', name: '残联', nameEn: 'Disabled persons federation' },
  { code: 'WEIJIAN', name: '卫健办', nameEn: 'Health' },
  { code: 'RENSHE', name: '人社所', nameEn: 'Human resources and social security' },
  { code: 'ZIRAN', name: '自然资源所', nameEn: 'Natural resources' },
  { code: 'NONGYE', name: '农业农村办', nameEn: 'Agriculture and rural affairs' },
  { code: 'ZHUJIAN', name: '村镇建设办', nameEn: 'Housing and construction' },
] as const;

export const WINDOWS = [
  { code: 'W01', name: '1号综合受理窗口', departmentCode: 'WINDOW' },
  { code: 'W02', name: '2号综合受理窗口', departmentCode: 'WINDOW' },
] as const;

export const STATIONS = [{ code: 'ST-DONGCUN', name: '东村便民服务站', village: '东村' }] as const;

/** The password every demo login starts with; printed by `npm start`. Demo data only. */
export const DEMO_PASSWORD = 'OneWindow2026';

export interface DemoUser {
  username: string;
  displayName: string;
  roles: Role[];
  departmentCode: string;
  stationCode?: string;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', displayName: '系统管理员', roles: ['ADMIN'], departmentCode: 'CENTRE' },
  { username: 'manager', displayName: '李主任', roles: ['MANAGER'], departmentCode: 'CENTRE' },
  { username: 'designer', displayName: '赵设计', roles: ['DESIGNER'], departmentCode: 'CENTRE' },
  { username: 'clerk', displayName: '王窗口', roles: ['CLERK'], departmentCode: 'WINDOW' },
  { username: 'clerk2', displayName: '陈窗口', roles: ['CLERK'], departmentCode: 'WINDOW' },
  { username: 'agent', displayName: '刘代办', roles: ['AGENT'], departmentCode: 'WINDOW', stationCode: 'ST-DONGCUN' },
  { username: 'minzheng', displayName: '张民政', roles: ['APPROVER'], departmentCode: 'MINZHENG' },
  { username: 'minzheng2', displayName: '孙民政', roles: ['APPROVER'], departmentCode: 'MINZHENG' },
  { username: 'canlian', displayName: '周残联', roles: ['APPROVER'], departmentCode: 'CANLIAN' },
  { username: 'weijian', displayName: '吴卫健', roles: ['APPROVER'], departmentCode: 'WEIJIAN' },
  { username: 'renshe', displayName: '郑人社', roles: ['APPROVER'], departmentCode: 'RENSHE' },
  { username: 'ziran', displayName: '冯自然', roles: ['APPROVER'], departmentCode: 'ZIRAN' },
  { username: 'nongye', displayName: '钱农业', roles: ['APPROVER'], departmentCode: 'NONGYE' },
  { username: 'zhujian', displayName: '何建设', roles: ['APPROVER'], departmentCode: 'ZHUJIAN' },
  // 审批 is done by someone other than who did 审查 and 现场勘察 (the seeded procedures' distinctFrom): each
  // department's head of approvals
  { username: 'minzheng-head', displayName: '林民政', roles: ['APPROVER'], departmentCode: 'MINZHENG' },
  { username: 'canlian-head', displayName: '高残联', roles: ['APPROVER'], departmentCode: 'CANLIAN' },
  { username: 'weijian-head', displayName: '罗卫健', roles: ['APPROVER'], departmentCode: 'WEIJIAN' },
  { username: 'renshe-head', displayName: '梁人社', roles: ['APPROVER'], departmentCode: 'RENSHE' },
  { username: 'ziran-head', displayName: '宋自然', roles: ['APPROVER'], departmentCode: 'ZIRAN' },
  { username: 'nongye-head', displayName: '唐农业', roles: ['APPROVER'], departmentCode: 'NONGYE' },
  { username: 'zhujian-head', displayName: '韩建设', roles: ['APPROVER'], departmentCode: 'ZHUJIAN' },
];
