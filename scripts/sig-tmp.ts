import { classify } from '../src/domain/classify.js';
for (const t of process.argv.slice(2)) {
  const r = classify({ from: 'a@b.com', subject: 'Re: hello', replyText: t, headers: {}, receivedAt: new Date('2026-11-23T10:00:00Z') });
  console.log(JSON.stringify(t).slice(0, 80), '->', r.category, JSON.stringify(r.intent), r.confidence, r.signals.join(','));
}
