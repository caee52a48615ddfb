import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { api, ApiError, setTokens } from '../api/client';

export interface Me {
  username: string;
  displayName: string;
  roles: string[];
  organizationName: string;
}

export function LoginPage({ onLogin }: { onLogin: (me: Me) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const submit = async (v: { username: string; password: string }) => {
    setLoading(true);
    setError(null);
    try {
      const res = await api<{ accessToken: string; refreshToken: string }>('/auth/login', { method: 'POST', body: JSON.stringify(v) });
      setTokens(res);
      onLogin(await api<Me>('/me'));
    } catch (e) {
      setError((e as ApiError).message ?? '登录失败');
    } finally {
      setLoading(false);
    }
  };
  return (
    <Card style={{ maxWidth: 400, margin: '12vh auto' }}>
      <Typography.Title level={3} style={{ textAlign: 'center' }}>司法建议“一件事”</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>法院 · 建议对象 · 人大监督 闭环办理平台</Typography.Paragraph>
      {error && <Alert type="error" message={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
      <Form layout="vertical" onFinish={submit}>
        <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={loading}>登录</Button>
      </Form>
    </Card>
  );
}
