export const WHEREABOUTS_KINDS = ['SITE_SURVEY', 'MEETING', 'OUT_ON_BUSINESS', 'TRAINING'] as const;

/** api/staff-board/staff-board.types.ts ZBoardPerson */
export interface BoardPerson {
  id: string;
  name: string;
  departmentCode: string;
  departmentName: string;
  post: string | null;
  duties: string | null;
  status: 'AT_POST' | 'ON_LEAVE' | (typeof WHEREABOUTS_KINDS)[number];
  until: string | null;
  note: string | null;
  coveredByName: string | null;
  whereaboutsId: string | null;
}
export type PublicBoardPerson = Pick<
  BoardPerson,
  'name' | 'departmentName' | 'post' | 'duties' | 'status' | 'until' | 'coveredByName'
>;
