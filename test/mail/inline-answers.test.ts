import { classifyMail, wholeMail } from '../support/whole-mail.js';

/**
 * Answers written into an Outlook quote (no ">" marks), under "See my answers below.": the reply
 * read "See below." alone and went to its owner as `other` (src/mail/inline-answers.ts). Forty-sixth
 * session: "Comments in red below." over answers bracketed after each question ("[JP: yes, all the
 * time]") was still `other`.
 */
const quoted = (answers: [string, string]) =>
  [
    '-----Original Message-----',
    'From: Sam Rep <sam@ourco.io>',
    'Sent: Monday, November 23, 2026 9:00 AM',
    'To: Dana Reyes <dana@acme.io>',
    'Subject: Quick question',
    '',
    'Hi Dana,',
    '',
    'Are two of your reps ever emailing the same account?',
    answers[0],
    '',
    'Would a 15-minute call next week work?',
    answers[1],
    '',
    'PS: we also stop follow-ups once someone replies.',
    '',
    'Sam',
  ].join('\r\n');
const fromDana = { from: 'Dana Reyes <dana@acme.io>' };

describe('answers written into the quote', () => {
  test.each([
    ['See below.', ['[DR] Not really, we are a team of three.', '[DR] No thanks.'], 'not_interested'],
    [
      'Answers inline.',
      ['DR: All the time, it is a real problem.', 'DR: Yes, Tuesday afternoon works.'],
      'interested',
    ],
    [
      'My answers are below in red.',
      ['D.R.: Yes, constantly.', 'D.R.: Sure, send an invite for Tuesday.'],
      'interested',
    ],
    ['See my responses below.', ['ANSWER: Rarely.', 'ANSWER: Not interested, thanks.'], 'not_interested'],
    ['Ответы ниже.', ['Ответ: Да, бывает.', 'Ответ: Давайте созвонимся во вторник.'], 'interested'],
  ] as const)(
    'when the reply says %j over marked answers, then the answers are the reply',
    async (top, answers, category) => {
      const mail = await wholeMail(`${top}\r\n\r\n${quoted([...answers])}`, fromDana);
      for (const a of answers)
        expect(mail.replyText).toContain(a.replace(/^(\[DR\]|DR:|D\.R\.:|ANSWER:|Ответ:)\s*/, ''));
      expect(mail.replyText).not.toContain('Are two of your reps');
      expect(classifyMail(mail).category).toBe(category);
    },
  );

  test('when Outlook names the writer "Reyes, Dana", then her "DR" still marks her answers', async () => {
    const mail = await wholeMail(`See below.\r\n\r\n${quoted(['DR: No.', 'DR: Not interested.'])}`, {
      from: '"Reyes, Dana" <dana@acme.io>',
    });
    expect(mail.replyText).toBe('See below.\nNo.\nNot interested.');
  });

  test('when the answers are bracketed at the end of the questions, then they are the reply', async () => {
    const bracketedAnswers = quoted(['', ''])
      .replace('the same account?', 'the same account? [DR: yes, all the time]')
      .replace('next week work?', 'next week work? (DR - yes, send times)');
    const mail = await wholeMail(`Comments in red below.\r\n\r\n${bracketedAnswers}`, fromDana);
    expect(mail.replyText).toBe('Comments in red below.\nyes, all the time\nyes, send times');
    expect(classifyMail(mail).category).toBe('interested');
  });

  test('when the reply does not say its answers are below, then the quote stays out', async () => {
    const mail = await wholeMail(
      `Thanks, will read it.\r\n\r\n${quoted(['[DR] Not really.', '[DR] No thanks.'])}`,
      fromDana,
    );
    expect(mail.replyText).toBe('Thanks, will read it.');
  });

  test('when someone else’s initials or the pitch’s "PS:" mark lines, then they are not the writer’s answers', async () => {
    const mail = await wholeMail(
      `See below.\r\n\r\n${quoted(['[SR] We help teams like yours.', 'Sure.'])}`,
      fromDana,
    );
    expect(mail.replyText).toBe('See below.');
  });
});
