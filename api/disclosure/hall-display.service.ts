import type { Db } from '../../platform/db';
import { chinaDateOf, startOfChinaDay, startOfNextChinaDay } from '../../domain/china-time';
import { figuresSql, type FigureRow } from '../dashboard/dashboard-figures.sql';
import type { CentreProfileService } from './centre-profile.service';
import type { ResultsNoticeService } from './results-notice.service';
import type { StaffBoardService } from '../staff-board/staff-board.service';

/** the latest results the screen rolls through */
const RECENT_RESULTS = 10;

/**
 * 三上墙 on the hall's electronic screen: fee standards with their basis, service discipline, commitments, today's
 * figures, the latest results and the staff board (职责栏·去向栏). One call the screen repeats; it holds no personal data.
 */
export function createHallDisplayService(deps: {
  db: Db;
  centre: CentreProfileService;
  results: ResultsNoticeService;
  staff: StaffBoardService;
  now?: () => Date;
}) {
  const { db, centre, results, staff } = deps;
  const now = deps.now ?? (() => new Date());

  async function todayFigures(at: Date) {
    const today = chinaDateOf(at);
    const period = {
      fromDate: today,
      toDate: today,
      fromInstant: startOfChinaDay(today).toISOString(),
      toInstant: startOfNextChinaDay(today).toISOString(),
    };
    const rows = await db.$queryRaw<FigureRow[]>(figuresSql(period, today, at));
    const totals = rows.find((r) => r.byDepartment && r.byWindow && r.byItem);
    return {
      acceptedToday: totals?.acceptedToday ?? 0,
      completedToday: totals?.completed ?? 0,
      inProgress: totals?.inProgress ?? 0,
      overdue: totals?.overdue ?? 0,
    };
  }

  async function feeBoard() {
    const items = await db.serviceItem.findMany({
      where: { active: true, feeStandards: { some: {} } },
      select: {
        code: true,
        name: true,
        feeStandards: {
          select: { name: true, amountFen: true, unit: true, basis: true },
          orderBy: [{ sort: 'asc' }, { code: 'asc' }],
        },
      },
      orderBy: { code: 'asc' },
    });
    return items.map((i) => ({ itemCode: i.code, itemName: i.name, lines: i.feeStandards }));
  }

  return {
    async board() {
      const at = now();
      const today = chinaDateOf(at);
      const [profile, figures, fees, latest, board] = await Promise.all([
        centre.get(),
        todayFigures(at),
        feeBoard(),
        results.notice({ page: 1, perPage: RECENT_RESULTS }),
        staff.board(),
      ]);
      return {
        generatedAt: at,
        today,
        centre: {
          name: profile.name,
          hours: profile.hours,
          phone: profile.phone,
          complaintPhone: profile.complaintPhone,
          discipline: profile.discipline,
          commitments: profile.commitments,
        },
        figures,
        fees,
        latestResults: latest.data,
        staff: board,
      };
    },
  };
}
export type HallDisplayService = ReturnType<typeof createHallDisplayService>;
