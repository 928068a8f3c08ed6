/**
 * /data/catalog.jsonld describes every published data file in DCAT-AP-NL 3.0, and conforms to the standard's own
 * SHACL shapes (Geonovum's DCAT-AP-NL shapes on top of DCAT-AP 3.0's, vendored in tests/fixtures/dcat-ap-nl/).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Store } from 'n3';
import { jsonLdToRdf, readShapes, validateShacl } from '../support/shacl.ts';
import { publishedDataFiles } from '../support/open-data-files.ts';
import { DIST } from '../support/site.ts';

const SHAPES_DIR = path.join(import.meta.dirname, '..', 'fixtures', 'dcat-ap-nl');
const REQUIRED = ['dcat-ap-SHACL.ttl', 'dcat-ap-nl-SHACL.ttl', 'dcat-ap-nl-SHACL-klassebereik.ttl', 'dcat-ap-nl-SHACL-klassebereik-codelijsten.ttl'];
const RECOMMENDED = 'dcat-ap-nl-SHACL-aanbevolen.ttl';

type Node = Record<string, unknown> & { '@id': string; '@type': string | string[] };
const catalog = () => JSON.parse(readFileSync(path.join(DIST, 'data', 'catalog.jsonld'), 'utf8')) as { '@graph': Node[] };
const ofType = (graph: Node[], type: string) => graph.filter((n) => [n['@type']].flat().includes(type));
const id = (value: unknown) => (value as { '@id': string })['@id'];

describe('DCAT-AP-NL catalogue of the open data', () => {
  let shapes: Store;
  let recommended: Store;
  beforeAll(() => {
    shapes = readShapes(SHAPES_DIR, REQUIRED);
    recommended = readShapes(SHAPES_DIR, [...REQUIRED, RECOMMENDED]);
  });

  it('has one Dataset per published data file, with licence, publisher, update frequency and a JSON distribution', () => {
    const graph = catalog()['@graph'];
    const datasets = ofType(graph, 'dcat:Dataset');
    const distributions = datasets.map((d) => d['dcat:distribution'] as Node);
    expect(distributions.map((d) => new URL(id(d['dcat:downloadURL'])).pathname.replace(/^.*?(\/data\/)/, '/data/')).sort()).toEqual(publishedDataFiles());
    for (const d of datasets) {
      expect(id(d['dct:publisher']), d['@id']).toBeTruthy();
      expect(id(d['dct:accrualPeriodicity']), d['@id']).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/frequency\//);
      expect(id((d['dcat:distribution'] as Node)['dct:license']), d['@id']).toBe('http://creativecommons.org/licenses/by/4.0/deed.nl');
      expect(id((d['dcat:distribution'] as Node)['dcat:mediaType']), d['@id']).toBe('https://www.iana.org/assignments/media-types/application/json');
    }
    const [cat] = ofType(graph, 'dcat:Catalog');
    expect((cat!['dcat:dataset'] as unknown[]).map(id).sort()).toEqual(datasets.map((d) => d['@id']).sort());
  });

  it('conforms to the DCAT-AP-NL 3.0 shapes, and meets the recommended ones except a data service it does not have', async () => {
    const data = await jsonLdToRdf(catalog());
    expect(await validateShacl(shapes, data)).toEqual([]);
    const advice = await validateShacl(recommended, data);
    // A recommended dcat:accessService only applies to data behind an API; these are plain files.
    expect(advice.filter((p) => p.path !== 'http://www.w3.org/ns/dcat#accessService')).toEqual([]);
  });

  it('the shapes catch a catalogue that leaves out a required field', async () => {
    const broken = catalog();
    const [first] = ofType(broken['@graph'], 'dcat:Dataset');
    delete (first!['dcat:distribution'] as Node)['dct:license'];
    delete first!['dct:publisher'];
    const problems = await validateShacl(shapes, await jsonLdToRdf(broken));
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['http://purl.org/dc/terms/license', 'http://purl.org/dc/terms/publisher']));
  });
});
