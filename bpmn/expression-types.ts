/** AST of the small, safe condition language on gateway flows (parsed, never eval'd), or a FEEL expression. */
export type Literal = string | number | boolean | null;
export type Expr =
  | { kind: 'literal'; value: Literal }
  | { kind: 'path'; path: string[] }
  | { kind: 'not'; operand: Expr }
  | { kind: 'and' | 'or'; left: Expr; right: Expr }
  | { kind: 'compare'; op: '==' | '!=' | '<' | '<=' | '>' | '>='; left: Expr; right: Expr }
  | { kind: 'in'; needle: Expr; haystack: Literal[] }
  /** a FEEL expression (written with Camunda's leading `=`), evaluated by feelin (bpmn/feel.ts) */
  | { kind: 'feel'; source: string };
