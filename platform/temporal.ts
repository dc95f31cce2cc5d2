import { readFileSync } from 'node:fs';
import { Client, Connection, type ConnectionOptions } from '@temporalio/client';
import { NativeConnection, type NativeConnectionOptions } from '@temporalio/worker';
import type { Config } from './config';

function tlsOptions(config: Config) {
  if (!config.TEMPORAL_TLS && !config.TEMPORAL_TLS_CERT_PATH) return undefined;
  return {
    serverNameOverride: config.TEMPORAL_TLS_SERVER_NAME,
    serverRootCACertificate: config.TEMPORAL_TLS_CA_PATH ? readFileSync(config.TEMPORAL_TLS_CA_PATH) : undefined,
    clientCertPair: config.TEMPORAL_TLS_CERT_PATH
      ? { crt: readFileSync(config.TEMPORAL_TLS_CERT_PATH), key: readFileSync(config.TEMPORAL_TLS_KEY_PATH!) }
      : undefined,
  };
}

export function connectionOptions(config: Config): ConnectionOptions & NativeConnectionOptions {
  return {
    address: config.TEMPORAL_ADDRESS,
    tls: tlsOptions(config),
    apiKey: config.TEMPORAL_API_KEY,
  };
}

/** Lazy: the API starts (and reports Temporal down on /api/health) even while Temporal is unreachable. */
export function connectClient(config: Config): Client {
  const connection = Connection.lazy(connectionOptions(config));
  return new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
}

export function connectWorker(config: Config): Promise<NativeConnection> {
  return NativeConnection.connect(connectionOptions(config));
}
