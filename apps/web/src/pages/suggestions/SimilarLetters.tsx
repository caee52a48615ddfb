import { List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { similar } from '../../api/suggestions';
import { useAsync } from '../../hooks/useAsync';

const REASON = { SAME_PROBLEM: '问题相近', SAME_RECIPIENT: '同一收件单位' } as const;

/** Earlier letters on the same problem or to the same recipient (avoid sending the same thing twice). */
export function SimilarLetters({ id }: { id: string }) {
  const { data, loading, error } = useAsync(() => similar(id), [id]);
  if (error) return <Typography.Text type="secondary">暂无法获取相似建议</Typography.Text>;
  return (
    <List
      size="small"
      loading={loading}
      dataSource={data ?? []}
      locale={{ emptyText: '未发现相似的司法建议' }}
      renderItem={(s) => (
        <List.Item>
          <List.Item.Meta
            title={<Link to={`/suggestions/${s.id}`}>{s.title}</Link>}
            description={`${s.docNumber ?? '未编号'} · ${s.courtName}${s.sharedRecipients.length ? ` · 共同收件单位 ${s.sharedRecipients.length} 个` : ''}`}
          />
          {s.reasons.map((r) => (
            <Tag key={r} color={r === 'SAME_PROBLEM' ? 'orange' : 'blue'}>
              {REASON[r]}
            </Tag>
          ))}
        </List.Item>
      )}
    />
  );
}
