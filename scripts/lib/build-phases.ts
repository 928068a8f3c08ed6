/**
 * The phases of an Astro build of this site, told apart by lines in the build's own output: shared by
 * npm run bench (time and memory per phase) and npm run profile:build (CPU profile per phase).
 */

/** One line of the build's output with the time it arrived (ms, same clock as the start and end given). */
export interface OutputLine {
  at: number;
  text: string;
}

/**
 * The phases of a build, each ending at the first output line that matches its marker (read as the build writes
 * it, so the times are the build's own): where the time of an added page goes.
 */
export const PHASES = [
  { key: 'prepare', label: 'voorbereiden (instellingen, keuzehulpcontrole, inhoud inlezen)', end: /Building static entrypoints/ },
  { key: 'bundle', label: 'bundelen (Vite: MDX en code compileren)', end: /generating static routes/ },
  { key: 'render', label: 'pagina\'s maken (renderen en schrijven)', end: /\[build\] ✓ Completed in/ },
  { key: 'after', label: 'na het renderen (sitemap, omleidingspagina\'s, CMS)', end: /zoekindex maken/ },
  { key: 'search', label: 'zoekindex (Pagefind)', end: /zoekindex gemaakt/ },
  { key: 'serviceWorker', label: 'service worker (lijst voor offline gebruik)', end: /\[na de bouw\] service worker/ },
  { key: 'finish', label: 'afronden (headers-bestand)', end: null },
] as const;
export type PhaseKey = (typeof PHASES)[number]['key'];

/** Start and end of each phase from the arrival time of each output line; a phase whose marker never came is empty. */
export function phaseWindows(lines: OutputLine[], start: number, end: number): Record<PhaseKey, [number, number]> {
  const windows = {} as Record<PhaseKey, [number, number]>;
  let from = start;
  let searchFrom = 0;
  for (const phase of PHASES) {
    let until = end;
    if (phase.end) {
      const index = lines.findIndex((line, i) => i >= searchFrom && phase.end.test(line.text));
      if (index < 0) {
        windows[phase.key] = [from, from];
        continue;
      }
      until = lines[index]!.at;
      searchFrom = index;
    }
    windows[phase.key] = [from, Math.max(from, until)];
    from = Math.max(from, until);
  }
  return windows;
}
