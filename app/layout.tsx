import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/Providers";
import { ThemeScript } from "@/components/ThemeScript";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Rewind", template: "%s · Rewind" },
  description: "Guided, executable, observable and audited rollbacks for incident response.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // ThemeScript changes the class and style of <html> before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
