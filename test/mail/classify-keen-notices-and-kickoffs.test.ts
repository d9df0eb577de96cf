import { kindOf, read } from '../support/read-reply.js';

/**
 * Forty-fifth session (docs/reply-classifier.md, "'Welcome aboard!', an order shipped, a sales
 * kickoff"): fifteen keen-sounding machine notes and absences with no header 6 of 15 as shipped, six
 * read as a yes (four of them machines), 8 once my labels followed my earlier ones; now 15.
 */
describe('keen machine notes and absences with no header', () => {
  test.each([
    "Thank you for your interest in Northwind! A member of our partnerships team will review your proposal and reach out if there's a fit.",
    'Welcome aboard! Your account is ready. Click here to get started and book your onboarding call.',
    'Your demo request has been received! Our team will contact you shortly to schedule a time that works for you.',
    'Great news! Your order #88231 has shipped and is on its way.',
    'Yay, your message made it! 🎉 We read every email and will get back to you within 2 business days.',
  ])('%j is a notice or an acknowledgement, never a yes', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test.each([
    "Hi! Thanks so much for reaching out — I'm thrilled you got in touch. I'm currently at our annual sales kickoff and will reply properly next week. Can't wait to chat!",
    "Hi there 👋 Sam's inbox is managed by an assistant while he travels. We'll make sure he sees this — expect a reply next week.",
  ])('%j is an absence', (text) => {
    expect(read(text).category).toBe('out_of_office');
  });

  test("when a person's team will review the proposal, then it is their own reply", () => {
    expect(
      read("We've received your proposal, our team will review it and get back to you.").intent.kind,
    ).not.toBe('auto_ack');
  });
});
