import { said } from '../support/read-reply.js';

/**
 * Budgets, shortlists and questionnaires from the forty-first session's probes
 * (docs/reply-classifier.md, "Above our budget, a shortlist, a price named, a questionnaire to fill").
 */
test.each([
  "Thanks for the pricing info, but it's above our budget for this year.",
  "That's over our budget for now.",
  'We are currently reviewing vendors and will reach out if we shortlist you.',
])('%j is a no', (text) => {
  expect(said(text)).toEqual(['not_interested', 'none']);
});

test.each([
  ["It's above our budget. Is there a startup plan?", ['pricing']],
  ["Your pricing page says $30/seat — too much for 40 reps. If you can do $20, let's talk.", ['pricing']],
  ['Our security team needs you to fill out our questionnaire first.', ['security']],
])('%j asks (a price haggled, a price named as the condition, a questionnaire to fill)', (text, topics) => {
  expect(said(text)).toEqual(['interested', topics]);
});
