/**
 * The plainest answers in Japanese, Chinese and Korean: a stop, a no, a yes, and the five topics
 * asked. Written without word boundaries (these scripts put no spaces between words); bounces and
 * absence notes in them are read in bounce.ts and auto-reply-rules.ts.
 */
import { Info } from 'luxon';
import type { Topic } from './classify-rules.js';
import { rule } from './phrase-rule.js';

/** "配信を停止してください", "退订", "수신거부": stop sending. */
export const stopCJK = rule(
  'text:unsubscribe:cjk',
  /(配信(を|の)?(停止|中止|解除)|配信不要|(メール|ご連絡|連絡)(の)?(送付|送信|配信)?(は|を)?(今後)?(不要|お断り|ご遠慮|止めて|やめて)|送らないで|退订|取消订阅|(请|請)(勿|不要)(再)?(发送|發送|发|發|联系|聯繫|打扰)|不要再(给我)?(发|發|联系|聯繫)|停止发送|수신\s?거부|구독\s?취소|(더 이상|다시는) (메일|연락)(을|를)? ?(보내지|하지) ?마)/u,
);

/** "興味がありません", "不感兴趣", "관심 없습니다": no. */
export const noCJK = rule(
  'text:no:cjk',
  /(興味(が|は)(ありません|ない|ございません)|(必要|不要)(ありません|ございません)|結構です|(今回は)?見送(らせて|りとさせて)(いただき|頂き)|お断り(します|いたします|させていただきます)|不感兴趣|不感興趣|没有兴趣|沒有興趣|暂不需要|暫不需要|(^|[。！!.，,]\s*)(暂时|暫時)?不需要(了|的)?([。！!.，,]|$)|관심(이|은)? ?없(습니다|어요|음)|필요 ?없(습니다|어요|음))/u,
);

/** "来年の4月頃にまたご連絡ください", "明年再联系", "다음 달에 다시 연락 주세요": a wait (its date: follow-up-date.ts). */
export const notNowCJK = rule(
  'text:not-now:cjk',
  /((また|改めて|再度|後日)[^。！？!?]{0,6}(ご)?連絡(ください|下さい|をお願い|いただけ)|再(联系|聯繫|联络|聯絡)|(以后|以後)再(说|說)|다시 연락|나중에 (연락|다시))/u,
);

/** "来年", "明年", "내년", "来月", "下个月", "다음 달", "4月", "4월": the times they name, in English for follow-up-date.ts. */
export const timesCJK = (t: string) =>
  t
    .replace(/来年|明年|내년/gu, ' next year ')
    .replace(/来月|下个月|下個月|다음 ?달/gu, ' next month ')
    .replace(/来期|下个?季度|下個?季度|다음 ?분기/gu, ' next quarter ')
    .replace(/(\d{1,2})\s*[月월](?!\s*\d)/gu, (_, m: string) => ` in ${MONTHS[Number(m) - 1] ?? m} `);
/** English month names, for the date readers. */
const MONTHS = Info.months('long', { locale: 'en' }).map((m) => m.toLowerCase());

/** "興味があります", "感兴趣，请发报价", "관심 있습니다": yes. */
export const yesCJK = rule(
  'text:yes:cjk',
  /((?<!に)興味があります|ぜひ(一度)?(お話|詳しく|デモ|打ち合わせ)|(お話|話)を(伺|うかが|聞か|聞き)(いたい|せてください|せて下さい)|資料(を|の)(送って|お送り|ご送付)|(?<!不)感兴趣|(?<!不)感興趣|(?<![没沒])有(兴趣|興趣)|请(发|發)(送)?(报价|報價|资料|資料|详细)|관심(이)? ?있(습니다|어요)|자료(를)? ?보내)/u,
);

/** "料金を教えてください", "价格是多少？", "가격이 어떻게 되나요?": the topic words, in the three scripts. */
export const topicsCJK: Record<Topic, RegExp> = {
  pricing:
    /(料金|価格|値段|費用|見積|いくら|价格|價格|报价|報價|费用|多少钱|多少錢|收费|收費|价钱|價錢|定价|定價|가격|견적|비용|요금|얼마)/u,
  demo: /(デモ|トライアル|試用|お試し|無料体験|演示|试用|体验版|體驗版|데모|체험|시연)/u,
  security: /(セキュリティ|個人情報|暗号化|安全性|数据安全|數據安全|隐私|隱私|加密|보안|개인정보|암호화)/u,
  integration: /(連携|インテグレーション|集成|对接|對接|接口|整合|연동|통합|연계)/u,
  contract: /(契約|利用規約|合同|合約|条款|條款|계약|약관)/u,
};

/** A sentence that asks or requests in the three scripts: a question mark, "…ください", "…吗", "…나요". */
export const asksCJK =
  /([？]|(ください|下さい|お願い(します|いたします|できますか)|いただけ(ます|ません)か|でしょうか|ますか|(?<![没沒])吗|嗎|呢|请|請|麻烦|麻煩|能否|可否|是否|할까요|인가요|나요|주세요|있나요|되나요|습니까)[。！!？?]*\s*$)/u;
