/**
 * The Chinese names of the codes people read: the console's zh-CN messages and the CSV exports (read in Excel,
 * in Chinese) both take them from here, so a renamed status reads the same everywhere.
 */
const labels = <Code extends string>(names: Record<Code, string>) => names;

export const CASE_KIND_ZH = labels({ IMMEDIATE: '即办件', PROMISED: '承诺件', JOINT: '联办件', REPORTED: '上报件' });

export const MATTER_STATUS_ZH = labels({
  PENDING_START: '待启动',
  IN_PROGRESS: '办理中',
  SUSPENDED: '补正中（暂停计时）',
  COMPLETED: '已办结',
  REJECTED: '退办',
  REPORTED_UP: '已上报',
  NOT_ACCEPTED: '未受理',
  WITHDRAWN: '已撤件',
  TERMINATED: '已终止办理',
});

export const WARNING_LEVEL_ZH = labels({ NONE: '正常', YELLOW: '即将到期', RED: '已超期' });

export const TASK_STATUS_ZH = labels({
  OPEN: '待签收',
  CLAIMED: '办理中',
  COMPLETED: '已完成',
  CANCELLED: '已取消',
  SUSPENDED: '补正暂停',
});

/** The label of a code, or the code itself when it has none (a value added later must still export). */
export const labelOf = (names: Record<string, string>, code: string | null | undefined): string =>
  code == null ? '' : (names[code] ?? code);
