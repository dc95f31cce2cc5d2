import { useCallback, useEffect, useRef, useState } from 'react';
import Modeler from 'bpmn-js/lib/Modeler';
import type CommandStack from 'diagram-js/lib/command/CommandStack';
import { modelerOptions } from './modeler-options';
import { fitViewport } from './fit';
import { laidOut } from './auto-layout';
import type { Lookup } from './translate-module';
import type { DepartmentOption } from './ow-properties/options';
import type { ProcedureOption } from './ow-properties/procedures-module';
import './bpmn-styles';

/**
 * A bpmn-js Modeler bound to two elements (canvas, properties panel). It is made anew when the locale changes
 * (the palette and panel texts are fixed at creation), keeping the current diagram and the dirty flag.
 * `xml` follows every command-stack change and drives live validation.
 */
export function useModeler(
  initialXml: string,
  lookup: Lookup,
  locale: string,
  departments: DepartmentOption[],
  procedures: ProcedureOption[],
) {
  const canvasRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const xmlRef = useRef(initialXml);
  const lookupRef = useRef(lookup);
  lookupRef.current = lookup;
  const departmentsRef = useRef(departments);
  departmentsRef.current = departments;
  const proceduresRef = useRef(procedures);
  proceduresRef.current = procedures;
  const [modeler, setModeler] = useState<Modeler | null>(null);
  const [xml, setXml] = useState(initialXml);
  const [dirty, setDirty] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    const m = new Modeler(
      modelerOptions(
        canvasRef.current!,
        panelRef.current!,
        (t) => lookupRef.current(t),
        () => departmentsRef.current,
        () => proceduresRef.current,
        locale,
      ),
    );
    let alive = true;
    m.on('commandStack.changed', (e: { trigger?: string }) => {
      if (e.trigger === 'clear') return;
      setDirty(true);
      void m.saveXML({ format: true }).then(({ xml: next }) => {
        if (alive && next) {
          xmlRef.current = next;
          setXml(next);
        }
      });
    });
    laidOut(xmlRef.current)
      .then(({ xml: drawn }) => m.importXML(drawn))
      .then(() => {
        if (!alive) return;
        fitViewport(m);
        setLoadError(null);
        setModeler(m);
      })
      .catch((e: Error) => alive && setLoadError(e.message));
    return () => {
      alive = false;
      setModeler(null);
      m.destroy();
    };
  }, [locale]);

  /**
   * Replace the diagram (import, template); the result is unsaved. A diagram without a drawing is laid out (the
   * answer says so). Throws when the XML is not BPMN.
   */
  const replaceXml = useCallback(
    async (next: string): Promise<{ laidOut: boolean }> => {
      if (!modeler) return { laidOut: false };
      const drawn = await laidOut(next);
      await modeler.importXML(drawn.xml);
      fitViewport(modeler);
      xmlRef.current = drawn.xml;
      setXml(drawn.xml);
      setDirty(true);
      return { laidOut: drawn.laidOut };
    },
    [modeler],
  );

  const currentXml = useCallback(async () => {
    if (!modeler) return xmlRef.current;
    const { xml: out } = await modeler.saveXML({ format: true });
    return out ?? xmlRef.current;
  }, [modeler]);

  const commandStack = () => modeler?.get<CommandStack>('commandStack');

  return {
    canvasRef,
    panelRef,
    modeler,
    xml,
    dirty,
    loadError,
    replaceXml,
    currentXml,
    markSaved: () => setDirty(false),
    undo: () => commandStack()?.undo(),
    redo: () => commandStack()?.redo(),
    fit: () => modeler && fitViewport(modeler),
  };
}
