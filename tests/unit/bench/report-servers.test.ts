import type { Figure } from '../../../bench/lib/figures';
import { serverSection } from '../../../bench/lib/report-servers';

const figure = (value: number, extra: Partial<Figure> = {}): Figure => ({
  section: '2. Lifecycle',
  name: 'completed matters per second',
  unit: 'matters/s',
  baselineName: 'raw Updates',
  runs: [{ value, baseline: value }],
  goal: { kind: 'atLeast', ratio: 0.8 },
  ...extra,
});
const first = { versions: [['Temporal server', '1.29.1']], settings: [] } as Parameters<typeof serverSection>[2];

describe('the report section "Measured on the cluster-grade server"', () => {
  it('sets each cluster figure beside the dev server figure of the same name, with cluster ÷ dev', () => {
    const text = serverSection(
      [figure(5), figure(7.5, { server: 'cluster' }), figure(9, { server: 'cluster-2-workers' })],
      {},
      first,
    ).join('\n');
    expect(text).toContain(
      '| 2. Lifecycle | completed matters per second | 5 matters/s | 7.5 matters/s | 1.5 | ratio ≥ 0.8 | **pass** |',
    );
    // the two-worker pass beside the one-worker cluster pass
    expect(text).toContain('| 2. Lifecycle | completed matters per second | 7.5 matters/s | 9 matters/s | 1.2 |');
  });

  it('says when a cluster figure has no dev server figure in the results, and names differing versions', () => {
    const text = serverSection(
      [figure(3, { server: 'cluster' })],
      { cluster: { versions: [['Temporal server', '1.29.2']], settings: [] } },
      first,
    ).join('\n');
    expect(text).toContain('| not measured | 3 matters/s | — |');
    expect(text).toContain('| Temporal server | 1.29.2 |');
  });

  it('keeps the heading and says it was not measured when the run measured one server (an older results file)', () => {
    const lines = serverSection([figure(5)], {}, first);
    expect(lines[0]).toBe('## Measured on the cluster-grade server');
    expect(lines.join('\n')).toContain('Not measured in the run behind this page');
  });
});
