import { absenceOf, kindOf, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-second session (docs/reply-classifier.md, "Out Wed-Fri, a task assigned to you"): fifteen
 * machine notes with no header 8 of 15 (none a yes); ten absences typed by hand 5 of 10, a weekday
 * range never read; eight longer English ones 5 of 8, 6 once my labels followed the corpus's.
 * Received Monday 2026-11-23.
 */
describe('absences typed by hand in few words', () => {
  test.each([
    ['Away at our company offsite Tue-Thu.', '2026-11-27'],
    ['Out Wed-Fri for a family thing, limited email.', '2026-11-30'],
    ['Out Wed-Fri this week for a family thing. Back Monday.', '2026-11-30'],
    ['Taking a few days off - back on Dec 1st.', '2026-12-01'],
    [
      'Parental leave until February 15. Please contact my manager Tom Reyes for anything time sensitive.',
      '2027-02-15',
    ],
  ])('%j is an absence, back %s', (text, returnDate) => {
    expect(absenceOf(text)).toEqual(['out_of_office', returnDate]);
  });

  test('when office hours in a signature name a weekday range, then they are no return date', () => {
    expect(absenceOf('Out of office until Dec 3.\n\nAnna Berg\nOffice hours Mon-Fri 9-5')).toEqual([
      'out_of_office',
      '2026-12-03',
    ]);
  });

  test('when a leave asks to be written to after it, then it is still the writer’s wait (the corpus’s)', () => {
    expect(
      waitOf("I'm on parental leave until February and can't take this on. Please reach out again after."),
    ).toEqual(['not_interested', '2027-02-01']);
  });

  test('when the writer tells of days off in the past, then it is no absence', () => {
    expect(
      kindOf('I took a few days off last week and came back to 4 emails from you. Not interested.')[0],
    ).toBe('not_interested');
  });
});

describe('notices a work app or an errand sends its user', () => {
  test.each([
    'Workflow run failed for main: build (ubuntu-latest) - 2 errors.',
    'Invoice #4821 from Figma, Inc. is now available. Amount due: $540.00.',
    'Flight UA 1142 to Chicago is now boarding at gate B12.',
    'Please verify your email address to finish setting up your Miro account.',
    'Delivered: your package was left at the front door at 2:14 PM.',
    'PROJ-1234 "Update pricing page" was assigned to you by Dana Lee.',
    'Task due tomorrow: "Send Q1 plan to leadership" in Marketing Ops.',
  ])('%j is a notice, never a question', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});

describe('a look elsewhere put off, a procurement portal, an email to lose', () => {
  test('when the writer will not review alternatives until a year, then it is a wait until then', () => {
    expect(
      waitOf(
        'Unfortunately we signed a three-year agreement with a competitor in September, so we won’t be reviewing alternatives until 2029.',
      ),
    ).toEqual(['not_interested', '2029-01-01']);
  });

  test('when a buyer asks whether we can work with their procurement portal, then it is a contract question', () => {
    expect(
      said(
        'Two things before I take this further: 1) do you support data residency in Canada, and 2) can you work with our procurement portal (Coupa)? If yes on both, let’s set up time.',
      ),
    ).toEqual(['interested', ['security', 'contract']]);
  });

  test('when the writer tells us to lose the email we found, then it is a stop', () => {
    expect(kindOf('Congrats on finding my email. Now lose it.')[0]).toBe('unsubscribe');
  });
});
