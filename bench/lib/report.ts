import { existsSync, readFileSync } from 'node:fs';
import { describeGoal, fmt, resultCell, summarise, summarisePeer, type Figure, type PeerFigure } from './figures';
import type { Facts } from './environment';
import { serverSection, type ServerFacts } from './report-servers';

export interface ReportInput {
  mode: string;
  startedAt: Date;
  minutes: number;
  machine: Facts;
  versions: Facts;
  settings: Facts;
  figures: Figure[];
  /** another engine's figures from the same run, each set beside the product's figure of the same key */
  peers?: PeerFigure[];
  notes: string[];
  failures: string[];
  /** the versions and settings of the --servers=both passes after the first */
  servers?: ServerFacts;
  /** when each bench ran, when they were not all measured in one run (--merge) */
  measuredAt?: Record<string, string>;
  durations?: Record<string, number>;
  /** hand-written commentary (method, what was tuned, what remains) appended as is */
  commentaryFile: string;
}

const table = (facts: Facts) =>
  ['| | |', '| --- | --- |', ...facts.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`)].join('\n');

function figureRows(figures: Figure[], peers: PeerFigure[]): string[] {
  return figures.map((f) => {
    const s = summarise(f);
    const row = `| ${f.name} | ${fmt(s.value)} ${f.unit} | ${fmt(s.baseline)} ${f.unit} (${f.baselineName}) | ${fmt(s.ratio)} | ${describeGoal(f.goal, f.unit)} | ${resultCell(s.pass)} |`;
    if (!peers.length) return row;
    const peer = peers.find((p) => p.key === f.peerKey);
    if (!peer) return `${row} |`;
    const { peerValue, ratio } = summarisePeer(peer, figures);
    return `${row} ${fmt(ratio!)} (${fmt(peerValue)} ${peer.unit}) |`;
  });
}

/** The peers' figures beside the product's: what the engine people would pick instead does with the same work. */
function peerSection(peers: PeerFigure[], figures: Figure[]): string[] {
  const names = [...new Set(peers.map((p) => p.peer))];
  return names.flatMap((name) => {
    const mine = peers.filter((p) => p.peer === name);
    return [
      `### Side by side: ${name}`,
      '',
      `| Figure | ${name} | OneWindow | OneWindow ÷ ${name.split(' ')[0]} | Goal | Result |`,
      '| --- | --- | --- | --- | --- | --- |',
      ...mine.map((p) => {
        const s = summarisePeer(p, figures);
        const ours = s.product
          ? `${fmt(s.value!)} ${s.product.unit} (${s.product.section.replace(/:.*/, '')}: ${s.product.name})`
          : 'not measured in this run';
        return `| ${p.name} | ${fmt(s.peerValue)} ${p.unit} | ${ours} | ${s.ratio === undefined ? '—' : fmt(s.ratio)} | ${describeGoal(p.goal, p.unit)} | ${s.ratio === undefined ? '—' : resultCell(s.pass)} |`;
      }),
      '',
      '<details><summary>runs</summary>',
      '',
      `| Figure | Runs (${name}) | |`,
      '| --- | --- | --- |',
      ...mine.map((p) => `| ${p.name} | ${p.runs.map(fmt).join(' · ')} | ${p.note ?? ''} |`),
      '',
      '</details>',
      '',
    ];
  });
}

function runRows(figures: Figure[]): string[] {
  return figures.map(
    (f) => `| ${f.name} | ${f.runs.map((r) => `${fmt(r.value)} / ${fmt(r.baseline)}`).join(' · ')} | ${f.note ?? ''} |`,
  );
}

export function renderReport(input: ReportInput): string {
  // the first server's figures; the --servers=both passes after it have a section of their own
  const figures = input.figures.filter((f) => !f.server);
  const sections = [...new Set(figures.map((f) => f.section))].sort();
  const goals = figures.filter((f) => f.goal).sort((a, b) => a.section.localeCompare(b.section));
  const peers = input.peers ?? [];
  const peerName = peers[0]?.peer.split(' ')[0];
  const out: string[] = [
    '# Performance (性能基准)',
    '',
    `Written by \`npm run bench\`${input.mode === 'quick' ? ' -- --quick (quick mode: small N, not the published figures)' : ''} on ${input.startedAt.toISOString()}. Every figure is the median of its runs; each run measured the figure and its raw baseline back to back, and the ratio is the median of the per-run ratios (figure ÷ baseline).`,
    ...(input.measuredAt
      ? [
          '',
          `Measured: ${Object.entries(input.measuredAt)
            .map(
              ([b, at]) =>
                `${b} ${at.slice(0, 16).replace('T', ' ')} UTC (${(input.durations?.[b] ?? 0).toFixed(1)} min)`,
            )
            .join(', ')}; the benches themselves ${Object.values(input.durations ?? {})
            .reduce((a, b) => a + b, 0)
            .toFixed(1)} min, plus about a minute to start the stack.`,
        ]
      : []),
    '',
    '## Machine',
    '',
    table(input.machine),
    '',
    '## Versions',
    '',
    table(input.versions),
    '',
    '## Settings',
    '',
    table(input.settings),
    '',
    '## Goals at a glance',
    '',
    '| Section | Figure | Ratio | Goal | Result |',
    '| --- | --- | --- | --- | --- |',
    ...goals.map((f) => {
      const sum = summarise(f);
      return `| ${f.section} | ${f.name} | ${fmt(sum.ratio)} | ${describeGoal(f.goal, f.unit)} | ${resultCell(sum.pass)} |`;
    }),
    ...peers
      .filter((p) => p.goal)
      .map((p) => {
        const sum = summarisePeer(p, figures);
        return `| Side by side: ${p.peer} | OneWindow ÷ ${p.peer.split(' ')[0]}: ${p.name} | ${sum.ratio === undefined ? '—' : fmt(sum.ratio)} | ${describeGoal(p.goal, p.unit)} | ${sum.ratio === undefined ? 'not measured' : resultCell(sum.pass)} |`;
      }),
    '',
    '## Results',
    '',
  ];
  for (const section of sections) {
    const inSection = figures.filter((f) => f.section === section);
    const sectionPeers = peers.filter((p) => inSection.some((f) => f.peerKey === p.key));
    out.push(
      `### ${section}`,
      '',
      `| Figure | Value | Baseline | Ratio | Goal | Result |${sectionPeers.length ? ` OneWindow ÷ ${peerName} (${peerName}'s figure) |` : ''}`,
      `| --- | --- | --- | --- | --- | --- |${sectionPeers.length ? ' --- |' : ''}`,
      ...figureRows(inSection, sectionPeers),
      '',
    );
    out.push(
      '<details><summary>runs (figure / baseline)</summary>',
      '',
      '| Figure | Runs | |',
      '| --- | --- | --- |',
      ...runRows(inSection),
      '',
      '</details>',
      '',
    );
  }
  if (peers.length) out.push(...peerSection(peers, figures));
  out.push(...serverSection(input.figures, input.servers ?? {}, input));
  if (input.failures.length)
    out.push('### Benches that did not finish', '', ...input.failures.map((f) => `- ${f}`), '');
  if (input.notes.length) out.push('## Measured along the way', '', ...input.notes.map((n) => `- ${n}`), '');
  if (existsSync(input.commentaryFile)) out.push(readFileSync(input.commentaryFile, 'utf8').trim(), '');
  return `${out.join('\n')}\n`;
}
