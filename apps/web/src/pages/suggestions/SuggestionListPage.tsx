import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { SuggestionSummary } from '../../api/types';
import { listSuggestions } from '../../api/suggestions';
import { useAuth } from '../../auth/AuthContext';
import { CATEGORY_LABEL, dateTime, SUGGESTION_STATUS } from '../../components/labels';
import { SuggestionStatusTag } from '../../components/Tags';
import { useAsync } from '../../hooks/useAsync';
import { useIsMobile } from '../../hooks/useIsMobile';
import dayjs from 'dayjs';

export default function SuggestionListPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const { has } = useAuth();
  const f = Object.fromEntries(params.entries());
  const page = Number(f.page ?? 1);
  const pageSize = Number(f.pageSize ?? 20);
  const { data, loading, error } = useAsync(() => listSuggestions({ ...f, page, pageSize }), [params.toString()]);
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch))
      if (v) next.set(k, v);
      else next.delete(k);
    if (!('page' in patch)) next.delete('page');
    setParams(next);
  };
  const range: [Dayjs, Dayjs] | null = f.from && f.to ? [dayjs(f.from), dayjs(f.to)] : null;
  const columns = [
    {
      title: '标题',
      dataIndex: 'title',
      render: (t: string, r: SuggestionSummary) => (
        <Space direction="vertical" size={0}>
          <Link to={`/suggestions/${r.id}`}>{t}</Link>
          <span style={{ color: '#888', fontSize: 12 }}>
            {r.docNumber ?? '未编号'} · {r.courtName}
            {r.major && (
              <Tag color="red" style={{ marginLeft: 6 }}>
                重大
              </Tag>
            )}
          </span>
        </Space>
      ),
    },
    { title: '类别', dataIndex: 'category', width: 150, responsive: ['md' as const], render: (c: SuggestionSummary['category']) => CATEGORY_LABEL[c] },
    { title: '承办人', dataIndex: 'authorName', width: 150, responsive: ['lg' as const] },
    { title: '状态', dataIndex: 'status', width: 120, render: (s: SuggestionSummary['status']) => <SuggestionStatusTag status={s} /> },
    { title: '更新时间', dataIndex: 'updatedAt', width: 150, responsive: ['md' as const], render: dateTime },
  ];
  return (
    <>
      <div className="page-head">
        <Typography.Title level={4}>司法建议</Typography.Title>
        {has('JUDGE') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/suggestions/new')}>
            起草司法建议
          </Button>
        )}
      </div>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Input.Search placeholder="标题或文号" defaultValue={f.q} allowClear onSearch={(q) => set({ q })} style={{ width: 220 }} data-testid="filter-q" />
          <Select
            placeholder="状态"
            allowClear
            value={f.status}
            onChange={(status) => set({ status })}
            style={{ width: 150 }}
            options={Object.entries(SUGGESTION_STATUS).map(([value, s]) => ({ value, label: s.text }))}
          />
          <Select
            placeholder="类别"
            allowClear
            value={f.category}
            onChange={(category) => set({ category })}
            style={{ width: 190 }}
            options={Object.entries(CATEGORY_LABEL).map(([value, label]) => ({ value, label }))}
          />
          <DatePicker.RangePicker
            value={range}
            onChange={(v) => set({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
            style={{ width: mobile ? '100%' : 260 }}
          />
        </Space>
      </Card>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <Table<SuggestionSummary>
        rowKey="id"
        size={mobile ? 'small' : 'middle'}
        loading={loading}
        dataSource={data?.items ?? []}
        columns={columns}
        data-testid="suggestion-table"
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showTotal: (t) => `共 ${t} 件`,
          onChange: (p, ps) => set({ page: String(p), pageSize: String(ps) }),
        }}
      />
    </>
  );
}
