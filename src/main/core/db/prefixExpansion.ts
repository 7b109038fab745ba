import type { ProjectDb } from './connection';
import { prepared } from './statementCache';
import { untilChanged } from './untilChanged';
import { FTS_VOCAB, openFtsVocab, termListIsCurrent } from './fullTextIndex';

/**
 * A prefix this short, or one that names more terms than this, is left to FTS5 as it is: the
 * ORed terms would cost more per match than FTS5's own merge.
 */
const MIN_PREFIX = 3;
const MAX_TERMS = 32;
/** How many prefixes' terms a connection remembers while its index does not change. */
const KEEP = 64;

/** The parts of a full-text query this rewrite understands; anything else leaves the query as it is. */
type Lexeme =
  | { readonly kind: 'phrase'; readonly text: string; readonly prefix?: string }
  | { readonly kind: 'operator' | 'open' | 'close'; readonly text: string };

const OPERATORS = new Set(['AND', 'OR', 'NOT']);
/** FTS5's bareword characters: ASCII letters, digits and underscore, and every non-ASCII character (and SUB, left to FTS5). */
const BAREWORD = /^[A-Za-z0-9_\u0080-\uffff]+/;
/** A prefix this rewrite expands: ASCII letters and digits only, which unicode61 folds by lower-casing alone. */
const PLAIN_PREFIX = /^[A-Za-z0-9]+$/;

/** The lexemes of `query`, or undefined for syntax it leaves to FTS5 (column filters, NEAR, ^, +, a lone *). */
function lex(query: string): Lexeme[] | undefined {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (/\s/.test(c)) i += 1;
    else if (c === '(' || c === ')') {
      out.push({ kind: c === '(' ? 'open' : 'close', text: c });
      i += 1;
    } else if (c === '"') {
      let end = i + 1;
      for (;;) {
        end = query.indexOf('"', end);
        if (end < 0) return undefined; // unterminated: FTS5 says so itself
        if (query[end + 1] !== '"') break;
        end += 2;
      }
      if (query[end + 1] === '*') return undefined;
      out.push({ kind: 'phrase', text: query.slice(i, end + 1) });
      i = end + 1;
    } else {
      const word = BAREWORD.exec(query.slice(i))?.[0];
      if (!word) return undefined;
      i += word.length;
      if (OPERATORS.has(word)) out.push({ kind: 'operator', text: word });
      else if (word === 'NEAR') return undefined;
      else if (query[i] === '*') {
        if (!PLAIN_PREFIX.test(word)) return undefined;
        out.push({ kind: 'phrase', text: `${word}*`, prefix: word.toLowerCase() });
        i += 1;
      } else out.push({ kind: 'phrase', text: word });
    }
  }
  return out;
}

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

/**
 * The indexed terms starting with `prefix` (at most MAX_TERMS + 1), remembered until this
 * connection or another one writes to the project: a range of the project's term list, or of
 * fts5vocab while that list may lack a term (see fullTextIndex.ts).
 */
function termsStartingWith(db: ProjectDb, prefix: string): readonly string[] | undefined {
  const memory = untilChanged(db).map<string, readonly string[] | undefined>('prefix terms');
  if (memory.has(prefix)) return memory.get(prefix);
  let source = 'main.fulltext_terms';
  if (!termListIsCurrent(db)) {
    openFtsVocab(db);
    source = FTS_VOCAB;
  }
  const after = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  const terms = prepared(db, `SELECT term FROM ${source} WHERE term >= ? AND term < ? ORDER BY term LIMIT ?`)
    .pluck()
    .all(prefix, after, MAX_TERMS + 1) as string[];
  const usable = terms.length > 0 && terms.length <= MAX_TERMS ? terms : undefined;
  if (memory.size >= KEEP) memory.clear();
  memory.set(prefix, usable);
  return usable;
}

/**
 * The full-text query with each prefix term ("wait*") written out as the indexed terms it stands
 * for ("wait" OR "waited" OR "waiting" …). It matches exactly the same verbatims, but FTS5 reads an
 * OR of terms lazily, while a prefix term has every matching term's list merged before the first
 * row comes back: a page of a prefix search arrives several times sooner. Queries with syntax
 * this does not rewrite (column filters, NEAR, ^, +, a quoted prefix) are returned unchanged, and
 * so are short or very common prefixes.
 */
export function expandPrefixes(db: ProjectDb, query: string): string {
  if (!query.includes('*')) return query;
  const lexemes = lex(query);
  if (!lexemes?.some((l) => l.kind === 'phrase' && l.prefix !== undefined && l.prefix.length >= MIN_PREFIX)) return query;
  const out: string[] = [];
  // Adjacent phrases are one implicit AND, which FTS5 allows between phrases only: a run holding
  // an expanded prefix is written with explicit ANDs, in parentheses (the run binds tightest).
  let run: string[] = [];
  let expanded = false;
  const endRun = () => {
    if (run.length > 1 && expanded) out.push(`(${run.join(' AND ')})`);
    else out.push(...run);
    run = [];
    expanded = false;
  };
  for (const lexeme of lexemes) {
    if (lexeme.kind !== 'phrase') {
      endRun();
      out.push(lexeme.text);
      continue;
    }
    const terms = lexeme.prefix !== undefined && lexeme.prefix.length >= MIN_PREFIX ? termsStartingWith(db, lexeme.prefix) : undefined;
    if (terms) {
      expanded = true;
      run.push(terms.length === 1 ? quote(terms[0]!) : `(${terms.map(quote).join(' OR ')})`);
    } else run.push(lexeme.text);
  }
  endRun();
  return out.join(' ');
}
