/**
 * publiccode.yml, the metadata file that software catalogues of governments read (in the Netherlands
 * developer.overheid.nl). Written from the standard, version 0.5 (https://yml.publiccode.tools/schema.core.html), with
 * the stricter rules of its reference validator, publiccode-parser-go v5: a long description and features in every
 * language, lengths counted in grapheme clusters, contacts for internal or community maintenance, a valid SPDX
 * licence expression, BCP 47 language tags. That validator is Go only and the standard publishes no JavaScript one,
 * hence this schema; tests/unit/publiccode.test.ts checks the repository's file against it.
 *
 * Deprecated keys (genericName, monochromeLogo, inputTypes, outputTypes, repoOwner, authorsFile) and the Italian
 * country section are left out on purpose: strict objects reject them, so they cannot creep back in.
 */
import parseSpdx from 'spdx-expression-parse';
import { z } from 'zod';

/** The versions of the standard this schema describes. */
export const PUBLICCODE_YML_VERSIONS = ['0.5', '0.5.0'] as const;

/** Controlled vocabulary: https://yml.publiccode.tools/categories-list.html */
export const PUBLICCODE_CATEGORIES = [
  'accounting', 'agile-project-management', 'applicant-tracking', 'application-development', 'appointment-scheduling',
  'backup', 'billing-and-invoicing', 'blog', 'budgeting', 'business-intelligence', 'business-process-management', 'cad',
  'call-center-management', 'cloud-management', 'collaboration', 'communications', 'compliance-management',
  'contact-management', 'content-management', 'crm', 'customer-service-and-support', 'data-analytics', 'data-collection',
  'data-visualization', 'design', 'design-system', 'digital-asset-management', 'digital-citizenship',
  'document-management', 'donor-management', 'e-commerce', 'e-signature', 'educational-content', 'email-management',
  'email-marketing', 'employee-management', 'enterprise-project-management', 'enterprise-social-networking', 'erp',
  'event-management', 'facility-management', 'feedback-and-reviews-management', 'financial-reporting',
  'fleet-management', 'fundraising', 'gamification', 'geographic-information-systems', 'grant-management',
  'graphic-design', 'help-desk', 'hr', 'ide', 'identity-management', 'instant-messaging', 'integrated-library-system',
  'inventory-management', 'it-asset-management', 'it-development', 'it-management', 'it-security',
  'it-service-management', 'knowledge-management', 'learning-management-system', 'marketing', 'mind-mapping',
  'mobile-marketing', 'mobile-payment', 'network-management', 'office', 'online-booking', 'online-community',
  'payment-gateway', 'payroll', 'predictive-analysis', 'procurement', 'productivity-suite', 'project-collaboration',
  'project-management', 'property-management', 'real-estate-management', 'regulations-and-directives',
  'remote-support', 'resource-management', 'sales-management', 'seo', 'service-desk', 'social-media-management',
  'survey', 'talent-management', 'task-management', 'taxes-management', 'test-management', 'time-management',
  'time-tracking', 'translation', 'video-conferencing', 'video-editing', 'visitor-management', 'voip',
  'warehouse-management', 'web-collaboration', 'web-conferencing', 'website-builder', 'whistleblowing',
  'workflow-management', 'other',
] as const;

/** Controlled vocabulary: https://yml.publiccode.tools/scope-list.html */
export const PUBLICCODE_SCOPES = [
  'agriculture', 'culture', 'defence', 'education', 'emergency-services', 'employment', 'energy', 'environment',
  'finance-and-economic-development', 'foreign-affairs', 'government', 'healthcare', 'infrastructures', 'justice',
  'local-authorities', 'manufacturing', 'research', 'science-and-technology', 'security', 'society', 'sport', 'tourism',
  'transportation', 'welfare',
] as const;

export const PUBLICCODE_SOFTWARE_TYPES = [
  'standalone/mobile', 'standalone/iot', 'standalone/desktop', 'standalone/web', 'standalone/backend',
  'standalone/other', 'addon', 'library', 'configurationFiles',
] as const;

export const PUBLICCODE_DEVELOPMENT_STATUSES = ['concept', 'development', 'beta', 'stable', 'obsolete'] as const;
export const PUBLICCODE_MAINTENANCE_TYPES = ['internal', 'contract', 'community', 'none'] as const;

// The standard counts characters as a reader sees them: "é" written as e plus an accent is one character.
const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });
const characters = (text: string) => [...segmenter.segment(text)].length;

const text = z.string().trim().min(1, { error: 'Mag niet leeg zijn.' });
const lengthBetween = (min: number, max: number) =>
  z.string().refine((value) => characters(value) >= min && characters(value) <= max, {
    error: (issue) => `Moet ${min <= 1 ? `hoogstens ${max}` : `${min} tot ${max}`} tekens zijn, niet ${characters(String(issue.input))}.`,
  });

/** BCP 47, checked by the JavaScript engine's own (ICU) parser instead of a pattern of our own. */
const isLanguageTag = (tag: string) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
};
const languageTag = z.string().refine(isLanguageTag, { error: 'Schrijf een taalcode volgens BCP 47, zoals nl of en.' });

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: 'Schrijf een landcode in hoofdletters (ISO 3166-1 alpha-2), zoals NL.' })
  .refine((code) => regionNames.of(code) !== undefined, { error: 'Onbekende landcode (ISO 3166-1 alpha-2).' });

const isoDate = z.iso.date({ error: 'Schrijf een datum als JJJJ-MM-DD.' });
const anyUrl = z.url({ error: 'Schrijf een volledig adres (URL).' });
const webUrl = z.url({ protocol: /^https?$/, error: 'Schrijf een volledig http(s)-adres.' });

const spdxExpression = z.string().refine(
  (value) => {
    try {
      parseSpdx(value);
      return true;
    } catch {
      return false;
    }
  },
  { error: 'Schrijf een licentie als SPDX-expressie, zoals EUPL-1.2 (zie https://spdx.org/licenses/).' },
);

const description = z.strictObject({
  localisedName: text.optional(),
  shortDescription: lengthBetween(1, 150),
  longDescription: lengthBetween(150, 10_000),
  documentation: webUrl.optional(),
  apiDocumentation: webUrl.optional(),
  features: z.array(text).min(1, { error: 'Noem minstens één functie.' }),
  screenshots: z.array(text).optional(),
  videos: z.array(webUrl).optional(),
  awards: z.array(text).optional(),
});

const contact = z.strictObject({
  name: text,
  email: z.email().optional(),
  phone: text.optional(),
  affiliation: text.optional(),
});

const contractor = z.strictObject({
  name: text,
  until: isoDate,
  email: z.email().optional(),
  website: webUrl.optional(),
});

const dependency = z.strictObject({
  name: text,
  versionMin: text.optional(),
  versionMax: text.optional(),
  version: text.optional(),
  optional: z.boolean().optional(),
});

const maintenance = z
  .strictObject({
    type: z.enum(PUBLICCODE_MAINTENANCE_TYPES),
    contractors: z.array(contractor).min(1).optional(),
    contacts: z.array(contact).min(1).optional(),
  })
  .check((ctx) => {
    const { type, contractors, contacts } = ctx.value;
    if (type === 'contract' && !contractors) {
      ctx.issues.push({ code: 'custom', input: ctx.value, path: ['contractors'], message: 'Verplicht bij type contract.' });
    }
    if (type !== 'contract' && contractors) {
      ctx.issues.push({ code: 'custom', input: ctx.value, path: ['contractors'], message: 'Alleen bij type contract.' });
    }
    if ((type === 'internal' || type === 'community') && !contacts) {
      ctx.issues.push({ code: 'custom', input: ctx.value, path: ['contacts'], message: `Verplicht bij type ${type}.` });
    }
  });

const organisation = z.strictObject({ uri: anyUrl, name: text.optional() });

export const publiccodeSchema = z.strictObject({
  publiccodeYmlVersion: z.enum(PUBLICCODE_YML_VERSIONS),
  name: text,
  applicationSuite: text.optional(),
  url: anyUrl,
  landingURL: webUrl.optional(),
  isBasedOn: z.union([anyUrl, z.array(anyUrl).min(1)]).optional(),
  softwareVersion: text.optional(),
  releaseDate: isoDate.optional(),
  logo: text.optional(),
  organisation: organisation.optional(),
  platforms: z.array(text).min(1, { error: 'Noem minstens één platform, zoals web.' }),
  categories: z
    .array(z.enum(PUBLICCODE_CATEGORIES, { error: 'Kies een categorie uit https://yml.publiccode.tools/categories-list.html.' }))
    .optional(),
  usedBy: z.array(text).optional(),
  fundedBy: z.array(z.strictObject({ name: text, uri: anyUrl.optional() })).optional(),
  roadmap: webUrl.optional(),
  developmentStatus: z.enum(PUBLICCODE_DEVELOPMENT_STATUSES),
  softwareType: z.enum(PUBLICCODE_SOFTWARE_TYPES),
  intendedAudience: z
    .strictObject({
      scope: z.array(z.enum(PUBLICCODE_SCOPES, { error: 'Kies een scope uit https://yml.publiccode.tools/scope-list.html.' })).optional(),
      countries: z.array(countryCode).optional(),
      unsupportedCountries: z.array(countryCode).optional(),
    })
    .optional(),
  description: z
    .record(languageTag, description)
    .refine((languages) => Object.keys(languages).length > 0, { error: 'Beschrijf de software in minstens één taal.' }),
  legal: z.strictObject({ license: spdxExpression, mainCopyrightOwner: text.optional() }),
  maintenance,
  localisation: z.strictObject({
    localisationReady: z.boolean(),
    availableLanguages: z.array(languageTag).min(1),
  }),
  dependsOn: z
    .strictObject({
      open: z.array(dependency).optional(),
      proprietary: z.array(dependency).optional(),
      hardware: z.array(dependency).optional(),
    })
    .optional(),
});
export type Publiccode = z.infer<typeof publiccodeSchema>;

/** Every problem as "key.path: message", the way publiccode-parser-go names them (description.nl.features). */
export function publiccodeProblems(data: unknown): string[] {
  const result = publiccodeSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(bestand)'}: ${issue.message}`);
}
