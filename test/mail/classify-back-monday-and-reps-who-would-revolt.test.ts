import { absenceOf, kindOf, said } from '../support/read-reply.js';

/**
 * Fifty-third session (docs/reply-classifier.md, "Back Monday 30th, reps who would revolt"):
 * twelve more absences typed by hand 4 of 12 (5 once my label followed the corpus's); fifteen
 * objections and questions about competitors 5 (7); fifteen English machine notes 6, one read as a
 * yes and one as a complaint; ten Russian ones 4, one read as a wait.
 */
describe('away, then back on a day', () => {
  test.each([
    ['At a customer site all week - expect slow replies, back Monday 30th.', '2026-11-30'],
    ['Bereavement leave this week. Back on Dec 1.', '2026-12-01'],
    ['Away for our wedding and honeymoon until 14 December!', '2026-12-14'],
    ["Out this afternoon for a doctor's appointment, will reply tomorrow morning.", '2026-11-24'],
    ['Currently on a sales kickoff trip, returning 12/3.', '2026-12-03'],
    ['Back from leave on 7 December, will pick this up then.', '2026-12-07'],
    ['On holiday - back 30/11.', '2026-11-30'],
  ])('%j is an absence, back %s', (text, back) => {
    expect(absenceOf(text)).toEqual(['out_of_office', back]);
  });

  test.each([
    'On the road this week. Back Monday, happy to see a demo then.',
    'Away on a trip until Thursday, can we talk Friday?',
  ])('%j, away but keen, is the writer’s yes', (text) => {
    expect(kindOf(text)[0]).toBe('interested');
  });

  test.each([
    "We're out of budget, back to you in Q2.",
    'Out of curiosity, are you back in the office tomorrow?',
  ])('%j is no absence', (text) => {
    expect(kindOf(text)[0]).not.toBe('out_of_office');
  });
});

describe('objections, and questions about what the product does', () => {
  test.each([
    'Our reps would revolt if we added one more tool.',
    'The last tool like this created more disputes than it solved.',
    'Frankly our problem is territory design, not claims.',
    'My team already complains about Salesforce. Adding Slack alerts sounds worse.',
  ])('%j is a no', (text) => {
    expect(kindOf(text)).toEqual(['not_interested', 'none']);
  });

  test.each([
    'Can it enforce round-robin for inbound leads too?',
    'What stops a rep from just claiming every account on day one?',
  ])('%j asks about the product', (text) => {
    expect(said(text)).toEqual(['interested', []]);
  });

  test.each(['Can it wait until Monday?', 'Will it be ready by Friday?'])(
    '%j asks nothing of the product',
    (text) => {
      expect(kindOf(text)[1]).not.toBe('question');
    },
  );

  test('when the writer is not the champion and names the VP to try, then it is the wrong person', () => {
    expect(kindOf("We'd need a champion internally and I'm not it. Try our VP Sales, Maria Chen.")).toEqual([
      'other',
      'wrong_person',
    ]);
  });
});

describe('an employer’s, a network’s, a sales tool’s and a chat’s notices, in English and Russian', () => {
  test.each([
    'Your benefits elections for 2027 have been saved. Review your confirmation statement in Workday.',
    "12 people viewed your profile this week. See who's looking.",
    'This week in RevOps: 5 ways to clean up your CRM, and our webinar on territory design.',
    'HubSpot: Your sequence "Q4 outbound" finished for 48 contacts.',
    'Your file "Territory map.pdf" was successfully uploaded.',
    'Your timesheet for the week of Nov 16 is overdue. Please submit it today.',
    'Dana Lee reacted 👍 to your message in #deal-desk.',
    "Congratulations on your work anniversary! You've been at Brightline for 3 years.",
    'Scheduled maintenance: Salesforce will be unavailable Saturday from 2-4 AM UTC.',
    'Напоминание: совещание «Планирование Q1» начнётся через 15 минут.',
    'Вам начислено 500 бонусных баллов.',
    'Коллега Иванов И. оставил комментарий к задаче «Обновить прайс».',
    'Счёт №1123 от ООО «Ромашка» ожидает оплаты до 30.11.2026.',
    'Ваша подписка на тариф «Бизнес» продлена до 23.12.2026.',
    'Новое сообщение в чате «Отдел продаж» от Петровой А.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});
