import { Alert, List, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { SimilarCheck as Check } from '../../api/types';
import { similarCheck } from '../../api/suggestions';
import { dateTime, SUGGESTION_STATUS } from '../../components/labels';

const REASON = { SAME_PROBLEM: '问题相近', SAME_RECIPIENT: '同一收件单位' } as const;

/**
 * On the drafting form, as the title and the main recipients are chosen: letters on the same
 * problem or to the same recipient — those the judge may open, and those other courts under the
 * same higher court or in the same region have issued (number, court, recipients, date, state).
 */
export function SimilarCheck({ title, recipientIds, excludeId }: { title: string; recipientIds: string[]; excludeId?: string }) {
  const [data, setData] = useState<Check | null>(null);
  const key = `${title.trim()}|${recipientIds.join(',')}`;
  useEffect(() => {
    if (title.trim().length < 4) {
      setData(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      similarCheck({ title: title.trim(), recipientIds, excludeId })
        .then((r) => live && setData(r))
        .catch(() => live && setData(null));
    }, 400);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, excludeId]);
  if (!data || (!data.visible.length && !data.elsewhere.length)) return null;
  const reasons = (rs: Array<keyof typeof REASON>) =>
    rs.map((r) => (
      <Tag key={r} color={r === 'SAME_PROBLEM' ? 'orange' : 'blue'}>
        {REASON[r]}
      </Tag>
    ));
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="similar-check"
      title="发现相似的司法建议，请避免重复发送"
      description={
        <>
          {data.visible.length > 0 && (
            <List
              size="small"
              dataSource={data.visible}
              renderItem={(s) => (
                <List.Item>
                  <Typography.Text>
                    <Link to={`/suggestions/${s.id}`}>{s.title}</Link> · {s.docNumber ?? '未编号'} · {s.courtName} {reasons(s.reasons)}
                  </Typography.Text>
                </List.Item>
              )}
            />
          )}
          {data.elsewhere.length > 0 && (
            <>
              <Typography.Text strong>辖区内其他法院已发出：</Typography.Text>
              <List
                size="small"
                data-testid="similar-elsewhere"
                dataSource={data.elsewhere}
                renderItem={(s) => (
                  <List.Item>
                    <Typography.Text>
                      {s.docNumber ?? '未编号'}《{s.title}》 · {s.courtName} · 主送{s.recipients.join('、') || '—'} · {dateTime(s.issuedAt)} ·{' '}
                      {SUGGESTION_STATUS[s.status as keyof typeof SUGGESTION_STATUS]?.text ?? '已发出'} {reasons(s.reasons)}
                    </Typography.Text>
                  </List.Item>
                )}
              />
            </>
          )}
        </>
      }
    />
  );
}
