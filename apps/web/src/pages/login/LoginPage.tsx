import { FormEvent, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { errorText } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { usePageTitle } from '../../hooks/usePageTitle';

/**
 * The login form in plain React and CSS (styles.css `.login-*`), without antd: on a phone it is
 * the first screen, and the first chunk stays small. The signed-in app is fetched meanwhile
 * (main.tsx, prefetch.ts).
 */
export default function LoginPage() {
  const { me, login } = useAuth();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [shown, setShown] = useState(false);
  const [missing, setMissing] = useState({ username: false, password: false });
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  usePageTitle('登录');
  if (me) return <Navigate to={(location.state as { from?: string } | null)?.from ?? '/'} replace />;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const empty = { username: !username.trim(), password: !password };
    setMissing(empty);
    if (empty.username || empty.password || loading) return;
    setLoading(true);
    setError(null);
    try {
      await login(username.trim(), password);
    } catch (err) {
      setError(errorText(err) || '登录失败');
    } finally {
      setLoading(false);
    }
  };
  return (
    <div className="login-bg">
      <main className="login-card">
        <h1 className="login-title">司法建议“一件事”</h1>
        <p className="login-sub">法院 · 建议对象 · 人大监督 闭环办理平台</p>
        {error && (
          <div className="login-error" role="alert" data-testid="login-error">
            {error}
          </div>
        )}
        <form onSubmit={submit} noValidate>
          <Field id="login-username" label="用户名" missing={missing.username ? '请输入用户名' : null}>
            <input
              id="login-username"
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              aria-invalid={missing.username || undefined}
              aria-describedby={missing.username ? 'login-username-missing' : undefined}
            />
          </Field>
          <Field id="login-password" label="密码" missing={missing.password ? '请输入密码' : null}>
            <div className="login-password">
              <input
                id="login-password"
                name="password"
                type={shown ? 'text' : 'password'}
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                aria-invalid={missing.password || undefined}
                aria-describedby={missing.password ? 'login-password-missing' : undefined}
              />
              <button type="button" className="login-reveal" aria-label={shown ? '隐藏明文' : '显示明文'} aria-pressed={shown} onClick={() => setShown(!shown)}>
                <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
                  <path d="M12 5C6.5 5 2.7 9.2 1.5 12c1.2 2.8 5 7 10.5 7s9.3-4.2 10.5-7C21.3 9.2 17.5 5 12 5zm0 11.5a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9zm0-7a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z" />
                  {!shown && <path d="M3 3.7 4.4 2.3l17.3 17.3-1.4 1.4z" />}
                </svg>
              </button>
            </div>
          </Field>
          <button type="submit" className="login-submit" aria-busy={loading || undefined}>
            {loading && <span className="login-busy" aria-hidden="true" />}
            登录
          </button>
        </form>
      </main>
    </div>
  );
}

function Field({ id, label, missing, children }: { id: string; label: string; missing: string | null; children: React.ReactNode }) {
  return (
    <div className={missing ? 'login-field login-field-missing' : 'login-field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {missing && (
        <div className="login-missing" id={`${id}-missing`}>
          {missing}
        </div>
      )}
    </div>
  );
}
