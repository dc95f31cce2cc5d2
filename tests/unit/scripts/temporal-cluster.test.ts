import { DEFAULT_CLUSTER_PORTS, processConfig } from '../../../scripts/lib/temporal-cluster/config';
import { persistenceFromUrl } from '../../../scripts/lib/temporal-cluster/schema';
import { parseClusterOptions } from '../../../scripts/lib/temporal-cluster/npm-start';

const persistence = persistenceFromUrl('postgresql://onewindow:s%40cret@db.county.internal:5433/onewindow');

describe('npm start -- --temporal-cluster: its options', () => {
  it('changes nothing without the option', () => {
    expect(parseClusterOptions([])).toBeUndefined();
    expect(parseClusterOptions(['--some-other-launcher-option'])).toBeUndefined();
  });

  it('defaults to one process and 4 history shards on OneWindow’s own PostgreSQL', () => {
    expect(parseClusterOptions(['--temporal-cluster'])).toEqual({
      layout: 'one-process',
      historyShards: 4,
      databaseUrl: undefined,
    });
  });

  it('takes one process per service, a shard count and another PostgreSQL', () => {
    expect(
      parseClusterOptions([
        '--temporal-cluster',
        '--per-service',
        '--history-shards',
        '512',
        '--temporal-database-url=postgresql://t:pw@pg:5432',
      ]),
    ).toEqual({ layout: 'per-service', historyShards: 512, databaseUrl: 'postgresql://t:pw@pg:5432' });
  });

  it.each([
    [['--per-service'], '--per-service needs --temporal-cluster'],
    [['--temporal-cluster', '--history-shards', '0'], 'a whole number from 1 to 16384'],
    [['--temporal-cluster', '--history-shards', 'four'], 'a whole number from 1 to 16384'],
    [['--temporal-cluster', '--history-shards'], 'a whole number from 1 to 16384'],
    [['--temporal-cluster', '--temporal-database-url', 'mysql://x'], 'a postgresql://user:password@host:port URL'],
    [['--temporal-clustr'], 'unknown option --temporal-clustr'],
  ])('refuses %j, saying why', (argv, message) => {
    expect(() => parseClusterOptions(argv)).toThrow(message);
  });
});

describe('the server configuration it writes', () => {
  const config = (services: Parameters<typeof processConfig>[0]['services'], metricsPort?: number) =>
    processConfig({
      services,
      ports: DEFAULT_CLUSTER_PORTS,
      persistence,
      historyShards: 4,
      dynamicConfigFile: '/data/dynamicconfig.yaml',
      metricsPort,
    });

  it('puts both stores on PostgreSQL over TCP with the URL’s decoded credentials', () => {
    const { datastores } = config(['history']).persistence;
    expect(datastores['postgres-default'].sql).toMatchObject({
      pluginName: 'postgres12',
      connectAddr: 'db.county.internal:5433',
      user: 'onewindow',
      password: 's@cret',
      databaseName: 'temporal',
    });
    expect(datastores['postgres-visibility'].sql.databaseName).toBe('temporal_visibility');
  });

  it('names every service’s ports in each process, so that they find each other', () => {
    const services = config(['matching']).services as Record<string, { rpc: { grpcPort: number } }>;
    expect(Object.keys(services)).toEqual(['frontend', 'history', 'matching', 'worker']);
    expect(services.history.rpc.grpcPort).toBe(7234);
  });

  it('sizes the pools by the services a process runs: the history service’s are the largest', () => {
    const pool = (c: ReturnType<typeof config>) => c.persistence.datastores['postgres-default'].sql.maxConns;
    expect(pool(config(['frontend', 'history', 'matching', 'worker']))).toBe(pool(config(['history'])));
    expect(pool(config(['worker']))).toBeLessThan(pool(config(['history'])));
  });

  it('serves Prometheus metrics only when given a port', () => {
    expect(config(['history']).global).not.toHaveProperty('metrics');
    expect(config(['history'], 8001).global).toMatchObject({
      metrics: { prometheus: { listenAddress: '127.0.0.1:8001' } },
    });
  });

  it('reaches a PostgreSQL known by its socket folder over loopback TCP', () => {
    const p = persistenceFromUrl('postgresql://ow:pw@localhost:5488/onewindow?host=%2Fdata%2Fpostgres');
    expect([p.host, p.port]).toEqual(['127.0.0.1', 5488]);
  });
});
