/** A refusal or failure of a backup, restore or reconcile, in both languages; `part` names the archive part at fault. */
export class BackupError extends Error {
  constructor(
    readonly code:
      | 'BUSY'
      | 'WRONG_PASSPHRASE'
      | 'NOT_AN_ARCHIVE'
      | 'TAMPERED'
      | 'TRUNCATED'
      | 'MISMATCH'
      | 'NOT_EMPTY'
      | 'STACK_RUNNING'
      | 'PII_KEY'
      | 'INCOMPATIBLE'
      | 'MISSING_TOOL'
      | 'CONFIG',
    readonly zh: string,
    readonly en: string,
    readonly part?: string,
  ) {
    super(`${zh} / ${en}`);
  }
}
