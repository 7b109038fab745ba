import type { Rng } from './prng';

/**
 * Phrase templates: `[a|b|c]` picks one alternative (alternatives may nest and
 * may be empty), `{name}` is filled from a slot vocabulary, which may itself
 * hold templates. Templates are compiled once and rendered many times.
 */

type Part = string | { readonly alts: readonly Part[][] } | { readonly slot: string };
export type Template = readonly Part[];

export type SlotVocabulary = Readonly<Record<string, readonly Template[]>>;

export function compile(source: string): Template {
  let pos = 0;

  function parseSequence(inAlternative: boolean): Part[] {
    const parts: Part[] = [];
    let text = '';
    const pushText = (): void => {
      if (text) parts.push(text);
      text = '';
    };
    while (pos < source.length) {
      const ch = source[pos] as string;
      if (ch === '[') {
        pushText();
        pos++;
        const alts: Part[][] = [parseSequence(true)];
        while (source[pos] === '|') {
          pos++;
          alts.push(parseSequence(true));
        }
        if (source[pos] !== ']') throw new Error(`unclosed [ in template: ${source}`);
        pos++;
        parts.push({ alts });
      } else if (ch === '|' || ch === ']') {
        if (!inAlternative) throw new Error(`stray ${ch} in template: ${source}`);
        break;
      } else if (ch === '{') {
        pushText();
        const end = source.indexOf('}', pos);
        if (end < 0) throw new Error(`unclosed { in template: ${source}`);
        parts.push({ slot: source.slice(pos + 1, end) });
        pos = end + 1;
      } else {
        text += ch;
        pos++;
      }
    }
    pushText();
    return parts;
  }

  return parseSequence(false);
}

export function compileAll(sources: readonly string[]): Template[] {
  return sources.map(compile);
}

export function compileVocabulary(raw: Readonly<Record<string, readonly string[]>>): SlotVocabulary {
  const out: Record<string, Template[]> = {};
  for (const [name, values] of Object.entries(raw)) out[name] = compileAll(values);
  return out;
}

export function render(template: Template, rng: Rng, slots: SlotVocabulary): string {
  let out = '';
  for (const part of template) {
    if (typeof part === 'string') out += part;
    else if ('alts' in part) out += render(rng.pick(part.alts), rng, slots);
    else {
      const choices = slots[part.slot];
      if (!choices) throw new Error(`unknown slot {${part.slot}}`);
      out += render(rng.pick(choices), rng, slots);
    }
  }
  return out;
}

/** Renders and tidies doubled or dangling spaces left by empty alternatives. */
export function renderClean(template: Template, rng: Rng, slots: SlotVocabulary): string {
  return render(template, rng, slots)
    .replace(/ {2,}/g, ' ')
    .replace(/ ([,.!?])/g, '$1')
    .trim();
}
