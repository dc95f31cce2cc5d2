import {
  ensureTemporalNamespace,
  TemporalNamespaceError,
  type NamespaceServices,
} from '../../../platform/temporal-namespace-check';
import { diffSearchAttributes, INDEXED_VALUE_TYPE } from '../../../platform/temporal-namespace-plan';
import { SEARCH_ATTRIBUTES } from '../../../workflows/search-attributes';

const grpcError = (code: number, message: string) =>
  Object.assign(new Error(message), { code, details: message, metadata: {} });
const NOT_FOUND = 5;
const PERMISSION_DENIED = 7;
const target = { address: 'temporal.county.example:7233', namespace: 'onewindow', tls: true, apiKey: false };
const all = () =>
  Object.fromEntries(Object.entries(SEARCH_ATTRIBUTES).map(([name, type]) => [name, INDEXED_VALUE_TYPE[type]]));

/** A Temporal server in memory: its namespaces and their attributes, with the refusals a locked-down cluster gives. */
function fakeServer(opts: { namespaces: Record<string, Record<string, number>>; refuse?: boolean }) {
  const calls: string[] = [];
  const services = {
    workflowService: {
      describeNamespace: async ({ namespace }: { namespace: string }) => {
        calls.push('describeNamespace');
        if (!opts.namespaces[namespace]) throw grpcError(NOT_FOUND, `Namespace ${namespace} is not found.`);
        return {};
      },
      registerNamespace: async ({ namespace }: { namespace: string }) => {
        calls.push('registerNamespace');
        if (opts.refuse) throw grpcError(PERMISSION_DENIED, 'Request unauthorized.');
        opts.namespaces[namespace] = {};
        return {};
      },
      countWorkflowExecutions: async () => ({ count: 0 }),
    },
    operatorService: {
      listSearchAttributes: async ({ namespace }: { namespace: string }) => ({
        customAttributes: { ...opts.namespaces[namespace] },
      }),
      addSearchAttributes: async (req: { namespace: string; searchAttributes: Record<string, number> }) => {
        calls.push(`addSearchAttributes ${Object.keys(req.searchAttributes).join(',')}`);
        if (opts.refuse) throw grpcError(PERMISSION_DENIED, 'Request unauthorized.');
        Object.assign(opts.namespaces[req.namespace], req.searchAttributes);
        return {};
      },
    },
  };
  return { services: services as unknown as NamespaceServices, calls, namespaces: opts.namespaces };
}

const check = (services: NamespaceServices) => ensureTemporalNamespace(services, { target, retentionDays: 30 });

describe('the Temporal namespace check at start-up', () => {
  it('leaves a namespace that has every attribute with its type alone', async () => {
    const server = fakeServer({ namespaces: { onewindow: all() } });
    await expect(check(server.services)).resolves.toEqual({ createdNamespace: false, createdAttributes: [] });
    expect(server.calls).toEqual(['describeNamespace']);
  });

  it('creates the namespace and the attributes where the server allows it', async () => {
    const server = fakeServer({ namespaces: {} });
    const result = await check(server.services);
    expect(result).toEqual({ createdNamespace: true, createdAttributes: Object.keys(SEARCH_ATTRIBUTES) });
    expect(diffSearchAttributes(SEARCH_ATTRIBUTES, server.namespaces.onewindow)).toEqual({
      missing: [],
      wrongType: [],
    });
  });

  it('adds only the attributes that are missing', async () => {
    const { Overdue: _, DueAt: __, ...most } = all();
    const server = fakeServer({ namespaces: { onewindow: most } });
    expect((await check(server.services)).createdAttributes).toEqual(['DueAt', 'Overdue']);
    expect(server.calls).toContain('addSearchAttributes DueAt,Overdue');
  });

  it('stops, naming what is missing and the exact command, when the server refuses to add attributes', async () => {
    const { Overdue: _, ...most } = all();
    const error = await check(fakeServer({ namespaces: { onewindow: most }, refuse: true }).services).catch((e) => e);
    expect(error).toBeInstanceOf(TemporalNamespaceError);
    expect(error.message).toContain('missing search attributes (缺少搜索属性): Overdue (Bool)');
    expect(error.message).toContain('Request unauthorized.');
    expect(error.message).toContain(
      'temporal operator search-attribute create --namespace onewindow --address temporal.county.example:7233 --tls --name Overdue --type Bool',
    );
  });

  it('stops with both commands when the namespace is missing and may not be created', async () => {
    const error = await check(fakeServer({ namespaces: {}, refuse: true }).services).catch((e) => e);
    expect(error).toBeInstanceOf(TemporalNamespaceError);
    expect(error.message).toContain('Temporal namespace "onewindow" does not exist');
    expect(error.message).toContain(
      'temporal operator namespace create --namespace onewindow --retention 30d --address temporal.county.example:7233 --tls',
    );
    expect(error.message).toContain('--name MatterStatus --type Keyword --name ReceiptNo --type Keyword');
  });

  it('never changes an attribute of the wrong type: it stops and says how to replace it', async () => {
    const server = fakeServer({ namespaces: { onewindow: { ...all(), MatterStatus: INDEXED_VALUE_TYPE.Text } } });
    const error = await check(server.services).catch((e) => e);
    expect(error).toBeInstanceOf(TemporalNamespaceError);
    expect(error.message).toContain('MatterStatus is Text, must be Keyword');
    expect(error.message).toContain('temporal operator search-attribute remove --namespace onewindow');
    expect(server.calls.some((c) => c.startsWith('addSearchAttributes'))).toBe(false);
  });

  it('passes errors other than refusals on (an unreachable server is not an unfit namespace)', async () => {
    const server = fakeServer({ namespaces: {} });
    const unreachable = {
      ...server.services,
      workflowService: {
        describeNamespace: async () => {
          throw grpcError(14, 'No connection established');
        },
      },
    } as unknown as NamespaceServices;
    const error = await check(unreachable).catch((e) => e);
    expect(error).not.toBeInstanceOf(TemporalNamespaceError);
    expect(error.message).toBe('No connection established');
  });
});
