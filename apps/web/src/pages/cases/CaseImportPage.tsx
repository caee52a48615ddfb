import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Progress, Row, Space, Statistic, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { errorText } from '../../api/client';
import * as api from '../../api/cases';

const TEMPLATE =
  '案号,案由,立案日期,结案日期,结案方式,当事人,标的额,关键词\n（2025）浙0781民初1234号,物业服务合同纠纷,2025-03-02,2025-05-10,调解,法人:某物业服务有限公司；自然人,3200,物业费\n';
const FIELD: Record<string, string> = {
  caseNumber: '案号',
  cause: '案由',
  filedOn: '立案日期',
  closedOn: '结案日期',
  outcome: '结案方式',
  amount: '标的额',
  keywords: '关键词',
};
const fieldName = (f: string) => FIELD[f] ?? (f.startsWith('parties') ? '当事人' : f);

/** 案件数据导入 (court admin): the template as CSV or xlsx, with upload progress and a row-by-row report. */
export default function CaseImportPage() {
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [result, setResult] = useState<api.ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    if (!file) return;
    setResult(null);
    setError(null);
    setPercent(0);
    try {
      setResult(await api.importCases(file, setPercent));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setPercent(null);
    }
  };
  const template = URL.createObjectURL(new Blob(['\uFEFF' + TEMPLATE], { type: 'text/csv;charset=utf-8' }));
  return (
    <>
      <div className="page-head">
        <Typography.Title level={4}>案件数据导入</Typography.Title>
        <a href={template} download="案件导入模板.csv">
          下载导入模板
        </a>
      </div>
      <Card>
        <Typography.Paragraph type="secondary">
          从审判管理系统导出本院及下级法院的案件，按模板填写后上传（CSV 或 Excel）。同一案号再次导入时更新原记录，不会重复；自然人当事人只记类型，不记姓名。
        </Typography.Paragraph>
        <Upload.Dragger
          accept=".csv,.xlsx"
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            return false;
          }}
          onRemove={() => setFile(null)}
          data-testid="case-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>点击或拖入 CSV / Excel 文件</p>
        </Upload.Dragger>
        <Space style={{ marginTop: 12 }} wrap>
          <Button type="primary" disabled={!file || percent !== null} onClick={start} data-testid="case-import-start">
            开始导入
          </Button>
          {percent !== null && (
            <Progress
              percent={percent}
              status="active"
              style={{ width: 240 }}
              format={(p) => (p === 100 ? '正在校验写入' : `上传${p}%`)}
              data-testid="case-import-progress"
            />
          )}
        </Space>
        {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      </Card>
      {result && (
        <Card style={{ marginTop: 12 }} data-testid="case-import-result">
          <Row gutter={[12, 12]}>
            <Col xs={12} md={4}>
              <Statistic title="共读取" value={result.rows} suffix="行" />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title="新增" value={result.created} />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title="更新" value={result.updated} />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title="无变化" value={result.unchanged} />
            </Col>
            <Col xs={12} md={4}>
              <Statistic
                title="有误"
                value={new Set(result.errors.map((e) => e.row)).size}
                suffix="行"
                valueStyle={{ color: result.errors.length ? '#cf1322' : undefined }}
              />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title="未记录的自然人姓名" value={result.naturalPersonNamesDropped} />
            </Col>
          </Row>
          {!!result.errors.length && (
            <Table
              style={{ marginTop: 12 }}
              size="small"
              rowKey={(e) => `${e.row}-${e.field}`}
              dataSource={result.errors}
              pagination={{ pageSize: 20 }}
              columns={[
                { title: '行', dataIndex: 'row', width: 70, render: (r: number) => `第${r}行` },
                { title: '字段', dataIndex: 'field', width: 100, render: fieldName },
                { title: '问题', dataIndex: 'message' },
              ]}
              data-testid="case-import-errors"
            />
          )}
        </Card>
      )}
    </>
  );
}
