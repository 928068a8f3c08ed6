/**
 * The loader of the page collections: Astro's glob loader for `*.mdx`, with one saving. Most pages use no MDX at all
 * (no component, no expression, no import): for those, the body is rendered once while the content is loaded,
 * through the same Markdown plugins, and kept as HTML. Only pages that really use MDX become a module
 * that the build compiles and bundles, which costs about twice as much per page (docs/benchmarks.md).
 * The HTML is the same either way; the benchmark compares every built page before and after.
 */
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { createFastMarkdownRenderer, isFastPathBody } from './markdown-fast-path.ts';

/**
 * Whether a body is plain Markdown that reads the same as Markdown and as MDX. Anything MDX treats differently sends
 * the page the MDX way: `<` and `{`/`}` (components, HTML, expressions, autolinks, comments), `&` (written as `&amp;`
 * by MDX and `&#x26;` by Markdown: the same to a reader, but not the same bytes), import/export lines,
 * lines indented as code (MDX has no indented code blocks), images (resolved differently by the two pipelines), and
 * a body that opens with a rule (`---`), which the Markdown renderer would take for frontmatter.
 */
export function isPlainMarkdown(body: string): boolean {
  return !/[<{}&]|!\[|^(?:import|export)\s|^(?: {4}|\t)/m.test(body) && !/^\s*---/.test(body);
}

/** A page's data as the glob loader hands it to a render function. */
type RenderInput = { body?: string; filePath?: string };
type RenderFunction = (entry: RenderInput) => Promise<Awaited<ReturnType<LoaderContext['renderMarkdown']>> | undefined>;
/** What Astro knows about a file extension; the glob loader gets these, though the public LoaderContext type omits them. */
interface EntryType {
  getRenderFunction?(config: unknown): Promise<RenderFunction>;
}
type GlobLoaderContext = LoaderContext & { entryTypes: Map<string, EntryType> };

export function contentPages(base: string): Loader {
  // No page reads its Markdown source from the store (only its HTML, or its MDX module): leaving it out halves the
  // store that every build writes, and that the pages read back (src/integrations/data-store-from-file.ts).
  const inner = glob({ pattern: '*.mdx', base, retainBody: false });
  return {
    name: 'wim-content-pages',
    load: async (loaderContext) => {
      const context = loaderContext as GlobLoaderContext;
      const mdx = context.entryTypes.get('.mdx');
      if (!mdx) throw new Error('De MDX-integratie ontbreekt in astro.config.mjs: zonder haar kan de site geen pagina lezen.');
      // A render function that renders plain Markdown now and leaves the rest (undefined) to the MDX module. Most plain
      // Markdown is read by Sätteri, the rest by Astro's unified pipeline; the HTML is the same (markdown-fast-path.ts).
      const fast = createFastMarkdownRenderer(context.config.markdown.processor);
      const renderPlain: RenderFunction = async ({ body, filePath }) => {
        if (body === undefined || !isPlainMarkdown(body)) return undefined;
        const fileURL = filePath ? pathToFileURL(filePath) : undefined;
        if (fast && isFastPathBody(body)) return fast(body, fileURL);
        return context.renderMarkdown(body, fileURL ? { fileURL } : undefined);
      };
      const entryTypes = new Map(context.entryTypes);
      entryTypes.set('.mdx', { ...mdx, getRenderFunction: async () => renderPlain });
      const store: LoaderContext['store'] = Object.create(context.store);
      // Not rendered here: the page is MDX, so it is deferred to its module as the glob loader would have done.
      store.set = (entry) => context.store.set(entry.rendered ? entry : { ...entry, rendered: undefined, assetImports: undefined, deferredRender: true });
      await inner.load({ ...context, entryTypes, store } as GlobLoaderContext);
    },
  };
}
