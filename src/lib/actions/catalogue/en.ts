// The catalogue in English. Same ids as entries.ts; a test checks every language has every action.
import type { CatalogueTexts } from './types';

export const en: CatalogueTexts = {
	'weekly-learning-minutes': {
		title: 'Ten minutes of "what did we learn?" in the weekly meeting',
		why: 'Learning that is never said out loud stays with one person. A fixed, short slot makes reflection a habit instead of an extra task.',
		how: [
			'Put "What did we learn this week?" as a fixed ten-minute item on the weekly meeting agenda.',
			'Take turns to start: one colleague brings one thing that went well or badly and what it taught them.',
			'Ask "who else could use this?" and note the answer in the team\'s learning log.',
			'Once a month, look back at the notes and pick one learning to act on.'
		],
		indicator:
			'The question is on the agenda of at least three of four weekly meetings, and at least one learning is noted each time.'
	},
	'buddy-for-newcomers': {
		title: 'A named buddy for every new colleague',
		why: 'Newcomers learn most from colleagues close to the work, and a named buddy makes it safe to ask "stupid" questions from day one.',
		how: [
			'Before the start date, choose a buddy who does similar work and give them time for it in the rota.',
			'The buddy welcomes the newcomer on day one and agrees when they will meet during the first weeks.',
			'Let the newcomer follow the buddy in real tasks, then swap roles: the buddy watches and gives feedback.',
			'After four weeks, the manager, buddy and newcomer talk about what is still unclear.'
		],
		indicator: 'Every new colleague has a named buddy in week 1.'
	},
	'after-action-review': {
		title: 'An after-action review after each project',
		why: 'Projects end and the next one starts before anyone asks what could be done better. A short, structured review turns experience into shared knowledge.',
		how: [
			"Book 45 minutes within two weeks of each project's or major task's end.",
			'Ask four questions: What did we plan? What happened? Why was there a difference? What do we do next time?',
			'Keep it about the work, not about blame; the facilitator makes sure everyone speaks.',
			'Agree on one or two changes, give each an owner, and check them at the start of the next project.'
		],
		indicator:
			"An after-action review is held within two weeks of every project's end, and at least one change is agreed and followed up."
	},
	'task-rotation': {
		title: 'Task rotation',
		why: 'Doing the same tasks for years narrows what people can learn and makes the team vulnerable when someone is away. Rotation spreads skills and gives fresh eyes on routines.',
		how: [
			"List the team's tasks and mark which ones only one or two people can do.",
			'Ask everyone which task they would like to try, and plan rotations of one to three months.',
			'Pair the person who rotates in with the one who knows the task for the first weeks.',
			'After each rotation, ask both what they learned and what they would change in the task.'
		],
		indicator:
			'Every colleague has tried at least one new task area within six months, and no critical task depends on one person.'
	},
	'leaders-share-learning': {
		title: 'Leaders tell what they are learning',
		why: 'When the leader says what they are learning, including what went wrong, it becomes normal for everyone to be a learner.',
		how: [
			'At a team meeting each month, the leader shares something they are learning right now.',
			'Include a mistake or something that did not work, and what the leader does differently now.',
			'Ask the team for ideas or experience with the same thing.',
			'Follow up the next month: what came of it?'
		],
		indicator:
			'The leader shares something they learned, including at least one mistake a quarter, in a team meeting every month.'
	},
	'shared-learning-log': {
		title: 'A shared learning log',
		why: "Good solutions and lessons disappear in inboxes and heads. A shared log that is easy to write in makes the team's learning visible and searchable.",
		how: [
			'Create one place for the log: a shared document, a channel or a board, whichever the team already uses.',
			'Agree on a short format: what happened, what we learned, who can tell more.',
			'Write the first entries together at a team meeting so everyone has tried it.',
			'Look through the log once a month and point out entries others should read.'
		],
		indicator: "At least two new entries in the team's learning log every week."
	},
	'user-session-quarterly': {
		title: 'A short session with users or customers each quarter',
		why: 'The people we work for see things we cannot see from inside. Meeting them regularly brings new questions and ideas into the team.',
		how: [
			'Invite three to five users, citizens or customers to a one-hour conversation each quarter.',
			'Prepare two or three open questions about how they experience the service.',
			'Let colleagues who do not usually meet users take part and take notes.',
			'Afterwards, choose one idea to test and tell the users what came of it.'
		],
		indicator: 'One session with users or customers each quarter, with at least one idea tested afterwards.'
	},
	'mentoring-scheme': {
		title: 'A mentoring scheme',
		why: 'A mentor outside the daily line of command gives room for questions about craft, career and judgement that are hard to ask elsewhere.',
		how: [
			'Ask who would like a mentor and who would like to be one; match on what they want to learn and can offer.',
			'Agree on a frame: how often they meet (for example monthly), for how long, and that the talks are confidential.',
			'Give mentors a short introduction to listening and asking open questions.',
			'After six months, ask pairs what it gave them and whether they want to go on.'
		],
		indicator: 'Every colleague who asked for a mentor has one and meets them at least once a month.'
	},
	'peer-feedback-pairs': {
		title: 'Structured peer feedback in pairs',
		why: "Colleagues see each other's work every day but rarely say what they see. A simple structure makes feedback specific, kind and useful.",
		how: [
			'Form pairs who work on related tasks, and change pairs every quarter.',
			'Use a simple model: what I saw, what it did, what I suggest.',
			'Each person asks for feedback on one thing they want to get better at.',
			'Meet for twenty minutes every month and note what each of you will try.'
		],
		indicator: 'Every colleague gives and receives structured feedback at least once a quarter.'
	},
	'good-mistake-of-the-month': {
		title: 'The good mistake of the month',
		why: 'Where mistakes are hidden, they are repeated. Sharing a mistake and what it taught shows that it is safe to be open, and saves others from the same mistake.',
		how: [
			'Once a month, someone shares a mistake and what it taught them, in five minutes.',
			'The leader goes first to show that it is safe.',
			'The team thanks the person and asks only "what can we learn?", never "whose fault?".',
			'Note the lesson in the learning log and change a routine if needed.'
		],
		indicator: 'A mistake and what it taught is shared in the team at least once a month.'
	},
	'small-experiments': {
		title: 'Small experiments with a question and a decision',
		why: 'Many good ideas die in discussion. A small, time-boxed experiment lets the team learn by trying instead of guessing.',
		how: [
			'Write down the question the experiment should answer and how you will know.',
			'Keep it small: two to four weeks, within what the team can decide itself.',
			'Run it, collect what you see, and meet to decide: keep, adjust or stop.',
			'Share the result, also when the answer was "it did not work".'
		],
		indicator: 'At least one small experiment a month, each with a written question and a decision at the end.'
	},
	'skills-map': {
		title: 'A team skills map',
		why: 'When nobody knows who knows what, people reinvent solutions and the team depends on a few. A map of skills shows who can teach whom.',
		how: [
			"List the skills and tasks that matter most in the team's work.",
			'Each person marks what they can teach, what they can do and what they want to learn.',
			'Use the map to form buddy pairs and to spot tasks only one person can do.',
			'Update it every quarter and when someone joins or leaves.'
		],
		indicator: 'The skills map is updated every quarter, and every critical task has at least two people who can do it.'
	},
	'learning-in-one-to-ones': {
		title: 'Learning in every one-to-one',
		why: 'Learning goals set once a year are forgotten. Talking about learning in the regular one-to-one keeps it close to the work.',
		how: [
			'Add a fixed question to each one-to-one: "What are you learning now, and what do you need?"',
			'Agree on one concrete learning goal for the next period, tied to a real task.',
			'Start the next one-to-one by following up on the last goal.',
			'Note goals briefly so both can see progress over the year.'
		],
		indicator: 'Every one-to-one includes one learning goal for the next period and a follow-up on the last one.'
	},
	'show-and-tell': {
		title: 'A monthly show-and-tell',
		why: 'Colleagues develop smart ways of working that others never see. Showing them briefly spreads good practice and gives recognition.',
		how: [
			'Book fifteen minutes each month in an existing meeting.',
			'A colleague shows a method, tool or trick from their own work, live if possible.',
			'The others try it or ask how it could work for them.',
			'Let a different colleague present each time; keep a list of topics people would like to see.'
		],
		indicator: 'One show-and-tell each month, presented by a different colleague each time.'
	},
	'job-shadowing': {
		title: 'A day with another team',
		why: 'Seeing how others solve similar tasks challenges habits and builds the contacts that make collaboration easier later.',
		how: [
			'Agree with another team or unit that colleagues can follow their work for a day.',
			'Before the day, write down two questions you want answered.',
			'Follow the work, ask questions, and offer to host them in return.',
			'Share one insight with your own team within a week.'
		],
		indicator: 'Every colleague spends at least one day with another team each year and shares one insight afterwards.'
	},
	'questions-welcome': {
		title: 'A place where every question is welcome',
		why: 'People who are afraid of looking incompetent stop asking, and mistakes follow. A visible place for questions shows that asking is part of the job.',
		how: [
			'Create a channel, board or notebook where anyone can ask a work question.',
			'Agree that questions are answered within one working day, by whoever knows.',
			'The leader and experienced colleagues ask questions there too.',
			'Collect good answers in the shared guides so the next person finds them.'
		],
		indicator:
			'Questions are answered within a working day, and the number of colleagues who ask at least one question a month rises.'
	},
	'protected-learning-time': {
		title: 'Protected learning time in the rota',
		why: 'Learning loses to urgent tasks unless it has its own time. An hour that is planned and protected signals that learning is part of the job.',
		how: [
			'Set aside a fixed hour a week (or two hours a fortnight) in the rota or calendar for each person.',
			'Agree what the time is for: a bite, reading, practising a skill, shadowing a colleague.',
			'The leader protects the time when the workload rises, and uses it too.',
			'At the monthly meeting, a few people tell what they used the time for.'
		],
		indicator: 'The learning hour is in the rota, and at least 80% of colleagues use it in a month.'
	},
	'case-reflection': {
		title: 'Case reflection with colleagues',
		why: 'Hard cases are where professional judgement grows. Reflecting on them together, with a fixed structure, gives more perspectives and less loneliness.',
		how: [
			'Meet every other week for 45 minutes in groups of four to six.',
			'One person presents a case and a question, the others ask clarifying questions.',
			'The group reflects while the presenter listens, then the presenter says what they take with them.',
			'Rotate the roles and keep the cases confidential.'
		],
		indicator: 'A case reflection every other week with a fixed structure; participants rate it as useful.'
	},
	'onboarding-checklist': {
		title: 'An onboarding plan with a learning checklist',
		why: 'Without a plan, newcomers learn what happens to come up and miss the rest. A checklist makes sure the important things are learned and signed off.',
		how: [
			'List what a newcomer must know and be able to do in the first eight weeks.',
			'Say for each item who teaches it and how: shadowing, doing with support, or alone.',
			'The newcomer and the buddy tick off items as they go; the manager checks in every two weeks.',
			'Ask each newcomer what was missing and update the checklist.'
		],
		indicator: "Every newcomer's checklist is complete and signed off within eight weeks."
	},
	'teach-back': {
		title: 'Teach back after a course',
		why: 'When one person goes on a course, the team gets little out of it unless they share. Teaching back also makes the learner remember more.',
		how: [
			'Before the course, agree what the team would like to hear about.',
			'Within two weeks, the person shares the three most useful points in ten minutes.',
			"Together, pick one thing to try in the team's work.",
			'Put the material in the shared guides.'
		],
		indicator: 'Everyone who attends a course or conference shares the key points with the team within two weeks.'
	},
	'pair-work': {
		title: 'Pair work on complex tasks',
		why: 'Working side by side on a hard task passes on the tacit knowledge that is never written down.',
		how: [
			'Each week, pick one or two complex tasks to do in pairs.',
			'Pair an experienced colleague with one who is learning, and sometimes two equals.',
			'Take turns at the keyboard or at the lead, and think aloud.',
			'End with two minutes: what did each of us learn?'
		],
		indicator: 'At least one complex task a week is done in pairs, and pairs change over the month.'
	},
	'user-feedback-review': {
		title: 'User feedback on the agenda every month',
		why: 'Complaints and praise from users are a source of learning that is often handled one by one and forgotten.',
		how: [
			'Collect feedback from users, citizens or customers in one place.',
			'Once a month, look at it together for twenty minutes: what patterns do we see?',
			'Choose one thing to change and decide how you will know whether it helped.',
			'Tell users what you changed because of their feedback.'
		],
		indicator: 'User feedback is on the agenda every month and leads to at least one change a quarter.'
	},
	'leader-asks-for-feedback': {
		title: 'The leader asks for feedback on their leadership',
		why: 'A leader who asks for feedback and acts on it shows that learning applies to everyone, and makes it safer to speak up.',
		how: [
			'Twice a year, the leader asks the team: what should I keep, start and stop doing?',
			'Use anonymous notes if the team is not used to it.',
			'The leader thanks the team, says what they will change, and does not argue.',
			'Follow up after three months: did it change?'
		],
		indicator: 'The leader asks for feedback twice a year and tells the team what they will change.'
	},
	'learning-conversations': {
		title: 'Short learning conversations with each colleague',
		why: 'Managers often talk about tasks and rarely about what people learn. A short, regular conversation shows interest and uncovers needs early.',
		how: [
			'Each quarter, the leader has a fifteen-minute talk with each colleague, close to the work.',
			'Ask: What have you learned lately? What would you like to learn? Who could help you?',
			'Connect people: suggest a colleague to learn from.',
			'Note themes across the team and take them to the team meeting.'
		],
		indicator: 'The leader has a short learning conversation with every colleague each quarter.'
	},
	'shared-guides': {
		title: 'Shared guides for the most common tasks',
		why: 'Knowledge that lives in one head disappears with holidays and job changes. Short shared guides make it easy to learn and to help each other.',
		how: [
			'List the ten tasks people most often ask about.',
			'For each, the person who knows it best writes a short guide with steps and pitfalls.',
			'A colleague who does not know the task tests the guide and improves it.',
			'Give each guide an owner who checks it every half-year.'
		],
		indicator: 'The ten most frequent tasks have an up-to-date guide, checked every half-year.'
	},
	'expert-hour': {
		title: 'A weekly "ask the expert" hour',
		why: 'Experienced colleagues are often too busy to be asked. A fixed hour makes their knowledge available without interrupting the work.',
		how: [
			'An experienced colleague holds an open hour each week, in person or online.',
			'Anyone can bring a question or a case; no preparation needed.',
			'Rotate the expert so different kinds of knowledge are on offer.',
			'Good questions and answers go into the shared guides.'
		],
		indicator: 'The expert hour is held every week and used by at least three colleagues a month.'
	},
	'exchange-with-peers-elsewhere': {
		title: 'Exchange with a team at another workplace',
		why: 'Teams doing the same work elsewhere have solved problems we still struggle with. An exchange brings in ideas and questions our own routines hide.',
		how: [
			'Find a team at another workplace that does similar work (another municipality, hospital or company).',
			'Visit each other for half a day, or meet online, around one shared theme.',
			'Each side shows one practice they are proud of and one problem they have not solved.',
			'Bring one idea home and test it within a month.'
		],
		indicator: 'Two exchanges a year with a team from another workplace, each followed by one idea tried out.'
	},
	'reverse-mentoring': {
		title: 'Reverse mentoring',
		why: 'Newer or younger colleagues often know tools, users or trends that experienced colleagues do not. Reverse mentoring values what everyone can teach.',
		how: [
			'Pair a newer colleague as mentor with an experienced colleague or leader.',
			'Agree on a theme, for example digital tools, social media or a new user group.',
			'Meet every month for a quarter; the mentor sets the agenda.',
			'Afterwards, both tell the team what they learned from each other.'
		],
		indicator: 'At least three reverse-mentoring pairs meet every month for a quarter.'
	},
	'monthly-retrospective': {
		title: 'A monthly team retrospective',
		why: 'Teams that regularly look at how they work improve steadily; teams that never do repeat the same frustrations.',
		how: [
			'Book 45 minutes each month with the whole team.',
			'Ask: What worked? What was hard? What do we want to try?',
			'Let everyone write first, then talk, so quiet voices are heard.',
			'Agree on one change, and start the next retrospective by following it up.'
		],
		indicator: 'A retrospective every month, and at least one agreed change is followed up the next time.'
	},
	'team-learning-goal': {
		title: 'A shared team learning goal for the half-year',
		why: "When learning is only each person's own development, the team does not grow together. A shared goal makes learning a common concern.",
		how: [
			'Together, choose one thing the team wants to get better at in the next six months.',
			'Write the goal down in one sentence and say how you will notice progress.',
			'Plan a few concrete activities: a bite, a show-and-tell, pair work.',
			'Look at the goal at every monthly meeting and adjust.'
		],
		indicator: 'The team has one written learning goal, reviewed at every monthly meeting.'
	},
	'celebrate-learning': {
		title: 'Celebrate learning, not only results',
		why: 'What gets noticed gets repeated. Recognising what people learned makes learning something to be proud of.',
		how: [
			'At team meetings, mention what someone learned or taught others, not only what was delivered.',
			'Let colleagues nominate each other for "something I learned from you".',
			'Celebrate finished courses, new skills and good questions.',
			"Tell the wider organisation about the team's learning in newsletters or meetings."
		],
		indicator: 'Learning is recognised in the team at least twice a month.'
	},
	'buddy-training-plan': {
		title: 'A plan for buddy training with time set aside',
		why: 'Buddy training often happens "when there is time", which means rarely. A plan with time in the rota makes it happen.',
		how: [
			'Decide which skills are taught side by side and who teaches them.',
			'Put the sessions in the rota, with time for both trainer and learner.',
			'Log each session briefly: what was practised, what is next.',
			'Review the plan every month and move cancelled sessions instead of dropping them.'
		],
		indicator: 'Buddy training sessions are planned and logged, and fewer than one in ten is cancelled.'
	},
	'feedback-training': {
		title: 'A short training in giving and receiving feedback',
		why: 'Many people want feedback but have never learned how to give it well. A short, practical training lowers the threshold.',
		how: [
			'Hold a two-hour session with a simple model and lots of practice in pairs.',
			'Practise receiving feedback too: listen, ask, thank.',
			'Agree on a small challenge: each person gives one piece of feedback in the coming week.',
			'Follow up a month later: what happened, what was hard?'
		],
		indicator: 'Everyone has taken part in the training, and the share who gave feedback in the last month rises.'
	},
	'learning-bites': {
		title: 'Five-minute learning bites tied to daily tasks',
		why: 'Short, focused units fit between tasks and are repeated over time, so more of what is learned sticks.',
		how: [
			'Pick topics from real situations: new rules, frequent errors, a tool.',
			'Make or find bites of two to ten minutes: a video, a quiz, a short text.',
			'Suggest a bite a week, for example at the start of a meeting.',
			'Ask what was useful and make more of that.'
		],
		indicator: 'Every colleague takes at least two learning bites a month.'
	},
	'fresh-eyes': {
		title: 'Fresh eyes: newcomers say what surprises them',
		why: 'New colleagues see what the team stopped noticing long ago. Asking them builds openness and improves routines.',
		how: [
			'Ask every newcomer to note what surprises or puzzles them in their first month.',
			'At day 30, they share their observations at a team meeting.',
			'The team listens without defending, and asks questions.',
			'Choose at least one observation to act on.'
		],
		indicator: 'Every newcomer presents their fresh-eyes observations around day 30, and the team acts on at least one.'
	},
	'partner-visit': {
		title: 'A partner presents how they work',
		why: 'Much of our work depends on partners: other units, professions, suppliers. Understanding how they work prevents misunderstandings and sparks ideas.',
		how: [
			'Invite a partner to a team meeting twice a year.',
			'Ask them to show how they work and where working with us is hard.',
			'Tell them the same about your side.',
			'Agree on one change that makes the collaboration easier.'
		],
		indicator: 'A partner visit every half-year, each leading to one change in how you work together.'
	},
	'learning-at-handover': {
		title: 'One learning at every handover',
		why: 'Shift handovers are already a routine. Adding one learning makes reflection part of the day without extra meetings.',
		how: [
			'Add a question to the handover: "What did we learn on this shift?"',
			'Keep it to one or two sentences, about a situation, a citizen or a method.',
			'The person leading the handover notes it in the learning log.',
			'Once a month, look for patterns in what was noted.'
		],
		indicator: 'At least one learning is shared at every handover for four weeks in a row.'
	},
	'study-circle': {
		title: 'A study circle',
		why: 'Reading and discussing the same short text gives a shared language and room to reflect on practice together.',
		how: [
			"Choose a short text, podcast or video that relates to the team's work.",
			'Meet for 45 minutes each month; everyone reads or listens beforehand.',
			'Discuss: What do we recognise? What challenges us? What could we try?',
			'Take turns choosing the material.'
		],
		indicator: 'The study circle meets every month with at least half the team.'
	},
	'improvement-huddle': {
		title: 'A weekly improvement huddle',
		why: 'Small problems that are raised and solved quickly become learning; problems that are worked around become frustration.',
		how: [
			'Stand together for fifteen minutes a week at a board with problems and ideas.',
			'Anyone can add a problem; the team picks which to work on.',
			'Each problem gets an owner and a small next step.',
			'When a problem is closed, note what was learned.'
		],
		indicator: 'Problems are raised at the huddle every week, and 70% are closed with a learning noted.'
	},
	'learning-on-management-agenda': {
		title: "Learning on the management team's agenda",
		why: 'When leaders only discuss operations and budget, learning looks optional. Putting it on their agenda makes it a shared priority.',
		how: [
			'Put the learning environment on the management meeting agenda every quarter.',
			'Look at survey results, action plans and what the teams have tried.',
			'Each leader shares one thing that works in their team.',
			'Decide what support the teams need and record it.'
		],
		indicator: 'The learning environment is on the management agenda every quarter, with decisions recorded.'
	},
	'team-competence-plan': {
		title: 'A team competence plan tied to the tasks ahead',
		why: "Courses chosen one by one rarely add up. A plan that starts from next year's tasks shows what the team needs to learn and how.",
		how: [
			'List the main tasks and changes the team faces in the coming year.',
			'For each, ask what the team needs to know and who already knows it.',
			'Choose mostly informal ways: buddy training, mentoring, pair work; courses where needed.',
			'Review the plan every half-year.'
		],
		indicator: "The team's competence plan covers next year's main tasks and is updated every half-year."
	},
	'peer-observation': {
		title: 'Peer observation',
		why: 'Watching a colleague at work, and being watched, shows details no description can. It builds trust when it is done with care.',
		how: [
			'Agree in pairs what the observer should look for.',
			'Observe each other for an hour during normal work.',
			'Talk for twenty minutes afterwards: what did you see, what worked well, what could be tried?',
			'The one observed decides what to do with the feedback.'
		],
		indicator: 'Every colleague has observed and been observed once a quarter, with a feedback talk afterwards.'
	},
	'personal-learning-diary': {
		title: 'Five minutes of reflection each Friday',
		why: 'Writing down what you learned helps you remember it and see your own progress.',
		how: [
			'Set a reminder for five minutes every Friday.',
			'Write three lines: what I learned, what surprised me, what I will try next week.',
			'Once a month, read back and pick one thing to share with the team.',
			'Bring the diary to your one-to-one if you like.'
		],
		indicator: 'Five minutes of written reflection every Friday for six weeks.'
	},
	'ask-for-help-norm': {
		title: 'A team agreement: asking for help is expected',
		why: 'People often struggle alone for too long. An explicit agreement makes asking for help a sign of professionalism, not weakness.',
		how: [
			'Agree on a rule of thumb, for example: "Stuck for 30 minutes? Ask a colleague."',
			'Write it down where everyone sees it.',
			'The leader and experienced colleagues ask for help openly.',
			'At the retrospective, share examples of help that made a difference.'
		],
		indicator: 'The agreement is written down, and in the next survey more colleagues say they easily ask for help.'
	},
	'knowledge-transfer-before-leaving': {
		title: 'Knowledge transfer before someone leaves',
		why: 'When an experienced colleague retires or changes job, years of knowledge can walk out the door. Planned buddy time passes it on.',
		how: [
			'As soon as a departure is known, list what only that person knows.',
			'Pair them with one or two colleagues who will take over.',
			'Plan side-by-side work and short guides for the most critical tasks.',
			'Check before the last day that the successors can do the tasks alone.'
		],
		indicator: 'Every planned departure has a knowledge-transfer plan at least three months before the last day.'
	},
	'mentor-for-new-leaders': {
		title: 'A mentor for every new leader',
		why: 'New leaders learn leadership mostly by doing, often alone. An experienced leader as mentor gives support and reflection in the first year.',
		how: [
			'When someone becomes a leader, match them with an experienced leader from another unit.',
			'Meet every month in the first year, with the new leader setting the agenda.',
			'Talk through real situations: a hard conversation, a priority, a mistake.',
			'After a year, the new leader tells what helped most.'
		],
		indicator: 'Every new leader has a mentor within a month of starting and meets them at least monthly.'
	}
};
