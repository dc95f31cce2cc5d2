import { serviceIndex, serviceIndexParts, workloadOf, type ServiceIndexWeights } from '../../domain/service-index';
import type { Db } from '../../platform/db';
import { runSql } from '../../platform/db';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { peopleSql, stationsSql, type FigureRow, type PersonRow, type StationRow } from './assessment.sql';
import type { AssessmentReport, TPeriodQuery, TWeightsInput } from './assessment.types';
import { COMPLAINTS_SOURCE } from './complaints-upheld';

/** the weights until an admin sets them (the migration writes the same row) */
export const DEFAULT_WEIGHTS: ServiceIndexWeights = { efficiency: 40, quality: 40, performance: 20 };

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);
const withRate = <T extends FigureRow>(row: T) => ({ ...row, onTimeRate: rate(row.onTime, row.finished) });

/**
 * 考核: per person and per village station, the period's matters finished, on-time rate, days against the promise,
 * ratings, upheld complaints and first-ask records, summed in SQL from the daily rollup the database keeps of the
 * records (assessment.sql.ts); and
 * each station's service index from them with the weights an admin set (domain/service-index.ts).
 */
export function createAssessmentService(deps: { db: Db; audit: AuditService }) {
  const { db, audit } = deps;

  async function weights() {
    const row = await db.assessmentWeights.findUnique({ where: { id: 1 } });
    return row
      ? { efficiency: row.efficiency, quality: row.quality, performance: row.performance, updatedAt: row.updatedAt }
      : { ...DEFAULT_WEIGHTS, updatedAt: null };
  }

  return {
    weights,

    async report(query: TPeriodQuery): Promise<AssessmentReport> {
      const [people, stations, w] = await Promise.all([
        runSql<PersonRow>(db, peopleSql(query)),
        runSql<StationRow>(db, stationsSql(query)),
        weights(),
      ]);
      const busiest = Math.max(0, ...stations.map(workloadOf));
      return {
        from: query.from,
        to: query.to,
        weights: w,
        complaintsSource: { ...COMPLAINTS_SOURCE },
        people: people.map(withRate),
        stations: stations.map((s) => {
          const parts = serviceIndexParts(s, busiest);
          return { ...withRate(s), parts, serviceIndex: serviceIndex(parts, w) };
        }),
      };
    },

    async setWeights(input: TWeightsInput, user: CurrentUser, ip?: string) {
      const data = { ...input, updatedById: user.id };
      await db.assessmentWeights.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'assessment.weights',
        objectType: 'AssessmentWeights',
        objectId: '1',
        ip,
        detail: { ...input },
      });
      return weights();
    },

    /** an export carries staff's figures out of the system: it leaves an audit entry */
    async recordExport(query: object, user: CurrentUser, ip?: string) {
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'assessment.export',
        ip,
        detail: { filters: query },
      });
    },
  };
}
export type AssessmentService = ReturnType<typeof createAssessmentService>;
