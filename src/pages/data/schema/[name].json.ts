/** /data/schema/<name>.json: the JSON Schema of each open data file, generated from src/schemas/open-data.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'zod';
import { OPEN_DATA_SCHEMAS } from '../../../schemas/open-data.ts';

export const getStaticPaths = (() => Object.keys(OPEN_DATA_SCHEMAS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const schema = OPEN_DATA_SCHEMAS[params.name as keyof typeof OPEN_DATA_SCHEMAS];
  return new Response(JSON.stringify(z.toJSONSchema(schema), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
};
