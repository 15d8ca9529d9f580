// A demo module imported from an LMS package (issue 23): a small SCORM 1.2 package built here, as another platform
// would export it, so a newcomer sees a package play in the bite player and record its completion.
import { strToU8, zipSync } from 'fflate';
import { loadActor } from '../auth/index';
import * as bites from '../bites/index';
import type { DemoContext } from './context';

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="demo-handhygiejne" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>Håndhygiejne på to minutter</title>
    <item identifier="item" identifierref="sco"><title>Håndhygiejne på to minutter</title></item>
  </organization></organizations>
  <resources><resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
    <file href="index.html"/>
  </resource></resources>
</manifest>`;

// The SCO finds the SCORM 1.2 API (in Samspil: scorm-again behind the sandbox bridge) and reports on the last step.
const SCO = `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Håndhygiejne</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:1rem auto;padding:0 1rem;line-height:1.5}</style></head>
<body><h1>Håndhygiejne på to minutter</h1>
<ol><li>Brug hånddesinfektion før og efter hvert besøg.</li><li>Gnid i 30 sekunder, også tommelfingre og negle.</li>
<li>Vask med sæbe og vand, når hænderne er synligt snavsede.</li></ol>
<button type="button" id="done">Jeg har læst det</button><p id="status" role="status"></p>
<script>
(function () {
	function find(win) { for (var n = 0; win && n < 10; n++) { if (win.API) return win.API; if (win.parent === win) break; win = win.parent; } return null; }
	var api = find(window) || (window.opener && find(window.opener));
	if (api) { api.LMSInitialize(''); api.LMSSetValue('cmi.core.lesson_status', 'incomplete'); api.LMSCommit(''); }
	document.getElementById('done').onclick = function () {
		if (!api) return;
		api.LMSSetValue('cmi.core.score.raw', '100');
		api.LMSSetValue('cmi.core.lesson_status', 'completed');
		api.LMSCommit(''); api.LMSFinish('');
		document.getElementById('status').textContent = 'Tak – det er registreret.';
	};
})();
</script></body></html>`;

export function demoPackage(): Uint8Array {
	return zipSync({ 'imsmanifest.xml': strToU8(MANIFEST), 'index.html': strToU8(SCO) });
}

export async function seedBitePackage(ctx: DemoContext) {
	const admin = (await loadActor(ctx.adminId, ctx.orgId))!;
	const { moduleId } = await bites.importPackage(admin, {
		bytes: demoPackage(),
		language: 'da',
		fileName: 'handhygiejne.zip'
	});
	await bites.setPublished(admin, moduleId, true);
}
