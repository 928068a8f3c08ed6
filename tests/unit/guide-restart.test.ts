import { describe, expect, it } from 'vitest';
import { guideRestart } from '../../src/lib/guide-restart.ts';

describe('guideRestart', () => {
  it('restarts a stale guide step at the start of that guide', () => {
    expect(guideRestart('/gids/welke-ondersteuning/nieuw/oud-antwoord/', '/')).toEqual({
      guide: 'welke-ondersteuning',
      embed: false,
      start: '/gids/welke-ondersteuning/',
    });
  });

  it('keeps a stale embed step under /embed/, also under a sub-path', () => {
    expect(guideRestart('/embed/gids/welke-ondersteuning/x/y/', '/')?.start).toBe('/embed/gids/welke-ondersteuning/');
    expect(guideRestart('/werkwijzer/embed/gids/klaar-voor-inclusief-werkgeven/zz/', '/werkwijzer')).toEqual({
      guide: 'klaar-voor-inclusief-werkgeven',
      embed: true,
      start: '/werkwijzer/embed/gids/klaar-voor-inclusief-werkgeven/',
    });
  });

  it('finds nothing outside a guide, outside the base path, or for a name that is not a slug', () => {
    expect(guideRestart('/regelingen/oud/', '/')).toBeNull();
    expect(guideRestart('/handboek/gids/x/', '/')).toBeNull();
    expect(guideRestart('/gids/welke-ondersteuning/', '/werkwijzer/')).toBeNull();
    expect(guideRestart('/gids/<script>/', '/')).toBeNull();
    expect(guideRestart('/embed/gids/', '/')).toBeNull();
  });
});
