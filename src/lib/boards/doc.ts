// The board's Y.Doc layout, declared once and used by the UI, the server and the tests.
//
// Three kinds of documents per board:
//   board/<id>                    the shared board (zones, notes, groups, comments, decisions): everyone on
//                                 the board receives and writes all of it
//   board/<id>/control            facilitation state (phase, timer, lock, anonymous mode, question deck,
//                                 vote totals, progress, follow-me focus): written only by the server (form
//                                 actions); clients may only read it, so a modified client cannot change the
//                                 phase or the tally
//   board/<id>/mine/<participant> one participant's hidden work: notes written during silent writing and
//                                 dot votes before voting closes. Only that participant may open it; the
//                                 server moves its contents into the shared doc at reveal / tallies the
//                                 votes at close. Hiding is therefore real: what is hidden never reaches
//                                 another participant's browser.
//
// The layout and its reading and writing, split by idea, all reached through this file.
export * from './layout';
export * from './entities';
export * from './edits';
export * from './placement';
export * from './tally';
