import { beforeAll, describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../../src/main/core/analysis/clusterAgreement';
import { createTextAnalyzer } from '../../../../src/main/core/nlp/analyzeText';
import { loadLanguageDetector } from '../../../../src/main/core/nlp/language';
import { suggestThemes, type SuggestedTheme, type ThemeDoc } from '../../../../src/main/core/nlp/suggestThemes';
import { createWordVectors } from '../../../../src/main/core/nlp/wordVectors';

type Group = ThemeDoc['group'];

/** Ten comments each on three plain themes, as a survey would have them. */
const REALISTIC: Record<string, string[]> = {
  delivery: [
    'My parcel arrived a week late.',
    'The delivery was late again and the courier never called.',
    'Parcel still not delivered after two weeks.',
    'Courier left my parcel at the wrong address.',
    'Delivery date was pushed back three times.',
    'Late delivery, the tracking said out for delivery all day.',
    'The courier lost my parcel.',
    'Waited in all day for a delivery that never came.',
    'Tracking has not updated for days, where is my parcel?',
    'Second late delivery this month.',
  ],
  billing: [
    'I was charged twice for the same order and still waiting on my refund.',
    'Wrong amount on my bill this month.',
    'The refund took six weeks to arrive.',
    'You charged my card after I cancelled.',
    'My bill had a fee I never agreed to.',
    'Double charged again, please fix your billing.',
    'Still no refund for the overcharge on my bill.',
    "Billing error: charged for a plan I don't have.",
    'The invoice was wrong and the refund never came.',
    'Charged a fee on my bill even though I paid on time.',
  ],
  app: [
    'The app crashes every time I open it.',
    "Can't log in to the app since the update.",
    'App keeps freezing on the login screen.',
    'The app crashed and I lost my basket.',
    'Login fails with an error every morning.',
    'The new update made the app slow and buggy.',
    'App crashes when I try to pay.',
    "Password reset link doesn't work, so I can't log in to the app.",
    'The app freezes constantly, please fix the bugs.',
    "After the update the app won't open at all.",
  ],
};

let realistic: { docs: ThemeDoc[]; theme: Map<number, string> };

beforeAll(async () => {
  await loadLanguageDetector();
  const analyse = createTextAnalyzer();
  const docs: ThemeDoc[] = [];
  const theme = new Map<number, string>();
  // Interleaved, so no theme is a run of consecutive ids.
  for (let i = 0; i < 10; i += 1) {
    for (const [name, texts] of Object.entries(REALISTIC)) {
      const text = texts[i]!;
      const a = analyse(text);
      const id = docs.length + 1;
      docs.push({ id, text, lemmas: a.lemmas, keyphrases: a.keyphrases, group: name === 'app' ? 'passive' : 'detractor' });
      theme.set(id, name);
    }
  }
  realistic = { docs, theme };
});

/** Each doc's suggestion id ('none' outside every suggestion), in doc order. */
function partition(docs: readonly ThemeDoc[], themes: readonly SuggestedTheme[]): string[] {
  const of = new Map<number, string>();
  for (const t of themes) for (const m of t.members) of.set(m, t.id);
  return docs.map((d) => of.get(d.id) ?? 'none');
}

describe('suggestThemes on a small realistic set (TF-IDF only)', () => {
  it('finds the three obvious themes when asked for coarse themes, and splits none of them across others by default', () => {
    const { docs, theme } = realistic;
    const coarse = suggestThemes(docs, { granularity: -2 });
    expect(coarse.map((t) => t.label)).toHaveLength(3);
    for (const name of ['delivery', 'billing', 'app']) {
      const ids = docs.filter((d) => theme.get(d.id) === name).map((d) => d.id);
      // The suggestion holding most of this theme holds at least 8 of its 10, and little else.
      const best = [...coarse].sort((a, b) => count(b, ids) - count(a, ids))[0]!;
      expect(count(best, ids), `${name}: ${best.label}`).toBeGreaterThanOrEqual(8);
      expect(count(best, ids) / best.members.length, `${name}: ${best.label}`).toBeGreaterThanOrEqual(0.8);
    }
    const labels = docs.map((d) => theme.get(d.id)!);
    expect(adjustedRandIndex(partition(docs, coarse), labels)).toBeGreaterThan(0.7);
    // At the default granularity a theme may come in two parts ("parcel" and "late delivery"), each still about one theme.
    const fine = suggestThemes(docs);
    expect(fine.length).toBeGreaterThanOrEqual(3);
    for (const t of fine) {
      const names = t.members.map((m) => theme.get(m)!);
      const top = Math.max(...['delivery', 'billing', 'app'].map((n) => names.filter((x) => x === n).length));
      expect(top / names.length, t.label).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('labels themes with readable words of their verbatims, and ranks their keyphrases', () => {
    const themes = suggestThemes(realistic.docs);
    const words = new Set(realistic.docs.flatMap((d) => [...d.lemmas.map((l) => l.replace(/^!/, '').toLowerCase()), ...d.keyphrases.map((k) => k.label.toLowerCase())]));
    const labels = themes.map((t) => t.label);
    for (const t of themes) {
      const parts = t.label.split(' · ');
      expect(parts.length).toBeGreaterThanOrEqual(1);
      expect(parts.length).toBeLessThanOrEqual(3);
      for (const part of parts) expect(words.has(part), `"${part}" in "${t.label}"`).toBe(true);
      expect(t.phrases.length).toBeGreaterThan(0);
      for (const p of t.phrases) expect(p.count).toBeGreaterThan(0);
    }
    expect(labels.some((l) => /\b(app|application|crash|login|update)\b/.test(l))).toBe(true);
    expect(labels.some((l) => /\b(parcel|delivery|courier|late)\b/.test(l))).toBe(true);
    expect(labels.some((l) => /\b(bill|refund|charge|fee)\b/.test(l))).toBe(true);
  });

  it('is deterministic for a seed', () => {
    const once = suggestThemes(realistic.docs, { seed: 7 });
    const again = suggestThemes(realistic.docs.map((d) => ({ ...d })), { seed: 7 });
    expect(again).toEqual(once);
  });

  it('gives no more suggestions when asked for coarser themes than for finer ones', () => {
    const counts = [-2, -1, 0, 1, 2].map((granularity) => suggestThemes(realistic.docs, { granularity, minSize: 2 }).length);
    for (let i = 1; i < counts.length; i += 1) expect(counts[i - 1]!, counts.join(',')).toBeLessThanOrEqual(counts[i]!);
    expect(counts[0]!).toBeLessThan(counts[4]!);
  });

  it('partitions: members are input ids, in one suggestion at most, sorted; representatives are members', () => {
    const { docs } = realistic;
    const themes = suggestThemes(docs);
    const ids = new Set(docs.map((d) => d.id));
    const seen = new Set<number>();
    for (const t of themes) {
      expect(t.members).toEqual([...t.members].sort((a, b) => a - b));
      for (const m of t.members) {
        expect(ids.has(m)).toBe(true);
        expect(seen.has(m)).toBe(false);
        seen.add(m);
      }
      expect(t.representatives.length).toBeGreaterThanOrEqual(2);
      expect(t.representatives.length).toBeLessThanOrEqual(5);
      for (const r of t.representatives) expect(t.members).toContain(r);
      expect(t.id).toMatch(/^theme-[0-9a-f]{8}$/);
    }
    expect(new Set(themes.map((t) => t.id)).size).toBe(themes.length);
    expect(themes.map((t) => t.volume)).toEqual([...themes.map((t) => t.volume)].sort((a, b) => b - a));
  });
});

/** Hand-made lemmas and vectors: three topics whose verbatims share almost no word. */
const TOPICS = {
  waiting: ['wait', 'hold', 'queue', 'forever', 'hour', 'minute'],
  money: ['refund', 'charge', 'bill', 'invoice', 'fee', 'overcharge'],
  crash: ['crash', 'freeze', 'bug', 'error', 'glitch', 'hang'],
} as const;

function topicVectors() {
  const entries: { word: string; vector: number[] }[] = [];
  Object.values(TOPICS).forEach((words, topic) => {
    words.forEach((word, i) => {
      const vector = Array.from({ length: 8 }, (_, d) => (d === topic ? 1 : d === 3 + ((i + topic) % 5) ? 0.35 : 0));
      entries.push({ word, vector });
    });
  });
  return createWordVectors(entries);
}

/** Words the vectors do not know, used across all topics: TF-IDF links verbatims of different topics through them. */
const FILLERS = ['today', 'again', 'still', 'really'];

/** 12 verbatims per topic, each one topic word (each used twice) and one filler, with NPS groups. */
function topicDocs(): { docs: ThemeDoc[]; topic: string[] } {
  const docs: ThemeDoc[] = [];
  const topic: string[] = [];
  const groups: Group[] = ['detractor', 'detractor', 'passive', undefined, 'promoter', 'detractor'];
  for (let i = 0; i < 12; i += 1) {
    Object.entries(TOPICS).forEach(([name, words], t) => {
      const lemmas = [words[i % 6]!, FILLERS[(i + t) % FILLERS.length]!];
      const group = name === 'money' ? 'promoter' : groups[(i + t) % groups.length];
      docs.push({ id: 100 + docs.length, text: lemmas.join(' '), lemmas, keyphrases: [], ...(group ? { group } : {}) });
      topic.push(name);
    });
  }
  return { docs, topic };
}

describe('suggestThemes with word vectors', () => {
  it('groups paraphrases that share no word, which TF-IDF alone cannot', () => {
    const { docs, topic } = topicDocs();
    const vectors = topicVectors();
    const withVectors = suggestThemes(docs, { vectors });
    const without = suggestThemes(docs);
    expect(withVectors).toHaveLength(3);
    expect(adjustedRandIndex(partition(docs, withVectors), topic)).toBe(1);
    expect(adjustedRandIndex(partition(docs, without), topic)).toBeLessThan(1);
  });

  it('computes volume over verbatims with text and detractor share over members with a group', () => {
    const { docs, topic } = topicDocs();
    const blank: ThemeDoc[] = [
      { id: 1, text: '   ', lemmas: [], keyphrases: [], group: 'detractor' },
      { id: 2, text: '', lemmas: [], keyphrases: [] },
      { id: 3, text: '!!!', lemmas: [], keyphrases: [], group: 'detractor' },
    ];
    const all = [...blank, ...docs];
    const themes = suggestThemes(all, { vectors: topicVectors() });
    const withText = all.filter((d) => d.text.trim() !== '').length; // 37: '!!!' has text but no words
    expect(withText).toBe(37);
    for (const t of themes) {
      const members = all.filter((d) => t.members.includes(d.id));
      const grouped = members.filter((d) => d.group);
      expect(t.volume).toBeCloseTo(members.length / withText, 12);
      expect(t.detractorShare).toBeCloseTo(grouped.filter((d) => d.group === 'detractor').length / grouped.length, 12);
      expect(t.members).not.toContain(1);
      expect(t.members).not.toContain(3);
    }
    // By hand: every money verbatim is a promoter; waiting has 12 members, 2 without a group, 6 detractors.
    const money = themes.find((t) => t.members.includes(docs[topic.indexOf('money')]!.id))!;
    expect(money.detractorShare).toBe(0);
    expect(money.volume).toBeCloseTo(12 / 37, 12);
    const waiting = themes.find((t) => t.members.includes(docs[topic.indexOf('waiting')]!.id))!;
    expect(waiting.members).toHaveLength(12);
    expect(waiting.detractorShare).toBeCloseTo(6 / 10, 12);
  });

  it('clusters a sample and assigns the rest to the nearest theme', () => {
    const { docs, topic } = topicDocs();
    const many: ThemeDoc[] = [];
    const labels: string[] = [];
    for (let copy = 0; copy < 10; copy += 1) {
      docs.forEach((d, i) => {
        // A word of its own (in no other verbatim, unknown to the vectors) makes each copy a distinct text.
        const own = `own${copy}x${i}`;
        many.push({ ...d, id: 1000 * (copy + 1) + i, lemmas: [...d.lemmas, own], text: `${d.text} ${own}` });
        labels.push(topic[i]!);
      });
    }
    const themes = suggestThemes(many, { vectors: topicVectors(), sampleSize: 60 });
    expect(themes).toHaveLength(3);
    expect(themes.reduce((n, t) => n + t.members.length, 0)).toBe(many.length);
    expect(adjustedRandIndex(partition(many, themes), labels)).toBe(1);
  });

  it('clusters each distinct text once: its repeats take its theme', () => {
    const { docs, topic } = topicDocs();
    const repeated = [...docs, ...docs.map((d) => ({ ...d, id: d.id + 1000 })), ...docs.map((d) => ({ ...d, id: d.id + 2000 }))];
    const once = suggestThemes(docs, { vectors: topicVectors() });
    const thrice = suggestThemes(repeated, { vectors: topicVectors() });
    expect(thrice.map((t) => t.label)).toEqual(once.map((t) => t.label));
    expect(thrice.map((t) => t.members.length)).toEqual(once.map((t) => t.members.length * 3));
    expect(adjustedRandIndex(partition(repeated, thrice), [...topic, ...topic, ...topic])).toBe(1);
  });
});

describe('suggestThemes on tiny inputs', () => {
  it('suggests nothing for no verbatims or for one', () => {
    expect(suggestThemes([])).toEqual([]);
    expect(suggestThemes([{ id: 1, text: 'The app crashes', lemmas: ['application', 'crash'], keyphrases: [] }])).toEqual([]);
    expect(suggestThemes([{ id: 1, text: '', lemmas: [], keyphrases: [] }])).toEqual([]);
  });

  it('makes one theme of five verbatims about the same thing', () => {
    const docs: ThemeDoc[] = ['app crash', 'app crash login', 'crash app again', 'app freeze crash', 'login app crash'].map((text, i) => ({
      id: i + 1,
      text,
      lemmas: text.split(' '),
      keyphrases: [],
      group: 'detractor',
    }));
    const themes = suggestThemes(docs);
    expect(themes).toHaveLength(1);
    expect(themes[0]!.members).toEqual([1, 2, 3, 4, 5]);
    expect(themes[0]!.volume).toBe(1);
    expect(themes[0]!.detractorShare).toBe(1);
    expect(themes[0]!.label.split(' · ')).toContain('crash');
  });
});

function count(theme: SuggestedTheme, ids: readonly number[]): number {
  return ids.filter((id) => theme.members.includes(id)).length;
}
