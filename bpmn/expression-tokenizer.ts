/** Tokens of the condition language. Positions are 0-based offsets into the source. */
export type Token =
  | { type: 'string'; value: string; pos: number }
  | { type: 'number'; value: number; pos: number }
  | { type: 'word'; value: string; pos: number }
  | { type: 'op'; value: Operator; pos: number }
  | { type: 'end'; pos: number };

export type Operator =
  '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||' | '!' | '(' | ')' | '[' | ']' | ',' | '.' | '-';

export interface ExpressionSyntaxError {
  ok: false;
  messageZh: string;
  messageEn: string;
  position: number;
}

export const syntaxError = (position: number, messageZh: string, messageEn: string): ExpressionSyntaxError => ({
  ok: false,
  position,
  messageZh: `第 ${position + 1} 个字符处：${messageZh}`,
  messageEn: `at character ${position + 1}: ${messageEn}`,
});

const TWO_CHAR_OPS = new Set<string>(['==', '!=', '<=', '>=', '&&', '||']);
const ONE_CHAR_OPS = new Set<string>(['<', '>', '!', '(', ')', '[', ']', ',', '.', '-']);
const ESCAPES = new Map([
  ['\\', '\\'],
  ['"', '"'],
  ["'", "'"],
  ['n', '\n'],
  ['t', '\t'],
]);
const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_]/u;
const DIGIT = /[0-9]/;
const SPACE = /\s/;

function readString(src: string, start: number): { token: Token; next: number } | ExpressionSyntaxError {
  const quote = src[start];
  let value = '';
  let i = start + 1;
  while (i < src.length && src[i] !== quote) {
    if (src[i] === '\\') {
      const escaped = ESCAPES.get(src[i + 1] ?? '');
      if (escaped === undefined) return syntaxError(i, '不支持的转义字符', 'unsupported escape sequence');
      value += escaped;
      i += 2;
    } else {
      value += src[i];
      i += 1;
    }
  }
  if (i >= src.length) return syntaxError(start, '字符串缺少结束引号', 'unterminated string');
  return { token: { type: 'string', value, pos: start }, next: i + 1 };
}

function readNumber(src: string, start: number): { token: Token; next: number } {
  const match = /^[0-9]+(\.[0-9]+)?/.exec(src.slice(start, start + 40)) as RegExpExecArray;
  return { token: { type: 'number', value: Number(match[0]), pos: start }, next: start + match[0].length };
}

function readWord(src: string, start: number): { token: Token; next: number } {
  let i = start + 1;
  while (i < src.length && WORD_PART.test(src[i])) i += 1;
  return { token: { type: 'word', value: src.slice(start, i), pos: start }, next: i };
}

function misplacedCharacter(src: string, i: number): ExpressionSyntaxError {
  const c = src[i];
  if (c === '=') return syntaxError(i, '比较相等请用 ==', 'use == to compare');
  if (c === '&') return syntaxError(i, '“并且”请用 && 或 and', 'use && or and');
  if (c === '|') return syntaxError(i, '“或者”请用 || 或 or', 'use || or or');
  return syntaxError(i, `无法识别的字符 “${c}”`, `unexpected character '${c}'`);
}

export function tokenize(src: string): { ok: true; tokens: Token[] } | ExpressionSyntaxError {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (SPACE.test(c)) {
      i += 1;
      continue;
    }
    const two = src.slice(i, i + 2);
    let read: { token: Token; next: number } | ExpressionSyntaxError;
    if (TWO_CHAR_OPS.has(two)) read = { token: { type: 'op', value: two as Operator, pos: i }, next: i + 2 };
    else if (ONE_CHAR_OPS.has(c)) read = { token: { type: 'op', value: c as Operator, pos: i }, next: i + 1 };
    else if (c === '"' || c === "'") read = readString(src, i);
    else if (DIGIT.test(c)) read = readNumber(src, i);
    else if (WORD_START.test(c)) read = readWord(src, i);
    else return misplacedCharacter(src, i);
    if ('ok' in read) return read;
    tokens.push(read.token);
    i = read.next;
  }
  tokens.push({ type: 'end', pos: src.length });
  return { ok: true, tokens };
}
