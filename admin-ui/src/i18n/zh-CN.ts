export const zhCN = {
  ow: {
    appTitle: '一窗通办',
    dashboard: {
      title: '工作台',
      welcome: '欢迎使用一窗通办：一窗受理、后台办理、限时办结、全程可视。',
      health: '系统状态',
      up: '正常',
      down: '异常',
      database: '数据库',
      temporal: '流程引擎',
      worker: '流程执行器',
    },
  },
};
export type Messages = typeof zhCN;
