/**
 * Recursive-descent parser of the condition language (see bpmn/README.md). Precedence, loosest first:
 * `||`/`or`, `&&`/`and`, `!`/`not`, one comparison (`== != < <= > >=`, `in [...]`, `not in [...]`).
 * `not` binds looser than a comparison, so `not decision == "approve"` means `not (decision == "approve")`.
 */
import type { Expr, Literal } from './expression-types';
import { syntaxError, tokenize, type ExpressionSyntaxError, type Operator, type Token } from './expression-tokenizer';

export const MAX_EXPRESSION_LENGTH = 2000;
const MAX_DEPTH = 40;
type CompareOp = Extract<Expr, { kind: 'compare' }>['op'];
const COMPARE_OPS = new Set<Operator>(['==', '!=', '<', '<=', '>', '>=']);
const RESERVED = new Set(['and', 'or', 'not', 'in', 'true', 'false', 'null']);
const KEYWORD_LITERALS = new Map<string, Literal>([
  ['true', true],
  ['false', false],
  ['null', null],
]);

export type ParseResult = { ok: true; expr: Expr } | ExpressionSyntaxError;

class Fail {
  constructor(readonly error: ExpressionSyntaxError) {}
}

class Parser {
  private at = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  parseAll(): Expr {
    const expr = this.or();
    const rest = this.peek();
    if (rest.type !== 'end')
      this.fail(rest.pos, '表达式在此处应当结束', 'unexpected text after the end of the expression');
    return expr;
  }

  private peek(): Token {
    return this.tokens[this.at];
  }

  private next(): Token {
    const token = this.tokens[this.at];
    if (token.type !== 'end') this.at += 1;
    return token;
  }

  private fail(pos: number, zh: string, en: string): never {
    throw new Fail(syntaxError(pos, zh, en));
  }

  private isOp(value: Operator): boolean {
    const t = this.peek();
    return t.type === 'op' && t.value === value;
  }

  private isWord(value: string): boolean {
    const t = this.peek();
    return t.type === 'word' && t.value === value;
  }

  private expectOp(value: Operator, zh: string, en: string): void {
    if (!this.isOp(value)) this.fail(this.peek().pos, zh, en);
    this.next();
  }

  private nested<T>(pos: number, parse: () => T): T {
    this.depth += 1;
    if (this.depth > MAX_DEPTH) this.fail(pos, '嵌套层数过多', 'expression nested too deeply');
    const result = parse();
    this.depth -= 1;
    return result;
  }

  private or(): Expr {
    let left = this.and();
    while (this.isOp('||') || this.isWord('or')) {
      this.next();
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): Expr {
    let left = this.not();
    while (this.isOp('&&') || this.isWord('and')) {
      this.next();
      left = { kind: 'and', left, right: this.not() };
    }
    return left;
  }

  private not(): Expr {
    if (this.isOp('!') || this.isWord('not')) {
      const pos = this.next().pos;
      return this.nested(pos, () => ({ kind: 'not', operand: this.not() }));
    }
    return this.comparison();
  }

  private comparison(): Expr {
    const left = this.primary();
    const t = this.peek();
    let result: Expr = left;
    if (t.type === 'op' && COMPARE_OPS.has(t.value)) {
      this.next();
      result = { kind: 'compare', op: t.value as CompareOp, left, right: this.primary() };
    } else if (this.isWord('in')) {
      this.next();
      result = { kind: 'in', needle: left, haystack: this.list() };
    } else if (
      this.isWord('not') &&
      this.tokens[this.at + 1]?.type === 'word' &&
      (this.tokens[this.at + 1] as { value: string }).value === 'in'
    ) {
      this.next();
      this.next();
      result = { kind: 'not', operand: { kind: 'in', needle: left, haystack: this.list() } };
    }
    const after = this.peek();
    if ((after.type === 'op' && COMPARE_OPS.has(after.value)) || this.isWord('in')) {
      this.fail(after.pos, '比较不能连写，请用 && 连接', 'comparisons cannot be chained; join them with &&');
    }
    return result;
  }

  private list(): Literal[] {
    this.expectOp('[', 'in 之后应为列表，例如 ["A","B"]', 'expected a list after in, e.g. ["A","B"]');
    const values: Literal[] = [];
    if (this.isOp(']')) {
      this.next();
      return values;
    }
    for (;;) {
      const pos = this.peek().pos;
      const item = this.primary();
      if (item.kind !== 'literal') this.fail(pos, '列表中只能是常量', 'a list may only hold literals');
      values.push(item.value);
      if (this.isOp(']')) {
        this.next();
        return values;
      }
      this.expectOp(',', '列表项之间应为逗号或以 ] 结束', "expected ',' or ']' in the list");
    }
  }

  private primary(): Expr {
    const t = this.next();
    if (t.type === 'string' || t.type === 'number') return { kind: 'literal', value: t.value };
    if (t.type === 'op' && t.value === '-') {
      const n = this.next();
      if (n.type !== 'number') this.fail(t.pos, '负号后应为数字', "expected a number after '-'");
      return { kind: 'literal', value: -(n as { value: number }).value };
    }
    if (t.type === 'op' && t.value === '(') {
      return this.nested(t.pos, () => {
        const inner = this.or();
        this.expectOp(')', '缺少右括号 )', "missing ')'");
        return inner;
      });
    }
    if (t.type === 'word') {
      if (KEYWORD_LITERALS.has(t.value)) return { kind: 'literal', value: KEYWORD_LITERALS.get(t.value) as Literal };
      if (RESERVED.has(t.value)) this.fail(t.pos, `此处不能使用关键字 ${t.value}`, `unexpected keyword '${t.value}'`);
      return this.path(t.value);
    }
    if (t.type === 'end') return this.fail(t.pos, '表达式不完整', 'unexpected end of the expression');
    return this.fail(
      t.pos,
      `此处不应出现 “${t.type === 'op' ? t.value : ''}”`,
      `unexpected '${t.type === 'op' ? t.value : ''}'`,
    );
  }

  private path(first: string): Expr {
    const path = [first];
    while (this.isOp('.')) {
      this.next();
      const segment = this.next();
      if (segment.type !== 'word') this.fail(segment.pos, '“.” 之后应为名称', "expected a name after '.'");
      path.push((segment as { value: string }).value);
    }
    return { kind: 'path', path };
  }
}

export function parseExpression(src: string): ParseResult {
  if (typeof src !== 'string') return syntaxError(0, '条件必须是文本', 'the condition must be text');
  if (src.length > MAX_EXPRESSION_LENGTH) {
    return syntaxError(
      MAX_EXPRESSION_LENGTH,
      `条件过长（最多 ${MAX_EXPRESSION_LENGTH} 个字符）`,
      `condition too long (at most ${MAX_EXPRESSION_LENGTH} characters)`,
    );
  }
  const lexed = tokenize(src);
  if (!lexed.ok) return lexed;
  if (lexed.tokens.length === 1) return syntaxError(0, '条件为空', 'the condition is empty');
  try {
    return { ok: true, expr: new Parser(lexed.tokens).parseAll() };
  } catch (e) {
    if (e instanceof Fail) return e.error;
    throw e;
  }
}
