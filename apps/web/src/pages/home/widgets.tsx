import { Card, Col, List, Row, Statistic, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { listAgencyInbox, listDeliveries } from '../../api/deliveries';
import type { DeliveryPage, OverdueItem, SuggestionSummary } from '../../api/types';
import * as stats from '../../api/stats';
import { listSuggestions } from '../../api/suggestions';
import { DeliveriesTable } from '../../components/DeliveriesTable';
import { DeliveryCards } from '../../components/DeliveryCards';
import { dateTime } from '../../components/labels';
import { SuggestionStatusTag } from '../../components/Tags';
import { useAsync } from '../../hooks/useAsync';
import { useIsMobile } from '../../hooks/useIsMobile';
import { takeEarly } from '../../prefetch';
import { formatRate } from '../stats/format';

/** Letters in the given states that the caller may see (the server scopes them). */
export function LetterTodo({ title, statuses, testId }: { title: string; statuses: string[]; testId: string }) {
  const { data, loading } = useAsync(async () => {
    const pages = await Promise.all(statuses.map((status) => listSuggestions({ status, pageSize: 20 })));
    return pages.flatMap((p) => p.items).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }, [statuses.join()]);
  return (
    <Card
      title={title}
      size="small"
      extra={<Typography.Text type="secondary">{data?.length ?? 0} 件</Typography.Text>}
      style={{ marginBottom: 12 }}
      data-testid={testId}
    >
      <List<SuggestionSummary>
        loading={loading}
        dataSource={data ?? []}
        locale={{ emptyText: '暂无' }}
        renderItem={(s) => (
          <List.Item extra={<SuggestionStatusTag status={s.status} />}>
            <List.Item.Meta title={<Link to={`/suggestions/${s.id}`}>{s.title}</Link>} description={`${s.authorName} · ${dateTime(s.updatedAt)}`} />
          </List.Item>
        )}
      />
    </Card>
  );
}

/** Counts of open main deliveries by 三色预警. */
export function ColourCounts() {
  const { data } = useAsync(async () => {
    const [g, y, r] = await Promise.all(['GREEN', 'YELLOW', 'RED'].map((colour) => listDeliveries({ colour, kind: 'MAIN', pageSize: 1 })));
    return { GREEN: g.total, YELLOW: y.total, RED: r.total };
  }, []);
  const cell = (c: 'GREEN' | 'YELLOW' | 'RED', label: string, color: string) => (
    <Col xs={8} key={c}>
      <Link to={`/deliveries?colour=${c}`}>
        <Card size="small" style={{ borderTop: `3px solid ${color}` }}>
          <Statistic title={label} value={data?.[c] ?? '—'} styles={{ content: { color } }} />
        </Card>
      </Link>
    </Col>
  );
  return (
    <Row gutter={8} style={{ marginBottom: 12 }} data-testid="colour-counts">
      {cell('GREEN', '绿色·正常', '#389e0d')}
      {cell('YELLOW', '黄色·临期', '#d48806')}
      {cell('RED', '红色·逾期', '#cf1322')}
    </Row>
  );
}

/** An agency's open deliveries, most urgent first. */
export function AgencyInbox() {
  const mobile = useIsMobile();
  const { data, loading } = useAsync(async () => {
    const p = await (takeEarly<DeliveryPage>('agency-inbox') ?? listAgencyInbox());
    const rank = { RED: 0, YELLOW: 1, GREEN: 2 };
    const open = p.items.filter((d) => d.allowedActions.some((a) => a !== 'MESSAGE'));
    return open.sort((a, b) => rank[a.colour] - rank[b.colour] || (a.dueDate ?? '9').localeCompare(b.dueDate ?? '9'));
  }, []);
  const unread = (data ?? []).filter((d) => d.kind === 'COPY' && d.status === 'DELIVERED').length;
  return (
    <Card
      title={`待办送达件（${data?.length ?? 0}）${unread ? `，其中待阅抄送件 ${unread} 件` : ''}`}
      size="small"
      extra={<Link to="/deliveries">全部</Link>}
      data-testid="agency-inbox"
    >
      {mobile ? <DeliveryCards items={data ?? []} loading={loading} /> : <DeliveriesTable items={data ?? []} loading={loading} showLetter />}
    </Card>
  );
}

/** Key figures for the period (letters issued in it) and the overdue list (supervisors, leaders). */
export function OversightSummary({ filter = {} }: { filter?: stats.StatsFilter }) {
  const key = JSON.stringify(filter);
  const ov = useAsync(() => stats.overview(filter), [key]);
  const od = useAsync(() => stats.overdue({ ...filter, pageSize: 20 }), [key]);
  const o = ov.data;
  const fig = (label: string, m?: { numerator: number; denominator: number; rate: number | null }) => (
    <Col xs={12} md={6} key={label}>
      <Card size="small">
        <Statistic title={label} value={m ? formatRate(m.rate) : '—'} />
        {m && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {m.numerator} / {m.denominator}
          </Typography.Text>
        )}
      </Card>
    </Col>
  );
  const columns = [
    { title: '司法建议', dataIndex: 'title', render: (t: string, r: OverdueItem) => <Link to={`/deliveries/${r.deliveryId}`}>{t}</Link> },
    { title: '单位', dataIndex: 'organizationName', responsive: ['md' as const] },
    { title: '环节', dataIndex: 'step', width: 80, render: (s: OverdueItem['step']) => ({ sign: '签收', reply: '回复', followUp: '落实' })[s] },
    { title: '逾期', dataIndex: 'daysOverdue', width: 80, render: (n: number) => <Tag color="red">{n} 天</Tag> },
  ];
  return (
    <>
      <Row gutter={[8, 8]} style={{ marginBottom: 12 }} data-testid="oversight-figures">
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="发送件数" value={o?.issued.numerator ?? '—'} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              主送件
            </Typography.Text>
          </Card>
        </Col>
        {fig('反馈率', o?.feedbackRate)}
        {fig('采纳率', o?.adoptionRate)}
        {fig('落实率', o?.implementationRate)}
      </Row>
      <Card title={`逾期未办（${od.data?.total ?? 0}）`} size="small" extra={<Link to="/stats">统计分析</Link>} data-testid="overdue-list">
        <Table<OverdueItem>
          rowKey="deliveryId"
          size="small"
          loading={od.loading}
          dataSource={od.data?.items ?? []}
          columns={columns}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </Card>
    </>
  );
}
