/**
 * Cypher's lexical structure, enough for the console's rewrites (console-bounds.ts,
 * console-growth.ts) to find brackets, keywords and operators outside strings and comments.
 */

export type TokenKind = 'word' | 'number' | 'string' | 'open' | 'close' | 'pipe' | 'comma' | 'equals' | 'dot' | 'other';

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  /** For open/close tokens: the index of the matching token (or -1 when unbalanced). */
  match: number;
}

const CLOSING: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
/** 12, 1.5, 1e+5, 0x1F, 0o17 (an exponent's sign belongs to the number, not an addition). */
const NUMBER = /^(0x[0-9a-f_]+|0o[0-7_]+|\d[\d_]*(\.\d[\d_]*)?(e[+-]?\d+)?)/i;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const stack: number[] = [];
  let i = 0;
  const push = (kind: TokenKind, start: number, end: number) => tokens.push({ kind, text: text.slice(start, end), start, end, match: -1 });
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i += 1;
    } else if (text.startsWith('//', i)) {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? text.length : eol;
    } else if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? text.length : close + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      push('string', i, Math.min(j + 1, text.length));
      i = j + 1;
    } else if (c === '`') {
      let j = i + 1;
      while (j < text.length && !(text[j] === '`' && text[j + 1] !== '`')) j += text[j] === '`' ? 2 : 1;
      push('word', i, Math.min(j + 1, text.length));
      i = j + 1;
    } else if (/[A-Za-z_$]/.test(c)) {
      let j = i + 1;
      while (j < text.length && /[\w$]/.test(text[j]!)) j += 1;
      push('word', i, j);
      i = j;
    } else if (/\d/.test(c)) {
      const length = NUMBER.exec(text.slice(i, i + 400))?.[0].length ?? 1;
      push('number', i, i + length);
      i += length;
    } else if (c in CLOSING) {
      stack.push(tokens.length);
      push('open', i, i + 1);
      i += 1;
    } else if (c === ')' || c === ']' || c === '}') {
      push('close', i, i + 1);
      const opened = stack.pop();
      if (opened !== undefined) {
        tokens[opened]!.match = tokens.length - 1;
        tokens[tokens.length - 1]!.match = opened;
      }
      i += 1;
    } else if (text.startsWith('||', i)) {
      // Concatenation (GQL), not two separators.
      push('other', i, i + 2);
      i += 2;
    } else {
      push(c === '|' ? 'pipe' : c === ',' ? 'comma' : c === '=' ? 'equals' : c === '.' ? 'dot' : 'other', i, i + 1);
      i += 1;
    }
  }
  return tokens;
}

export const isWord = (token: Token | undefined, word: string) => token?.kind === 'word' && token.text.toLowerCase() === word;
