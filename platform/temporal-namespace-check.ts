import { isGrpcServiceError, type ConnectionLike } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { SEARCH_ATTRIBUTES } from '../workflows/search-attributes';
import {
  attributeProblemMessage,
  diffSearchAttributes,
  INDEXED_VALUE_TYPE,
  namespaceProblemMessage,
  type CommandTarget,
  type SearchAttributeType,
} from './temporal-namespace-plan';

/** The Temporal services the check calls (a Client's connection has them). */
export type NamespaceServices = Pick<ConnectionLike, 'workflowService' | 'operatorService'>;

/** The namespace or its search attributes are missing and could not be created: start-up must stop, with this message. */
export class TemporalNamespaceError extends Error {}

export interface NamespaceCheckOptions {
  target: CommandTarget;
  /** retention of closed workflows' histories, for a namespace this check creates */
  retentionDays: number;
  attributes?: Readonly<Record<string, SearchAttributeType>>;
  /** how long a namespace or attribute just created may take to be seen by the server's caches */
  settleMs?: number;
  log?: (message: string) => void;
}

export interface NamespaceCheckResult {
  createdNamespace: boolean;
  createdAttributes: string[];
}

const GRPC_NOT_FOUND = 5;
const GRPC_ALREADY_EXISTS = 6;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const reason = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0];
const isCode = (e: unknown, code: number) => isGrpcServiceError(e) && e.code === code;

/** Retries `work` while the server has not yet seen something just created (its caches refresh every few seconds). */
async function whileNotFound<T>(work: () => Promise<T>, settleMs: number): Promise<T> {
  const deadline = Date.now() + settleMs;
  for (;;) {
    try {
      return await work();
    } catch (e) {
      if (!isCode(e, GRPC_NOT_FOUND) || Date.now() > deadline) throw e;
      await pause(500);
    }
  }
}

async function ensureNamespace(services: NamespaceServices, opts: NamespaceCheckOptions): Promise<boolean> {
  const { namespace } = opts.target;
  try {
    await services.workflowService.describeNamespace({ namespace });
    return false;
  } catch (e) {
    if (!isCode(e, GRPC_NOT_FOUND)) throw e;
  }
  try {
    await services.workflowService.registerNamespace({
      namespace,
      description: 'OneWindow 一窗通办',
      workflowExecutionRetentionPeriod: msToTs(`${opts.retentionDays} days`),
    });
  } catch (e) {
    if (!isCode(e, GRPC_ALREADY_EXISTS))
      throw new TemporalNamespaceError(
        namespaceProblemMessage(opts.target, opts.retentionDays, reason(e), opts.attributes ?? SEARCH_ATTRIBUTES),
      );
  }
  opts.log?.(`created the Temporal namespace ${namespace} (retention ${opts.retentionDays} days)`);
  return true;
}

const registered = async (services: NamespaceServices, namespace: string) =>
  (await services.operatorService.listSearchAttributes({ namespace })).customAttributes ?? {};

/**
 * At start of the API and the worker, on any Temporal server: the namespace and every custom search attribute the
 * workflows set must exist with the right type. Missing ones are created where the server allows it; otherwise a
 * TemporalNamespaceError names what is missing and the command that adds it. A wrong type is never changed here.
 */
export async function ensureTemporalNamespace(
  services: NamespaceServices,
  opts: NamespaceCheckOptions,
): Promise<NamespaceCheckResult> {
  const { namespace } = opts.target;
  const settleMs = opts.settleMs ?? 30_000;
  const expected = opts.attributes ?? SEARCH_ATTRIBUTES;
  const createdNamespace = await ensureNamespace(services, opts);
  const diff = diffSearchAttributes(expected, await whileNotFound(() => registered(services, namespace), settleMs));
  if (diff.wrongType.length) throw new TemporalNamespaceError(attributeProblemMessage(opts.target, diff));
  if (diff.missing.length === 0) return { createdNamespace, createdAttributes: [] };

  try {
    await whileNotFound(
      () =>
        services.operatorService.addSearchAttributes({
          namespace,
          searchAttributes: Object.fromEntries(diff.missing.map((a) => [a.name, INDEXED_VALUE_TYPE[a.type]])),
        }),
      settleMs,
    );
  } catch (e) {
    if (!isCode(e, GRPC_ALREADY_EXISTS))
      throw new TemporalNamespaceError(attributeProblemMessage(opts.target, diff, reason(e)));
  }
  // added: wait until the server lists them, and until its query parser knows them (the frontend's namespace cache)
  const deadline = Date.now() + settleMs;
  for (;;) {
    const now = diffSearchAttributes(expected, await registered(services, namespace));
    const queryable = await services.workflowService
      .countWorkflowExecutions({ namespace, query: diff.missing.map((a) => `${a.name} IS NULL`).join(' AND ') })
      .then(() => true)
      .catch(() => false);
    if (now.missing.length === 0 && now.wrongType.length === 0 && queryable) break;
    if (Date.now() > deadline)
      throw new TemporalNamespaceError(
        attributeProblemMessage(opts.target, now, `added, but not usable after ${settleMs / 1000} s`),
      );
    await pause(500);
  }
  opts.log?.(`added search attributes to ${namespace}: ${diff.missing.map((a) => a.name).join(', ')}`);
  return { createdNamespace, createdAttributes: diff.missing.map((a) => a.name) };
}
