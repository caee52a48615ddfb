import { MetricKey } from './metrics';

export interface MetricDefinition {
  label: string;
  zh: string;
  en: string;
}

/**
 * The text of every formula, shown next to every figure and in the export. All figures count
 * MAIN deliveries (主送) of letters issued in the period (by issue date, business time zone) and in
 * the scope; letters withdrawn (撤回) are excluded; a delivery the recipient returned as misdelivered
 * (退回) is not counted — the re-routed delivery that replaced it is.
 */
export const DEFINITIONS: Record<MetricKey, MetricDefinition> = {
  issued: {
    label: '发送件数',
    zh: '期间内签发的司法建议的主送送达件数（撤回的不计；被退回后改送的，只计改送的一件）。分子=分母=件数。',
    en: 'Main deliveries of letters issued in the period (withdrawn letters excluded; a delivery returned as misdelivered is replaced by its re-routed delivery). numerator = denominator = the count.',
  },
  signRate: {
    label: '签收率',
    zh: '签收率 = 已签收件数 ÷ 发送件数。',
    en: 'Sign rate = signed deliveries ÷ issued deliveries.',
  },
  feedbackRate: {
    label: '反馈率',
    zh: '反馈率 = 已提交回复的件数 ÷ 回复已到期（回复期限早于今天）或已回复的件数。需单位负责人审批的回复，审批通过后才算提交。逾期后才回复的也计入分子。',
    en: 'Feedback rate = deliveries with a submitted reply ÷ deliveries whose reply is due (reply due date before today) or replied. A reply that needs leader approval counts once approved. Late replies count in the numerator.',
  },
  onTimeFeedbackRate: {
    label: '按期反馈率',
    zh: '按期反馈率 = 在回复期限当日或之前提交回复的件数 ÷ 回复已到期或已回复的件数（分母同反馈率）。',
    en: 'On-time feedback rate = deliveries replied on or before their reply due date ÷ deliveries whose reply is due or replied (same denominator as the feedback rate).',
  },
  adoptionRate: {
    label: '采纳率',
    zh: '采纳率 = （采纳 + 部分采纳）÷ 法院已评价的回复件数。',
    en: 'Adoption rate = (ADOPTED + PARTIALLY_ADOPTED) ÷ evaluated replies.',
  },
  itemAdoptionRate: {
    label: '逐项采纳率',
    zh: '逐项采纳率 = 法院逐项评价为“采纳”或“部分采纳”的建议项数 ÷ 法院已逐项评价的建议项数（按法院的评价，不按收件单位自己的表态；部分采纳按采纳计，与采纳率一致）。',
    en: 'Item adoption rate = items the court judged ADOPTED or PARTIALLY_ADOPTED in its evaluations ÷ items the court judged (the court’s judgement, not the agency’s own stance; PARTIALLY_ADOPTED counts as adopted, as in the adoption rate).',
  },
  implementationRate: {
    label: '落实率',
    zh: '落实率 = 法院确认已落实的件数 ÷ （采纳 + 部分采纳）件数。',
    en: 'Implementation rate = deliveries whose implementation the court confirmed ÷ (ADOPTED + PARTIALLY_ADOPTED).',
  },
  avgHoursToSign: {
    label: '平均签收时长（小时）',
    zh: '平均签收时长 = 各件从送达到签收的小时数之和 ÷ 已签收件数。分子为小时数之和。',
    en: 'Average hours to sign = sum of hours from delivery to signing ÷ signed deliveries (numerator = total hours).',
  },
  p90HoursToSign: {
    label: '签收时长P90（小时）',
    zh: '90%的签收在此时长内完成：取累计件数达到 ⌈0.9×已签收件数⌉ 的时长分档上限（分档：1,2,4,6,8,12,16,20,24,30,36,42,48,60,72,84,96,120,144,168,240,336,720 小时），不超过实际最大值。分母为已签收件数，分子与比率均为该时长。',
    en: '90th percentile of hours to sign: the upper edge of the histogram bucket where the cumulative count reaches ⌈0.9 × signed⌉ (edges 1,2,4,6,8,12,16,20,24,30,36,42,48,60,72,84,96,120,144,168,240,336,720 h), capped at the largest value. denominator = signed; numerator and rate = the hours.',
  },
  avgDaysToReply: {
    label: '平均回复时长（天）',
    zh: '平均回复时长 = 各件从送达到回复提交的天数之和 ÷ 已回复件数。',
    en: 'Average days to reply = sum of days from delivery to reply submission ÷ replied deliveries.',
  },
  p90DaysToReply: {
    label: '回复时长P90（天）',
    zh: '90%的回复在此天数内提交：取累计件数达到 ⌈0.9×已回复件数⌉ 的天数分档上限（分档：3,7,14,21,28,35,42,49,56,63,70,90,120,180,365 天），不超过实际最大值。分母为已回复件数，分子与比率均为该天数。',
    en: '90th percentile of days to reply: the upper edge of the histogram bucket where the cumulative count reaches ⌈0.9 × replied⌉ (edges 3,7,14,21,28,35,42,49,56,63,70,90,120,180,365 days), capped at the largest value. denominator = replied; numerator and rate = the days.',
  },
  'overdue.sign': {
    label: '逾期未签收',
    zh: '当前逾期未签收 = 待签收且签收期限早于今天的件数 ÷ 当前待签收件数。',
    en: 'Overdue to sign now = deliveries awaiting signature whose sign-for due date is before today ÷ deliveries awaiting signature.',
  },
  'overdue.reply': {
    label: '逾期未回复',
    zh: '当前逾期未回复 = 已签收未回复且回复期限早于今天的件数 ÷ 已签收未回复件数（未签收的件计入逾期未签收）。',
    en: 'Overdue to reply now = signed, unreplied deliveries whose reply due date is before today ÷ signed, unreplied deliveries (unsigned ones count as overdue to sign).',
  },
  'overdue.followUp': {
    label: '逾期未回访',
    zh: '当前逾期未回访 = 落实中且回访日期早于今天的件数 ÷ 落实中件数。',
    en: 'Follow-up overdue now = deliveries being implemented whose follow-up date is before today ÷ deliveries being implemented.',
  },
  major: {
    label: '重大建议',
    zh: '重大建议 = 标记为“重大”的司法建议的主送件数 ÷ 发送件数。',
    en: 'Major = main deliveries of letters marked major (重大) ÷ issued deliveries.',
  },
  copiedToSuperior: {
    label: '抄送上级',
    zh: '抄送上级 = 同一建议书另抄送给该主送单位的上级单位（目录中的上级组织，或法院为该件选定的上级单位）的主送件数 ÷ 发送件数。',
    en: 'Copied to superior = main deliveries whose recipient’s parent organization (in the directory), or a superior the court chose for that delivery, received a COPY of the same letter ÷ issued deliveries.',
  },
};

/** 工作建议被上级采用 (overview only): the originating court's credit for an escalation its higher court adopted. */
export const ESCALATED_ADOPTED_DEFINITION: MetricDefinition = {
  label: '工作建议被上级采用',
  zh: '工作建议被上级采用 = 范围内法院因主送单位不在辖区而报送上级法院、经上级法院采用并以其名义签发的司法建议件数（按上级法院签发日期计）。该件的送达、反馈、采纳和落实只计入签发法院一次。分子=分母=件数。',
  en: 'Escalations adopted = letters of the scope’s courts that went up to the higher court (a main recipient outside the district) and that the higher court adopted and issued in its name, by its issue date. Their deliveries count once, for the issuing court, in every rate. numerator = denominator = the count.',
};
