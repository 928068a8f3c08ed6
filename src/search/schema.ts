/** Shape of content/zoekwoorden.yaml, the kept list of word parts that help Dutch search. */
import { z } from 'zod';

export const compoundPartsSchema = z.object({
  /** Word parts that often end a compound, lower case, at least 4 letters: "verlof", "subsidie". */
  delen: z
    .array(z.string().regex(/^\p{Ll}{4,}$/u, { error: 'Schrijf een woorddeel in kleine letters, minstens 4 letters.' }))
    .min(1),
});
