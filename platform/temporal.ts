import { readFileSync } from 'node:fs';
import { Client, Connection, type ConnectionLike, type ConnectionOptions } from '@temporalio/client';
import { NativeConnection, type NativeConnectionOptions } from '@temporalio/worker';
import type { Config } from './config';
import type { Logger } from './logger';
import { ensureTemporalNamespace, TemporalNamespaceError } from './temporal-namespace-check';
import type { CommandTarget } from './temporal-namespace-plan';

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

/** Where the namespace check's commands point: this configuration's server, with its TLS and API-key flags. */
export const namespaceTarget = (config: Config): CommandTarget => ({
  address: config.TEMPORAL_ADDRESS,
  namespace: config.TEMPORAL_NAMESPACE,
  tls: Boolean(config.TEMPORAL_TLS || config.TEMPORAL_TLS_CERT_PATH),
  apiKey: Boolean(config.TEMPORAL_API_KEY),
});

const REACH_DEADLINE_MS = 5_000;
const CHECK_DEADLINE_MS = 60_000;
const CHECK_RETRY_MS = 5_000;

/**
 * The namespace and search attributes, checked (and created where allowed) before a process serves. A namespace
 * that cannot be made fit throws TemporalNamespaceError. The API also starts while Temporal is unreachable (its
 * health says so): `whenUnreachable: 'retry'` then repeats the check in the background, and `onUnfit` ends the
 * process once a reachable server turns out unfit. The worker cannot run without Temporal: it throws.
 */
export async function checkTemporalNamespace(
  config: Config,
  connection: ConnectionLike,
  logger: Logger,
  opts: { whenUnreachable: 'throw' } | { whenUnreachable: 'retry'; onUnfit: (e: TemporalNamespaceError) => void },
): Promise<void> {
  const attempt = async () => {
    // unreachable is told apart quickly; the check itself may wait for a new namespace to settle
    await connection.withDeadline(Date.now() + REACH_DEADLINE_MS, () => connection.workflowService.getSystemInfo({}));
    return connection.withDeadline(Date.now() + CHECK_DEADLINE_MS, () =>
      ensureTemporalNamespace(connection, {
        target: namespaceTarget(config),
        retentionDays: config.TEMPORAL_NAMESPACE_RETENTION_DAYS,
        log: (message) => logger.info(message),
      }),
    );
  };
  try {
    await attempt();
    return;
  } catch (e) {
    if (e instanceof TemporalNamespaceError || opts.whenUnreachable === 'throw') throw e;
    logger.warn('Temporal not reachable: its namespace is checked once it is', { error: String(e).split('\n')[0] });
  }
  const { onUnfit } = opts;
  const retry = () =>
    void attempt().then(
      () => logger.info('Temporal namespace checked', { namespace: config.TEMPORAL_NAMESPACE }),
      (e) => (e instanceof TemporalNamespaceError ? onUnfit(e) : setTimeout(retry, CHECK_RETRY_MS).unref()),
    );
  setTimeout(retry, CHECK_RETRY_MS).unref();
}
