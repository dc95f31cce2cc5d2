/** 撤件: the window's action on the matter page, the matter's withdrawal card and the public page's form. */
export const zh = {
  ow: {
    withdrawal: {
      title: '撤件',
      channels: { WINDOW: '窗口撤件（申请人书面申请）', PUBLIC: '申请人在线撤件' },
      recordedBy: '经办：%{name}',
      reasonLine: '撤件理由：%{reason}',
      actions: { withdraw: '撤件', download: '撤件申请书：%{name}' },
      dialog: {
        title: '撤件',
        warning: '撤件后办件即终止，所有待办环节取消、停止计时，并通知申请人。此操作不可撤销。',
        reason: '撤件理由',
        chooseFile: '选择撤件申请书',
        file: '申请人签名的撤件申请书（PDF、JPG 或 PNG）',
        confirm: '确认撤件',
      },
      notifications: {
        withdrawn: '已撤件，已通知申请人',
        failed: '撤件失败：%{message}',
        downloadFailed: '撤件申请书下载失败：%{message}',
      },
      public: {
        title: '申请撤件',
        help: '如不再需要办理，可申请撤件。撤件后办件终止，不能恢复；如需办理，须重新申请。',
        reason: '撤件理由',
        submit: '申请撤件',
        confirm: '确定撤件？撤件后不能恢复。',
        confirmYes: '确定撤件',
        cancel: '取消',
        done: '已撤件，撤件通知将发送至您的手机。',
      },
    },
  },
};

export const en = {
  ow: {
    withdrawal: {
      title: 'Withdrawal',
      channels: { WINDOW: "At the window (applicant's written request)", PUBLIC: 'By the applicant online' },
      recordedBy: 'Recorded by %{name}',
      reasonLine: 'Reason: %{reason}',
      actions: { withdraw: 'Withdraw', download: 'Signed request: %{name}' },
      dialog: {
        title: 'Withdraw the matter',
        warning:
          'The matter ends: every open task is cancelled, the clock stops and the applicant is notified. This cannot be undone.',
        reason: 'Reason for the withdrawal',
        chooseFile: 'Choose the signed request',
        file: "The applicant's signed withdrawal request (PDF, JPG or PNG)",
        confirm: 'Withdraw',
      },
      notifications: {
        withdrawn: 'Withdrawn; the applicant is notified',
        failed: 'Withdrawal failed: %{message}',
        downloadFailed: 'Could not download the signed request: %{message}',
      },
      public: {
        title: 'Withdraw the application',
        help: 'If you no longer need it, you can withdraw the application. It then ends for good; to go on, apply again.',
        reason: 'Reason for the withdrawal',
        submit: 'Withdraw',
        confirm: 'Withdraw the application? This cannot be undone.',
        confirmYes: 'Withdraw',
        cancel: 'Cancel',
        done: 'Withdrawn. A withdrawal notice is on its way to your phone.',
      },
    },
  },
};
