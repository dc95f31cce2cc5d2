export const zh = {
  resources: {
    departments: {
      name: '部门 |||| 部门',
      menu: '部门',
      fields: {
        code: '部门编码',
        name: '部门名称',
        nameEn: '英文名称',
        active: '状态',
        headUserId: '科室负责人（负责差评整改）',
      },
      titles: { create: '新建部门', edit: '编辑部门：%{name}' },
      helpers: {
        code: '大写字母、数字或下划线，以字母开头，如 TUIYIJUNREN；创建后不能修改',
        active: '停用后不能再选为办理部门；仍有已发布流程、未办结任务或在用事项使用时不能停用',
      },
      validation: { code: '部门编码应为大写字母、数字或下划线，以字母开头（2–30 位）' },
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
        active: 'Status',
        headUserId: 'Head (answers rectifications)',
      },
      titles: { create: 'New department', edit: 'Edit department: %{name}' },
      helpers: {
        code: 'Capital letters, digits or underscores, starting with a letter, e.g. TUIYIJUNREN; cannot change later',
        active:
          'An inactive department can no longer be chosen for a step; it cannot be deactivated while a published version, an open task or an active item uses it',
      },
      validation: { code: 'A department code is 2–30 capital letters, digits or underscores, starting with a letter' },
      actions: { users: 'Show users' },
      empty: 'No department configured',
      error: 'Could not load the departments',
    },
  },
};
