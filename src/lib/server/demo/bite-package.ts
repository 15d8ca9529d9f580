// Demo modules imported from LMS packages (issue 23): a small SCORM 1.2 package and a small cmi5 package built
// here, as another platform would export them, so a newcomer sees packages play in the bite player and record
// their completion (the cmi5 AU against Samspil's own cmi5 endpoints, bites/cmi5.ts).
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

const COURSE = `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="https://demo.samspil.example/kurser/brandsikkerhed">
    <title><langstring lang="da-DK">Brandsikkerhed: find nærmeste udgang</langstring></title>
    <description><langstring lang="da-DK">Tre ting at vide, før alarmen går.</langstring></description>
  </course>
  <au id="https://demo.samspil.example/kurser/brandsikkerhed/au/1" moveOn="CompletedOrPassed" masteryScore="0.6" launchMethod="AnyWindow">
    <title><langstring lang="da-DK">Brandsikkerhed</langstring></title>
    <description><langstring lang="da-DK">Flugtveje, alarm og samlingssted.</langstring></description>
    <url>index.html</url>
  </au>
</courseStructure>`;

// The AU reads its cmi5 launch parameters, takes its auth token from the fetch URL, reads LMS.LaunchData and sends
// initialized; the check at the end sends completed, then passed or failed with the score, then terminated.
const AU = `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Brandsikkerhed</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:1rem auto;padding:0 1rem;line-height:1.5}</style></head>
<body><h1>Brandsikkerhed: find nærmeste udgang</h1>
<ol><li>Kend to flugtveje fra din arbejdsplads.</li><li>Ved alarm: gå straks, tag ikke elevatoren.</li>
<li>Mød op på samlingsstedet, så ingen bliver ledt efter forgæves.</li></ol>
<fieldset><legend>Må du tage elevatoren, når brandalarmen går?</legend>
<label><input type="radio" name="q" value="no"> Nej</label> <label><input type="radio" name="q" value="yes"> Ja</label></fieldset>
<button type="button" id="done" disabled>Afslut</button><p id="status" role="status">Forbinder …</p>
<script>
(function () {
	var q = new URLSearchParams(location.search), status = document.getElementById('status');
	var endpoint = q.get('endpoint'), actor = q.get('actor') && JSON.parse(q.get('actor'));
	var registration = q.get('registration'), activityId = q.get('activityId'), token, launch;
	if (!endpoint || !q.get('fetch') || !actor) { status.textContent = 'Ingen læringsplatform fundet.'; return; }
	function headers() { return { Authorization: 'Basic ' + token, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' }; }
	function uuid() { return crypto.randomUUID ? crypto.randomUUID() : 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, function () { return (Math.random() * 16 | 0).toString(16); }); }
	function send(verb, result) {
		var context = JSON.parse(JSON.stringify(launch.contextTemplate));
		context.registration = registration;
		context.contextActivities = context.contextActivities || {};
		context.contextActivities.category = [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }];
		var s = { id: uuid(), actor: actor, verb: { id: 'http://adlnet.gov/expapi/verbs/' + verb, display: { 'en-US': verb } },
			object: { id: activityId, objectType: 'Activity' }, context: context, timestamp: new Date().toISOString() };
		if (result) s.result = result;
		return fetch(endpoint + 'statements', { method: 'POST', headers: headers(), body: JSON.stringify(s) });
	}
	fetch(q.get('fetch'), { method: 'POST' }).then(function (r) { return r.json(); }).then(function (j) {
		token = j['auth-token'];
		return fetch(endpoint + 'activities/state?stateId=LMS.LaunchData&activityId=' + encodeURIComponent(activityId) +
			'&agent=' + encodeURIComponent(JSON.stringify(actor)) + '&registration=' + encodeURIComponent(registration), { headers: headers() });
	}).then(function (r) { return r.json(); }).then(function (data) { launch = data; return send('initialized'); }).then(function () {
		status.textContent = ''; document.getElementById('done').disabled = false;
	}, function () { status.textContent = 'Forbindelsen til læringsplatformen mislykkedes.'; });
	document.getElementById('done').onclick = function () {
		var answer = document.querySelector('input[name=q]:checked');
		var scaled = answer && answer.value === 'no' ? 1 : 0;
		var passed = scaled >= (launch.masteryScore || 0);
		this.disabled = true;
		send('completed', { completion: true })
			.then(function () { return send(passed ? 'passed' : 'failed', { success: passed, score: { scaled: scaled } }); })
			.then(function () { return send('terminated'); })
			.then(function () { status.textContent = passed ? 'Rigtigt – det er registreret.' : 'Ikke helt: elevatoren kan gå i stå. Det er registreret.'; });
	};
})();
</script></body></html>`;

export function demoCmi5Package(): Uint8Array {
	return zipSync({ 'cmi5.xml': strToU8(COURSE), 'index.html': strToU8(AU) });
}

export async function seedBitePackage(ctx: DemoContext) {
	const admin = (await loadActor(ctx.adminId, ctx.orgId))!;
	const { moduleId } = await bites.importPackage(admin, {
		bytes: demoPackage(),
		language: 'da',
		fileName: 'handhygiejne.zip'
	});
	await bites.setPublished(admin, moduleId, true);
	const cmi5 = await bites.importPackage(admin, {
		bytes: demoCmi5Package(),
		language: 'da',
		fileName: 'brandsikkerhed.zip'
	});
	await bites.setPublished(admin, cmi5.moduleId, true);
}
