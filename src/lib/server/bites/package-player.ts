// The self-contained HTML page an exported package launches (package-export.ts): the module's cards and quiz,
// one at a time, with no request to Samspil. It reports to whatever LMS launched it: SCORM 1.2 (`API`) or
// SCORM 2004 (`API_1484_11`) found by walking window.parent and then window.opener, as the specs' discovery
// algorithms do; or, for cmi5, the launch parameters (endpoint, fetch, actor, registration, activityId) and xAPI
// statements. Completion and the share of questions right at the first try are what a native bite records too.
import type { PackageStandard } from '$lib/bites/packages';

export interface ExportCard {
	kind: 'text' | 'image' | 'video' | 'audio' | 'quiz' | 'download';
	/** sanitised HTML of a text card */
	html: string;
	/** a media card's source: a file inside the package (media/…) or an https link */
	src: string | null;
	alt: string;
	quizKind: 'single' | 'multiple' | 'truefalse' | null;
	question: string;
	options: { id: string; text: string; correct: boolean; feedback: string }[];
}

export interface PlayerWords {
	next: string;
	back: string;
	check: string;
	right: string;
	wrong: string;
	done: string;
	score: string;
	trueWord: string;
	falseWord: string;
	noLms: string;
}

/** JSON inside a <script> element: nothing in it may close the element. */
function scriptJson(value: unknown) {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string) {
	return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function playerHtml(input: {
	title: string;
	language: string;
	standard: PackageStandard;
	activityId: string;
	cards: ExportCard[];
	words: PlayerWords;
}) {
	const data = scriptJson(input);
	return `<!doctype html>
<html lang="${escapeHtml(input.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1b1b1b}
img,video{max-width:100%;height:auto}fieldset{border:1px solid #888;border-radius:.5rem}
button{font:inherit;padding:.5rem 1rem;margin:.25rem .25rem 0 0}:focus-visible{outline:3px solid #1a5fb4}
.right{color:#1f6f2b}.wrong{color:#a51d2d}
</style>
</head>
<body>
<main><h1>${escapeHtml(input.title)}</h1><p id="step" aria-live="polite"></p><section id="card"></section>
<nav><button type="button" id="back"></button><button type="button" id="next"></button></nav></main>
<script id="bite" type="application/json">${data}</script>
<script>
${PLAYER_SCRIPT}
</script>
</body>
</html>
`;
}

// Plain ES5-ish browser code (LMS players can be old): no modules, no build step.
const PLAYER_SCRIPT = String.raw`(function () {
var bite = JSON.parse(document.getElementById('bite').textContent);
var w = bite.words, cards = bite.cards, at = 0, answers = {}, started = new Date();
var el = function (tag, text) { var e = document.createElement(tag); if (text != null) e.textContent = text; return e; };

function findApi(name) {
	function walk(win) {
		for (var n = 0; win && n < 500; n++) {
			try { if (win[name]) return win[name]; } catch (e) { return null; }
			if (!win.parent || win.parent === win) return null;
			win = win.parent;
		}
		return null;
	}
	return walk(window) || (window.opener ? walk(window.opener) : null);
}

var lms = { start: function () {}, finish: function () {} };
var scorePercent = function () {
	var quiz = cards.filter(function (c) { return c.kind === 'quiz'; });
	if (!quiz.length) return 100;
	var right = quiz.filter(function (c, i) { return answers[cards.indexOf(c)] === true; }).length;
	return Math.round(100 * right / quiz.length);
};

if (bite.standard === 'scorm12') {
	var api = findApi('API');
	lms.start = function () { if (api) { api.LMSInitialize(''); api.LMSSetValue('cmi.core.lesson_status', 'incomplete'); api.LMSCommit(''); } };
	lms.finish = function (score) {
		if (!api) return;
		api.LMSSetValue('cmi.core.score.min', '0'); api.LMSSetValue('cmi.core.score.max', '100');
		api.LMSSetValue('cmi.core.score.raw', String(score));
		api.LMSSetValue('cmi.core.lesson_status', 'completed');
		api.LMSCommit(''); api.LMSFinish('');
		api = null;
	};
	lms.missing = function () { return !api; };
} else if (bite.standard === 'scorm2004') {
	var api4 = findApi('API_1484_11');
	lms.start = function () { if (api4) { api4.Initialize(''); api4.SetValue('cmi.completion_status', 'incomplete'); api4.Commit(''); } };
	lms.finish = function (score) {
		if (!api4) return;
		api4.SetValue('cmi.score.min', '0'); api4.SetValue('cmi.score.max', '100');
		api4.SetValue('cmi.score.raw', String(score)); api4.SetValue('cmi.score.scaled', String(score / 100));
		api4.SetValue('cmi.progress_measure', '1');
		api4.SetValue('cmi.completion_status', 'completed');
		api4.SetValue('cmi.exit', 'normal');
		api4.Commit(''); api4.Terminate('');
		api4 = null;
	};
	lms.missing = function () { return !api4; };
} else {
	// cmi5: the AU's launch parameters, an auth token from the fetch URL, the LMS.LaunchData state, then statements.
	var q = new URLSearchParams(location.search);
	var endpoint = (q.get('endpoint') || '').replace(/\/?$/, '/');
	var actor = q.get('actor') ? JSON.parse(q.get('actor')) : null;
	var registration = q.get('registration'), activityId = q.get('activityId') || bite.activityId;
	var token = null, template = { contextActivities: {}, extensions: {} }, ended = false;
	var headers = function () { return { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: 'Basic ' + token }; };
	var uuid = function () { return crypto.randomUUID ? crypto.randomUUID() : 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, function () { return (Math.random() * 16 | 0).toString(16); }); };
	var ready = (q.get('fetch') && endpoint && actor) ? fetch(q.get('fetch'), { method: 'POST' }).then(function (r) { return r.json(); }).then(function (j) {
		token = j['auth-token'];
		var u = endpoint + 'activities/state?stateId=LMS.LaunchData&activityId=' + encodeURIComponent(activityId) + '&agent=' + encodeURIComponent(JSON.stringify(actor)) + (registration ? '&registration=' + encodeURIComponent(registration) : '');
		return fetch(u, { headers: headers() }).then(function (r) { return r.ok ? r.json() : {}; }).then(function (d) { if (d && d.contextTemplate) template = d.contextTemplate; }, function () {});
	}) : null;
	var send = function (verb, display, result, moveOn) {
		if (!ready) return Promise.resolve();
		return ready.then(function () {
			var ctx = JSON.parse(JSON.stringify(template));
			ctx.registration = registration;
			ctx.contextActivities = ctx.contextActivities || {};
			var cat = (ctx.contextActivities.category || []).slice();
			if (!cat.some(function (c) { return c.id === 'https://w3id.org/xapi/cmi5/context/categories/cmi5'; })) cat.push({ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' });
			if (moveOn) cat.push({ id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' });
			ctx.contextActivities.category = cat;
			var st = { id: uuid(), actor: actor, verb: { id: 'http://adlnet.gov/expapi/verbs/' + verb, display: { 'en-US': display } },
				object: { id: activityId, objectType: 'Activity' }, context: ctx, timestamp: new Date().toISOString() };
			if (result) st.result = result;
			return fetch(endpoint + 'statements', { method: 'POST', headers: headers(), body: JSON.stringify(st), keepalive: true });
		});
	};
	var duration = function () { return 'PT' + Math.max(0, Math.round((new Date() - started) / 1000)) + 'S'; };
	lms.start = function () { send('initialized', 'initialized'); };
	lms.finish = function (score) {
		if (ended) return; ended = true;
		send('completed', 'completed', { completion: true, duration: duration(), score: { scaled: score / 100, raw: score, min: 0, max: 100 } }, true)
			.then(function () { return send('terminated', 'terminated', { duration: duration() }); })
			.then(function () { document.body.setAttribute('data-reported', 'true'); });
	};
	lms.missing = function () { return !ready; };
}

function show() {
	var box = document.getElementById('card'); box.textContent = '';
	var done = at >= cards.length;
	document.getElementById('step').textContent = done ? w.done : (at + 1) + ' / ' + cards.length;
	document.getElementById('back').hidden = at === 0 || done;
	document.getElementById('next').hidden = done;
	if (done) {
		var score = scorePercent();
		box.appendChild(el('p', w.score.replace('{score}', String(score))));
		if (lms.missing()) box.appendChild(el('p', w.noLms));
		lms.finish(score);
		return;
	}
	var c = cards[at];
	if (c.kind === 'text') { var d = el('div'); d.innerHTML = c.html; box.appendChild(d); }
	else if (c.kind === 'image' && c.src) { var i = el('img'); i.src = c.src; i.alt = c.alt; box.appendChild(i); }
	else if ((c.kind === 'video' || c.kind === 'audio') && c.src) { var v = el(c.kind); v.src = c.src; v.controls = true; box.appendChild(v); if (c.alt) box.appendChild(el('p', c.alt)); }
	else if (c.kind === 'download' && c.src) { var a = el('a', c.alt || c.src); a.href = c.src; a.download = ''; box.appendChild(a); }
	else if (c.kind === 'quiz') quiz(c, box);
	document.getElementById('next').disabled = c.kind === 'quiz' && answers[at] === undefined;
}

function quiz(c, box) {
	var f = el('fieldset'), legend = el('legend', c.question); f.appendChild(legend);
	var type = c.quizKind === 'multiple' ? 'checkbox' : 'radio';
	c.options.forEach(function (o) {
		var label = el('label'), input = el('input');
		input.type = type; input.name = 'q' + at; input.value = o.id; input.disabled = answers[at] !== undefined;
		label.appendChild(input);
		label.appendChild(document.createTextNode(' ' + (o.text || (o.id === 'true' ? w.trueWord : w.falseWord))));
		f.appendChild(label); f.appendChild(el('br'));
	});
	box.appendChild(f);
	var check = el('button', w.check); check.type = 'button'; check.hidden = answers[at] !== undefined;
	var out = el('div'); out.setAttribute('aria-live', 'polite');
	check.onclick = function () {
		var chosen = [].slice.call(f.querySelectorAll('input:checked')).map(function (i) { return i.value; });
		if (!chosen.length) return;
		var right = c.options.filter(function (o) { return o.correct; }).map(function (o) { return o.id; });
		answers[at] = chosen.length === right.length && chosen.every(function (id) { return right.indexOf(id) >= 0; });
		[].slice.call(f.querySelectorAll('input')).forEach(function (i) { i.disabled = true; });
		out.appendChild(el('p', answers[at] ? w.right : w.wrong)).className = answers[at] ? 'right' : 'wrong';
		c.options.forEach(function (o) { if (chosen.indexOf(o.id) >= 0 && o.feedback) out.appendChild(el('p', o.feedback)); });
		check.hidden = true; document.getElementById('next').disabled = false;
	};
	box.appendChild(check); box.appendChild(out);
}

document.getElementById('back').textContent = w.back;
document.getElementById('next').textContent = w.next;
document.getElementById('back').onclick = function () { at--; show(); };
document.getElementById('next').onclick = function () { at++; show(); };
lms.start();
show();
})();`;
