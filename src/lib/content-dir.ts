/**
 * Where the content collections live. Tests and the benchmark point CONTENT_DIR at fixtures or
 * generated content; everything else uses the editors' folder.
 */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';
