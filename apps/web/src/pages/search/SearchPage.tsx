import { Card, Empty, Input, List, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import * as misc from '../../api/misc';
import type { SearchHit } from '../../api/types';
import { Highlight } from '../../components/Highlight';
import { dateTime } from '../../components/labels';
import { useAsync } from '../../hooks/useAsync';

const SOURCE = { LETTER: { text: '建议书', color: 'red' }, REPLY: { text: '回复', color: 'blue' }, MESSAGE: { text: '互动', color: 'green' } } as const;

/** Full-text search over the letters, replies and messages the caller may see. */
export default function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? 1);
  const res = useAsync(() => (q ? misc.search(q, page) : Promise.resolve(undefined)), [q, page]);
  const link = (h: SearchHit) => (h.deliveryId && h.source !== 'LETTER' ? `/deliveries/${h.deliveryId}` : `/suggestions/${h.suggestionId}`);
  return (
    <>
      <div className="page-head">
        <Typography.Title level={4}>全文检索</Typography.Title>
      </div>
      <Input.Search
        size="large"
        defaultValue={q}
        placeholder="输入关键词，如：物业、充电桩、人脸识别"
        enterButton="搜索"
        onSearch={(v) => setParams(v.trim() ? { q: v.trim() } : {})}
        style={{ marginBottom: 16 }}
        data-testid="search-input"
      />
      {res.error && <Typography.Text type="danger">{res.error}</Typography.Text>}
      {q && (
        <Card size="small">
          <List<SearchHit>
            loading={res.loading}
            dataSource={res.data?.items ?? []}
            locale={{ emptyText: <Empty description="没有找到相关内容" /> }}
            data-testid="search-results"
            pagination={
              res.data && res.data.total > res.data.pageSize
                ? { current: page, pageSize: res.data.pageSize, total: res.data.total, onChange: (p) => setParams({ q, page: String(p) }) }
                : false
            }
            header={res.data ? <Typography.Text type="secondary">共 {res.data.total} 条结果</Typography.Text> : null}
            renderItem={(h) => (
              <List.Item>
                <List.Item.Meta
                  title={
                    <span>
                      <Tag color={SOURCE[h.source].color}>{SOURCE[h.source].text}</Tag>
                      <Link to={link(h)}>
                        <Highlight html={h.titleHighlight || h.title} />
                      </Link>
                    </span>
                  }
                  description={
                    <>
                      <div>
                        <Highlight html={h.snippet} />
                      </div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {h.docNumber ?? '未编号'} · {dateTime(h.updatedAt)}
                      </Typography.Text>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      )}
    </>
  );
}
