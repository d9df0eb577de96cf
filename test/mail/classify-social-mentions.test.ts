import { read } from '../support/read-reply.js';

/**
 * Brand complaints go to RevOps, so a false one costs a real person's attention. Found 2026-12-05
 * by reading the brand rule over ordinary prose (docs/reply-classifier.md, "LinkedIn named, not
 * threatened"): any "on LinkedIn" was a complaint, and so was a buyer's own data called garbage.
 */
describe('LinkedIn named, not threatened', () => {
  test.each([
    ["Not interested, but let's connect on LinkedIn.", 'not_interested'],
    ['Thanks, not for us. Feel free to follow us on LinkedIn.', 'not_interested'],
    ['Not right now. Message me on LinkedIn in a few months.', 'not_interested'],
    ["No thanks. I saw your CEO's post on LinkedIn, great content though.", 'not_interested'],
    ['Not for us. We found you on Reddit actually.', 'not_interested'],
    ['Our data is garbage right now, not ready for this.', 'not_interested'],
    ['My CRM is a complete dumpster fire, not the time.', 'not_interested'],
  ])('when a reply says %j, then it is %s with no brand complaint', (text, category) => {
    const r = read(text);
    expect([r.category, r.flags.brand]).toEqual([category, undefined]);
  });

  test.each([
    'This is going on LinkedIn.',
    'Posting this to Reddit.',
    'Great content, terrible pitch. Posting this on LinkedIn.',
    'Our inbox is full of your garbage.',
    'Your emails are garbage and our team is sick of them.',
  ])('when a reply says %j, then it still flags a brand complaint', (text) => {
    expect(read(text).flags.brand).toBe(true);
  });

  test('a meeting is still a yes when LinkedIn comes along', () => {
    expect(read("Sounds good, let's connect on LinkedIn and set up a call.").category).toBe('interested');
    expect(read("Let's connect next week.").category).toBe('interested');
  });
});
