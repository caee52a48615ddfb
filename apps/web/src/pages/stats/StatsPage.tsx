import { Alert, Card, Col, DatePicker, Row, Select, Skeleton, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type { Trend } from '../../api/types';
import * as stats from '../../api/stats';
import { useAuth } from '../../auth/AuthContext';
import { EChart } from '../../components/EChart';
import { DownloadButton } from '../../components/Files';
import { CATEGORY_LABEL, dateTime } from '../../components/labels';
import { OrgSelect } from '../../components/OrgSelect';
import { useAsync } from '../../hooks/useAsync';
import { AnnualReportCard } from './AnnualReportCard';
import { ratePercent } from './format';
import { ImpactRanking } from './ImpactRanking';
import { MetricCards } from './MetricCards';
import { RankingTable } from './RankingTable';

function trendOption(t: Trend) {
  const x = t.items.map((p) => p.period);
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 40, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: x },
    yAxis: [
      { type: 'value', name: '件', minInterval: 1 },
      { type: 'value', name: '%', max: 100, min: 0 },
    ],
    series: [
      { name: '发送件数', type: 'bar', barMaxWidth: 36, data: t.items.map((p) => p.metrics.issued.numerator), itemStyle: { color: '#d9d9d9' } },
      { name: '反馈率', type: 'line', yAxisIndex: 1, data: t.items.map((p) => ratePercent(p.metrics.feedbackRate.rate)), connectNulls: true },
      { name: '采纳率', type: 'line', yAxisIndex: 1, data: t.items.map((p) => ratePercent(p.metrics.adoptionRate.rate)), connectNulls: true },
      { name: '落实率', type: 'line', yAxisIndex: 1, data: t.items.map((p) => ratePercent(p.metrics.implementationRate.rate)), connectNulls: true },
    ],
    color: ['#d9d9d9', '#b71c1c', '#1677ff', '#389e0d'],
  };
}

/** 2031年1月 发送0件，2031年2月 发送3件… — the chart in words, every month (an empty one as 0). */
function trendLabel(t: Trend): string {
  const month = (p: string) => (/^\d{4}-\d{2}$/.test(p) ? `${p.slice(0, 4)}年${Number(p.slice(5))}月` : p);
  return `月度趋势图：${t.items.map((p) => `${month(p.period)} 发送${p.metrics.issued.numerator}件`).join('，')}`;
}

/** 统计分析: figures with definitions, rankings, monthly trend, export, the annual report to the 人大. */
export default function StatsPage() {
  const { has } = useAuth();
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [courtId, setCourtId] = useState<string>();
  const [category, setCategory] = useState<string>();
  const filter = { from: range?.[0].format('YYYY-MM-DD'), to: range?.[1].format('YYYY-MM-DD'), courtId, category };
  const key = JSON.stringify(filter);
  const ov = useAsync(() => stats.overview(filter), [key]);
  const agencies = useAsync(() => stats.byAgency(filter), [key]);
  const courts = useAsync(() => stats.byCourt(filter), [key]);
  const tr = useAsync(() => stats.trend(filter), [key]);
  const option = useMemo(() => (tr.data ? trendOption(tr.data) : null), [tr.data]);
  return (
    <>
      <div className="page-head">
        <Typography.Title level={4}>统计分析</Typography.Title>
        <Space>
          <DownloadButton type="default" path={stats.exportPath(filter)} name="司法建议统计.xlsx" testId="export-xlsx">
            导出 Excel
          </DownloadButton>
          <DownloadButton type="default" path={stats.exportCsvPath(filter)} name="司法建议统计.csv" testId="export-csv">
            导出 CSV
          </DownloadButton>
        </Space>
      </div>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <DatePicker
            picker="year"
            placeholder="签发年度"
            aria-label="签发年度"
            data-testid="stats-year"
            value={
              range && range[0].format('MM-DD') === '01-01' && range[1].format('MM-DD') === '12-31' && range[0].year() === range[1].year() ? range[0] : null
            }
            onChange={(y) => setRange(y ? [y.startOf('year'), y.endOf('year')] : null)}
          />
          <DatePicker.RangePicker value={range} onChange={(v) => setRange(v as [Dayjs, Dayjs] | null)} placeholder={['签发起', '签发止']} />
          {has('SUPERVISOR', 'COURT_ADMIN', 'COURT_LEADER') && (
            <OrgSelect type="COURT" value={courtId} onChange={setCourtId} allowClear placeholder="全部法院" style={{ width: 220 }} />
          )}
          <Select
            placeholder="全部类别"
            allowClear
            value={category}
            onChange={setCategory}
            style={{ width: 190 }}
            options={Object.entries(CATEGORY_LABEL).map(([value, label]) => ({ value, label }))}
          />
          {ov.data?.refreshedAt && <Typography.Text type="secondary">数据更新于 {dateTime(ov.data.refreshedAt)}</Typography.Text>}
        </Space>
      </Card>
      {ov.error && <Alert type="error" title={ov.error} style={{ marginBottom: 12 }} />}
      {ov.data ? <MetricCards o={ov.data} /> : <Skeleton active />}
      <Card title="月度趋势" size="small" style={{ marginTop: 12 }}>
        {option && tr.data?.items.length ? (
          <EChart option={option} testId="trend-chart" label={trendLabel(tr.data)} />
        ) : (
          <Typography.Text type="secondary">暂无数据</Typography.Text>
        )}
      </Card>
      {has('SUPERVISOR', 'COURT_ADMIN', 'COURT_LEADER') && <ImpactRanking filter={filter} />}
      {has('SUPERVISOR', 'COURT_ADMIN', 'COURT_LEADER') && <AnnualReportCard asOf={ov.data?.asOf} />}
      <Row gutter={12} style={{ marginTop: 12 }}>
        <Col xs={24} xl={12}>
          <Card title="建议对象单位排名" size="small" style={{ marginBottom: 12 }}>
            <RankingTable items={agencies.data?.items ?? []} loading={agencies.loading} nameTitle="单位" testId="by-agency" />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="法院排名" size="small" style={{ marginBottom: 12 }}>
            <RankingTable items={courts.data?.items ?? []} loading={courts.loading} nameTitle="法院" testId="by-court" />
          </Card>
        </Col>
      </Row>
    </>
  );
}
