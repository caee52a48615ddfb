import {
  AuditOutlined,
  BarChartOutlined,
  BankOutlined,
  BulbOutlined,
  CalendarOutlined,
  EditOutlined,
  FileTextOutlined,
  HomeOutlined,
  InboxOutlined,
  LogoutOutlined,
  MailOutlined,
  MenuOutlined,
  SearchOutlined,
  TeamOutlined,
  UploadOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Avatar, Button, Drawer, Dropdown, Layout, Menu, Space, Spin, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import type { Role } from '../api/types';
import { AGENCY_ROLES, COURT_ROLES, STATS_ROLES, useAuth } from '../auth/AuthContext';
import { useIsMobile } from '../hooks/useIsMobile';
import { usePageTitle } from '../hooks/usePageTitle';
import { ROLE_LABEL } from './labels';
import { NotificationBell } from './NotificationBell';

interface Entry {
  key: string;
  label: string;
  icon: React.ReactNode;
  roles?: Role[];
}

const ENTRIES: Entry[] = [
  { key: '/', label: '工作台', icon: <HomeOutlined /> },
  { key: '/suggestions/new', label: '起草建议', icon: <EditOutlined />, roles: ['JUDGE'] },
  { key: '/suggestions', label: '司法建议', icon: <FileTextOutlined />, roles: [...COURT_ROLES, 'SUPERVISOR'] },
  { key: '/deliveries', label: '收件箱', icon: <InboxOutlined />, roles: AGENCY_ROLES },
  { key: '/deliveries', label: '送达跟踪', icon: <AuditOutlined />, roles: ['COURT_ADMIN', 'COURT_LEADER', 'SUPERVISOR'] },
  { key: '/stats', label: '统计分析', icon: <BarChartOutlined />, roles: STATS_ROLES },
  { key: '/cases/leads', label: '类案线索', icon: <BulbOutlined />, roles: [...COURT_ROLES, 'SUPERVISOR'] },
  { key: '/cases/import', label: '案件导入', icon: <UploadOutlined />, roles: ['COURT_ADMIN'] },
  { key: '/search', label: '全文检索', icon: <SearchOutlined /> },
  { key: '/admin/organizations', label: '机构管理', icon: <BankOutlined />, roles: ['SYS_ADMIN'] },
  { key: '/admin/users', label: '用户管理', icon: <TeamOutlined />, roles: ['SYS_ADMIN'] },
  { key: '/admin/calendar', label: '节假日日历', icon: <CalendarOutlined />, roles: ['SYS_ADMIN'] },
  { key: '/admin/mails', label: '邮件', icon: <MailOutlined />, roles: ['SYS_ADMIN'] },
];

export function AppShell() {
  const { me, has, logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const mobile = useIsMobile();
  const [drawer, setDrawer] = useState(false);
  const seen = new Set<string>();
  const entries = ENTRIES.filter((e) => (!e.roles || has(...e.roles)) && !seen.has(e.key) && seen.add(e.key));
  const selected = entries
    .map((e) => e.key)
    .filter((k) => (k === '/' ? location.pathname === '/' : location.pathname === k || location.pathname.startsWith(`${k}/`)))
    .sort((a, b) => b.length - a.length)[0];
  usePageTitle(entries.find((e) => e.key === selected)?.label);
  const items: MenuProps['items'] = entries.map((e) => ({ key: e.key, icon: e.icon, label: e.label }));
  const go: MenuProps['onClick'] = ({ key }) => {
    setDrawer(false);
    navigate(key);
  };
  const menu = <Menu mode="inline" theme="dark" selectedKeys={selected ? [selected] : []} items={items} onClick={go} data-testid="nav" />;
  const userMenu: MenuProps['items'] = [
    { key: 'org', label: me?.organizationName, disabled: true },
    { key: 'roles', label: me?.roles.map((r) => ROLE_LABEL[r]).join('、'), disabled: true },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', onClick: () => logout().then(() => navigate('/login')) },
  ];
  const brand = (
    <div className="brand" onClick={() => navigate('/')}>
      <span className="brand-mark">法</span>
      <span>司法建议“一件事”</span>
    </div>
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!mobile && (
        <Layout.Sider width={208}>
          <div style={{ position: 'sticky', top: 0 }}>
            {brand}
            {menu}
          </div>
        </Layout.Sider>
      )}
      {mobile && (
        <Drawer
          placement="left"
          open={drawer}
          onClose={() => setDrawer(false)}
          size={240}
          styles={{ body: { padding: 0, background: '#001529' } }}
          title={null}
          closable={false}
        >
          {brand}
          {menu}
        </Drawer>
      )}
      <Layout>
        <Layout.Header className="topbar">
          <Space>
            {mobile && <Button type="text" icon={<MenuOutlined />} onClick={() => setDrawer(true)} aria-label="菜单" />}
            {mobile && <Typography.Text strong>司法建议“一件事”</Typography.Text>}
            {!mobile && <Typography.Text type="secondary">{me?.organizationName}</Typography.Text>}
          </Space>
          <Space size={mobile ? 4 : 12}>
            <NotificationBell />
            <Dropdown menu={{ items: userMenu }} trigger={['click']}>
              <Button type="text" data-testid="user-menu">
                <Avatar size="small" icon={<UserOutlined />} style={{ background: '#b71c1c' }} />
                {!mobile && <span style={{ marginLeft: 6 }}>{me?.displayName}</span>}
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content className="content">
          <Suspense fallback={<Spin style={{ display: 'block', margin: '80px auto' }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
