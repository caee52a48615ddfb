import { Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { Delivery } from '../api/types';
import { dateTime, EVAL_RESULT } from './labels';
import { ColourTag, DeliveryStatusTag } from './Tags';

/** Recipients of a letter (or an inbox): status, 三色预警 and the clock that matters now. */
export function DeliveriesTable({
  items,
  showLetter = false,
  loading,
  pagination,
}: {
  items: Delivery[];
  showLetter?: boolean;
  loading?: boolean;
  pagination?: object | false;
}) {
  const columns = [
    ...(showLetter
      ? [
          {
            title: '司法建议',
            key: 'letter',
            render: (_: unknown, d: Delivery) => (
              <div>
                <Link to={`/deliveries/${d.id}`}>{d.suggestionTitle}</Link>
                <div style={{ color: '#888', fontSize: 12 }}>
                  {d.docNumber} · {d.courtName}
                </div>
              </div>
            ),
          },
        ]
      : [
          {
            title: '收件单位',
            key: 'org',
            render: (_: unknown, d: Delivery) => (
              <span>
                <Link to={`/deliveries/${d.id}`}>{d.organizationName}</Link>
                {d.kind === 'COPY' && <Tag style={{ marginLeft: 6 }}>抄送</Tag>}
              </span>
            ),
          },
        ]),
    ...(showLetter ? [{ title: '收件单位', dataIndex: 'organizationName', responsive: ['lg' as const] }] : []),
    {
      title: '状态',
      dataIndex: 'status',
      width: 130,
      render: (s: Delivery['status'], d: Delivery) => <DeliveryStatusTag status={s} kind={d.kind} replyStatus={d.reply?.status} />,
    },
    {
      title: '预警',
      dataIndex: 'colour',
      width: 110,
      render: (c: Delivery['colour'], d: Delivery) => (d.kind === 'COPY' ? <Tag>—</Tag> : <ColourTag colour={c} status={d.status} />),
    },
    {
      title: '当前期限',
      dataIndex: 'dueDate',
      width: 120,
      render: (v: string | null, d: Delivery) => (d.kind === 'COPY' ? '—' : (v ?? '—')),
    },
    { title: '送达时间', dataIndex: 'deliveredAt', width: 150, responsive: ['md' as const], render: dateTime },
    {
      title: '评价',
      key: 'eval',
      width: 100,
      responsive: ['md' as const],
      render: (_: unknown, d: Delivery) => (d.evaluation ? EVAL_RESULT[d.evaluation.result] : '—'),
    },
  ];
  return (
    <Table<Delivery>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      columns={columns}
      pagination={pagination ?? false}
      data-testid="deliveries-table"
      scroll={{ x: 'max-content' }}
    />
  );
}
