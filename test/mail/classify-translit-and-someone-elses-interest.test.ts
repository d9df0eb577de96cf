import { read, said } from '../support/read-reply.js';

/**
 * Russian in Latin letters, and an interest that is a colleague's, from the forty-first session's
 * probes (docs/reply-classifier.md, "Translit, 'я передал ему', a colleague who might be interested").
 */
test.each([
  ['Prishlite kp, pozhaluista.', ['interested', ['pricing']]],
  ['Ne pishite mne bolshe.', ['unsubscribe', 'none']],
  ['Udalite menya iz rassylki.', ['unsubscribe', 'none']],
])('%j, Russian in Latin letters, is read as the Cyrillic is', (text, expected) => {
  expect(said(text)).toEqual(expected);
});

test('"этим занимается наш коммерческий директор, я передал ему" hands it on, as "я переслал ему ваше письмо" does', () => {
  expect(said('Этим занимается наш коммерческий директор, я передал ему.')).toEqual([
    'other',
    'wrong_person',
  ]);
  expect(said('Я передал ему, он в восторге, давайте созвонимся завтра.')[0]).toBe('interested');
});

describe('not for me, but a colleague might be interested', () => {
  test.each([
    ["I don't need this, but our head of sales might be interested — Oleg, oleg@acme.com", 'oleg@acme.com'],
    ['Мне это не нужно, а вот нашему РОПу может быть интересно — Олег, oleg@acme.ru', 'oleg@acme.ru'],
  ])('%j offers the colleague, no yes and no no', (text, email) => {
    const r = read(text);
    expect(r.category).toBe('other');
    expect(r.intent).toMatchObject({ kind: 'referral', people: [{ email }] });
  });

  test.each([
    'Not for me, but our head of sales might be interested.',
    'Мне не нужно, но коллеге может быть интересно.',
  ])('%j, with nobody named, is the wrong person', (text) => {
    expect(said(text)).toEqual(['other', 'wrong_person']);
  });

  test.each(['Мне интересно, пришлите детали.', 'Нашему директору очень интересно, давайте созвонимся.'])(
    '%j is still a yes',
    (text) => {
      expect(said(text)[0]).toBe('interested');
    },
  );
});

test.each(['У нас всё своё, самописное. Спасибо.', 'У нас своё решение.'])(
  '%j is a no: built at home, as "у нас своя разработка" is',
  (text) => {
    expect(said(text)).toEqual(['not_interested', 'none']);
  },
);

test.each([
  'Интегрируетесь с ней?',
  'У нас самописная CRM. Интегрируетесь с ней?',
  'У нас своя CRM, интегрируетесь?',
])('%j asks about integration ("интегрируетесь", not only "интеграция")', (text) => {
  expect(said(text)).toEqual(['interested', ['integration']]);
});
