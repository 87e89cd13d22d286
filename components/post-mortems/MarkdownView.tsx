import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

/**
 * Renders a post-mortem's Markdown. Raw HTML is never rendered: react-markdown
 * turns it into text unless a raw-HTML plugin is added (never add one), so a
 * `<script>` or `<img onerror>` in a post-mortem shows as the characters typed,
 * here and on the print page. Links open only for http(s) and mailto, the
 * react-markdown default URL filter.
 */
export function MarkdownView({ markdown }: { markdown: string }) {
  return (
    <div className="max-w-none text-sm leading-6 text-slate-800 dark:text-slate-200 print:text-black">
      <ReactMarkdown remarkPlugins={[remarkGfm]} components={COMPONENTS}>
        {markdown}
      </ReactMarkdown>
    </div>
  );
}

const COMPONENTS: Components = {
  h1: ({ node: _node, ...props }) => <h2 className="mt-2 mb-3 text-xl font-semibold text-slate-900 dark:text-white print:text-black" {...props} />,
  h2: ({ node: _node, ...props }) => <h3 className="mt-6 mb-2 border-b border-slate-200 pb-1 text-lg font-semibold text-slate-900 dark:border-slate-700 dark:text-white print:text-black" {...props} />,
  h3: ({ node: _node, ...props }) => <h4 className="mt-4 mb-1 font-semibold text-slate-900 dark:text-white print:text-black" {...props} />,
  h4: ({ node: _node, ...props }) => <h5 className="mt-3 mb-1 font-semibold" {...props} />,
  p: ({ node: _node, ...props }) => <p className="my-2" {...props} />,
  ul: ({ node: _node, ...props }) => <ul className="my-2 list-disc space-y-1 pl-6" {...props} />,
  ol: ({ node: _node, ...props }) => <ol className="my-2 list-decimal space-y-1 pl-6" {...props} />,
  a: ({ node: _node, ...props }) => <a className="font-medium text-indigo-800 underline dark:text-indigo-300" rel="noreferrer noopener" {...props} />,
  code: ({ node: _node, ...props }) => <code className="rounded bg-slate-100 px-1 font-mono text-[0.85em] dark:bg-slate-800 print:bg-transparent" {...props} />,
  pre: ({ node: _node, ...props }) => <pre className="my-3 overflow-x-auto rounded-md bg-slate-100 p-3 font-mono text-xs dark:bg-slate-800 print:whitespace-pre-wrap [&_code]:bg-transparent [&_code]:p-0" {...props} />,
  blockquote: ({ node: _node, ...props }) => <blockquote className="my-2 border-l-4 border-slate-300 pl-3 text-slate-700 dark:border-slate-600 dark:text-slate-300" {...props} />,
  table: ({ node: _node, ...props }) => (
    <div className="my-3 overflow-x-auto">
      <table className="min-w-full border-collapse text-left text-sm" {...props} />
    </div>
  ),
  th: ({ node: _node, ...props }) => <th className="border border-slate-300 bg-slate-50 px-2 py-1 font-semibold dark:border-slate-700 dark:bg-slate-800 print:bg-transparent" {...props} />,
  td: ({ node: _node, ...props }) => <td className="border border-slate-300 px-2 py-1 dark:border-slate-700" {...props} />,
  input: ({ node: _node, ...props }) => <input {...props} disabled aria-label={props.checked ? "done" : "not done"} className="mr-1 align-middle" />,
};
