import { read } from '../support/read-reply.js';

/**
 * Six mixed probes of 2026-12-03, written after the day's other lessons to measure where first
 * sight stood (docs/reply-classifier.md, "Probes": 36 of 39, 34 of 40, 18 of 20, 17 of 20, 17 of 20 and 18 of 20).
 * What they found, each beside the sense it must keep.
 */

describe('what the mixed probes taught', () => {
  test('when a reply complains about something else, then brand is not told; when it reports our domain, then it is a stop', () => {
    const internal = read(
      "Honestly this is exactly what we've been complaining about internally. Let's chat Tuesday?",
    );
    expect([internal.category, internal.flags.brand]).toEqual(['interested', undefined]);
    expect(read('I complained about your emails to our IT team.').flags.brand).toBe(true);
    const spamhaus = read("If this keeps up I'm reporting your domain to Spamhaus.");
    expect([spamhaus.category, spamhaus.flags.brand]).toEqual(['unsubscribe', true]);
    expect(read('Ваши письма мешают работать, прекратите.').category).toBe('unsubscribe');
  });

  test('when a reply asks how the product fits, or is ready for a demo, then it is a question', () => {
    expect(
      read("We use Apollo sequences and I'm not sure where this fits. Does it replace them?").intent,
    ).toEqual({
      kind: 'question',
      topics: [],
    });
    expect(read('У нас 4 менеджера, есть смысл вообще?').intent).toEqual({ kind: 'question', topics: [] });
    expect(read('А есть мобильная версия?').intent).toEqual({ kind: 'question', topics: [] });
    expect(read("Ok let's do a demo. Can you include our sales ops lead?").intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(read('Готовы к демо в пятницу в 15:00.').intent).toEqual({ kind: 'question', topics: ['demo'] });
    expect(read('Нормально, давайте попробуем на одной команде.').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    // A last measuring set of forty (docs/reply-classifier.md, "After the registers"): trying it with one team is a
    // trial, a demo question; trying it once, in the past, is no ask.
    const oneTeam = read('Is there a way to try it with one team before rolling out?');
    expect([oneTeam.category, oneTeam.intent]).toEqual([
      'interested',
      { kind: 'question', topics: ['demo'] },
    ]);
    expect(read('We tried it with one team last year and it flopped.').category).not.toBe('interested');
  });

  test('when a person going on leave asks to pick it up later, then it is a not-now; an absence that names a colleague is an absence', () => {
    expect(read("I'm going on leave next week, can we pick this up in January?").intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-01',
    });
    expect(read("Thanks! I'll be in touch after our planning cycle in February.").intent).toEqual({
      kind: 'not_now',
      followUp: '2027-02-01',
    });
    expect(read('Пишите после 10 января, сейчас отчётность.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-10',
    });
    expect(read('Я в декрете до мая, пишите коллеге Ирине: irina@stroyline.ru').category).toBe(
      'out_of_office',
    );
    // Left the company (not away): still a referral.
    expect(read('Я уволилась, пишите на общую почту info@tekstil.ru').intent.kind).toBe('referral');
  });

  test('when a no is said plainly in a new way, then it is a no; a hand-off to the COO is the wrong person', () => {
    for (const text of ['Not currently looking, sorry.', 'Мне кажется, это не для нас.'])
      expect(read(text).category).toBe('not_interested');
    expect(read('Forwarding to our COO, she handles vendor decisions.').intent.kind).toBe('wrong_person');
  });

  test('when a Russian buyer hands over to procurement or the commercial director, asks to be deleted politely or wants to understand the cost, then it reads as meant', () => {
    expect(
      read(
        'Коллеги, мы такие вопросы решаем через закупочную комиссию, направьте документы на tender@uralmet.ru',
      ).intent,
    ).toEqual({ kind: 'referral', people: [expect.objectContaining({ email: 'tender@uralmet.ru' })] });
    expect(
      read('Предложение интересное, переслал коммерческому директору, он свяжется, если что.').intent.kind,
    ).toBe('wrong_person');
    expect(read('Я руководитель отдела маркетинга, продажи не моя тема.').intent.kind).toBe('wrong_person');
    expect(read('Удалите, пожалуйста, наш адрес из вашей базы. Спасибо.').category).toBe('unsubscribe');
    expect(
      read('Получили ваше предложение, в целом интересно, но хотелось бы понять стоимость владения на год.')
        .intent,
    ).toEqual({ kind: 'question', topics: ['pricing'] });
    expect(read('Мы недавно внедрили Pipedrive, так что ближайший год точно нет.').intent.kind).toBe(
      'not_now',
    );
    // "Готовы рассмотреть, направьте КП на…" is still a request for a quote, not a hand-off.
    expect(read('Добрый день! Готовы рассмотреть, направьте КП на zakupki@fabrika-mebeli.ru').intent).toEqual(
      {
        kind: 'question',
        topics: ['pricing'],
      },
    );
  });

  test("when the absence is someone else's, or the no is the management's, then it is not an absence note", () => {
    expect(read('Директор в отпуске до 10 декабря, вернётся — покажу ему.').intent).toEqual({
      kind: 'not_now',
      followUp: '2026-12-10',
    });
    expect(read('Я в отпуске до 10 декабря.').category).toBe('out_of_office');
    expect(read('Нам бы такое пригодилось, но руководство против новых подписок.').category).toBe(
      'not_interested',
    );
    expect(read('Посмотрели, не впечатлило.').category).toBe('not_interested');
    expect(read('По всем вопросам сотрудничества — partners@vektor-group.ru').intent.kind).toBe('referral');
    expect(read('Интересует пилот на месяц. Какие условия?').intent).toEqual({
      kind: 'question',
      topics: ['pricing', 'demo'],
    });
    expect(read('Какие условия расторжения?').intent).toEqual({ kind: 'question', topics: ['contract'] });
    expect(read('Можно ли выгружать отчёты в Excel?').intent).toEqual({
      kind: 'question',
      topics: ['integration'],
    });
    expect(read('Мы из Казахстана. Оплата в тенге возможна?').intent).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
  });

  test('when a reply asks to be contacted again after a while, then it is a not-now; a call next week stays a yes', () => {
    expect(read('Reach out to me again in the new year.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-01',
    });
    expect(read('Let me loop back with you in 2 weeks - heads down on a launch.').intent).toEqual({
      kind: 'not_now',
      followUp: '2026-12-07',
    });
    expect(read("Let's do a call next week.").category).toBe('interested');
    expect(read('I will respond to your email after December 3').category).toBe('out_of_office');
    expect(read("Please don't take this personally but we don't buy from cold email.").category).toBe(
      'not_interested',
    );
    expect(read('We do something similar with a Google Sheet. Works fine.').category).toBe('not_interested');
    expect(read('Who are your competitors?').intent).toEqual({ kind: 'question', topics: [] });
    expect(read('Who are you?').intent.kind).toBe('none');
  });

  test('when a hand-off says "you want Dan in procurement" or "перенаправил Сергею", then it is a referral', () => {
    for (const [text, email] of [
      ['You want Dan in procurement. dan.o@fabrik.de', 'dan.o@fabrik.de'],
      ['Перенаправил ваше письмо Сергею Иванову — s.ivanov@metall.ru, он ответит.', 's.ivanov@metall.ru'],
    ] as const)
      expect(read(text).intent).toEqual({ kind: 'referral', people: [expect.objectContaining({ email })] });
    expect(read('You want a demo in January? Sure.').intent.kind).not.toBe('referral');
  });

  test('when a sixth mixed probe asks what is stored, says "перестаньте" or "это к Андрею", then it reads as meant', () => {
    expect(read('Do you store email content or just metadata?').intent).toEqual({
      kind: 'question',
      topics: ['security'],
    });
    expect(read('Перестаньте мне писать.').category).toBe('unsubscribe');
    expect(read('Это к Андрею, andrey@ural-soft.ru').intent).toEqual({
      kind: 'referral',
      people: [expect.objectContaining({ email: 'andrey@ural-soft.ru' })],
    });
    expect(read('Это к лучшему, давайте созвонимся.').category).toBe('interested');
  });
});
