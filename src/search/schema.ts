/** Shapes of the kept word lists that help Dutch search: content/zoekwoorden.yaml and content/synoniemen.yaml. */
import { z } from 'zod';

export const compoundPartsSchema = z.object({
  /** Word parts that often end a compound, lower case, at least 4 letters: "verlof", "subsidie". */
  delen: z
    .array(z.string().regex(/^\p{Ll}{4,}$/u, { error: 'Schrijf een woorddeel in kleine letters, minstens 4 letters.' }))
    .min(1),
});

/** Shape of content/synoniemen.yaml: groups of words that mean the same to someone searching. */
export const synonymGroupsSchema = z.object({
  /** Each group: two or more words or short phrases, lower case: ["subsidie", "vergoeding", "tegemoetkoming"]. */
  groepen: z
    .array(
      z
        .array(
          z.string().regex(/^[\p{Ll}\p{N}]+(?:[ -][\p{Ll}\p{N}]+){0,3}$/u, {
            error: 'Schrijf een zoekwoord in kleine letters: één woord of een korte woordgroep (hoogstens 4 woorden).',
          }),
        )
        .min(2, { error: 'Een groep heeft minstens 2 woorden.' }),
    )
    .min(1),
});
