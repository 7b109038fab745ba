/**
 * Realistic search words for verbatim queries (FTS5 syntax): single words,
 * prefixes, AND-ed pairs, phrases, and a few in French, German and Spanish.
 */
const QUERIES = [
  'refund', 'crash*', 'hold', 'wait*', 'delivery', 'late', 'price', 'expensive', 'cancel*', 'helpful', 'outage*', 'login',
  'password', 'billing', '"charged twice"', 'app AND crash*', 'support AND slow', 'easy', 'friendly', 'bug*', 'invoice',
  'tracking', 'courier', 'rude', 'chat', 'update', 'refund AND never', '"on hold"', 'staff', 'agent', 'locked',
  'reliable', 'value', 'subscription', 'fees', 'remboursement', 'livraison', 'lieferung', 'entrega', 'tres', 'zufrieden',
  'error*', 'freez*', 'manager', 'escalat*', 'phone', 'email*', 'recommend', 'love', 'terrible',
];

/** `count` queries cycling through the list in a fixed shuffled order. */
export function benchQueries(count: number): string[] {
  const out: string[] = [];
  let x = 12345;
  for (let i = 0; i < count; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(QUERIES[(i + (x >>> 16)) % QUERIES.length] ?? 'refund');
  }
  return out;
}
