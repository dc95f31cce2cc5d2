import { Client, Connection } from '@temporalio/client';

/** A Temporal client on the test stack's server for the test file, closed after it: call it inside a test. */
export function useTemporalClient(): () => Client {
  let client: Client | undefined;
  beforeAll(async () => {
    client = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }) });
  });
  afterAll(async () => {
    await client?.connection.close();
  });
  return () => client!;
}
