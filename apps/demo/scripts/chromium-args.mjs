// How the tests and the benchmarks start Debian's Chromium: headless, without a GPU, and without
// the background connections this machine's closed network would refuse.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
