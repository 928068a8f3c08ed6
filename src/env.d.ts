interface ImportMetaEnv {
  /** A hash of the sources of this build (astro.config.mjs, src/lib/build-id.ts). */
  readonly WIM_BUILD_ID: string;
}
