/**
 * When clauses: boolean expressions over context keys, as in VS Code
 * ("projectOpen && !panelVisible", "editorOpen || hasClosedEditors").
 * Grammar: or := and ('||' and)*; and := unary ('&&' unary)*; unary := '!' unary | '(' or ')' | key.
 */

export type ContextKeys = Readonly<Record<string, boolean>>;

type Node =
  | { readonly kind: 'key'; readonly name: string }
  | { readonly kind: 'not'; readonly operand: Node }
  | { readonly kind: 'and' | 'or'; readonly left: Node; readonly right: Node };

function tokenize(source: string): string[] {
  const tokens = source.match(/&&|\|\||!|\(|\)|[A-Za-z_][\w.]*|\S/g) ?? [];
  for (const token of tokens) {
    if (!/^(&&|\|\||!|\(|\)|[A-Za-z_][\w.]*)$/.test(token)) {
      throw new Error(`Unexpected "${token}" in when clause "${source}"`);
    }
  }
  return tokens;
}

/** Parses a when clause; throws with the clause in the message when it is malformed. */
export function parseWhen(source: string): Node {
  const tokens = tokenize(source);
  let index = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} in when clause "${source}"`);
  };
  const parseOr = (): Node => {
    let node = parseAnd();
    while (tokens[index] === '||') {
      index += 1;
      node = { kind: 'or', left: node, right: parseAnd() };
    }
    return node;
  };
  const parseAnd = (): Node => {
    let node = parseUnary();
    while (tokens[index] === '&&') {
      index += 1;
      node = { kind: 'and', left: node, right: parseUnary() };
    }
    return node;
  };
  const parseUnary = (): Node => {
    const token = tokens[index];
    if (token === undefined) return fail('Unexpected end');
    index += 1;
    if (token === '!') return { kind: 'not', operand: parseUnary() };
    if (token === '(') {
      const inner = parseOr();
      if (tokens[index] !== ')') fail('Missing ")"');
      index += 1;
      return inner;
    }
    if (/^[A-Za-z_]/.test(token)) return { kind: 'key', name: token };
    return fail(`Unexpected "${token}"`);
  };
  const node = parseOr();
  if (index < tokens.length) fail(`Unexpected "${tokens[index]}"`);
  return node;
}

function evaluate(node: Node, keys: ContextKeys): boolean {
  switch (node.kind) {
    case 'key':
      return keys[node.name] === true;
    case 'not':
      return !evaluate(node.operand, keys);
    case 'and':
      return evaluate(node.left, keys) && evaluate(node.right, keys);
    case 'or':
      return evaluate(node.left, keys) || evaluate(node.right, keys);
  }
}

/** A compiled when clause: call it with the current context keys. */
export type WhenPredicate = (keys: ContextKeys) => boolean;

export function compileWhen(source: string | undefined): WhenPredicate {
  if (source === undefined || source.trim() === '') return () => true;
  const node = parseWhen(source);
  return (keys) => evaluate(node, keys);
}
