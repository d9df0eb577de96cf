import { kindOf, said } from '../support/read-reply.js';

/**
 * Forty-eighth session (docs/reply-classifier.md, "Swamped until the 14th, a head office that
 * decides"): 31 replies (English, Russian, machine notes and absences) 26 right as shipped, 27 once
 * my label followed the design; now 31.
 */
describe('a limit on a yes', () => {
  test('when a demo is wanted but the writer is swamped until a date and asks for the week after, then it asks for the demo', () => {
    expect(said("Would love a demo, but I'm swamped until the 14th. Can we do the week after?")).toEqual([
      'interested',
      ['demo'],
    ]);
  });
});

describe('noes and hand-offs', () => {
  test('when vendors who wrote like this got blocked, then it is a no', () => {
    expect(kindOf("I'll be honest, the last three vendors who emailed me like this got blocked.")).toEqual([
      'not_interested',
      'none',
    ]);
  });

  test('when a head office makes the buying decisions, then it is the wrong person', () => {
    expect(kindOf('Спасибо, но решение о закупках принимает головной офис в Москве.')).toEqual([
      'other',
      'wrong_person',
    ]);
  });

  test('when the writer forwarded it to the sales director, who will write if interested, then it is the wrong person', () => {
    expect(
      kindOf('Переслал нашему директору по продажам, если ему будет интересно — он с вами свяжется.'),
    ).toEqual(['other', 'wrong_person']);
  });
});
