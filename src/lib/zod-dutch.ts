/**
 * Dutch validation messages for editors: zod's Dutch locale, plus a plain sentence for a field that is missing.
 * Called once by every entry point that validates content (content.config.ts, the check scripts).
 */
import { z } from 'zod';

export function useDutchErrors(): void {
  z.config(z.locales.nl());
  z.config({
    customError: (issue) =>
      issue.code === 'invalid_type' && issue.input === undefined ? 'Dit veld ontbreekt. Vul het in.' : undefined,
  });
}
