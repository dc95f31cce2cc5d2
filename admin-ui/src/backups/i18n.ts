export const zh = {
  resources: {
    backups: {
      name: '备份与恢复 |||| 备份与恢复',
      menu: '备份与恢复',
      fields: {
        startedAt: '开始时间',
        kind: '类型',
        trigger: '发起方式',
        status: '结果',
        sizeBytes: '大小',
        archive: '归档',
      },
      kinds: { BACKUP: '备份', RECONCILE: '核对', RESTORE: '恢复' },
      triggers: { cli: '命令行', schedule: '每晚定时', console: '控制台', restore: '恢复后自动' },
      status: { DUE: '待运行', RUNNING: '进行中', SUCCEEDED: '成功', FAILED: '失败' },
      parts: { temporal: '流程引擎（Temporal）', postgres: '数据库（PostgreSQL）', files: '文件库' },
      partLine: '%{files} 个文件，%{size}，快照于 %{at}',
      reconcileLine: '核对 %{matters} 件办件：修复 %{repaired} 件，重新启动 %{restarted} 件，待处理 %{findings} 项',
      lastBackup: '最近一次备份',
      lastReconcile: '最近一次核对',
      lastRestore: '最近一次恢复',
      never: '尚无记录',
      lastFailed: '最近一次备份失败：%{error}。请检查后立即手动备份。',
      noPassphrase: '未设置备份口令（BACKUP_PASSPHRASE），每晚备份已关闭。',
      scheduleOff: '已关闭',
      noS3: '未配置',
      settingsLine:
        '每晚备份：%{schedule}；保留最近 %{keep} 份；目录 %{folder}；对象存储 %{s3}；失败时邮件通知 %{alerts} 位管理员',
      restoredFrom: '由归档 %{archive} 恢复；恢复后的核对见“核对”记录。',
      restarted: '流程不在备份中（在流程快照之后受理）：已从第一步重新启动',
      whatToDo: '处理办法',
      empty: '还没有备份、恢复或核对记录',
      error: '备份记录加载失败',
      actions: { backup: '立即备份', reconcile: '立即核对' },
      notifications: {
        backupStarted: '备份已开始，由工作进程执行，完成后显示在列表中',
        reconcileStarted: '核对已开始，完成后显示在列表中',
        failed: '操作失败：%{detail}',
      },
    },
  },
};

export const en: typeof zh = {
  resources: {
    backups: {
      name: 'Backups |||| Backups',
      menu: 'Backups',
      fields: {
        startedAt: 'Started',
        kind: 'Kind',
        trigger: 'Started by',
        status: 'Result',
        sizeBytes: 'Size',
        archive: 'Archive',
      },
      kinds: { BACKUP: 'Backup', RECONCILE: 'Reconcile', RESTORE: 'Restore' },
      triggers: { cli: 'Command line', schedule: 'Nightly', console: 'Console', restore: 'After a restore' },
      status: { DUE: 'Due', RUNNING: 'Running', SUCCEEDED: 'Succeeded', FAILED: 'Failed' },
      parts: { temporal: 'Workflow engine (Temporal)', postgres: 'Database (PostgreSQL)', files: 'File store' },
      partLine: '%{files} files, %{size}, snapshot at %{at}',
      reconcileLine:
        '%{matters} matters checked: %{repaired} repaired, %{restarted} restarted, %{findings} findings to act on',
      lastBackup: 'Last backup',
      lastReconcile: 'Last reconcile',
      lastRestore: 'Last restore',
      never: 'None yet',
      lastFailed: 'The last backup failed: %{error}. Check it and back up by hand now.',
      noPassphrase: 'No backup passphrase (BACKUP_PASSPHRASE) is set: nightly backups are off.',
      scheduleOff: 'off',
      noS3: 'none',
      settingsLine:
        'Nightly backup: %{schedule}; the last %{keep} kept; folder %{folder}; object store %{s3}; %{alerts} admins mailed on failure',
      restoredFrom: 'Restored from %{archive}; the reconcile after it is listed as a Reconcile run.',
      restarted:
        'Its workflow was not in the backup (accepted after the workflows snapshot): started again from its first step',
      whatToDo: 'What to do',
      empty: 'No backup, restore or reconcile yet',
      error: 'Could not load the backup runs',
      actions: { backup: 'Back up now', reconcile: 'Reconcile now' },
      notifications: {
        backupStarted: 'Backup started in the worker; it shows in the list when done',
        reconcileStarted: 'Reconcile started; it shows in the list when done',
        failed: 'Failed: %{detail}',
      },
    },
  },
};
