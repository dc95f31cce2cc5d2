export const zh = {
  resources: {
    departments: {
      name: '部门 |||| 部门',
      menu: '部门',
      fields: {
        code: '部门编码',
        name: '部门名称',
        nameEn: '英文名称',
      },
      actions: { users: '查看人员' },
      empty: '尚未配置部门',
      error: '部门列表加载失败',
    },
  },
};

export const en: typeof zh = {
  resources: {
    departments: {
      name: 'Department |||| Departments',
      menu: 'Departments',
      fields: {
        code: 'Code',
        name: 'Name',
        nameEn: 'English name',
      },
      actions: { users: 'Show users' },
      empty: 'No department configured',
      error: 'Could not load the departments',
    },
  },
};
