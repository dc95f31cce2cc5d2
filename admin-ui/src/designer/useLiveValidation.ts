import { useEffect, useState } from 'react';
import type Modeler from 'bpmn-js/lib/Modeler';
import { markProblems, validate, type Problem } from './problems';

const DEBOUNCE_MS = 300;

/** Compiles the diagram shortly after each change and marks the elements with problems. */
export function useLiveValidation(modeler: Modeler | null, xml: string, departments: readonly string[]) {
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const known = departments.join(' ');
  useEffect(() => {
    const timer = setTimeout(() => setProblems(validate(xml, known ? known.split(' ') : [])), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [xml, known]);
  useEffect(() => (modeler && problems ? markProblems(modeler, problems) : undefined), [modeler, problems]);
  return problems;
}
