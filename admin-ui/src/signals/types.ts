/** A signal the matter waits for now (GET /matters/:id/signals): its name and the element waiting, by name. */
export interface SignalWait {
  name: string;
  nodeId: string;
  label: string;
}

/** A row of GET /signals: a signal running matters wait for, and how many. */
export interface SignalCount {
  name: string;
  waiting: number;
}

/** POST /signals/:name's answer. */
export interface BroadcastResult {
  reached: number;
  missed: number;
}
