import { classifyMail, wholeMail } from '../support/whole-mail.js';

/**
 * Links and inline answers (a probe of ten whole replies, 2026-12-04; docs/reply-classifier.md, "Links and inline
 * answers"): a booking page is a yes, a link's host and path are words nobody said, and answers
 * written between the lines of our quoted pitch are the reply.
 */
const PITCH = 'On Mon, Nov 23, 2026 at 9:00 AM Sam Ortiz <sam@ourco.io> wrote:';
const reply = (body: string) => wholeMail(body).then(classifyMail);

describe('links in a reply', () => {
  test('when the reply is only a booking link, then it is a yes', async () => {
    for (const link of [
      'https://calendly.com/priya-shah/30min',
      'calendly.com/dreyes/30min',
      'https://meetings.hubspot.com/leo-marsh',
      'https://calendar.app.google/x7Yq2',
    ]) {
      const c = await reply(`${link}\n\n${PITCH}\n> Worth a 15-minute demo next week?\n`);
      expect([link, c.category]).toEqual([link, 'interested']);
    }
  });

  test("when a link's host or path names a tool or a stop, then nobody asked about it", async () => {
    const hubspot = await reply(
      `Grab a slot here: https://meetings.hubspot.com/leo-marsh\n\nLeo\n\n${PITCH}\n> Demo?\n`,
    );
    expect([hubspot.category, hubspot.flags.priority]).toEqual(['interested', []]);
    const page = await reply(
      'Our vendor intake form is at https://acme.com/vendors/new?ref=unsubscribe-security, start there.',
    );
    expect(page.category).not.toBe('unsubscribe');
    expect(page.flags.priority).not.toContain('security');
  });
});

describe('answers written between the lines of our pitch', () => {
  test('when each quoted question gets its answer under it, then the answers are the reply', async () => {
    const yes = await reply(
      `Answers inline.\n\n${PITCH}\n> Do your reps ever email the same account twice?\n\nAll the time, it's a mess.\n\n> Worth a 15-minute demo next week?\n\nYes. Thursday afternoon works.\n\n> Happy to share pricing too.\n\nPlease do.\n`,
    );
    expect(yes.category).toBe('interested');
    const no = await reply(
      `${PITCH}\n> Do your reps ever email the same account twice?\n\nNo, we have one rep per territory.\n\n> Worth a 15-minute demo next week?\n\nNo thanks.\n`,
    );
    expect(no.category).toBe('not_interested');
    const ru = await reply(
      '23.11.2026, 9:00, Sam Ortiz <sam@ourco.io> пишет:\n> Ваши менеджеры пишут одному клиенту дважды?\n\nБывает.\n\n> Удобно ли показать демо на следующей неделе?\n\nДа, в среду после 14:00.\n',
    );
    expect(ru.category).toBe('interested');
  });
});
