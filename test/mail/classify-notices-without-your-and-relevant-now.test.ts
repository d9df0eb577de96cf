import { kindOf } from '../support/read-reply.js';

/**
 * Fifty-second session (docs/reply-classifier.md, "A payroll run, a link shared, 'very relevant'"):
 * fifteen more machine notes with no header were 1 of 15, six of them a yes from the trained model,
 * which had given way only to texts opening on "Your"; ten people's yeses in plain words 9 of 10.
 */
describe('the trained model’s yes gives way to a text that speaks like a service', () => {
  // None of these is on a notice list: the guard alone keeps them from a rep's DMs.
  test.each([
    'Quarterly access review for the Finance workspace has been completed.',
    'Maria Lopez requested access to the board deck.',
    'Quarterly pricing review scheduled for the leadership team.',
  ])('%j is no yes', (text) => {
    expect(kindOf(text)[0]).not.toBe('interested');
  });

  test.each([
    'Thursday 3pm works for a quick call.',
    'tuesday after 3 works.',
    'can you do thurs 3pm est',
    'wow, you really did your homework. ok, 15 minutes — go.',
  ])('%j, a slot named with no "I" or "we", is still a yes (the corpus’s)', (text) => {
    expect(kindOf(text)[0]).toBe('interested');
  });
});

describe('notices a work app, an employer or a shop sends its user', () => {
  test.each([
    'Hi Jordan, your 1:1 with Priya has been moved to Thursday at 2:00 PM.',
    'Action required: complete your annual security awareness training by December 15.',
    'Reminder - open enrollment for 2027 benefits closes this Friday.',
    "Netflix: We're having trouble with your current billing information.",
    'Alex Chen accepted your LinkedIn invitation. Start a conversation now!',
    'Payroll for the period Nov 16 - Nov 30 has been processed.',
    'A new version of Slack is available. Restart to update.',
    'Someone shared a link with you: "Pricing model v3.xlsx"',
    'This is a reminder that your car is due for service. Book online or call us.',
    'Maria Lopez requested access to "Board deck - December".',
    "Great news! You've been pre-approved for a business credit line of up to $50,000.",
    'Deployment to production succeeded for api-gateway (v2.14.1).',
    'Heads up: 3 of your contacts have new job titles. Review changes in Sales Navigator.',
    'Time to review: 5 expense reports are waiting for your approval.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});

describe('the pitch said to fit now, or something like it bought', () => {
  test('when the writer says it is very relevant to what the team is working on, then it is a yes', () => {
    expect(kindOf('Very relevant to what the team is working on right now.')).toEqual(['interested', 'none']);
  });

  test('when the writer just bought something similar, then it is a no, even after "really timely"', () => {
    expect(kindOf('We just bought something similar.')[0]).toBe('not_interested');
    expect(kindOf('Really timely, though we just bought something similar.')[0]).toBe('not_interested');
  });
});
