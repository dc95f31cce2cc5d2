import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import type BaseViewer from 'bpmn-js/lib/BaseViewer';
import { compileBpmn } from '../../../bpmn/compiler';
import type { CompileProblem, CompileResult } from '../../../bpmn/plan';

export type Severity = 'error' | 'warning';
export interface Problem extends CompileProblem {
  severity: Severity;
}

/** A compile's errors, or its warnings when it has none. */
export const problemsOf = (
  result: { ok: true; warnings: CompileProblem[] } | { ok: false; problems: CompileProblem[] },
): Problem[] =>
  result.ok
    ? result.warnings.map((p) => ({ ...p, severity: 'warning' as const }))
    : result.problems.map((p) => ({ ...p, severity: 'error' as const }));

/** Compile the diagram as the server will on publish (against the active departments); never throws. */
export function validate(xml: string, departments: readonly string[]): Problem[] {
  try {
    return problemsOf(compileBpmn(xml, { departments }) satisfies CompileResult);
  } catch (e) {
    const message = (e as Error).message;
    return [
      { elementId: '', elementType: '', code: 'COMPILER', messageZh: message, messageEn: message, severity: 'error' },
    ];
  }
}

/** Put problem markers on the elements; returns the undo of it. */
export function markProblems(viewer: BaseViewer, problems: Problem[]): () => void {
  const canvas = viewer.get<Canvas>('canvas');
  const registry = viewer.get<ElementRegistry>('elementRegistry');
  const marked: Array<[string, string]> = [];
  for (const p of problems) {
    if (!p.elementId || !registry.get(p.elementId)) continue;
    const marker = `ow-problem-${p.severity}`;
    canvas.addMarker(p.elementId, marker);
    marked.push([p.elementId, marker]);
  }
  return () => {
    for (const [id, marker] of marked) if (registry.get(id)) canvas.removeMarker(id, marker);
  };
}

/** Select the element a problem names and bring it into view. */
export function revealElement(viewer: BaseViewer, elementId: string): void {
  const canvas = viewer.get<Canvas>('canvas');
  const element = viewer.get<ElementRegistry>('elementRegistry').get(elementId);
  if (!element) return;
  viewer.get<Selection>('selection').select(element);
  if (element !== canvas.getRootElement()) canvas.scrollToElement(element);
}
