/** Layout messages: product name, app bar, menu, shared empty / error states. */
export const zh = {
  ow: {
    layout: {
      productName: '一窗通办',
      productTagline: '便民服务中心综合受理与流程管理平台',
      switchLocale: '切换语言',
      menu: { dashboard: '工作台', procedures: '流程设计' },
      empty: '暂无数据',
      error: '加载失败，请稍后重试',
      retry: '重试',
      notFound: '未找到该页面',
    },
  },
};

export const en: typeof zh = {
  ow: {
    layout: {
      productName: 'OneWindow',
      productTagline: 'One-window intake and procedure management for service centres',
      switchLocale: 'Switch language',
      menu: { dashboard: 'Dashboard', procedures: 'Procedure design' },
      empty: 'Nothing here yet',
      error: 'Could not load the data. Please try again.',
      retry: 'Retry',
      notFound: 'Page not found',
    },
  },
};
