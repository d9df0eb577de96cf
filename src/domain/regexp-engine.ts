import { setFlagsFromString } from 'node:v8';

// The classifier's phrase lists come to about 12 MB of V8 regexp bytecode. By default V8 first
// runs each pattern in its interpreter (bytecode) and compiles it to machine code on its second
// use; but once a process has generated over 1 MB of regexp code (bytecode counts in full,
// machine code barely), V8 compiles every pattern it meets after that without its optimisations
// ("TooMuchRegExpCode" in V8's regexp.cc). Which patterns landed past the line depended on the
// order replies happened to use them: those did run ~20 times slower, and the classifier at
// half its speed. Compiling straight to machine code makes no bytecode, so the budget is never
// spent. Process-wide, and set before any of the classifier's patterns first runs (V8 compiles
// a pattern on its first use, not when the module defines it).
// Node warns that V8 flags changed after start may behave unpredictably, and a jest worker once
// died of SIGSEGV in CI (2026-12-05, cause not found). So `npm start` and `npm test` give the flag
// to node at start, and it is set here only for processes started without it (tsx CLIs, benches).
export const FLAG = '--no-regexp-tier-up';
if (!process.execArgv.includes(FLAG)) setFlagsFromString(FLAG);
