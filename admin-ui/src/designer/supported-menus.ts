import * as ReplaceOptions from 'bpmn-js/lib/features/replace/ReplaceOptions';
import type ElementFactory from 'bpmn-js/lib/features/modeling/ElementFactory';
import type Create from 'diagram-js/lib/features/create/Create';
import type Palette from 'diagram-js/lib/features/palette/Palette';
import type PopupMenu from 'diagram-js/lib/features/popup-menu/PopupMenu';
import type ContextPad from 'diagram-js/lib/features/context-pad/ContextPad';
import type AutoPlace from 'diagram-js/lib/features/auto-place/AutoPlace';
import type { PaletteEntries } from 'diagram-js/lib/features/palette/PaletteProvider';
import type { ContextPadEntries } from 'diagram-js/lib/features/context-pad/ContextPadProvider';
import type { PopupMenuEntries, PopupMenuHeaderEntries } from 'diagram-js/lib/features/popup-menu/PopupMenuProvider';
import { SUPPORTED_ELEMENT_KINDS, supportedKindOf, type SupportedElementKind } from '../../../bpmn/supported-elements';

/*
 * The palette, the replace menu and the context pad offer exactly the element kinds the engine runs
 * (bpmn/supported-elements.ts), named in the console's language: bpmn-js's own entries for anything else are dropped.
 */

interface Target {
  type: string;
  eventDefinitionType?: string;
  cancelActivity?: boolean;
  triggeredByEvent?: boolean;
  isExpanded?: boolean;
  isInterrupting?: boolean;
}
type Lang = 'zh' | 'en';

/** What each of bpmn-js's replace-menu actions makes (its ReplaceOptions, keyed by action name). */
const REPLACE_TARGETS = new Map<string, Target>(
  Object.values(ReplaceOptions)
    .flatMap((value) => (Array.isArray(value) ? value : Object.values(value as Record<string, unknown[]>).flat()))
    .flatMap((option) => {
      const { actionName, target } = option as { actionName: string; target?: Target };
      return target ? [[actionName, target] as const] : [];
    }),
);

/** What bpmn-js's context pad appends (ContextPadProvider), for the entries that make an element. */
const APPEND_TARGETS = new Map<string, Target>([
  ['append.end-event', { type: 'bpmn:EndEvent' }],
  ['append.gateway', { type: 'bpmn:ExclusiveGateway' }],
  ['append.append-task', { type: 'bpmn:Task' }],
  ['append.intermediate-event', { type: 'bpmn:IntermediateThrowEvent' }],
  ['append.receive-task', { type: 'bpmn:ReceiveTask' }],
  [
    'append.message-intermediate-event',
    { type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:MessageEventDefinition' },
  ],
  [
    'append.timer-intermediate-event',
    { type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:TimerEventDefinition' },
  ],
  [
    'append.condition-intermediate-event',
    { type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:ConditionalEventDefinition' },
  ],
  [
    'append.signal-intermediate-event',
    { type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:SignalEventDefinition' },
  ],
  ['append.compensation-activity', { type: 'bpmn:Task' }],
]);

/** The kind a menu entry makes; `inEventSubProcess`: the element replaced is a start event of an event sub-process. */
export const kindOfTarget = (target: Target, inEventSubProcess = false): SupportedElementKind | undefined =>
  supportedKindOf({
    type: target.type,
    eventDefinitions: target.eventDefinitionType ? [target.eventDefinitionType] : [],
    cancelActivity: target.cancelActivity,
    inEventSubProcess,
    isInterrupting: target.isInterrupting,
  });

const groupOf = (kind: SupportedElementKind) =>
  kind.type.endsWith('Event') ? 'event' : kind.type.endsWith('Gateway') ? 'gateway' : 'activity';

/** A new shape of the kind; a sub-process comes with its start event, as bpmn-js's own palette makes it. */
function shapesOf(kind: SupportedElementKind, factory: ElementFactory) {
  const isSubProcess = kind.type === 'bpmn:SubProcess';
  const shape = factory.createShape({
    type: kind.type,
    ...(kind.eventDefinition ? { eventDefinitionType: kind.eventDefinition } : {}),
    ...(isSubProcess ? { isExpanded: true } : {}),
  });
  if (!isSubProcess) return [shape];
  return [shape, factory.createShape({ type: 'bpmn:StartEvent', x: 40, y: 82, parent: shape })];
}

/** Only the replace-menu entries that make a supported kind (flows, which have no target, stay). */
export function supportedReplaceEntries(
  entries: PopupMenuEntries,
  lang: Lang,
  inEventSubProcess = false,
): PopupMenuEntries {
  const kept: PopupMenuEntries = {};
  for (const [id, entry] of Object.entries(entries)) {
    const target = REPLACE_TARGETS.get(id);
    if (!target) {
      kept[id] = entry;
      continue;
    }
    const kind = kindOfTarget(target, inEventSubProcess);
    // collapsed / expanded sub-process: one kind, two drawings; bpmn-js's (translated) label tells them apart
    if (kind) kept[id] = target.isExpanded === undefined ? { ...entry, label: kind.label[lang] } : entry;
  }
  return kept;
}

const HEADER_TOGGLES = ['toggle-parallel-mi', 'toggle-sequential-mi', 'toggle-non-interrupting'];

class SupportedMenus {
  static $inject = ['palette', 'popupMenu', 'contextPad', 'create', 'elementFactory', 'autoPlace', 'config.owLocale'];

  constructor(
    palette: Palette,
    popupMenu: PopupMenu,
    contextPad: ContextPad,
    private readonly create: Create,
    private readonly factory: ElementFactory,
    private readonly autoPlace: AutoPlace,
    locale: string | undefined,
  ) {
    this.lang = locale === 'en' ? 'en' : 'zh';
    // after bpmn-js's own providers (priority 1000): these updaters see their entries
    palette.registerProvider(500, this);
    popupMenu.registerProvider('bpmn-replace', 500, this);
    contextPad.registerProvider(500, this);
  }

  private readonly lang: Lang;

  getPaletteEntries() {
    return (entries: PaletteEntries): PaletteEntries => {
      const tools = Object.fromEntries(Object.entries(entries).filter(([id]) => !id.startsWith('create.')));
      const kinds = SUPPORTED_ELEMENT_KINDS.filter((k) => k.palette).map((kind) => {
        const start = (event: Event) => this.create.start(event, shapesOf(kind, this.factory));
        const entry = {
          group: groupOf(kind),
          className: kind.icon,
          title: kind.label[this.lang],
          action: { dragstart: start, click: start },
        };
        return [`create.${kind.id}`, entry] as const;
      });
      return { ...tools, ...Object.fromEntries(kinds) };
    };
  }

  getPopupMenuEntries(target: unknown) {
    const parent = (target as { businessObject?: { $parent?: { triggeredByEvent?: boolean } } } | undefined)
      ?.businessObject?.$parent;
    const inEventSubProcess = !!parent?.triggeredByEvent;
    return (entries: PopupMenuEntries) => supportedReplaceEntries(entries, this.lang, inEventSubProcess);
  }

  /** Standard loops are refused by the compiler: multi-instance (会签) and the (non-)interrupting toggle stay. */
  getPopupMenuHeaderEntries() {
    // diagram-js passes and expects a record by id here, whatever its typings say (PopupMenu._getHeaderEntries)
    return ((entries: Record<string, unknown>) =>
      Object.fromEntries(HEADER_TOGGLES.filter((id) => entries[id]).map((id) => [id, entries[id]]))) as unknown as (
      entries: PopupMenuHeaderEntries,
    ) => PopupMenuHeaderEntries;
  }

  getContextPadEntries() {
    return (entries: ContextPadEntries): ContextPadEntries => {
      const kept: ContextPadEntries = Object.fromEntries(
        Object.entries(entries).filter(([id]) => {
          // bpmn-js's untyped task gives way to the supported tasks added below
          if (id === 'append.append-task') return false;
          const target = APPEND_TARGETS.get(id);
          return !target || kindOfTarget(target);
        }),
      );
      if (!entries['append.end-event']) return kept;
      // in place of bpmn-js's untyped task: the supported tasks, appended after the element
      for (const kind of SUPPORTED_ELEMENT_KINDS.filter((k) => k.palette && k.type.endsWith('Task'))) {
        kept[`append.${kind.id}`] = {
          group: 'model',
          className: kind.icon,
          title: kind.label[this.lang],
          action: {
            click: (_event: Event, source: unknown) =>
              this.autoPlace.append(source as never, shapesOf(kind, this.factory)[0]),
          },
        };
      }
      return kept;
    };
  }
}

/** didi module; give the modeler `owLocale` ('zh-CN' or 'en') in its config. */
export const supportedMenusModule = {
  __init__: ['owSupportedMenus'],
  owSupportedMenus: ['type', SupportedMenus],
};
