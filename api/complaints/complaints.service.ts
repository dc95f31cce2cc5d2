import { repliedOnTime } from '../../domain/complaints';
import { maskName } from '../../domain/identity';
import type { Db } from '../../platform/db';
import type { CurrentUser } from '../auth/auth.types';
import type { MattersService } from '../matters/matters.service';
import { matterScopeSql } from '../matters/matter-scope';
import { skipTake } from '../shared/list-query';
import { complaintCountSql, complaintsSql, type ComplaintFilter, type ComplaintSqlRow } from './complaints.sql';
import type { TComplaintQuery, TComplaintRow } from './complaints.types';

/** A complaint row as the console shows it: the complainant's name masked, on time once replied. */
function shown(row: ComplaintSqlRow): TComplaintRow {
  const { dueAt, replyOpened, ...rest } = row;
  return {
    ...rest,
    channel: row.channel as TComplaintRow['channel'],
    complainantName: maskName(row.complainantName),
    awaitingAssignment: !replyOpened && ['PENDING_START', 'IN_PROGRESS'].includes(row.status),
    onTime: row.completedAt ? repliedOnTime(row.completedAt, dueAt) : null,
  };
}

/** 投诉 read: the list (within the reader's matters), and a matter page's links both ways. */
export function createComplaintsService({ db, matters }: { db: Db; matters: MattersService }) {
  const read = (f: ComplaintFilter, page?: { skip: number; take: number }) =>
    db.$queryRaw<ComplaintSqlRow[]>(complaintsSql(f, page)).then((rows) => rows.map(shown));

  return {
    async list(query: TComplaintQuery, user: CurrentUser) {
      const filter: ComplaintFilter = {
        scope: matterScopeSql(user),
        channel: query.channel,
        departmentCode: query.departmentCode,
        state: query.state,
      };
      const [data, [{ total }]] = await Promise.all([
        read(filter, skipTake(query)),
        db.$queryRaw<{ total: number }[]>(complaintCountSql(filter)),
      ]);
      return { data, total };
    },

    /** The complaint this matter is (what it is about), and the complaints about this matter ("被投诉"). */
    async ofMatter(matterId: string, user: CurrentUser, ip?: string) {
      await matters.inScope(user, matterId, ip);
      const scope = matterScopeSql(user);
      const [[complaint], against] = await Promise.all([
        read({ scope, matterId }),
        read({ scope, subjectMatterId: matterId }),
      ]);
      return { complaint: complaint ?? null, against };
    },
  };
}
export type ComplaintsService = ReturnType<typeof createComplaintsService>;
