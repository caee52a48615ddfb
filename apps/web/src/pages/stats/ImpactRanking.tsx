import { Alert, Card, Collapse, List, Table, Typography } from 'antd';
import { Link } from 'react-router';
import * as stats from '../../api/stats';
import type { ImpactRow } from '../../api/types';
import { useAsync } from '../../hooks/useAsync';
import { useIsMobile } from '../../hooks/useIsMobile';
import { changeColour, signedRate } from './format';

const month = (d: string | null | undefined) => (d ? `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月` : '');

const rate = (x: number | null) => <span style={{ color: changeColour(x) }}>{signedRate(x)}</span>;

/**
 * 治理成效排名: the adopted letters of the period in the caller's scope, ranked by the net change of
 * their 案由's caseload (the letter page's figures); those without a figure listed with the reason.
 */
export function ImpactRanking({ filter }: { filter: stats.StatsFilter }) {
  const mobile = useIsMobile();
  const key = JSON.stringify(filter);
  const r = useAsync(() => stats.impactRanking(filter), [key]);
  const d = r.data;
  return (
    <Card title="治理成效排名" size="small" style={{ marginTop: 12 }} data-testid="impact-ranking">
      {r.error && <Alert type="error" title={r.error} style={{ marginBottom: 12 }} />}
      {d?.truncated && (
        <Alert type="info" title={`期间内被采纳的建议共${d.total}件，仅计算最近签发的${d.items.length + d.unmeasured.length}件`} style={{ marginBottom: 12 }} />
      )}
      <Table<ImpactRow>
        rowKey="suggestionId"
        size="small"
        loading={r.loading}
        dataSource={d?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无可计算治理成效的建议' }}
        columns={[
          { title: '名次', dataIndex: 'rank', width: mobile ? 48 : 56 },
          {
            title: '司法建议',
            key: 'title',
            width: mobile ? 180 : 260,
            render: (_, x) => (
              <>
                <Link to={`/suggestions/${x.suggestionId}?tab=impact`}>{x.title}</Link>
                <div style={{ color: '#999', fontSize: 12 }}>
                  {x.docNumber ? `${x.docNumber} · ` : ''}
                  {x.impact.cause?.name}
                  {x.impact.cause?.keyword ? `（${x.impact.cause.keyword}）` : ''}
                </div>
              </>
            ),
          },
          { title: '净变化', key: 'net', render: (_, x) => <strong>{rate(x.impact.netChange)}</strong> },
          { title: '变化', key: 'change', responsive: ['sm'], render: (_, x) => rate(x.impact.change) },
          { title: '对照', key: 'control', responsive: ['md'], render: (_, x) => rate(x.impact.control?.change ?? null) },
          {
            title: '发出前12个月',
            key: 'before',
            responsive: ['md'],
            render: (_, x) => <span title={`${month(x.impact.before?.from)}至${month(x.impact.before?.to)}`}>{x.impact.before?.cases} 件</span>,
          },
          {
            title: '落实后（年化）',
            key: 'after',
            responsive: ['md'],
            render: (_, x) => (
              <span title={`${month(x.impact.after?.from)}至${month(x.impact.after?.to)}，${x.impact.after?.months}个月`}>
                {x.impact.after?.annualised} 件{x.impact.after && x.impact.after.months < 12 ? `（${x.impact.after.months}个月）` : ''}
              </span>
            ),
          },
          { title: '法院', dataIndex: 'courtName', responsive: ['lg'] },
          { title: '采纳单位', key: 'region', responsive: ['xl'], render: (_, x) => x.impact.region?.organizationName },
        ]}
      />
      {!!d?.unmeasured.length && (
        <Collapse
          ghost
          size="small"
          style={{ marginTop: 8 }}
          items={[
            {
              key: 'unmeasured',
              label: `另有${d.unmeasured.length}件被采纳的建议暂无治理成效数据`,
              children: (
                <List<ImpactRow>
                  size="small"
                  dataSource={d.unmeasured}
                  data-testid="impact-unmeasured"
                  renderItem={(x) => (
                    <List.Item>
                      <List.Item.Meta
                        title={<Link to={`/suggestions/${x.suggestionId}?tab=impact`}>{x.title}</Link>}
                        description={`${x.courtName} · ${x.issuedOn}签发 · ${x.impact.note ?? ''}`}
                      />
                    </List.Item>
                  )}
                />
              ),
            },
          ]}
        />
      )}
      {d && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
          {d.method}名次按净变化从低到高排列。
        </Typography.Paragraph>
      )}
    </Card>
  );
}
