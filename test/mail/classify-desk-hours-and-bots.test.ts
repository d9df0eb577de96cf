import { kindOf, read } from '../support/read-reply.js';

/**
 * Forty-sixth session (docs/reply-classifier.md, "A bot that would love to chat, a desk's hours, a
 * group that refuses posts"): twelve machine notes with no header 4 of 12 as shipped (a group's
 * refusal read as a complaint, an AI assistant as a yes), 5 once my labels followed the corpus's;
 * now 12.
 */
describe('machine notes with no header', () => {
  test.each([
    'This mailbox is monitored Monday to Friday, 9am–5pm CET. Messages received outside these hours will be answered the next working day.',
    'Your message has been received by Acme Legal. Please note that sending an email does not create an attorney-client relationship.',
    "Thanks for contacting Acme Sales! We're experiencing higher than usual volumes and will get back to you as soon as possible.",
    "Good news — you're in! 🎉 Your spot for the Revenue Summit is confirmed. Add it to your calendar.",
    'Your Zoom meeting "Intro call" has been scheduled. Join: zoom.us/j/123456789',
  ])('%j is an acknowledgement or a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test.each([
    "Hi there! 👋 I'm Sam's AI scheduling assistant. Sam would love to chat — pick a time that works: cal.com/sam-ai",
    "Hi! I'm Brightline's AI assistant. I'd love to help — could you tell me a bit more about what you're looking for? A human will follow up if needed.",
  ])('%j is a machine, never a yes', (text) => {
    expect(read(text).category).toBe('out_of_office');
  });

  test("when a person's virtual assistant books the call, then it is a yes", () => {
    expect(read("I'm Sam's virtual assistant — he'd love to chat. How's Thursday at 2pm?").category).toBe(
      'interested',
    );
  });

  test('when a group refuses the post, then it is a bounce, not a complaint', () => {
    const r = read(
      "We couldn't deliver your message to the sales group. You don't have permission to post to this group. If you believe you should have permission, contact the group owner.",
    );
    expect([r.category, r.bounce?.permanent, r.flags.brand]).toEqual(['bounce', true, undefined]);
  });
});
