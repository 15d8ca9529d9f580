// Draws the app's install icons (static/icons/*.png) from the favicon's shapes, in Chromium (the e2e browser), so
// nothing else is needed to make them again: `node scripts/icons.js`. The maskable icon keeps its marks inside the
// central 80 % safe zone and fills the whole square, as the launcher crops it to a circle or a squircle.
import { chromium } from '@playwright/test';

const marks = (scale) =>
	`<g transform="translate(16 16) scale(${scale}) translate(-16 -16)"><circle cx="12" cy="14" r="6" fill="#f6c445"/><circle cx="20" cy="18" r="6" fill="#fff" fill-opacity=".85"/></g>`;
const icons = [
	{ file: 'icon-192.png', size: 192, svg: `<rect width="32" height="32" rx="8" fill="#0f6b5c"/>${marks(1)}` },
	{ file: 'icon-512.png', size: 512, svg: `<rect width="32" height="32" rx="8" fill="#0f6b5c"/>${marks(1)}` },
	{ file: 'icon-maskable-512.png', size: 512, svg: `<rect width="32" height="32" fill="#0f6b5c"/>${marks(0.75)}` }
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();
for (const { file, size, svg } of icons) {
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(
		`<body style="margin:0"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size}" height="${size}">${svg}</svg></body>`
	);
	await page.screenshot({ path: `static/icons/${file}`, omitBackground: true });
}
await browser.close();
