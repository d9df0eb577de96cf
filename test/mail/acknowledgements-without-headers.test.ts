import { readUnder } from '../support/read-reply.js';

/**
 * Help desks' and ticket systems' acknowledgements that came with no machine header, from the
 * forty-third session's probes (docs/reply-classifier.md, "Acknowledgements with no header, and a
 * person's no that names a ticket").
 */
const under = (subject: string, text: string) => {
  const r = readUnder(subject, text);
  return [r.category, r.intent.kind];
};

describe('an acknowledgement with no header', () => {
  test.each([
    [
      'Re: Quick question',
      'Добрый день! Ваше письмо получено. Мы ответим вам в ближайшее время.\n\nС уважением, служба поддержки',
    ],
    [
      'Запрос принят в работу',
      'Ваш запрос №SR-5521 принят в работу. Ответственный: Иванов И.И. Срок решения: 3 рабочих дня.',
    ],
    [
      '[JIRA] (SD-1024) Quick question',
      'Your request SD-1024 "Quick question" has been raised. We\'ll let you know when there\'s an update.',
    ],
    [
      'Re: Quick question',
      'Bedankt voor uw bericht. Wij hebben uw e-mail goed ontvangen en nemen zo snel mogelijk contact met u op.',
    ],
    ['Re: Quick question', 'Obrigado pelo contato! Recebemos sua mensagem e responderemos em breve.'],
    [
      'Re: Quick question',
      'お問い合わせありがとうございます。内容を確認のうえ、担当者よりご連絡いたします。※このメールは自動送信です。',
    ],
    ['Re: Quick question', '您好，您的邮件已收到，我们会尽快回复。此邮件为系统自动发送，请勿回复。'],
    [
      'Re: Quick question',
      'Thank you for contacting Acme Sales. Your inquiry (#SR-20931) is important to us and a representative will reach out within one business day.',
    ],
    [
      'Re: Quick question',
      "Hi! This is Ava, Acme's virtual assistant. I've passed your message to the right team and they'll reply soon.",
    ],
    ['Re: Quick question', 'Уважаемый отправитель! Ваше письмо будет рассмотрено в порядке очереди.'],
  ])('under %j, %j is an acknowledgement', (subject, text) => {
    expect(under(subject, text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test.each([
    ['Ваш запрос получен, пришлите, пожалуйста, прайс на 20 пользователей.', ['interested', 'question']],
    ['您好，邮件已收到。请问价格是多少？', ['interested', 'question']],
    [
      'Ticket #4421 is what I opened with you last month and nobody answered. Not interested anymore.',
      ['not_interested', 'none'],
    ],
  ])('a person who says they got our mail, or names a ticket, is read as a person: %j', (text, expected) => {
    expect(under('Re: Quick question', text)).toEqual(expected);
  });
});

describe('machine notes and absences that sound keen (docs/reply-classifier.md, "Machine notes that sound keen")', () => {
  test.each([
    ['Ваша заявка на демо получена! Менеджер свяжется с вами в течение часа.', ['out_of_office', 'auto_ack']],
    [
      'Thanks for your interest in Acme! A sales representative will contact you shortly to schedule a demo.',
      ['out_of_office', 'auto_ack'],
    ],
    // A list's holding notice and a support survey report on mail; a survey's "rate" is no price.
    [
      'Your message to the group Sales Team has been received and is awaiting approval.',
      ['out_of_office', 'auto_ack'],
    ],
    [
      "We'd love your feedback! How would you rate your recent support experience?",
      ['out_of_office', 'auto_ack'],
    ],
  ])('%j is read as %j', (text, expected) => {
    expect(under('Re: Quick question', text)).toEqual(expected);
  });

  test.each([
    ['Looking forward to connecting! I’m on leave until January 5 with no access to email.', '2027-01-05'],
    ['Я в отпуске до 7 декабря. Интересные предложения рассмотрю по возвращении.', '2026-12-07'],
  ])('%j is an absence, its courtesy no yes (back %s)', (text, date) => {
    const r = readUnder('Re: Quick question', text);
    expect([r.category, r.returnDate]).toEqual(['out_of_office', date]);
  });

  test('a person away who still wants the demo is a yes: "в отпуске до 7-го, потом с удовольствием посмотрю демо"', () => {
    expect(under('Re: Quick question', 'Я в отпуске до 7-го, потом с удовольствием посмотрю демо.')[0]).toBe(
      'interested',
    );
  });
});
