import { EyeOutlined, FlagOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Space, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Delivery, DeliveryStatus, WorkItem, WorkList, WorkType } from '../../api/types';
import { ActionModal, type ActionSpec } from '../../components/ActionForm';
import { copySuperiorSpec } from '../deliveries/delivery-actions';
import { worklist } from '../../api/supervision';
import { dateTime, WORK_TYPE } from '../../components/labels';
import { ColourTag, DeliveryStatusTag } from '../../components/Tags';
import { useAsync } from '../../hooks/useAsync';

const TYPES = Object.keys(WORK_TYPE) as WorkType[];
const ALL = 'ALL';

const itemPath = (i: WorkItem) => (i.deliveryId ? `/deliveries/${i.deliveryId}` : `/suggestions/${i.suggestionId}`);

/** Who watches it and the latest 督办意见, as tags with the detail on hover. */
export function SupervisionFlags({ s }: { s: WorkItem['supervision'] }) {
  const orgs = [...new Set(s.watchers.map((w) => w.organizationName))];
  return (
    <Space size={4} wrap>
      {s.notes > 0 && (
        <Tooltip title={s.latestNote ? `${s.latestNote.authorName}（${dateTime(s.latestNote.createdAt)}）：${s.latestNote.comment}` : undefined}>
          <Tag color="red" icon={<FlagOutlined />} data-testid="flag-notes">
            督办意见 {s.notes}
          </Tag>
        </Tooltip>
      )}
      {s.watched && (
        <Tooltip title={s.watchers.map((w) => `${w.name}（${w.scope === 'LETTER' ? '整件建议' : '本送达件'}，${dateTime(w.since)} 起）`).join('；')}>
          <Tag color="purple" icon={<EyeOutlined />} data-testid="flag-watched">
            {orgs.join('、')}关注
          </Tag>
        </Tooltip>
      )}
      {s.notes === 0 && !s.watched && <Typography.Text type="secondary">—</Typography.Text>}
    </Space>
  );
}

/** The court admin's 待办: what needs action, per reason, from GET /worklist. */
export function CourtWorklist() {
  const [tab, setTab] = useState<string>(ALL);
  const [page, setPage] = useState(1);
  const [all, setAll] = useState<WorkList>();
  const list = useAsync(() => worklist(tab === ALL ? undefined : (tab as WorkType), page), [tab, page]);
  useEffect(() => {
    if (tab === ALL && list.data) setAll(list.data);
  }, [tab, list.data]);
  const counts = list.data?.counts ?? all?.counts ?? {};
  // Art. 9 from the list: copy an overdue letter to the recipient's superior (the reminder suggests it).
  const [copying, setCopying] = useState<ActionSpec<Delivery> | null>(null);
  const columns = [
    {
      title: '事项',
      key: 'type',
      width: 110,
      render: (_: unknown, i: WorkItem) => (
        <Space direction="vertical" size={2}>
          <Tag color={WORK_TYPE[i.type].color}>{WORK_TYPE[i.type].text}</Tag>
          {i.reasons
            .filter((r) => r !== i.type && r !== 'SUPERVISED')
            .map((r) => (
              <Tag key={r} color={WORK_TYPE[r].color} bordered={false}>
                {WORK_TYPE[r].text}
              </Tag>
            ))}
        </Space>
      ),
    },
    {
      title: '司法建议',
      key: 'letter',
      width: 360,
      render: (_: unknown, i: WorkItem) => (
        <div style={{ minWidth: 220, maxWidth: 360 }}>
          <Link to={itemPath(i)}>{i.title}</Link>
          <div style={{ color: '#888', fontSize: 12 }}>
            {i.docNumber ?? '未编号'}
            {i.organizationName && ` · ${i.organizationName}`}
          </div>
          {i.supervision.latestNote && (
            <div className="work-note" data-testid="latest-note" title={i.supervision.latestNote.comment}>
              督办：{i.supervision.latestNote.comment}（{i.supervision.latestNote.organizationName}）
            </div>
          )}
        </div>
      ),
    },
    {
      title: '状态',
      dataIndex: 'deliveryStatus',
      width: 130,
      responsive: ['md' as const],
      render: (s: string | null) => (s ? <DeliveryStatusTag status={s as DeliveryStatus} /> : '—'),
    },
    { title: '预警', dataIndex: 'colour', width: 110, render: (c: WorkItem['colour']) => <ColourTag colour={c} /> },
    { title: '期限', dataIndex: 'dueDate', width: 110, render: (v: string | null) => v ?? '—' },
    { title: '督办', key: 'supervision', width: 180, render: (_: unknown, i: WorkItem) => <SupervisionFlags s={i.supervision} /> },
    {
      title: '办理',
      key: 'act',
      width: 110,
      render: (_: unknown, i: WorkItem) =>
        i.deliveryId && i.reasons.includes('OVERDUE') ? (
          <Button size="small" data-testid="copy-superior" onClick={() => setCopying(copySuperiorSpec(i.deliveryId!, i.organizationName ?? '收件单位'))}>
            抄送上级
          </Button>
        ) : null,
    },
  ];
  const tabLabel = (text: string, n: number | undefined, red = false) => (
    <span>
      {text}
      <Badge count={n ?? 0} showZero size="small" color={red && n ? '#cf1322' : n ? '#1677ff' : '#bfbfbf'} style={{ marginLeft: 6 }} />
    </span>
  );
  return (
    <Card
      title={`待办事项（${all?.total ?? list.data?.total ?? 0}）`}
      size="small"
      style={{ marginBottom: 12 }}
      extra={list.data && <Typography.Text type="secondary">截至 {list.data.asOf}</Typography.Text>}
      data-testid="worklist"
    >
      <Tabs
        activeKey={tab}
        onChange={(t) => {
          setTab(t);
          setPage(1);
        }}
        size="small"
        items={[
          { key: ALL, label: tabLabel('全部', all?.total) },
          ...TYPES.map((t) => ({
            key: t,
            label: <span data-testid={`worklist-tab-${t}`}>{tabLabel(WORK_TYPE[t].text, counts[t], t === 'OVERDUE' || t === 'SUPERVISED')}</span>,
          })),
        ]}
      />
      <Table<WorkItem>
        rowKey={(i) => `${i.kind}:${i.deliveryId ?? i.suggestionId}`}
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        columns={columns}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 项` }}
        locale={{ emptyText: list.error ?? '暂无待办' }}
        rowClassName={(i) => (i.supervision.notes > 0 || i.supervision.watched ? 'row-supervised' : '')}
        scroll={{ x: 'max-content' }}
        data-testid="worklist-table"
      />
      {copying && (
        <ActionModal
          spec={copying}
          onClose={() => setCopying(null)}
          onDone={() => {
            setCopying(null);
            list.reload();
          }}
        />
      )}
    </Card>
  );
}
