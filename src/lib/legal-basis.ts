/**
 * Where a regeling's legal basis can be read: a national law by its BWB identifier as a Juriconnect (JCI 1.3)
 * reference on wetten.overheid.nl, which points at the text in force today and at the article when one is given;
 * a municipal rule by its CVDR number on lokaleregelgeving.overheid.nl.
 */
import type { z } from 'zod';
import type { legalBasis } from '../schemas/content.ts';

/** One entry of a regeling's `legalBasis`, as its schema defines it. */
export type LegalBasis = z.infer<typeof legalBasis>;

export function legalBasisUrl(basis: LegalBasis): string {
  if (basis.bwb) return `https://wetten.overheid.nl/jci1.3:c:${basis.bwb}${basis.article ? `&artikel=${basis.article}` : ''}`;
  if (basis.cvdr) return `https://lokaleregelgeving.overheid.nl/${basis.cvdr}`;
  throw new Error(`De wettelijke grondslag "${basis.title}" heeft geen bwb en geen cvdr.`);
}

/** How the page names it: "Participatiewet, artikel 10d". */
export function legalBasisLabel(basis: LegalBasis): string {
  return basis.article ? `${basis.title}, artikel ${basis.article}` : basis.title;
}
