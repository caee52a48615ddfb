import { Table } from 'antd';
import type { Metric, RankedRow } from '../../api/types';
import { formatRate } from './format';

const rate = (m: Metric) => (
  <span title={`${m.numerator} / ${m.denominator}`}>
    {formatRate(m.rate)}
    <span style={{ color: '#999', fontSize: 12, marginLeft: 4 }}>
      {m.numerator}/{m.denominator}
    </span>
  </span>
);
const byRate = (k: keyof RankedRow['metrics']) => (a: RankedRow, b: RankedRow) => ((a.metrics[k] as Metric).rate ?? -1) - ((b.metrics[k] as Metric).rate ?? -1);

/** Agencies or courts ranked: issued, feedback, on-time, adoption, implementation, overdue. */
export function RankingTable({ items, loading, nameTitle, testId }: { items: RankedRow[]; loading?: boolean; nameTitle: string; testId?: string }) {
  return (
    <Table<RankedRow>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      data-testid={testId}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      columns={[
        { title: '#', dataIndex: 'rank', width: 48, render: (r: number | null, _row, i) => r ?? i + 1 },
        { title: nameTitle, dataIndex: 'name', render: (n: string | null) => n ?? '—' },
        {
          title: '发送',
          key: 'issued',
          sorter: (a, b) => a.metrics.issued.numerator - b.metrics.issued.numerator,
          render: (_, r) => r.metrics.issued.numerator,
        },
        { title: '反馈率', key: 'fb', sorter: byRate('feedbackRate'), render: (_, r) => rate(r.metrics.feedbackRate) },
        { title: '按期反馈率', key: 'ot', sorter: byRate('onTimeFeedbackRate'), render: (_, r) => rate(r.metrics.onTimeFeedbackRate) },
        { title: '采纳率', key: 'ad', sorter: byRate('adoptionRate'), render: (_, r) => rate(r.metrics.adoptionRate) },
        { title: '落实率', key: 'im', sorter: byRate('implementationRate'), render: (_, r) => rate(r.metrics.implementationRate) },
        {
          title: '逾期',
          key: 'od',
          sorter: (a, b) =>
            a.metrics.overdue.reply.numerator + a.metrics.overdue.sign.numerator - b.metrics.overdue.reply.numerator - b.metrics.overdue.sign.numerator,
          render: (_, r) => r.metrics.overdue.sign.numerator + r.metrics.overdue.reply.numerator + r.metrics.overdue.followUp.numerator,
        },
      ]}
    />
  );
}
