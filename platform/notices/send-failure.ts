/**
 * A channel could not deliver. `permanent`: trying again cannot help (an address the server refuses, a template the
 * provider does not know), so the notice fails now with the reason; otherwise it waits and is tried again.
 */
export class SendFailure extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}
