import { App, Button, Calendar, Card, Col, InputNumber, Row, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { errorText } from '../../api/client';
import * as misc from '../../api/misc';
import { useAsync } from '../../hooks/useAsync';

const weekend = (d: Dayjs) => d.day() === 0 || d.day() === 6;

/** 节假日日历 (SYS_ADMIN): click a day to mark it a holiday, or a weekend day a working day (调休). */
export default function CalendarPage() {
  const { message } = App.useApp();
  const [year, setYear] = useState(dayjs().year());
  const cal = useAsync(() => misc.getCalendar(year), [year]);
  const [holidays, setHolidays] = useState<Set<string>>(new Set());
  const [workdays, setWorkdays] = useState<Set<string>>(new Set());
  const [month, setMonth] = useState(dayjs().year(year).startOf('year'));
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setHolidays(new Set(cal.data?.holidays ?? []));
    setWorkdays(new Set(cal.data?.workdays ?? []));
    setMonth((m) => m.year(year));
  }, [cal.data, year]);
  const toggle = (d: Dayjs) => {
    const k = d.format('YYYY-MM-DD');
    const h = new Set(holidays);
    const w = new Set(workdays);
    if (h.has(k)) h.delete(k);
    else if (w.has(k)) w.delete(k);
    else if (weekend(d)) w.add(k);
    else h.add(k);
    setHolidays(h);
    setWorkdays(w);
  };
  const save = async () => {
    setBusy(true);
    try {
      const r = await misc.putCalendar(year, { holidays: [...holidays].sort(), workdays: [...workdays].sort(), version: cal.data?.version });
      cal.setData(r);
      message.success(`${year} 年日历已保存`);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const cell = (d: Dayjs) => {
    const k = d.format('YYYY-MM-DD');
    if (holidays.has(k)) return <Tag color="red">休</Tag>;
    if (workdays.has(k)) return <Tag color="blue">班</Tag>;
    return null;
  };
  return (
    <>
      <div className="page-head">
        <Typography.Title level={4}>节假日日历</Typography.Title>
        <Space>
          <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
          <Button type="primary" onClick={save} loading={busy}>
            保存
          </Button>
        </Space>
      </div>
      <Typography.Paragraph type="secondary">
        点击日期切换：工作日 → 法定节假日（休）；周末 → 调休上班日（班）。期限届满日为节假日的，顺延至其后第一个工作日（民事诉讼法第八十五条）。
      </Typography.Paragraph>
      <Row gutter={12}>
        <Col xs={24} lg={16}>
          <Card size="small">
            <Calendar
              value={month}
              onPanelChange={(d) => setMonth(d)}
              onSelect={(d, info) => {
                setMonth(d);
                if (info.source === 'date') toggle(d);
              }}
              validRange={[dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)]}
              cellRender={(d, info) => (info.type === 'date' ? cell(d) : null)}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={`法定节假日（${holidays.size}）`} style={{ marginBottom: 12 }}>
            {[...holidays].sort().map((d) => (
              <Tag key={d} color="red" closable onClose={() => setHolidays(new Set([...holidays].filter((x) => x !== d)))}>
                {d}
              </Tag>
            ))}
          </Card>
          <Card size="small" title={`调休上班日（${workdays.size}）`}>
            {[...workdays].sort().map((d) => (
              <Tag key={d} color="blue" closable onClose={() => setWorkdays(new Set([...workdays].filter((x) => x !== d)))}>
                {d}
              </Tag>
            ))}
          </Card>
        </Col>
      </Row>
    </>
  );
}
