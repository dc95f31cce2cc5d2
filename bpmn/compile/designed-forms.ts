/**
 * User task forms designed with form-js, embedded as Camunda 8 (and its Modeler) embeds them: the task's
 * `zeebe:formDefinition formKey="camunda-forms:bpmn:<id>"` names a `zeebe:userTaskForm id="<id>"` among the process's
 * extension elements, whose body is the form-js schema (JSON). The schema goes into the plan as it is (the task page
 * renders it), its input fields become the task's form fields (the server checks values against them).
 */
import { EMBEDDED_FORM_KEY_PREFIX, readFormSchema } from '../form-schema';
import type { PlanNode } from '../plan';
import type { Findings } from './findings';
import { firstExtension } from './extension-elements';
import { ZEEBE_NS } from './namespaces';
import type { SourceNode } from './read-process';
import type { XmlElement } from './xml-tree';

/** Every zeebe:userTaskForm of the document by id (Camunda 8 writes them into the root process). */
function embeddedForms(root: XmlElement): Map<string, string> {
  const forms = new Map<string, string>();
  const visit = (el: XmlElement) => {
    if (el.ns === ZEEBE_NS && el.local === 'userTaskForm') {
      const id = el.attrs.get('id')?.trim();
      if (id && !forms.has(id)) forms.set(id, el.text);
      return;
    }
    el.children.forEach(visit);
  };
  visit(root);
  return forms;
}

const formDefinition = (el: XmlElement) => firstExtension(el, 'formDefinition', ZEEBE_NS);

/** Sets `designedForm` and `formFields` on each user task with an embedded form; every problem reported. */
export function readDesignedForms(
  root: XmlElement,
  nodes: Map<string, PlanNode>,
  sources: Map<string, SourceNode>,
  findings: Findings,
): void {
  let forms: Map<string, string> | undefined;
  for (const node of nodes.values()) {
    const source = sources.get(node.id);
    const definition = source && formDefinition(source.el);
    if (node.type !== 'userTask' || !source || !definition) continue;
    const formKey = definition.attrs.get('formKey')?.trim() ?? '';
    const invalid = (zh: string, en: string) => findings.error(source, 'DESIGNED_FORM_INVALID', zh, en);
    if (!formKey.startsWith(EMBEDDED_FORM_KEY_PREFIX)) {
      invalid(
        '用户任务的表单须嵌入在流程图中（formKey 为 camunda-forms:bpmn:…）：不支持单独部署的表单（formId）或外部表单',
        'The user task form must be embedded in the diagram (formKey camunda-forms:bpmn:…): linked forms (formId) and external forms are not supported',
      );
      continue;
    }
    if (node.formFields.length > 0) {
      invalid(
        '用户任务同时有设计的表单和 ow:FormField 字段：只能用其中一种',
        'The user task has both a designed form and ow:FormField fields: use one of them',
      );
      continue;
    }
    forms ??= embeddedForms(root);
    const id = formKey.slice(EMBEDDED_FORM_KEY_PREFIX.length);
    const body = forms.get(id);
    if (body === undefined) {
      invalid(`找不到表单 ${id}（zeebe:userTaskForm）`, `The form ${id} (zeebe:userTaskForm) is not in the diagram`);
      continue;
    }
    const { schema, fields, problems } = readFormSchema(body);
    for (const p of problems) {
      if (p.warning) findings.warn(source, 'DESIGNED_FORM_CONDITIONAL', p.zh, p.en);
      else invalid(p.zh, p.en);
    }
    if (!schema || problems.some((p) => !p.warning)) continue;
    node.formFields = fields;
    node.designedForm = { formKey, schema };
  }
}
