import { kindOf } from '../support/read-reply.js';

/**
 * Forty-ninth session (docs/reply-classifier.md, "99 problems, 'either way, no', satisfied in six
 * languages"): fifteen sarcastic ones 10 of 15 as shipped, one of them read as a yes, and twelve in
 * seven European languages 10 of 12; now 14 and 12.
 */
describe('a no said with an idiom or a sneer', () => {
  test.each([
    "I've got 99 problems and duplicate outreach ain't one.",
    'If I had a dollar for every "quick question" email...',
    'My cat could have written a better subject line.',
    'Not sure if this is a real email or a test. Either way, no.',
  ])('%j is a no', (text) => {
    expect(kindOf(text)).toEqual(['not_interested', 'none']);
  });
});

describe('satisfied with what they have, in other languages', () => {
  test.each([
    'Gracias, pero ya trabajamos con HubSpot y estamos contentos.',
    'Danke, wir sind sehr zufrieden mit unserem aktuellen Anbieter.',
    'Merci, nous sommes très satisfaits de notre outil actuel.',
    'Grazie, siamo molto soddisfatti del nostro fornitore.',
    'Obrigado, estamos muito satisfeitos com a nossa solução.',
    'Bedankt, we zijn erg tevreden met onze huidige tool.',
  ])('%j is a no', (text) => {
    expect(kindOf(text)).toEqual(['not_interested', 'none']);
  });

  test('when the writer is pleased with our demo, then it is no no', () => {
    expect(kindOf('Estamos muy contentos con la demo, ¿cuándo empezamos?')[0]).toBe('interested');
  });

  test('when a Dutch writer says they are the wrong person, then it is handed on', () => {
    expect(kindOf('Ik ben de verkeerde persoon, probeer onze sales manager.')).toEqual([
      'other',
      'wrong_person',
    ]);
  });
});
