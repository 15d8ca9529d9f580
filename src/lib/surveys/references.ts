// The research the built-in instrument draws on, cited on the "About this survey" page.
export const REFERENCES = [
	'Garvin, D. A., Edmondson, A. C. & Gino, F. (2008). Is yours a learning organization? Harvard Business Review, 86(3), 109–116.',
	'Edmondson, A. (1999). Psychological safety and learning behavior in work teams. Administrative Science Quarterly, 44(2), 350–383.',
	'Yang, B., Watkins, K. E. & Marsick, V. J. (2004). The construct of the learning organization: Dimensions, measurement, and validation. Human Resource Development Quarterly, 15(1), 31–55.',
	'Eraut, M. (2004). Informal learning in the workplace. Studies in Continuing Education, 26(2), 247–273.',
	'Billett, S. (2001). Learning in the workplace: Strategies for effective practice. Crows Nest: Allen & Unwin.',
	'Illeris, K. (2011). The Fundamentals of Workplace Learning: Understanding How People Learn in Working Life. London: Routledge.'
] as const;
