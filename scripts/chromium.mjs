// How the browser tests and the bench launch Debian's Chromium (playwright-core): headless, no
// sandbox or GPU, and nothing of its own on the network, so that any request seen is the page's.
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};
