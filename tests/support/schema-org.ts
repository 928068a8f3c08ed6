/**
 * Checks JSON-LD against the schema.org vocabulary with kept tools instead of a hand-made list: each block is
 * type-checked by the TypeScript compiler against schema-dts, Google's types generated from schema.org. An unknown
 * type, a property the type does not have, or a value of the wrong kind is a compile error with its path.
 */
import path from 'node:path';
import ts from 'typescript';
import { PROJECT_ROOT } from './astro.ts';

/** The compiler's messages for the blocks, each prefixed with the block's label. */
export function schemaOrgErrors(blocks: { label: string; data: unknown }[]): string[] {
  const file = path.join(PROJECT_ROOT, 'tests', '__structured-data-check.ts');
  const source = [
    "import type { Thing, WithContext } from 'schema-dts';",
    ...blocks.map((b, i) => `export const block${i}: WithContext<Thing> = ${JSON.stringify(b.data)};`),
  ].join('\n');
  const options: ts.CompilerOptions = { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, types: [] };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (path.resolve(name) === file ? source : readFile(name));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => path.resolve(name) === file || fileExists(name);
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1;
    const label = line >= 1 ? blocks[line - 1]!.label : 'algemeen';
    return `${label}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}
