import type { Messages } from './zh-CN';

export const en: Messages = {
  ow: {
    appTitle: 'OneWindow',
    dashboard: {
      title: 'Dashboard',
      welcome: 'OneWindow: accepted at one window, handled by the back office, finished on time, every step visible.',
      health: 'System status',
      up: 'up',
      down: 'down',
      database: 'Database',
      temporal: 'Workflow engine',
      worker: 'Workflow worker',
    },
  },
};
