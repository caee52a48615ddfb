import { Card, DatePicker, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { annualReportPath } from '../../api/stats';
import { useAuth } from '../../auth/AuthContext';
import { DownloadButton } from '../../components/Files';
import { OrgSelect } from '../../components/OrgSelect';

/**
 * 向人大报告 (法释〔2023〕11号 第十一条): the year's figures and every letter of one court as a
 * workbook. A court admin or leader reports on their own court by default; a supervisor picks one.
 */
export function AnnualReportCard({ asOf }: { asOf?: string | null }) {
  const { me, has } = useAuth();
  const court = has('COURT_ADMIN', 'COURT_LEADER');
  const [year, setYear] = useState<Dayjs | null>(null);
  const [picked, setPicked] = useState<string>();
  const courtId = picked ?? (court ? me?.organizationId : undefined);
  const chosen = year ?? (asOf ? dayjs(asOf) : dayjs());
  return (
    <Card title="向人大报告（年度）" size="small" style={{ marginTop: 12 }} data-testid="annual-report">
      <Space wrap>
        <DatePicker picker="year" value={chosen} onChange={setYear} allowClear={false} placeholder="选择年度" aria-label="报告年度" data-testid="annual-year" />
        <OrgSelect
          type="COURT"
          value={picked}
          onChange={setPicked}
          allowClear
          placeholder={court ? '本院（可选下级法院）' : '选择法院'}
          style={{ width: 240 }}
          testId="annual-court"
        />
        {courtId ? (
          <DownloadButton
            type="default"
            path={annualReportPath(courtId, chosen.year())}
            name={`司法建议年度工作情况-${chosen.year()}年.xlsx`}
            testId="annual-download"
          >
            下载{chosen.year()}年度报告
          </DownloadButton>
        ) : (
          <Typography.Text type="secondary">请先选择法院</Typography.Text>
        )}
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
        含该院当年签发的司法建议工作情况、建议清单及各单位办理结果、指标口径（法释〔2023〕11号第十一条）。
      </Typography.Paragraph>
    </Card>
  );
}
