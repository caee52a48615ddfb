import { Tag } from 'antd';
import type { Colour, DeliveryStatus, SuggestionStatus } from '../api/schema';
import { COLOUR, DELIVERY_STATUS, SUGGESTION_STATUS } from './labels';

export function SuggestionStatusTag({ status }: { status: SuggestionStatus }) {
  const s = SUGGESTION_STATUS[status] ?? { text: '其他状态', color: 'default' };
  return <Tag color={s.color}>{s.text}</Tag>;
}

export function DeliveryStatusTag({ status }: { status: DeliveryStatus }) {
  const s = DELIVERY_STATUS[status] ?? { text: '其他状态', color: 'default' };
  return <Tag color={s.color}>{s.text}</Tag>;
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
