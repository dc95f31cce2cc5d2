export const zh = {
  resources: {
    stalled: {
      name: '督办 |||| 督办',
      title: '督查督办',
      menu: '督查督办',
      fields: {
        receiptNo: '受理编号',
        itemName: '事项',
        leadDepartmentCode: '牵头部门',
        dueDate: '办结期限',
        warningLevel: '预警',
        lastProgressAt: '最近进展',
        openTaskAssignees: '当前办理人',
        departmentCode: '牵头部门',
      },
      filters: { departmentCode: '牵头部门' },
      idle: '%{smart_count} 天无进展 |||| %{smart_count} 天无进展',
      empty: '没有超期或停滞的办件，各部门办理正常。',
      error: '督办清单加载失败',
      actions: {
        supervise: '督办',
        reassign: '转派',
        open: '查看办件',
      },
      supervise: {
        title: '督办 %{receiptNo}',
        message: '督办意见',
        messageHint: '意见将记录在办件上，并通知承办人员',
        toUser: '督办对象（可选，默认牵头部门）',
        submit: '发出督办',
        templates: {
          speedUp: '该件已超期，请加快办理并于今日内反馈进展。',
          reportToday: '请于今日下班前报告办理进度及预计办结时间。',
          explainDelay: '请书面说明未按期办理的原因及整改措施。',
        },
      },
      reassign: {
        title: '转派 %{smart_count} 件办件的待办任务 |||| 转派 %{smart_count} 件办件的待办任务',
        hint: '所选办件中尚未完成的任务将全部转给下面选择的人员。',
        mixedDepartments: '所选办件属于不同的牵头部门，请确认接收人员能够办理全部任务。',
        submit: '确认转派',
      },
      notifications: {
        supervised: '已对 %{receiptNo} 发出督办',
        superviseFailed: '督办失败：%{detail}',
        reassigned: '已转派 %{smart_count} 个任务 |||| 已转派 %{smart_count} 个任务',
        nothingToReassign: '所选办件没有可转派的待办任务',
        reassignFailed: '转派失败：%{detail}',
      },
    },
  },
};

export const en: typeof zh = {
  resources: {
    stalled: {
      name: 'Supervision |||| Supervision',
      title: 'Supervision of overdue matters',
      menu: 'Supervision',
      fields: {
        receiptNo: 'Receipt no.',
        itemName: 'Item',
        leadDepartmentCode: 'Lead department',
        dueDate: 'Due date',
        warningLevel: 'Warning',
        lastProgressAt: 'Last progress',
        openTaskAssignees: 'Held by',
        departmentCode: 'Lead department',
      },
      filters: { departmentCode: 'Lead department' },
      idle: 'No progress for %{smart_count} day |||| No progress for %{smart_count} days',
      empty: 'No overdue or stalled matters: every department is on track.',
      error: 'Could not load the supervision list',
      actions: {
        supervise: 'Supervise',
        reassign: 'Reassign',
        open: 'Open matter',
      },
      supervise: {
        title: 'Supervise %{receiptNo}',
        message: 'Instruction',
        messageHint: 'Recorded on the matter and sent to the people handling it',
        toUser: 'Addressed to (optional; default: the lead department)',
        submit: 'Send',
        templates: {
          speedUp: 'This matter is overdue: please speed up and report progress today.',
          reportToday: 'Please report the progress and the expected completion date before the end of today.',
          explainDelay: 'Please explain in writing why the time limit was missed and how it will be remedied.',
        },
      },
      reassign: {
        title:
          'Reassign the open tasks of %{smart_count} matter |||| Reassign the open tasks of %{smart_count} matters',
        hint: 'Every unfinished task of the selected matters goes to the person chosen below.',
        mixedDepartments:
          'The selected matters have different lead departments: make sure the person can handle all the tasks.',
        submit: 'Reassign',
      },
      notifications: {
        supervised: 'Supervision sent for %{receiptNo}',
        superviseFailed: 'Supervision failed: %{detail}',
        reassigned: '%{smart_count} task reassigned |||| %{smart_count} tasks reassigned',
        nothingToReassign: 'The selected matters have no open task to reassign',
        reassignFailed: 'Reassignment failed: %{detail}',
      },
    },
  },
};
