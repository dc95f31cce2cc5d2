export const zh = {
  resources: {
    windows: {
      name: '受理窗口 |||| 受理窗口',
      menu: '受理窗口',
      fields: { code: '窗口编码', name: '窗口名称', kind: '窗口类型', departmentCode: '所属部门', active: '状态' },
      kinds: { COMPREHENSIVE: '综合受理窗口', SPECIALIZED: '专业窗口' },
      titles: { create: '新建受理窗口', edit: '编辑受理窗口：%{name}' },
      helpers: {
        code: '大写字母、数字、连字符或下划线，如 W03；创建后不能修改',
        active: '停用后不能再在此窗口受理办件；已受理的办件不受影响',
      },
      empty: '尚未配置受理窗口',
      error: '受理窗口列表加载失败',
    },
  },
};

export const en: typeof zh = {
  resources: {
    windows: {
      name: 'Window |||| Windows',
      menu: 'Windows',
      fields: { code: 'Code', name: 'Name', kind: 'Kind', departmentCode: 'Department', active: 'Status' },
      kinds: { COMPREHENSIVE: 'Comprehensive window', SPECIALIZED: 'Specialised window' },
      titles: { create: 'New window', edit: 'Edit window: %{name}' },
      helpers: {
        code: 'Capital letters, digits, hyphens or underscores, e.g. W03; cannot change later',
        active: 'An inactive window accepts no new matters; the matters it accepted are not affected',
      },
      empty: 'No window configured',
      error: 'Could not load the windows',
    },
  },
};
