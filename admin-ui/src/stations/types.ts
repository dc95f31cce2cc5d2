/** A row of GET /stations, keyed by code. */
export interface StationRow {
  id: string;
  code: string;
  name: string;
  village: string;
  active: boolean;
  agentCount: number;
}
