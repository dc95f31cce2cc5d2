export const zh = {
  resources: {
    stations: {
      name: '便民服务站 |||| 便民服务站',
      menu: '便民服务站',
      fields: {
        code: '服务站编码',
        name: '服务站名称',
        village: '所在村（社区）',
        agentCount: '代办员',
        active: '状态',
      },
      titles: { create: '新建便民服务站', edit: '编辑便民服务站：%{name}' },
      helpers: {
        code: '大写字母、数字、连字符或下划线，如 ST-XICUN；创建后不能修改',
        active: '停用后不再向群众公开；代办员账号不受影响',
      },
      empty: '尚未配置便民服务站',
      error: '便民服务站列表加载失败',
    },
  },
};

export const en: typeof zh = {
  resources: {
    stations: {
      name: 'Service station |||| Service stations',
      menu: 'Service stations',
      fields: { code: 'Code', name: 'Name', village: 'Village (community)', agentCount: 'Agents', active: 'Status' },
      titles: { create: 'New service station', edit: 'Edit service station: %{name}' },
      helpers: {
        code: 'Capital letters, digits, hyphens or underscores, e.g. ST-XICUN; cannot change later',
        active: 'An inactive station is no longer listed to the public; its agents keep their accounts',
      },
      empty: 'No service station configured',
      error: 'Could not load the service stations',
    },
  },
};
