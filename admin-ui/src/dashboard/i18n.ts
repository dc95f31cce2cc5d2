/** Dashboard messages (title, welcome and health come from the core messages in i18n/zh-CN.ts). */
export const zh = {
  ow: {
    dashboard: {
      welcomeUser: '您好，%{name}',
      manager: {
        title: '运行监测',
        subtitle: '全中心办件受理、在办、预警和满意度一览',
        loading: '正在统计',
        loadingHint: '正在汇总办件数据，请稍候…',
        refreshing: '正在刷新统计',
        error: '统计数据加载失败',
        periodNote:
          '统计期间 %{from} 至 %{to}：平均办理天数、按时办结率、平均评分和下方图表按此期间计算；今日受理、在办和预警为当前数。',
      },
      range: {
        label: '统计期间',
        today: '今天',
        last7: '近 7 天',
        month: '本月',
        last30: '近 30 天',
        from: '开始日期',
        to: '结束日期',
      },
      kpi: {
        acceptedToday: '今日受理',
        inProgress: '在办',
        dueSoon: '即将到期',
        overdue: '已超期',
        avgHandlingDays: '平均办理天数',
        onTimeRate: '按时办结率',
        avgRating: '平均评分',
        daysValue: '%{value} 天',
        scoreValue: '%{value} 分',
        hints: {
          acceptedToday: '今天窗口受理的办件',
          inProgress: '正在办理中的办件',
          dueSoon: '黄色预警，点击查看督办',
          overdue: '红色预警，点击查看督办',
          avgHandlingDays: '已办结办件，按工作日',
          onTimeRate: '期限内办结 / 全部办结',
          avgRating: '好差评，满分 5 分',
        },
        series: {
          inProgress: '在办',
          overdue: '超期',
          completed: '办结',
          accepted: '受理',
        },
      },
      charts: {
        byDepartment: '各部门办件',
        byWindow: '各窗口受理量',
        byItem: '各事项办件',
        topItems: '受理量前 %{count} 项',
        empty: '该期间暂无办件',
      },
      roles: {
        clerk: {
          title: '窗口受理',
          text: '查询办事指南、核对材料，一窗受理并打印受理回执或一次性告知书。',
          action: '开始受理',
        },
        agent: { title: '委托代办', text: '为村（社区）群众代办事项：录入委托信息并提交受理。', action: '代办受理' },
        approver: { title: '我的待办', text: '认领并办理本部门的审批、勘察任务，注意办理时限。', action: '查看待办' },
        designer: { title: '流程设计', text: '用 BPMN 设计事项的办理流程，校验后发布新版本。', action: '进入流程设计' },
        catalogue: {
          title: '办事指南',
          text: '查阅各事项的申请条件、申请材料、法律依据和办理时限。',
          action: '查看事项目录',
        },
      },
    },
  },
};

export const en: typeof zh = {
  ow: {
    dashboard: {
      welcomeUser: 'Hello, %{name}',
      manager: {
        title: 'Operations overview',
        subtitle: 'Intake, work in progress, warnings and satisfaction across the centre',
        loading: 'Computing figures',
        loadingHint: 'Summarising matters, please wait…',
        refreshing: 'Refreshing figures',
        error: 'Could not load the figures',
        periodNote:
          'Period %{from} to %{to}: average handling days, on-time rate, average rating and the charts below cover this period; accepted today, in progress and warnings are current counts.',
      },
      range: {
        label: 'Period',
        today: 'Today',
        last7: 'Last 7 days',
        month: 'This month',
        last30: 'Last 30 days',
        from: 'From',
        to: 'To',
      },
      kpi: {
        acceptedToday: 'Accepted today',
        inProgress: 'In progress',
        dueSoon: 'Due soon',
        overdue: 'Overdue',
        avgHandlingDays: 'Average handling time',
        onTimeRate: 'On-time rate',
        avgRating: 'Average rating',
        daysValue: '%{value} days',
        scoreValue: '%{value} / 5',
        hints: {
          acceptedToday: 'Matters accepted at the windows today',
          inProgress: 'Matters being handled',
          dueSoon: 'Yellow warning; open the supervision list',
          overdue: 'Red warning; open the supervision list',
          avgHandlingDays: 'Completed matters, in working days',
          onTimeRate: 'Completed on time / all completed',
          avgRating: 'Applicant ratings, out of 5',
        },
        series: {
          inProgress: 'In progress',
          overdue: 'Overdue',
          completed: 'Completed',
          accepted: 'Accepted',
        },
      },
      charts: {
        byDepartment: 'Matters by department',
        byWindow: 'Accepted by window',
        byItem: 'Matters by item',
        topItems: 'Top %{count} by accepted',
        empty: 'No matters in this period',
      },
      roles: {
        clerk: {
          title: 'Window intake',
          text: 'Look up the guide, check the materials, accept at one window and print the receipt or the notice.',
          action: 'Start intake',
        },
        agent: {
          title: 'Entrusted agency',
          text: 'Apply on behalf of villagers: record the entrustment and submit the application.',
          action: 'Apply as agent',
        },
        approver: {
          title: 'My tasks',
          text: "Claim and handle your department's review and survey tasks within their time limits.",
          action: 'Open tasks',
        },
        designer: {
          title: 'Procedure design',
          text: "Design the items' procedures in BPMN, validate them and publish new versions.",
          action: 'Open the designer',
        },
        catalogue: {
          title: 'Service guide',
          text: 'Conditions, materials, legal basis and time limits of every item.',
          action: 'Open the catalogue',
        },
      },
    },
  },
};
