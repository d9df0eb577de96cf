import { read } from '../support/read-reply.js';

/**
 * Twenty-five longer replies that say two things at once (nineteen English, six Russian), written
 * only to measure, 2026-12-04: 23 of 25 in category and 16 of 25 intents and flags at first sight
 * (docs/reply-classifier.md, "Longer replies that say two things").
 */
describe('longer replies that say two things', () => {
  test('when a hand-off to a named colleague sounds warm or cool, then no complaint is read into it by meaning', () => {
    const r = read(
      "Appreciate the note. I'm not the decision maker here — that's our CRO, Lisa Park (lisa.park@acme.com). I'd suggest reaching out to her directly; feel free to mention we spoke.",
    );
    expect([r.category, r.intent.kind, r.flags.brand ?? false]).toEqual(['other', 'referral', false]);
  });

  test.each([
    [
      "Honestly, I think the product could work for us, but your rep's follow-ups have been relentless — five emails in eight days. If someone can send pricing without another sequence, I'll take a look.",
      ['interested', true],
    ],
    ['These emails are relentless.', ['not_interested', true]],
    // Their own follow-ups, no complaint of ours.
    ["Our follow-ups are relentless, that's why we need something like this. Demo?", ['interested', false]],
  ])('when a reply says %j, then it is read as %j (category, brand)', (text, expected) => {
    const r = read(text);
    expect([r.category, r.flags.brand ?? false]).toEqual(expected);
  });

  test('when a Russian reply complains that our reps write for the fifth time this week, then the complaint is read', () => {
    expect(
      read(
        'Ваши менеджеры пишут уже пятый раз за неделю. Если пришлете цены без очередной рассылки — посмотрю.',
      ).flags.brand,
    ).toBe(true);
  });

  test.each([
    [
      "Thanks, I passed this along to our sales ops lead. If there's interest, she'll be in touch.",
      'wrong_person',
    ],
    [
      'Спасибо за письмо. Сейчас у нас миграция CRM, до апреля не до этого. Но интересно, как вы решаете споры за клиентов — пришлите краткое описание.',
      'question',
    ],
    // "Интересно" alone is a yes, and beside "не сейчас" a put-off, as before.
    ['Интересно, но не сейчас.', 'not_now'],
  ])('when a reply says %j, then its intent is %s', (text, kind) => {
    expect(read(text).intent.kind).toBe(kind);
  });
});
