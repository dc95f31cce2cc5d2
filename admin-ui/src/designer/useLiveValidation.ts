import { useEffect, useState } from 'react';
import type Modeler from 'bpmn-js/lib/Modeler';
import { markProblems, problemsOf, validate, type Problem } from './problems';
import type { CompileAnswer } from '../procedures/types';

const LOCAL_DEBOUNCE_MS = 300;
/** the server is asked less often than the browser compiles: once typing pauses */
const SERVER_DEBOUNCE_MS = 800;

/**
 * The publish check, live: shortly after each change the browser compiles the diagram with the compiler publishing
 * runs (against the active departments), and once edits pause the server compiles it too, as publishing will, with
 * what only it knows. The server's answer for the diagram on screen wins; without one (offline, a reader who may
 * not ask) the browser's stands.
 */
export function useLiveValidation(
  modeler: Modeler | null,
  xml: string,
  departments: readonly string[],
  askServer: ((xml: string) => Promise<CompileAnswer>) | null,
) {
  const [local, setLocal] = useState<{ xml: string; problems: Problem[] } | null>(null);
  const [server, setServer] = useState<{ xml: string; problems: Problem[] } | null>(null);
  const known = departments.join(' ');
  useEffect(() => {
    const timer = setTimeout(
      () => setLocal({ xml, problems: validate(xml, known ? known.split(' ') : []) }),
      LOCAL_DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [xml, known]);
  useEffect(() => {
    if (!askServer) return;
    let alive = true;
    const timer = setTimeout(() => {
      askServer(xml)
        .then((answer) => alive && setServer({ xml, problems: problemsOf(answer) }))
        .catch(() => undefined); // the browser's answer stands
    }, SERVER_DEBOUNCE_MS);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [xml, askServer]);
  const problems = server?.xml === xml ? server.problems : local?.xml === xml ? local.problems : null;
  useEffect(() => (modeler && problems ? markProblems(modeler, problems) : undefined), [modeler, problems]);
  return problems;
}
