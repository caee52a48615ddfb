import { Button, Card, Space, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../../auth/AuthContext';
import { ROLE_LABEL } from '../../components/labels';
import { AgencyInbox, ColourCounts, LetterTodo } from './widgets';

// The agency's inbox comes with this page (fetched while the login form waits for the password,
// and light: what a clerk's phone pays for); the court's worklist (with its action forms) and the
// supervisor's overview load when one of those opens the page.
const CourtWorklist = lazy(() => import('./CourtWorklist').then((m) => ({ default: m.CourtWorklist })));
const SupervisorHome = lazy(() => import('./SupervisorHome').then((m) => ({ default: m.SupervisorHome })));
const loading = <Card size="small" loading style={{ marginBottom: 12 }} />;

/** 工作台: what each role has to do today. */
export default function HomePage() {
  const { me, has } = useAuth();
  const navigate = useNavigate();
  if (!me) return null;
  return (
    <>
      <div className="page-head">
        <div>
          <Typography.Title level={4}>欢迎，{me.displayName}</Typography.Title>
          <Typography.Text type="secondary" data-testid="me">
            {me.organizationName} · {me.roles.map((r) => ROLE_LABEL[r]).join('、')}
          </Typography.Text>
        </div>
        {has('JUDGE') && (
          <Button type="primary" onClick={() => navigate('/suggestions/new')}>
            起草司法建议
          </Button>
        )}
      </div>
      {has('JUDGE') && <LetterTodo title="我的草稿与退回件" statuses={['DRAFT', 'RETURNED']} testId="my-drafts" />}
      {has('DIVISION_HEAD') && <LetterTodo title="待我审核" statuses={['IN_REVIEW']} testId="to-review" />}
      {has('COURT_LEADER') && <LetterTodo title="待我签发" statuses={['IN_APPROVAL']} testId="to-approve" />}
      {has('COURT_ADMIN') && (
        <>
          <ColourCounts />
          <Suspense fallback={loading}>
            <CourtWorklist />
          </Suspense>
          <LetterTodo title="报上级法院的工作建议" statuses={['ESCALATED']} testId="escalated" />
          <LetterTodo title="已发出的司法建议" statuses={['ISSUED']} testId="issued" />
        </>
      )}
      {has('AGENCY_CLERK', 'AGENCY_LEADER') && <AgencyInbox />}
      {has('SUPERVISOR') && (
        <Suspense fallback={loading}>
          <SupervisorHome />
        </Suspense>
      )}
      {has('SYS_ADMIN') && (
        <Card title="系统管理" size="small">
          <Space wrap>
            <Button onClick={() => navigate('/admin/organizations')}>机构管理</Button>
            <Button onClick={() => navigate('/admin/users')}>用户管理</Button>
            <Button onClick={() => navigate('/admin/calendar')}>节假日日历</Button>
            <Button onClick={() => navigate('/admin/mails')}>邮件</Button>
          </Space>
        </Card>
      )}
    </>
  );
}
