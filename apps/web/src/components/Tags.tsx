import { Tag } from 'antd';
import type { Colour, DeliveryStatus, SuggestionStatus } from '../api/types';
import { COLOUR, COPY_UNREAD, DELIVERY_STATUS, REPLY_STEP, SUGGESTION_STATUS } from './labels';

export function SuggestionStatusTag({ status }: { status: SuggestionStatus }) {
  const s = SUGGESTION_STATUS[status] ?? { text: '其他状态', color: 'default' };
  return <Tag color={s.color}>{s.text}</Tag>;
}

/**
 * A delivery's state as people read it: a copy is read, not signed (待阅 / 已阅); a main delivery
 * whose reply waits for the agency leader says so (回复待审批), as do a saved or returned reply.
 */
export function deliveryStatusText(d: { status: DeliveryStatus; kind?: string; replyStatus?: string | null }): { text: string; color: string } {
  if (d.kind === 'COPY' && d.status === 'DELIVERED') return COPY_UNREAD;
  if (d.status === 'SIGNED' && d.replyStatus && REPLY_STEP[d.replyStatus]) return REPLY_STEP[d.replyStatus];
  return DELIVERY_STATUS[d.status] ?? { text: '其他状态', color: 'default' };
}

export function DeliveryStatusTag(props: { status: DeliveryStatus; kind?: string; replyStatus?: string | null }) {
  const s = deliveryStatusText(props);
  return (
    <Tag color={s.color} data-testid="delivery-status-tag">
      {s.text}
    </Tag>
  );
}

/** 三色预警 tag; finished deliveries have no clock left to warn about. */
export function ColourTag({ colour, status }: { colour: Colour; status?: DeliveryStatus }) {
  if (status && ['CLOSED', 'IMPLEMENTED', 'NOT_ADOPTED', 'READ', 'REJECTED_BY_RECIPIENT'].includes(status)) return <Tag>—</Tag>;
  const c = COLOUR[colour] ?? { text: '—', color: 'default' };
  return (
    <Tag color={c.color} data-colour={colour}>
      {c.text}
    </Tag>
  );
}
