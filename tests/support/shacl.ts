/**
 * SHACL validation of JSON-LD with kept libraries: jsonld (the W3C JSON-LD processor for JavaScript) turns the
 * document into RDF, N3.js reads the shapes (Turtle), rdf-validate-shacl (Zazuko) checks the data against them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

export function readShapes(dir: string, files: string[]): Store {
  const store = new Store();
  for (const file of files) store.addQuads(new Parser({ baseIRI: `file:///${file}` }).parse(readFileSync(path.join(dir, file), 'utf8')));
  return store;
}

export async function jsonLdToRdf(document: object): Promise<Store> {
  const nquads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, { format: 'application/n-quads' })) as unknown as string;
  return new Store(new Parser({ format: 'N-Quads' }).parse(nquads));
}

export interface ShaclProblem {
  focus: string;
  path: string;
  severity: string;
  message: string;
}

/** Every violation (and warning) the shapes find in the data, as readable lines. */
export async function validateShacl(shapes: Store, data: Store): Promise<ShaclProblem[]> {
  const report = await new SHACLValidator(shapes).validate(data);
  return report.results.map((r) => ({
    focus: r.focusNode?.value ?? '',
    path: r.path?.value ?? '',
    severity: r.severity?.value.replace('http://www.w3.org/ns/shacl#', '') ?? '',
    message: r.message.map((m) => m.value).join(' ') || (r.sourceConstraintComponent?.value ?? ''),
  }));
}
