import type ExcelJS from 'exceljs';

/**
 * A tiny evaluator for the formula subset the LKE export writes (IF, COUNT, SUM, AVERAGE, MIN, MAX,
 * comparisons, + - * /, string and number literals, A1 references), with Excel's semantics for
 * empty cells, so tests can check the file scores itself like the engine without Excel.
 */

type Value = number | string | null;

function tokenize(formula: string): string[] {
  const tokens: string[] = [];
  const pattern = /\s*("(?:[^"]|"")*"|[A-Z]+[0-9]+|[A-Z]+(?=\()|[0-9]+(?:\.[0-9]+)?|<=|>=|<>|[-+*/(),=<>])/gy;
  let match: RegExpExecArray | null;
  let at = 0;
  while (at < formula.length && (match = pattern.exec(formula)) !== null) {
    const token = match[1];
    if (token === undefined) throw new Error(`bad token at ${at} in ${formula}`);
    tokens.push(token);
    at = pattern.lastIndex;
  }
  if (at !== formula.length) throw new Error(`cannot tokenize ${formula} at ${at}`);
  return tokens;
}

export function evaluateCell(sheet: ExcelJS.Worksheet, address: string, memo = new Map<string, Value>()): Value {
  const cached = memo.get(address);
  if (cached !== undefined) return cached;
  const raw = sheet.getCell(address).value;
  let result: Value;
  if (raw === null || raw === undefined || raw === '') result = null;
  else if (typeof raw === 'number' || typeof raw === 'string') result = raw;
  else if (typeof raw === 'object' && 'formula' in raw && typeof raw.formula === 'string') result = evaluateFormula(sheet, raw.formula, memo);
  else throw new Error(`unsupported cell ${address}`);
  memo.set(address, result);
  return result;
}

function num(value: Value): number {
  if (value === null) return 0;
  if (typeof value === 'number') return value;
  throw new Error(`#VALUE! (${value})`);
}

function equal(a: Value, b: Value): boolean {
  if (a === null) return b === null || b === '' || b === 0;
  if (b === null) return equal(b, a);
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

export function evaluateFormula(sheet: ExcelJS.Worksheet, formula: string, memo: Map<string, Value>): Value {
  const tokens = tokenize(formula);
  let position = 0;
  const peek = (): string | undefined => tokens[position];
  const take = (expected?: string): string => {
    const token = tokens[position];
    if (token === undefined || (expected !== undefined && token !== expected)) throw new Error(`expected ${expected ?? 'token'} in ${formula}`);
    position += 1;
    return token;
  };
  // Arguments are parsed lazily so IF only evaluates its chosen branch.
  const args = (): (() => Value)[] => {
    const list: (() => Value)[] = [];
    take('(');
    if (peek() === ')') {
      take(')');
      return list;
    }
    for (;;) {
      const start = position;
      skipExpression();
      const end = position;
      list.push(() => {
        const saved = position;
        position = start;
        const value = comparison();
        if (position !== end) throw new Error('argument parse mismatch');
        position = saved;
        return value;
      });
      if (peek() === ',') take(',');
      else break;
    }
    take(')');
    return list;
  };
  const skipExpression = (): void => {
    let depth = 0;
    while (position < tokens.length) {
      const token = tokens[position];
      if (depth === 0 && (token === ',' || token === ')')) return;
      if (token === '(') depth += 1;
      if (token === ')') depth -= 1;
      position += 1;
    }
  };
  const numbersOf = (list: (() => Value)[]): number[] => list.map((arg) => arg()).filter((value): value is number => typeof value === 'number');
  const factor = (): Value => {
    const token = take();
    if (token === '-') return -num(factor());
    if (token === '(') {
      const value = comparison();
      take(')');
      return value;
    }
    if (token.startsWith('"')) return token.slice(1, -1).replace(/""/g, '"');
    if (/^[0-9]/.test(token)) return Number(token);
    if (peek() === '(' && /^[A-Z]+$/.test(token)) {
      const list = args();
      switch (token) {
        case 'IF': {
          const [condition, yes, no] = list;
          if (condition === undefined || yes === undefined) throw new Error('IF needs arguments');
          const test = condition();
          return typeof test === 'number' && test !== 0 ? yes() : no === undefined ? 0 : no();
        }
        case 'COUNT':
          return numbersOf(list).length;
        case 'SUM':
          return numbersOf(list).reduce((sum, value) => sum + value, 0);
        case 'AVERAGE': {
          const values = numbersOf(list);
          if (values.length === 0) throw new Error('#DIV/0!');
          return values.reduce((sum, value) => sum + value, 0) / values.length;
        }
        case 'MIN':
          return Math.min(...numbersOf(list));
        case 'MAX':
          return Math.max(...numbersOf(list));
        default:
          throw new Error(`unsupported function ${token}`);
      }
    }
    if (/^[A-Z]+[0-9]+$/.test(token)) return evaluateCell(sheet, token, memo);
    throw new Error(`unexpected ${token} in ${formula}`);
  };
  const term = (): Value => {
    let value = factor();
    while (peek() === '*' || peek() === '/') {
      const op = take();
      const right = factor();
      if (op === '/' && num(right) === 0) throw new Error('#DIV/0!');
      value = op === '*' ? num(value) * num(right) : num(value) / num(right);
    }
    return value;
  };
  const additive = (): Value => {
    let value = term();
    while (peek() === '+' || peek() === '-') {
      const op = take();
      const right = term();
      value = op === '+' ? num(value) + num(right) : num(value) - num(right);
    }
    return value;
  };
  const comparison = (): Value => {
    const left = additive();
    const op = peek();
    if (op === '=' || op === '<>' || op === '<' || op === '>' || op === '<=' || op === '>=') {
      take();
      const right = additive();
      let truth: boolean;
      if (op === '=') truth = equal(left, right);
      else if (op === '<>') truth = !equal(left, right);
      else {
        const a = num(left);
        const b = num(right);
        truth = op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b;
      }
      return truth ? 1 : 0;
    }
    return left;
  };
  const value = comparison();
  if (position !== tokens.length) throw new Error(`trailing tokens in ${formula}`);
  return value;
}
