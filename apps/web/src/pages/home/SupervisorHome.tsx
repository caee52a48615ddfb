import { Card, DatePicker, List, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { listDeliveries } from '../../api/deliveries';
import type { Delivery } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { dateTime } from '../../components/labels';
import { useAsync } from '../../hooks/useAsync';
import { ImpactRanking } from '../stats/ImpactRanking';
import { MyWatchlist } from './MyWatchlist';
import { OversightSummary } from './widgets';

/** Copies (抄送) sent to the supervisor's own body that nobody there has read yet. */
function CopiesToRead() {
  const { me } = useAuth();
  const { data, loading } = useAsync(
    () => listDeliveries({ organizationId: me!.organizationId, kind: 'COPY', status: 'DELIVERED', pageSize: 20 }),
    [me?.organizationId],
  );
  return (
    <Card
      title={`待阅抄送件（${data?.total ?? 0}）`}
      size="small"
      style={{ marginBottom: 12 }}
      extra={<Link to="/deliveries?kind=COPY">全部抄送件</Link>}
      data-testid="copies-to-read"
    >
      <List<Delivery>
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: '暂无待阅抄送件' }}
        renderItem={(d) => (
          <List.Item extra={<Tag color="processing">待阅</Tag>}>
            <List.Item.Meta
              title={<Link to={`/deliveries/${d.id}`}>{d.suggestionTitle}</Link>}
              description={`${d.courtName}${d.docNumber ? ` · ${d.docNumber}` : ''} · 送达于 ${dateTime(d.deliveredAt)}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

/** 人大/上级法院 home: the period the figures cover, copies to read, watched letters, figures, what is overdue and 治理成效. */
export function SupervisorHome() {
  const [year, setYear] = useState<Dayjs | null>(null);
  const filter = year ? { from: year.startOf('year').format('YYYY-MM-DD'), to: year.endOf('year').format('YYYY-MM-DD') } : {};
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap data-testid="home-period">
        <Typography.Text>统计期间</Typography.Text>
        <DatePicker picker="year" value={year} onChange={setYear} placeholder="全部年度" aria-label="统计年度" data-testid="home-year" />
        <Typography.Text type="secondary">{year ? `${year.year()}年签发的司法建议` : '全部已签发的司法建议'}</Typography.Text>
      </Space>
      <CopiesToRead />
      <MyWatchlist />
      <OversightSummary filter={filter} />
      <ImpactRanking filter={filter} />
    </>
  );
}
