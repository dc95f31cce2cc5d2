/** Messages of the shared console pieces: code labels, export button, pickers, dialogs. */
import { CASE_KIND_ZH, WARNING_LEVEL_ZH } from '../../../domain/code-labels';

export const zh = {
  ow: {
    shared: {
      export: {
        label: '导出 CSV',
        done: '已开始下载',
        failed: '导出失败：%{detail}',
      },
      active: { true: '启用', false: '已停用' },
      departments: {
        CENTRE: '中心管理',
        WINDOW: '综合受理窗口',
        MINZHENG: '民政办',
        CANLIAN: '残联',
        WEIJIAN: '卫健办',
        RENSHE: '人社所',
        ZIRAN: '自然资源所',
        NONGYE: '农业农村办',
        ZHUJIAN: '村镇建设办',
      },
      roles: {
        CLERK: '窗口工作人员',
        APPROVER: '审批人员',
        DESIGNER: '流程设计',
        MANAGER: '中心主任',
        ADMIN: '系统管理员',
        AGENT: '代办员',
      },
      kinds: CASE_KIND_ZH,
      warning: WARNING_LEVEL_ZH,
      delivery: {
        ONSITE: '窗口领取',
        MAIL: '免费邮寄',
        TERMINAL: '自助终端',
      },
      userPicker: {
        label: '选择人员',
        department: '部门',
        loading: '正在加载人员…',
        none: '该部门没有可选人员',
        error: '无法加载人员列表',
        inactive: '已停用',
      },
      forbidden: {
        title: '您无权访问此页面',
        hint: '此页面仅供以下角色使用：%{roles}。如需开通，请联系系统管理员。',
      },
      cancel: '取消',
      save: '保存',
      close: '关闭',
      workingDays: '%{smart_count} 个工作日 |||| %{smart_count} 个工作日',
      yes: '是',
      no: '否',
    },
  },
};

export const en: typeof zh = {
  ow: {
    shared: {
      export: {
        label: 'Export CSV',
        done: 'Download started',
        failed: 'Export failed: %{detail}',
      },
      active: { true: 'Active', false: 'Inactive' },
      departments: {
        CENTRE: 'Centre management',
        WINDOW: 'Comprehensive window',
        MINZHENG: 'Civil affairs',
        CANLIAN: 'Disabled persons federation',
        WEIJIAN: 'Health',
        RENSHE: 'Human resources and social security',
        ZIRAN: 'Natural resources',
        NONGYE: 'Agriculture and rural affairs',
        ZHUJIAN: 'Housing and construction',
      },
      roles: {
        CLERK: 'Window clerk',
        APPROVER: 'Approver',
        DESIGNER: 'Process designer',
        MANAGER: 'Centre manager',
        ADMIN: 'Administrator',
        AGENT: 'Village agent',
      },
      kinds: {
        IMMEDIATE: 'Immediate',
        PROMISED: 'Promised',
        JOINT: 'Joint',
        REPORTED: 'Reported up',
      },
      warning: {
        NONE: 'On track',
        YELLOW: 'Due soon',
        RED: 'Overdue',
      },
      delivery: {
        ONSITE: 'Collect at the window',
        MAIL: 'Free mail',
        TERMINAL: 'Self-service terminal',
      },
      userPicker: {
        label: 'Choose a person',
        department: 'Department',
        loading: 'Loading people…',
        none: 'Nobody to choose in this department',
        error: 'Could not load the people',
        inactive: 'inactive',
      },
      forbidden: {
        title: 'You may not open this page',
        hint: 'This page is for: %{roles}. Ask the administrator if you need access.',
      },
      cancel: 'Cancel',
      save: 'Save',
      close: 'Close',
      workingDays: '%{smart_count} working day |||| %{smart_count} working days',
      yes: 'Yes',
      no: 'No',
    },
  },
};
