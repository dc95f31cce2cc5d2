export const zh = {
  resources: {
    audit: {
      name: '审计日志 |||| 审计日志',
      menu: '审计日志',
      fields: {
        seq: '序号',
        at: '时间',
        actorName: '操作人',
        action: '操作',
        objectType: '对象类型',
        objectId: '对象编号',
        ip: 'IP 地址',
        from: '开始日期',
        to: '结束日期',
      },
      filters: {
        actorName: '操作人',
        action: '操作',
        objectType: '对象类型',
        objectId: '对象编号',
        from: '开始日期',
        to: '结束日期',
      },
      noDetail: '无详细信息',
      empty: '没有符合条件的审计记录',
      error: '审计日志加载失败',
    },
  },
};

export const en: typeof zh = {
  resources: {
    audit: {
      name: 'Audit log |||| Audit log',
      menu: 'Audit log',
      fields: {
        seq: 'No.',
        at: 'Time',
        actorName: 'Actor',
        action: 'Action',
        objectType: 'Object type',
        objectId: 'Object id',
        ip: 'IP address',
        from: 'From',
        to: 'To',
      },
      filters: {
        actorName: 'Actor',
        action: 'Action',
        objectType: 'Object type',
        objectId: 'Object id',
        from: 'From',
        to: 'To',
      },
      noDetail: 'No details',
      empty: 'No audit entry matches',
      error: 'Could not load the audit log',
    },
  },
};
