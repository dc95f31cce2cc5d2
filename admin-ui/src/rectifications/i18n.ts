export const zh = {
  ow: {
    rectifications: {
      menu: '差评整改',
      title: '差评整改',
      intro:
        '申请人评价为 1–2 星的办件自动转责任科室整改：科室负责人在期限内写明整改措施；中心负责人审核通过后告知申请人，不通过的退回重新整改。',
      status: '状态',
      all: '全部',
      statuses: { OPEN: '待整改', REPLIED: '待审核', ACCEPTED: '已完成' },
      overdueOnly: '只看逾期未整改',
      late: '逾期',
      returned: '已退回 %{count} 次',
      columns: {
        matter: '办件',
        rating: '评价',
        dueDate: '整改期限',
        status: '状态',
        measures: '整改措施',
        actions: '操作',
      },
      reply: '回复整改措施',
      accept: '审核通过',
      return: '退回',
      reviewLine: '审核意见：%{note}',
      dialogs: {
        reply: { title: '回复整改措施', label: '整改措施', done: '整改措施已提交' },
        accept: { title: '审核通过整改', label: '审核意见（选填）', done: '已审核通过，已通知申请人' },
        return: { title: '退回整改', label: '退回原因', done: '已退回重新整改' },
      },
      failed: '操作失败：%{message}',
      loadFailed: '整改清单加载失败',
      empty: '暂无整改',
    },
  },
};

export const en: typeof zh = {
  ow: {
    rectifications: {
      menu: 'Rectifications',
      title: 'Rectifications after poor ratings',
      intro:
        'A matter rated 1–2 stars goes to the answerable department: its head replies with measures by the due date; a manager accepts them (the applicant is told) or sends them back.',
      status: 'Status',
      all: 'All',
      statuses: { OPEN: 'Awaiting measures', REPLIED: 'To review', ACCEPTED: 'Done' },
      overdueOnly: 'Late ones only',
      late: 'Late',
      returned: 'Sent back %{count} times',
      columns: {
        matter: 'Matter',
        rating: 'Rating',
        dueDate: 'Due',
        status: 'Status',
        measures: 'Measures',
        actions: 'Actions',
      },
      reply: 'Reply with measures',
      accept: 'Accept',
      return: 'Send back',
      reviewLine: 'Review: %{note}',
      dialogs: {
        reply: { title: 'Reply with measures', label: 'Measures taken', done: 'Measures sent' },
        accept: { title: 'Accept the measures', label: 'Note (optional)', done: 'Accepted: the applicant is told' },
        return: { title: 'Send the measures back', label: 'Why', done: 'Sent back for new measures' },
      },
      failed: 'Failed: %{message}',
      loadFailed: 'The rectification list could not be loaded',
      empty: 'No rectifications',
    },
  },
};
