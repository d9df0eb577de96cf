import { kindOf } from '../support/read-reply.js';

/**
 * Sixtieth session, the eleventh round (docs/reply-classifier.md, "I'd appreciate it if you'd
 * stop"): fourteen people's replies and five notes written after the tenth round's lessons, measured
 * untaught, then taught.
 */
test('"…I\'d appreciate it if you\'d stop." is a stop, as "…if you\'d stop emailing me." is', () => {
  expect(kindOf("I'm not interested and I'd appreciate it if you'd stop.")[0]).toBe('unsubscribe');
  expect(kindOf("I'd appreciate it if you'd stop by our booth at SaaStr.")[0]).not.toBe('unsubscribe');
});
