/** Types for the Dutch patterns of the `hyphen` package, which ships none. */
declare module 'hyphen/nl/index.js' {
  const hyphen: { hyphenateSync(text: string, options?: { hyphenChar?: string }): string };
  export default hyphen;
}
