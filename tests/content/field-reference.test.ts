/** The editors' field reference (docs/velden.md) is generated from the schemas and must match them. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFields, fieldReference, fieldReferenceMarkdown } from '../../src/schemas/describe-fields.ts';
import { PROJECT_ROOT } from '../support/astro.ts';
import { z } from 'zod';

describe('field reference', () => {
  it('describes every field of every collection, nested fields included', () => {
    const regelingen = fieldReference().find((c) => c.collection === 'regelingen')!.fields;
    expect(regelingen.map((f) => f.name)).toEqual(
      expect.arrayContaining(['title', 'summary', 'provider', 'sources', 'sources[].title', 'sources[].url', 'checked', 'status', 'status.state', 'status.since', 'changes[].date']),
    );
    for (const { fields } of fieldReference()) for (const f of fields) expect(f.description, f.name).not.toBe('');
  });

  it('tells required fields from optional ones, and names the kind of value', () => {
    const docs = describeFields(z.strictObject({ a: z.string().describe('A'), b: z.number().optional().describe('B'), c: z.enum(['x', 'y']).default('x').describe('C') }));
    expect(docs).toEqual([
      { name: 'a', required: true, kind: 'tekst', description: 'A' },
      { name: 'b', required: false, kind: 'getal', description: 'B' },
      { name: 'c', required: false, kind: 'keuze: x, y', description: 'C' },
    ]);
  });

  it('matches the committed docs/velden.md', async () => {
    await expect(fieldReferenceMarkdown()).toMatchFileSnapshot(path.join(PROJECT_ROOT, 'docs/velden.md'));
  });
});
