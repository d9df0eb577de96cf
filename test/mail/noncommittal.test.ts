import { read } from '../support/read-reply.js';

/**
 * A look promised for some day is no yes (`blind16/`'s label, which the retrained model of
 * 2026-12-04 began to read as interested): a rule says so, so no retraining moves it again.
 */
describe('a look promised for when there is time', () => {
  test('when a reply will look at it "when I can", then it is undecided, and a request for material stays a yes', () => {
    expect(read('Thanks, will take a look when I can.').category).toBe('other');
    expect(read("I'll have a look when I get a chance.").category).toBe('other');
    expect(read('Happy to take a look, send it over.').category).toBe('interested');
  });
});
