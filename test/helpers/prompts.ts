// Scripted prompt functions for interactive flows tested in-process: each question is answered by
// the first entry whose key it contains; an unexpected question, an answer that fails the prompt's
// own validation, or a select answer that is not among its choices fails the test.
import type { Prompts } from '../../src/cli/prompts.js';

export function scripted(answers: [string, unknown][] | Record<string, unknown>, asked: string[] = []): Prompts {
  const list = Array.isArray(answers) ? answers : Object.entries(answers);
  const pick = (message: string) => {
    asked.push(message);
    const hit = list.find(([k]) => message.includes(k));
    if (!hit) throw new Error(`unexpected question: ${message}`);
    return hit[1];
  };
  return {
    input: async (q) => {
      const v = String(pick(q.message));
      if (q.validate) {
        const ok = q.validate(v);
        if (ok !== true) throw new Error(`validation: ${ok}`);
      }
      return v;
    },
    select: async (q) => {
      const v = pick(q.message);
      if (!q.choices.some((c) => c.value === v)) throw new Error(`not a choice: ${String(v)}`);
      return v as never;
    },
    confirm: async (q) => Boolean(pick(q.message)),
  };
}
