import type { RowLatent } from './experience';
import { addNoise, emojiFor } from './noise';
import { phrasebook, type Phrasebook } from './phrasebook';
import { EN_FRAMES } from './phrases/en-slots';
import { Rng, Stream } from './prng';
import { compileAll, renderClean, type Template } from './template';
import { GENERAL_THEMES, PRAISE_THEMES, type GeneralTheme, type PraiseTheme, type ProblemTheme, type ThemeId } from './themes';

/** Writes the comment for a survey row from the themes it talks about. */

const CONTEXT = compileAll(EN_FRAMES.context);
const JOINT: Partial<Record<string, string>> = { fr: ' et ', de: ' und ', es: ' y ' };

function isGeneral(t: ThemeId): t is GeneralTheme {
  return (GENERAL_THEMES as readonly string[]).includes(t);
}

function isPraise(t: ThemeId): t is PraiseTheme {
  return (PRAISE_THEMES as readonly string[]).includes(t);
}

function capitalise(s: string): string {
  return s.length > 0 ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

function fresh(rng: Rng, templates: readonly Template[], used: Set<Template>): Template {
  let t = rng.pick(templates);
  for (let tries = 0; used.has(t) && tries < 4; tries++) t = rng.pick(templates);
  used.add(t);
  return t;
}

/** One phrasing of a theme; `used` steers a long comment away from repeating a template. */
function clause(rng: Rng, book: Phrasebook, theme: ThemeId, used: Set<Template> = new Set()): string {
  const templates = book.clauses[theme as keyof Phrasebook['clauses']];
  if (!templates || templates.length === 0) return rng.pick(book.general.general_neutral);
  return renderClean(fresh(rng, templates, used), rng, book.slots);
}

function noun(rng: Rng, book: Phrasebook, theme: ThemeId): string | undefined {
  const templates: Template[] | undefined = book.nouns[theme as keyof Phrasebook['nouns']];
  return templates && templates.length > 0 ? renderClean(rng.pick(templates), rng, book.slots) : undefined;
}

function endMark(rng: Rng, score: number): string {
  if (score <= 6) return rng.pick(['.', '.', '.', '!', '!!', '...', '', '!!!']);
  if (score >= 9) return rng.pick(['.', '!', '!', '!!', '', '.']);
  return rng.pick(['.', '.', '', '...', '.']);
}

function mixed(rng: Rng, book: Phrasebook, praise: PraiseTheme, problem: ProblemTheme, score: number): string[] {
  const style = rng.float();
  if (book.language === 'en' && style < 0.3) {
    const n = noun(rng, book, problem);
    const frame = rng.pick(book.problemNoun);
    if (n) {
      const p = clause(rng, book, praise);
      const framed = renderClean(frame, rng, book.slots).replace('@N', n);
      return framed.includes('@P') ? [framed.replace('@P', p)] : [p, framed];
    }
  }
  if (style < 0.75 || book.language !== 'en') {
    const first = clause(rng, book, score <= 6 ? problem : praise);
    const second = clause(rng, book, score <= 6 ? praise : problem);
    return [`${first}${rng.pick(book.contrast)}${second}`];
  }
  return [clause(rng, book, problem), `${clause(rng, book, praise)} ${rng.pick(['though', 'at least', 'to be fair'])}`];
}

function sentences(rng: Rng, book: Phrasebook, lat: RowLatent): string[] {
  const problems = lat.mentions.filter((t): t is ProblemTheme => !isGeneral(t) && !isPraise(t));
  const praise = lat.mentions.filter(isPraise);
  const out: string[] = [];
  const used = new Set<Template>();
  const english = book.language === 'en';
  const detractor = lat.score <= 6;
  const [firstPraise] = praise;
  const [firstProblem] = problems;
  if (firstPraise && firstProblem) {
    out.push(...mixed(rng, book, firstPraise, firstProblem, lat.score));
    for (const t of problems.slice(1)) out.push(clause(rng, book, t, used));
    for (const t of praise.slice(1)) out.push(clause(rng, book, t, used));
  } else {
    for (const t of [...problems, ...praise]) {
      out.push(clause(rng, book, t, used));
      if (out.length === 1 && rng.chance(detractor ? 0.45 : 0.25)) {
        const again = clause(rng, book, t, used);
        if (again !== out[0]) out.push(again);
      }
    }
    if (out.length >= 2 && rng.chance(0.2)) {
      const [a, b, ...rest] = out;
      const joints = english ? [' and ', ', ', ' - ', ' and also '] : [', ', ' - ', JOINT[book.language] ?? ', '];
      out.splice(0, out.length, `${a}${rng.pick(joints)}${b}`, ...rest);
    }
  }
  const stories = english && detractor ? (rng.chance(0.3) ? 1 : 0) + (rng.chance(0.12) ? 1 : 0) : 0;
  for (let k = 0; k < stories; k++) out.splice(rng.int(out.length + 1), 0, renderClean(fresh(rng, CONTEXT, used), rng, book.slots));
  if (english && detractor && rng.chance(0.12)) out[0] = `${rng.pick(book.openers)} ${out[0] ?? ''}`;
  const specific = [...problems, ...praise];
  if (specific.length > 0 && rng.chance(detractor ? 0.22 : 0.08)) {
    const target = english ? rng.range(4, 7) : 3;
    for (let tries = 0; out.length < target && tries < 12; tries++) {
      const extra = english && detractor && rng.chance(0.35) ? renderClean(fresh(rng, CONTEXT, used), rng, book.slots) : clause(rng, book, rng.pick(specific), used);
      if (!out.includes(extra)) out.push(extra);
    }
  }
  const closers = detractor ? book.closersNegative : lat.score >= 9 ? book.closersPositive : [];
  if (closers.length > 0 && rng.chance(detractor ? 0.4 : 0.3)) out.push(rng.pick(closers));
  return out;
}

function join(rng: Rng, parts: readonly string[], score: number): string {
  const marked = parts.map((p, i) => {
    const s = capitalise(p.trim());
    if (/[.!?]$/.test(s)) return s;
    return s + (i === parts.length - 1 ? endMark(rng, score) : rng.pick(['.', '.', '.', '!', '...']));
  });
  if (marked.length < 2) return marked[0] ?? '';
  const layout = rng.float();
  if (layout < 0.02) return marked.map((s) => `- ${s.replace(/[.!]+$/, '')}`).join('\n');
  if (layout < 0.05) return marked.join('\n\n');
  if (layout < 0.15) return marked.join('\n');
  return marked.join(' ');
}

export function writeVerbatim(seed: number, lat: RowLatent): string {
  if (lat.empty || lat.mentions.length === 0) return '';
  const rng = Rng.of(seed, Stream.rowText, lat.index);
  const book = phrasebook(lat.customer.language);
  const [only] = lat.mentions;
  if (lat.mentions.length === 1 && only && isGeneral(only)) {
    let short = rng.pick(book.general[only]);
    if (only !== 'non_answer' && rng.chance(0.1)) short = `${short} ${emojiFor(rng, lat.score)}`;
    if (only !== 'non_answer' && rng.chance(0.15)) short = short.toLowerCase();
    return short;
  }
  const text = join(rng, sentences(rng, book, lat), lat.score);
  return addNoise(rng, text, { score: lat.score, english: book.language === 'en', customer: lat.customer });
}
