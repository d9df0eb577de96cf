import { read, referredTo, waitOf } from '../support/read-reply.js';

/**
 * Forty-fifth session (docs/reply-classifier.md, "'Escríbeme en febrero', 'podem enviar'"): fifteen
 * everyday replies in Spanish, Portuguese, Italian, French, German and Dutch 10 of 15 as shipped; now 15.
 */
describe('everyday European replies in the informal voice', () => {
  test('when a Spanish reply says "write me in February", then it waits until then', () => {
    expect(waitOf('Escríbeme en febrero, ahora estamos cerrando el año.')).toEqual([
      'not_interested',
      '2027-02-01',
    ]);
  });

  test('when a Portuguese reply asks us to talk again later, then it is a wait', () => {
    expect(read('Não é prioridade agora. Voltem a falar comigo no segundo semestre.').intent.kind).toBe(
      'not_now',
    );
  });

  test('when a Spanish writer does not handle it and names who does, then it refers us', () => {
    expect(referredTo('Yo no me encargo de esto, habla con Marta: marta@empresa.es')).toEqual([
      'marta@empresa.es',
    ]);
  });

  test.each([
    ['Olá, podem enviar uma apresentação?', 'interested'],
    ['Dit is niet relevant voor ons, bedankt.', 'not_interested'],
  ])('%j is %s', (text, category) => {
    expect(read(text).category).toBe(category);
  });
});
