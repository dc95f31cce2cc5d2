export const zh = {
  resources: {
    procedures: {
      name: '流程 |||| 流程',
      fields: {
        key: '流程标识',
        name: '流程名称',
        updatedAt: '草稿更新时间',
        latestVersion: '最新版本',
        publishedAt: '发布时间',
        versions: '已发布版本',
        version: '版本',
      },
      helpers: { key: '小写字母开头，可含数字和连字符，如 dibao-apply' },
      actions: { design: '设计流程', openVersion: '只读查看', create: '新建流程' },
      unpublished: '未发布',
      empty: '还没有流程。新建一个流程，从标准模板（受理→转后台→现场勘察→审批→出证送达）开始设计。',
      noVersions: '尚未发布任何版本',
      validation: { key: '流程标识须为小写字母开头的字母、数字或连字符（2–64 位）' },
      notifications: { created: '流程已创建，进入设计' },
    },
  },
};

export const en: typeof zh = {
  resources: {
    procedures: {
      name: 'Procedure |||| Procedures',
      fields: {
        key: 'Key',
        name: 'Name',
        updatedAt: 'Draft updated',
        latestVersion: 'Latest version',
        publishedAt: 'Published',
        versions: 'Published versions',
        version: 'Version',
      },
      helpers: { key: 'Starts with a lower-case letter; letters, digits and hyphens, e.g. dibao-apply' },
      actions: { design: 'Design', openVersion: 'View read-only', create: 'New procedure' },
      unpublished: 'Not published',
      empty:
        'No procedures yet. Create one and start from the standard template (accept → route → survey → approve → deliver).',
      noVersions: 'No version published yet',
      validation: { key: 'The key must start with a lower-case letter and contain letters, digits or hyphens (2–64)' },
      notifications: { created: 'Procedure created; opening the designer' },
    },
  },
};
