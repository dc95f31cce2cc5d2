/**
 * The small, safe condition language of gateway flows: parsed by a hand-written tokenizer and parser into an
 * Expr AST and evaluated by walking it (never eval / Function). Deterministic: imported by the workflow.
 */
export { parseExpression, MAX_EXPRESSION_LENGTH, type ParseResult } from './expression-parser';
export {
  evaluate,
  holds,
  truthy,
  resolvePath,
  resolveList,
  resolveCollection,
  expressionPaths,
  type Scope,
} from './expression-evaluate';
export type { Expr, Literal } from './expression-types';
export { checkFeel, feelBody, isFeel, type FeelProblem } from './feel';
