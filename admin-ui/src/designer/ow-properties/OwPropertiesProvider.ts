import { candidatesGroup } from './CandidatesProps';
import { stepGroup } from './StepProps';
import { formFieldsGroup } from './FormFieldsProps';
import { designedFormGroup } from './DesignedFormProps';
import { hasFormDefinition } from '../designed-form/form-in-diagram';
import { serviceCallGroup, serviceParamsGroup } from './ServiceCallProps';
import { messageGroup, outcomeGroup, timerGroup } from './EventProps';
import { conditionGroup } from './ConditionProps';
import { decisionGroup } from './BusinessRuleProps';
import { callActivityGroup, callMappingsGroup } from './CallActivityProps';
import type { BpmnFactory, CommandStack, ModdleElement, Shape } from './extension';
import type { Translate } from './services';

const LOW_PRIORITY = 500;

interface Group {
  id: string;
}
interface PropertiesPanel {
  registerProvider(priority: number, provider: unknown): void;
}

const hasDefinition = (bo: ModdleElement, type: string) =>
  (bo.get('eventDefinitions') as ModdleElement[] | undefined)?.some((d) => d.$type === type) ?? false;

/** Our groups, placed after the standard "General" group, by element type. */
export class OwPropertiesProvider {
  static $inject = ['propertiesPanel', 'translate', 'commandStack', 'bpmnFactory'];

  constructor(
    propertiesPanel: PropertiesPanel,
    private readonly translate: Translate,
    private readonly commandStack: CommandStack,
    private readonly bpmnFactory: BpmnFactory,
  ) {
    propertiesPanel.registerProvider(LOW_PRIORITY, this);
  }

  getGroups(element: Shape) {
    return (groups: Group[]) => {
      const ours = this.groupsFor(element);
      const at = groups.findIndex((g) => g.id === 'general') + 1;
      groups.splice(at, 0, ...ours);
      return groups;
    };
  }

  private groupsFor(element: Shape): Group[] {
    const bo = element.businessObject;
    const { translate: t, commandStack, bpmnFactory } = this;
    switch (bo.$type) {
      case 'bpmn:UserTask':
        // one form per task: a designed one (form-js) or ow:FormField fields
        return [
          candidatesGroup(element, t),
          stepGroup(element, t),
          designedFormGroup(element, t),
          ...(hasFormDefinition(element) ? [] : [formFieldsGroup(element, t, commandStack, bpmnFactory)]),
        ];
      case 'bpmn:BusinessRuleTask':
        return [decisionGroup(element, t)];
      case 'bpmn:CallActivity':
        return [
          callActivityGroup(element, t),
          callMappingsGroup(element, 'In', t, commandStack, bpmnFactory),
          callMappingsGroup(element, 'Out', t, commandStack, bpmnFactory),
        ];
      case 'bpmn:ServiceTask':
        return [serviceCallGroup(element, t), serviceParamsGroup(element, t, commandStack, bpmnFactory)];
      case 'bpmn:EndEvent':
        return [outcomeGroup(element, t)];
      case 'bpmn:SequenceFlow':
        return ['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway'].includes(bo.sourceRef?.$type)
          ? [conditionGroup(element, t)]
          : [];
      case 'bpmn:IntermediateCatchEvent':
      case 'bpmn:BoundaryEvent':
        if (hasDefinition(bo, 'bpmn:TimerEventDefinition')) return [timerGroup(element, t)];
        if (hasDefinition(bo, 'bpmn:MessageEventDefinition')) return [messageGroup(element, t)];
        return [];
      default:
        return [];
    }
  }
}
