/** A published procedure a call activity may run. */
export interface ProcedureOption {
  key: string;
  name: string;
  latestVersion: number;
}

export interface OwProcedures {
  /** the published procedures (this one excepted), as the designer page last loaded them */
  list(): ProcedureOption[];
}

/** diagram-js service `owProcedures`: the call activity's picker lists the procedures published in the console. */
export const createProceduresModule = (list: () => ProcedureOption[]) => ({
  owProcedures: ['value', { list } satisfies OwProcedures],
});
