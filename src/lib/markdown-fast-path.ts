/**
 * Plain Markdown parsed by Sätteri (the Rust Markdown parser that ships with Astro 7) instead of remark: about 0.4 ms
 * a page instead of 4 to 6 ms (npm run bench, docs/benchmarks.md). Only the reading of the Markdown moves: the HTML
 * tree it gives goes through the same rehype plugins as in astro.config.mjs, Astro's heading ids and the same HTML
 * writer, so a page is byte for byte what the unified pipeline makes of it (tests/unit/markdown-fast-path.test.ts
 * compares the two on every page in content/ and on a list of corner cases).
 *
 * Sätteri and remark disagree in a few corners, all typographic or tables: a quote after a space or bracket ('s
 * morgens: remark writes ‘, Sätteri ’), a quote between letters, `--` (remark: em dash, Sätteri: en dash), a spaced
 * ellipsis and the alignment of table columns (Sätteri drops it). A body with any of those, or with anything that is
 * not plain Markdown (content-loader.ts), is rendered by Astro's own pipeline, as before.
 */
import { rehypeHeadingIds, type MarkdownHeading } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { markdownToHast } from 'satteri';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';

/**
 * Whether Sätteri reads this body exactly as remark does. A straight apostrophe inside a word (auto's, cv's) is the
 * only smart punctuation left to it; double quotes, a quote that opens a word, `--`, `..` or `. .`, backticks (which
 * SmartyPants turns into quotes when doubled) and tables (`|`) go the unified way.
 */
export function isFastPathBody(body: string): boolean {
  return !/["|`]|--|\.\s?\.|(?:^|[^\p{L}\p{N}])'/mu.test(body);
}

/** The options of Astro's unified Markdown processor (astro.config.mjs, markdown.processor). */
interface UnifiedOptions {
  remarkPlugins?: unknown[];
  rehypePlugins?: PluggableList;
  remarkRehype?: Record<string, unknown>;
  gfm?: boolean;
  smartypants?: unknown;
}

export interface FastMarkdownResult {
  html: string;
  metadata: { headings: MarkdownHeading[]; localImagePaths: string[]; remoteImagePaths: string[]; imagePaths: string[]; frontmatter: Record<string, unknown> };
}

export type FastMarkdownRenderer = (body: string, fileURL?: URL) => Promise<FastMarkdownResult>;

const pluginName = (plugin: unknown) => (Array.isArray(plugin) ? plugin[0] : plugin)?.name;

/**
 * A renderer that makes what Astro's unified processor makes, or undefined when the processor is configured in a way
 * this file does not reproduce (another processor, other remark plugins than remark-gfm, remark-rehype options, or
 * other SmartyPants settings than the default): then every page keeps the unified way, and nothing changes.
 */
export function createFastMarkdownRenderer(processor: { name: string; options: object } | undefined): FastMarkdownRenderer | undefined {
  if (processor?.name !== 'unified') return undefined;
  const options = processor.options as UnifiedOptions;
  const remarkPlugins = options.remarkPlugins ?? [];
  const gfmByPlugin = remarkPlugins.length === 1 && pluginName(remarkPlugins[0]) === 'remarkGfm' && options.gfm === false;
  const gfmBuiltIn = remarkPlugins.length === 0 && options.gfm !== false;
  const defaultSmartypants = options.smartypants === undefined || options.smartypants === true;
  if (!(gfmByPlugin || gfmBuiltIn) || !defaultSmartypants || Object.keys(options.remarkRehype ?? {}).length > 0) return undefined;

  // After the Markdown tree, Astro's pipeline runs the configured rehype plugins, then its heading ids, then rehype-raw
  // and rehype-stringify (@astrojs/markdown-remark, createMarkdownProcessor). The same steps, in the same order.
  const pipeline = unified()
    .use(options.rehypePlugins ?? [])
    .use(rehypeHeadingIds)
    .use(rehypeRaw)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .freeze();

  return async (body, fileURL) => {
    const tree = markdownToHast(body, { features: { gfm: true, smartPunctuation: true, frontmatter: false } });
    const file = new VFile({ value: body, path: fileURL, data: { astro: { frontmatter: {} } } });
    const html = pipeline.stringify(await pipeline.run(tree as Parameters<typeof pipeline.run>[0], file), file);
    const astro = file.data['astro'] as { headings?: MarkdownHeading[] } | undefined;
    return { html: String(html), metadata: { headings: astro?.headings ?? [], localImagePaths: [], remoteImagePaths: [], imagePaths: [], frontmatter: {} } };
  };
}
