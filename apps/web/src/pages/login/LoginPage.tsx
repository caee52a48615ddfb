import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { errorText } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { usePageTitle } from '../../hooks/usePageTitle';
import { prefetchSignedInPages } from '../../prefetch';

export default function LoginPage() {
  const { me, login } = useAuth();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  usePageTitle('登录');
  useEffect(prefetchSignedInPages, []);
  if (me) return <Navigate to={(location.state as { from?: string } | null)?.from ?? '/'} replace />;
  const submit = async (v: { username: string; password: string }) => {
    setLoading(true);
    setError(null);
    try {
      await login(v.username, v.password);
    } catch (e) {
      setError(errorText(e) || '登录失败');
    } finally {
      setLoading(false);
    }
  };
  return (
    <div className="login-bg">
      <Card className="login-card">
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          司法建议“一件事”
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          法院 · 建议对象 · 人大监督 闭环办理平台
        </Typography.Paragraph>
        {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form layout="vertical" onFinish={submit}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input autoComplete="username" size="large" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={loading}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
