/**
 * Which process of a document runs. A collaboration (several pools, message flows) holds one process per pool;
 * the one marked `isExecutable="true"` runs, or, with none marked, the only one that has flow elements. The other
 * pools and the message flows between them are documentation. Two executable processes, or several unmarked ones
 * with content, are a problem naming them.
 */
import type { Findings } from './findings';
import type { XmlElement } from './xml-tree';

const idOf = (process: XmlElement) => process.attrs.get('id')?.trim() ?? '';
const label = (process: XmlElement) => {
  const name = process.attrs.get('name')?.trim();
  return name ? `${idOf(process)}（${name}）` : idOf(process);
};
const labelEn = (process: XmlElement) => {
  const name = process.attrs.get('name')?.trim();
  return name ? `${idOf(process)} (${name})` : idOf(process);
};

/** The process to compile; undefined (reported) when the document does not say which one runs. */
export function chooseProcess(
  processes: XmlElement[],
  hasFlowElements: (process: XmlElement) => boolean,
  findings: Findings,
): XmlElement | undefined {
  const executable = processes.filter((p) => p.attrs.get('isExecutable')?.trim() === 'true');
  if (executable.length === 1) return executable[0];
  if (executable.length > 1) {
    for (const process of executable) {
      findings.error(
        { id: idOf(process), type: 'bpmn:Process' },
        'MULTIPLE_EXECUTABLE_PROCESSES',
        `文件中有 ${executable.length} 个可执行流程（${executable.map(label).join('、')}）：只能有一个泳池的流程设为可执行（isExecutable="true"），其他泳池仅作说明`,
        `The file has ${executable.length} executable processes (${executable.map(labelEn).join(', ')}): mark only one pool's process executable (isExecutable="true"); the other pools are documentation`,
      );
    }
    return undefined;
  }
  const withContent = processes.filter(hasFlowElements);
  if (withContent.length <= 1) return withContent[0] ?? processes[0];
  for (const process of withContent) {
    findings.error(
      { id: idOf(process), type: 'bpmn:Process' },
      'MULTIPLE_PROCESSES',
      `文件中有 ${withContent.length} 个含流程元素的流程（${withContent.map(label).join('、')}），都没有标为可执行：请把要运行的那个设为 isExecutable="true"，或把泳池合并为一个`,
      `The file has ${withContent.length} processes with flow elements (${withContent.map(labelEn).join(', ')}) and none is marked executable: set isExecutable="true" on the one to run, or merge the pools into one`,
    );
  }
  return undefined;
}
