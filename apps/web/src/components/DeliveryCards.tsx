import { Card, Empty, List, Pagination, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { Delivery } from '../api/types';
import { ColourTag, DeliveryStatusTag } from './Tags';

/** The inbox on a phone: one card per letter, colour and due date first. */
export function DeliveryCards({
  items,
  loading,
  page,
  pageSize,
  total,
  onPage,
}: {
  items: Delivery[];
  loading?: boolean;
  page?: number;
  pageSize?: number;
  total?: number;
  onPage?: (p: number) => void;
}) {
  const navigate = useNavigate();
  if (!loading && !items.length) return <Empty description="暂无待办" />;
  return (
    <>
      <List
        loading={loading}
        dataSource={items}
        data-testid="delivery-cards"
        renderItem={(d) => (
          <Card size="small" hoverable style={{ marginBottom: 8 }} onClick={() => navigate(`/deliveries/${d.id}`)} data-testid="delivery-card">
            <Typography.Text strong>{d.suggestionTitle}</Typography.Text>
            <div style={{ color: '#888', fontSize: 12, margin: '2px 0 6px' }}>
              {d.docNumber} · {d.courtName}
              {d.kind === 'COPY' ? ' · 抄送' : ''}
            </div>
            <Space wrap size={4}>
              <DeliveryStatusTag status={d.status} kind={d.kind} replyStatus={d.reply?.status} />
              {d.kind === 'MAIN' && <ColourTag colour={d.colour} status={d.status} />}
              {d.dueDate && <Typography.Text type="secondary">期限 {d.dueDate}</Typography.Text>}
            </Space>
          </Card>
        )}
      />
      {onPage && total !== undefined && total > (pageSize ?? 20) && (
        <Pagination simple current={page} pageSize={pageSize} total={total} onChange={onPage} style={{ textAlign: 'center' }} />
      )}
    </>
  );
}
