import { Button, ConfigProvider, Descriptions, Layout, Typography } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { api, getTokens, setTokens } from './api/client';
import { LoginPage, Me } from './pages/LoginPage';

function App() {
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => {
    if (getTokens()) api<Me>('/me').then(setMe).catch(() => setTokens(null));
  }, []);
  if (!me) return <LoginPage onLogin={setMe} />;
  const logout = async () => {
    await api('/auth/logout', { method: 'POST', body: '{}' }).catch(() => undefined);
    setTokens(null);
    setMe(null);
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ color: '#fff', display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <span>司法建议“一件事”</span>
        <Button onClick={logout}>退出</Button>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <Typography.Title level={4}>欢迎, {me.displayName}</Typography.Title>
        <Descriptions bordered column={1} data-testid="me">
          <Descriptions.Item label="单位">{me.organizationName}</Descriptions.Item>
          <Descriptions.Item label="用户名">{me.username}</Descriptions.Item>
          <Descriptions.Item label="角色">{me.roles.join(', ')}</Descriptions.Item>
        </Descriptions>
      </Layout.Content>
    </Layout>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN}>
      <App />
    </ConfigProvider>
  </StrictMode>,
);
