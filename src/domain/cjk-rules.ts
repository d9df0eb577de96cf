/**
 * The plainest answers in Japanese, Chinese and Korean: a stop, a no, a yes. Written without word
 * boundaries (these scripts put no spaces between words); bounces and absence notes in them are
 * read in bounce.ts and auto-reply-rules.ts.
 */
import { rule } from './phrase-rule.js';

/** "配信を停止してください", "退订", "수신거부": stop sending. */
export const stopCJK = rule(
  'text:unsubscribe:cjk',
  /(配信(を|の)?(停止|中止|解除)|配信不要|(メール|ご連絡|連絡)(の)?(送付|送信|配信)?(は|を)?(今後)?(不要|お断り|ご遠慮|止めて|やめて)|送らないで|退订|取消订阅|(请|請)(勿|不要)(再)?(发送|發送|发|發|联系|聯繫|打扰)|不要再(给我)?(发|發|联系|聯繫)|停止发送|수신\s?거부|구독\s?취소|(더 이상|다시는) (메일|연락)(을|를)? ?(보내지|하지) ?마)/u,
);

/** "興味がありません", "不感兴趣", "관심 없습니다": no. */
export const noCJK = rule(
  'text:no:cjk',
  /(興味(が|は)(ありません|ない|ございません)|(必要|不要)(ありません|ございません)|結構です|不感兴趣|不感興趣|没有兴趣|沒有興趣|暂不需要|暫不需要|不需要(了|的)?[。！!.]?$|관심(이|은)? ?없(습니다|어요|음)|필요 ?없(습니다|어요|음))/u,
);

/** "興味があります", "感兴趣，请发报价", "관심 있습니다": yes. */
export const yesCJK = rule(
  'text:yes:cjk',
  /((?<!に)興味があります|ぜひ(お話|詳しく|デモ|打ち合わせ)|資料(を|の)(送って|お送り|ご送付)|(?<!不)感兴趣|(?<!不)感興趣|请(发|發)(送)?(报价|報價|资料|資料|详细)|관심(이)? ?있(습니다|어요)|자료(를)? ?보내)/u,
);
