import { App, Button, Card, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { errorText } from '../../api/client';
import type { DeliveryStatus, SuggestionStatus, Watch } from '../../api/types';
import * as sup from '../../api/supervision';
import { dateTime } from '../../components/labels';
import { DeliveryStatusTag, SuggestionStatusTag } from '../../components/Tags';
import { useAsync } from '../../hooks/useAsync';

/** The running clock of a watched delivery: sign-for, then reply, then follow-up. */
function due(w: Watch): string {
  if (!w.deliveryId) return '—';
  if (w.deliveryStatus === 'DELIVERED') return w.signDueDate ? `签收 ${w.signDueDate}` : '—';
  if (w.deliveryStatus === 'SIGNED') return w.replyDueDate ? `回复 ${w.replyDueDate}` : '—';
  if (w.followUpDate && ['EVALUATED', 'IMPLEMENTING'].includes(w.deliveryStatus ?? '')) return `回访 ${w.followUpDate}`;
  return '—';
}

/** 我的关注: the letters and deliveries a supervisor follows (GET /watchlist). */
export function MyWatchlist() {
  const { message } = App.useApp();
  const list = useAsync(() => sup.watchlist(), []);
  const stop = async (w: Watch) => {
    try {
      await sup.unwatch(w.id);
      message.success('已取消关注');
      list.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const columns = [
    {
      title: '司法建议',
      key: 'letter',
      render: (_: unknown, w: Watch) => (
        <div style={{ minWidth: 220 }}>
          <Link to={w.deliveryId ? `/deliveries/${w.deliveryId}` : `/suggestions/${w.suggestionId}`}>{w.title}</Link>
          <div style={{ color: '#888', fontSize: 12 }}>
            {w.docNumber ?? '未编号'} · {w.deliveryId ? `送达件：${w.organizationName ?? ''}` : '整件建议'}
          </div>
        </div>
      ),
    },
    {
      title: '状态',
      key: 'status',
      width: 130,
      render: (_: unknown, w: Watch) =>
        w.deliveryStatus ? (
          <DeliveryStatusTag status={w.deliveryStatus as DeliveryStatus} />
        ) : (
          <SuggestionStatusTag status={w.suggestionStatus as SuggestionStatus} />
        ),
    },
    { title: '期限', key: 'due', width: 130, responsive: ['md' as const], render: (_: unknown, w: Watch) => due(w) },
    { title: '关注理由', dataIndex: 'note', responsive: ['lg' as const], render: (n: string) => n || <Typography.Text type="secondary">—</Typography.Text> },
    { title: '关注时间', dataIndex: 'createdAt', width: 150, responsive: ['md' as const], render: dateTime },
    {
      title: '',
      key: 'op',
      width: 90,
      render: (_: unknown, w: Watch) => (
        <Button type="link" size="small" onClick={() => stop(w)}>
          取消关注
        </Button>
      ),
    },
  ];
  return (
    <Card
      title={`我的关注（${list.data?.length ?? 0}）`}
      size="small"
      style={{ marginBottom: 12 }}
      extra={<Tag color="purple">在建议或送达件页面点“关注”加入</Tag>}
      data-testid="watchlist"
    >
      <Table<Watch>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        columns={columns}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: list.error ?? '尚未关注任何建议' }}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}
