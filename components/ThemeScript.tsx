import { themeInitScript } from "@/lib/client/theme-script";

/** Sets the theme class on <html> while the page is parsed, before first paint. Render it in <head>. */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />;
}
