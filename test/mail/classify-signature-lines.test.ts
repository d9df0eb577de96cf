import { read, said } from '../support/read-reply.js';

/**
 * What a signature carries beside a short answer, from the forty-first session's probes
 * (docs/reply-classifier.md, "An absence still ahead, under a no; not the right fit").
 */
describe('an absence still ahead, beside a no', () => {
  test.each([
    'Thanks but no.\n\nOlivia Chen\nOut of office Dec 24 – Jan 2',
    "Thanks but no. I'll be out of office Dec 24 – Jan 2.",
  ])('%j is the no: the writer is at their desk today, the absence a plan', (text) => {
    expect(said(text)).toEqual(['not_interested', 'none']);
  });

  test.each([
    'I am out of the office until Dec 24 with no access to email.',
    "I'm away from 23 November to 4 December, with no access to email.",
    // A closure announced ahead, with no answer of anyone's in it, is still the office's notice.
    "Hi, thanks for getting in touch! Our office is closed for the holidays from 24 December to 4 January. We'll reply as soon as we're back.",
  ])('%j is an absence note (under way, or a notice with no answer in it)', (text) => {
    expect(read(text).category).toBe('out_of_office');
  });
});

test.each(["We're not the right fit.", 'Not the right fit for us.'])(
  '%j is a no, as "not a good fit" is',
  (text) => {
    expect(said(text)).toEqual(['not_interested', 'none']);
  },
);
