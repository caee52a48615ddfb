import { Card, Segmented, Select, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { listDeliveries } from '../../api/deliveries';
import { AGENCY_ROLES, useAuth } from '../../auth/AuthContext';
import { DeliveriesTable } from '../../components/DeliveriesTable';
import { DeliveryCards } from '../../components/DeliveryCards';
import { COLOUR, COPY_UNREAD, DELIVERY_STATUS } from '../../components/labels';
import { useAsync } from '../../hooks/useAsync';
import { useIsMobile } from '../../hooks/useIsMobile';

/** An agency's inbox, or the court's delivery tracking: filter by status and 三色预警. */
export default function DeliveryListPage() {
  const [params, setParams] = useSearchParams();
  const mobile = useIsMobile();
  const { has } = useAuth();
  const agency = has(...AGENCY_ROLES);
  const f = Object.fromEntries(params.entries());
  const page = Number(f.page ?? 1);
  const pageSize = 20;
  const { data, loading, error } = useAsync(() => listDeliveries({ ...f, page, pageSize }), [params.toString()]);
  const set = (k: string, v?: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    if (k !== 'page') next.delete('page');
    setParams(next);
  };
  // 待签收 is a main delivery's step; a copy not yet read is 待阅 (DELIVERED, kind COPY).
  const setStatus = (v?: string) => {
    const next = new URLSearchParams(params);
    next.delete('page');
    next.delete('kind');
    if (!v) next.delete('status');
    else next.set('status', v === 'COPY_UNREAD' ? 'DELIVERED' : v);
    if (v === 'COPY_UNREAD' || v === 'READ') next.set('kind', 'COPY');
    else if (v === 'DELIVERED') next.set('kind', 'MAIN');
    setParams(next);
  };
  return (
    <>
      <div className="page-head">
        <Typography.Title level={4}>{agency ? '收件箱' : '送达跟踪'}</Typography.Title>
      </div>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Segmented
            value={f.colour ?? ''}
            onChange={(v) => set('colour', String(v))}
            options={[{ value: '', label: '全部' }, ...Object.entries(COLOUR).map(([value, c]) => ({ value, label: c.text.split('·')[1] }))]}
          />
          <Select
            placeholder="状态"
            allowClear
            value={f.status === 'DELIVERED' ? (f.kind === 'COPY' ? 'COPY_UNREAD' : 'DELIVERED') : f.status}
            onChange={(v?: string) => setStatus(v)}
            style={{ width: 150 }}
            data-testid="status-filter"
            options={[...Object.entries(DELIVERY_STATUS).map(([value, s]) => ({ value, label: s.text })), { value: 'COPY_UNREAD', label: COPY_UNREAD.text }]}
          />
        </Space>
      </Card>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      {mobile ? (
        <DeliveryCards items={data?.items ?? []} loading={loading} page={page} pageSize={pageSize} total={data?.total} onPage={(p) => set('page', String(p))} />
      ) : (
        <Card size="small">
          <DeliveriesTable
            items={data?.items ?? []}
            loading={loading}
            showLetter
            pagination={{
              current: page,
              pageSize,
              total: data?.total ?? 0,
              showTotal: (t: number) => `共 ${t} 件`,
              onChange: (p: number) => set('page', String(p)),
            }}
          />
        </Card>
      )}
    </>
  );
}
