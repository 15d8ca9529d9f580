// The browser the end-to-end suite drives: CHROMIUM_PATH; else Debian's headless shell (`apt-get install
// chromium-headless-shell`: Chromium's old headless mode, without the full browser around the page; eight spec files
// ran in 0.73x the time of the full browser, twice, 2026-12-06); else Debian's Chromium. The benchmarks and the icon
// script keep the full browser (`/usr/bin/chromium`): they measure or draw what a person's browser does.
import { existsSync } from 'node:fs';

export const chromiumPath =
	process.env.CHROMIUM_PATH ??
	['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path)) ??
	'/usr/bin/chromium';
