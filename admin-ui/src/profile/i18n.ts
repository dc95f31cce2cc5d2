export const zh = {
  ow: {
    profile: {
      title: '个人设置',
      menu: '我的AB岗',
      department: '所属部门',
      roles: '角色',
      error: '无法加载您的个人信息',
    },
  },
};

export const en: typeof zh = {
  ow: {
    profile: {
      title: 'My settings',
      menu: 'My backup',
      department: 'Department',
      roles: 'Roles',
      error: 'Could not load your profile',
    },
  },
};
