import { Alert, Col, Descriptions, Empty, Row, Skeleton, Statistic, Typography } from 'antd';
import * as api from '../../api/cases';
import { useAsync } from '../../hooks/useAsync';
import { changeColour as colour, signedRate as pct } from '../stats/format';

/** 治理成效: the letter's 案由 in its recipient's region before and after, beside the region's whole caseload, with the method. */
export function ImpactPanel({ id }: { id: string }) {
  const r = useAsync(() => api.impact(id), [id]);
  if (r.error) return <Empty description={r.error} />;
  const i = r.data;
  if (!i) return <Skeleton active />;
  return (
    <div data-testid="impact">
      {i.note && <Alert type={i.before ? 'info' : 'warning'} showIcon title={i.note} style={{ marginBottom: 12 }} />}
      {i.cause && i.region && i.before && (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="关联案由">
              {i.cause.name}
              {i.cause.keyword ? `（${i.cause.keyword}）` : ''}
            </Descriptions.Item>
            <Descriptions.Item label="统计区域">
              {i.region.organizationName}所在区域（{i.region.courts}个法院）
            </Descriptions.Item>
          </Descriptions>
          <Row gutter={[12, 12]}>
            <Col xs={12} md={6}>
              <Statistic title={`发出前12个月（${i.before.from.slice(0, 7)}至${i.before.to.slice(0, 7)}）`} value={i.before.cases} suffix="件" />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={
                  i.after?.to
                    ? `落实后${i.after.months}个月（${i.after.from.slice(0, 7)}至${i.after.to.slice(0, 7)}）${i.after.months < 12 ? '，年化' : ''}`
                    : '落实后'
                }
                value={i.after?.annualised ?? '—'}
                suffix={i.after?.annualised !== null && i.after?.annualised !== undefined ? '件' : undefined}
              />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title="变化" value={pct(i.change)} valueStyle={{ color: colour(i.change) }} data-testid="impact-change" />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title="对照：区域全部案件" value={pct(i.control?.change)} />
            </Col>
            <Col xs={24} md={4}>
              <Statistic title="净变化" value={pct(i.netChange)} valueStyle={{ color: colour(i.netChange), fontWeight: 600 }} data-testid="impact-net" />
            </Col>
          </Row>
        </>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {i.method}
      </Typography.Paragraph>
    </div>
  );
}
