/**
 * Astro's view of the content: where each collection's files are, and which schema validates them.
 * The schemas themselves live in src/schemas/content.ts (no Astro there, so the content check uses them too).
 * Types for pages come from `CollectionEntry<'…'>`, inferred from those schemas.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_DIR } from './lib/content-dir.ts';
import { contentPages } from './lib/content-loader.ts';
import { useDutchErrors } from './lib/zod-dutch.ts';
import { contentSchemas } from './schemas/content.ts';

useDutchErrors();

const schemas = contentSchemas(reference);
// Only files directly in the folder: the file name is the address. Subfolders and other extensions are reported by
// the content check and stop the build (src/checks/content-layout.ts), instead of failing with an unnamed route error.
const mdx = (collection: string) => contentPages(`${CONTENT_DIR}/${collection}`);
const yaml = (collection: string) => glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/${collection}` });

export const collections = {
  model: defineCollection({ loader: mdx('model'), schema: schemas.model }),
  handboek: defineCollection({ loader: mdx('handboek'), schema: schemas.handboek }),
  onderwijs: defineCollection({ loader: mdx('onderwijs'), schema: schemas.onderwijs }),
  regelingen: defineCollection({ loader: mdx('regelingen'), schema: schemas.regelingen }),
  doelgroepen: defineCollection({ loader: mdx('doelgroepen'), schema: schemas.doelgroepen }),
  praktijk: defineCollection({ loader: mdx('praktijk'), schema: schemas.praktijk }),
  regios: defineCollection({ loader: yaml('regios'), schema: schemas.regios }),
  gidsen: defineCollection({ loader: yaml('gidsen'), schema: schemas.gidsen }),
  /** Organisations a guide can send the reader to (UWV, the werkgeversservicepunt, …): one YAML file. */
  partners: defineCollection({ loader: file(`${CONTENT_DIR}/partners.yaml`), schema: schemas.partners }),
  /** Every amount the site uses (minimum wage, LKV, subsidies), with periods, sources and check date: one YAML file. */
  bedragen: defineCollection({ loader: file(`${CONTENT_DIR}/bedragen.yaml`), schema: schemas.bedragen }),
  /** Dates an employer puts in the calendar (the yearly LKV calculation, say), each with its source: one YAML file. */
  termijnen: defineCollection({ loader: file(`${CONTENT_DIR}/termijnen.yaml`), schema: schemas.termijnen }),
};
