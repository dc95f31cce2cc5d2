export interface DepartmentFigures {
  code: string;
  name: string;
  inProgress: number;
  overdue: number;
  completed: number;
}

export interface WindowFigures {
  code: string;
  name: string;
  accepted: number;
}

export interface ItemFigures {
  code: string;
  name: string;
  accepted: number;
  completed: number;
  overdue: number;
}

/** 投诉 of one department concerned, or the centre's totals */
export interface ComplaintFigures {
  received: number;
  replied: number;
  repliedOnTime: number;
  /** 0..1, null when none were replied */
  onTimeRate: number | null;
  upheld: number;
}

/** GET /dashboard/summary */
export interface DashboardSummary {
  acceptedToday: number;
  inProgress: number;
  dueSoon: number;
  overdue: number;
  avgHandlingDays: number | null;
  /** 0..1 */
  onTimeRate: number | null;
  avgRating: number | null;
  rectificationRate: number | null;
  overdueRectifications: number;
  overdueSupervisions: number;
  byDepartment: DepartmentFigures[];
  byWindow: WindowFigures[];
  byItem: ItemFigures[];
  complaints: ComplaintFigures & {
    unassigned: number;
    byDepartment: Array<ComplaintFigures & { code: string; name: string }>;
  };
}

export interface DateRange {
  from: string;
  to: string;
}
