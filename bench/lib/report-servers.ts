import type { Facts } from './environment';
import { describeGoal, fmt, resultCell, summarise, type Figure } from './figures';
import { SERVER_PASSES, type ServerPass } from './servers';

export type ServerFacts = Partial<Record<ServerPass, { versions: Facts; settings: Facts }>>;

const sameFigure = (a: Figure) => (b: Figure) => b.section === a.section && b.name === a.name;

/** A figure on one server beside the same figure on another: the values (medians of the runs) and their ratio. */
function beside(figure: Figure, other: Figure | undefined): string {
  const { value } = summarise(figure);
  if (!other) return `not measured | ${fmt(value)} ${figure.unit} | —`;
  const otherValue = summarise(other).value;
  return `${fmt(otherValue)} ${figure.unit} | ${fmt(value)} ${figure.unit} | ${fmt(value / otherValue)}`;
}

/** A table row: the figure beside the same one among `others`, with the figure's own goal and result. */
const comparedWith = (others: Figure[]) => (f: Figure) =>
  `| ${f.section} | ${f.name} | ${beside(f, others.find(sameFigure(f)))} | ${describeGoal(f.goal, f.unit)} | ${resultCell(summarise(f).pass)} |`;

/** The versions and settings where the pass differs from the first server's. */
function differences(facts: Facts, first: Facts): string[] {
  const firstValue = new Map(first);
  return facts.filter(([k, v]) => firstValue.get(k) !== v).map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`);
}

/**
 * "Measured on the cluster-grade server": each figure of the --servers=both passes beside the first server's figure
 * of the same name from the same run, with the ratio cluster ÷ first server, and the cluster's own goal and result;
 * then the intake and lifecycle with two worker processes beside one. Says so when the run had no such pass.
 */
export function serverSection(figures: Figure[], servers: ServerFacts, first: { versions: Facts; settings: Facts }) {
  const firstFigures = figures.filter((f) => !f.server);
  const on = (server: ServerPass) => figures.filter((f) => f.server === server);
  const bySection = (a: Figure, b: Figure) => a.section.localeCompare(b.section);
  const cluster = on('cluster').sort(bySection);
  const twoWorkers = on('cluster-2-workers').sort(bySection);
  const out = ['## Measured on the cluster-grade server', ''];
  if (!cluster.length && !twoWorkers.length)
    return [
      ...out,
      'Not measured in the run behind this page, which ran on one server: `npm run bench -- --servers=both` measures ' +
        'every stack figure on the dev server and on the cluster-grade server in one run and sets them side by side ' +
        'here. Single runs measured so far are described in "On the cluster-grade server, by hand" below.',
      '',
    ];
  out.push(
    'The same benches in the same run (`npm run bench -- --servers=both`), first on the dev server, then on a fresh stack ' +
      'whose Temporal is the cluster-grade server on PostgreSQL (one process, 4 history shards, as `npm start -- ' +
      '--temporal-cluster` runs it); then the intake and the lifecycle once more on a fresh cluster-grade stack with two ' +
      'worker processes. Values are the medians of the runs; the ratio is cluster ÷ dev server (for a time, below 1 is ' +
      "faster on the cluster; for a rate, above 1). Goal and result: the figure's own goal, on the cluster-grade server. " +
      "Not run on the cluster: the backup (it copies the dev server's SQLite file) and the Flowable peer (no Temporal).",
    '',
  );
  const facts = [
    ...differences(servers.cluster?.versions ?? [], first.versions),
    ...differences(servers.cluster?.settings ?? [], first.settings),
  ];
  if (facts.length)
    out.push(
      "Where its versions and settings differ from the dev server's:",
      '',
      '| | |',
      '| --- | --- |',
      ...facts,
      '',
    );
  if (cluster.length)
    out.push(
      '| Section | Figure | Dev server | Cluster-grade | Cluster ÷ dev | Goal | Result on the cluster |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...cluster.map(comparedWith(firstFigures)),
      '',
    );
  if (twoWorkers.length)
    out.push(
      '### Two worker processes (cluster-grade server)',
      '',
      'The intake measures its accept path with the worker processes stopped (section 1), so one or two make no ' +
        'difference there by design: its pair shows how far the same figure moves between two stacks. The lifecycle ' +
        'is where a second worker can help.',
      '',
      '| Section | Figure | One worker | Two workers | Two ÷ one | Goal | Result with two |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...twoWorkers.map(comparedWith(cluster)),
      '',
    );
  out.push(
    '<details><summary>runs on the cluster-grade server (figure / baseline)</summary>',
    '',
    '| Server | Section | Figure | Runs | |',
    '| --- | --- | --- | --- | --- |',
    ...[...cluster, ...twoWorkers].map(
      (f) =>
        `| ${SERVER_PASSES[f.server!].label} | ${f.section} | ${f.name} | ${f.runs.map((r) => `${fmt(r.value)} / ${fmt(r.baseline)}`).join(' · ')} | ${f.note ?? ''} |`,
    ),
    '',
    '</details>',
    '',
  );
  return out;
}
