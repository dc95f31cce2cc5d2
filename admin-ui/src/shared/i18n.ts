/** Messages of the shared console pieces (export button, chips, pickers). */
export const zh = {
  ow: {
    shared: {
      export: {
        label: '导出 CSV',
        done: '已开始下载',
        failed: '导出失败：%{detail}',
      },
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
    },
  },
};
