import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorText } from '../../api/client';
import * as dir from '../../api/directory';
import type { CreateUser, User } from '../../api/types';
import { ROLE_LABEL } from '../../components/labels';
import { OrgSelect } from '../../components/OrgSelect';
import { useAsync } from '../../hooks/useAsync';
import { DirectoryImportButton } from './DirectoryImport';

/** 用户管理 (SYS_ADMIN). */
export default function UsersPage() {
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [orgId, setOrgId] = useState<string>();
  const [page, setPage] = useState(1);
  const list = useAsync(() => dir.listUsers({ q: q || undefined, organizationId: orgId, page, pageSize: 20 }), [q, orgId, page]);
  const orgs = useAsync(() => dir.listOrganizations({ pageSize: 100 }), []);
  const orgName = new Map((orgs.data?.items ?? []).map((o) => [o.id, o.name]));
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [form] = Form.useForm<CreateUser>();
  const [busy, setBusy] = useState(false);
  const open = (u: User | 'new') => {
    setEditing(u);
    form.resetFields();
    if (u !== 'new')
      form.setFieldsValue({ ...u, email: u.email ?? undefined, phone: u.phone ?? undefined, division: u.division ?? undefined, password: undefined });
    else form.setFieldsValue({ active: true, roles: [] });
  };
  const save = async () => {
    const v = await form.validateFields();
    const clean = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== '' && x !== undefined && x !== null)) as unknown as CreateUser;
    setBusy(true);
    try {
      if (editing === 'new') await dir.createUser(clean);
      else if (editing) {
        const { username: _u, ...rest } = clean;
        void _u;
        await dir.updateUser(editing.id, { ...rest, version: editing.version });
      }
      message.success('已保存');
      setEditing(null);
      list.reload();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <div className="page-head">
        <Typography.Title level={4}>用户管理</Typography.Title>
        <Space wrap>
          <DirectoryImportButton onImported={list.reload} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
            新建用户
          </Button>
        </Space>
      </div>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Input.Search placeholder="用户名或姓名" allowClear onSearch={(v) => (setQ(v), setPage(1))} style={{ width: 220 }} />
          <OrgSelect allowClear value={orgId} onChange={(v) => (setOrgId(v), setPage(1))} placeholder="全部单位" style={{ width: 260 }} />
        </Space>
      </Card>
      <Table<User>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 人` }}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '单位', dataIndex: 'organizationId', render: (id: string) => orgName.get(id) ?? '—' },
          { title: '角色', dataIndex: 'roles', render: (rs: User['roles']) => rs.map((r) => <Tag key={r}>{ROLE_LABEL[r]}</Tag>) },
          { title: '部门', dataIndex: 'division' },
          { title: '状态', dataIndex: 'active', render: (a: boolean) => (a ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>) },
          {
            title: '',
            key: 'op',
            render: (_, u) => (
              <Button type="link" onClick={() => open(u)}>
                编辑
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={!!editing}
        title={editing === 'new' ? '新建用户' : '编辑用户'}
        onOk={save}
        onCancel={() => setEditing(null)}
        confirmLoading={busy}
        okText="保存"
        cancelText="取消"
        forceRender
      >
        <Form form={form} layout="vertical">
          <Form.Item name="organizationId" label="单位" rules={[{ required: true, message: '请选择单位' }]}>
            <OrgSelect style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="username" label="用户名" rules={[{ required: editing === 'new', message: '请填写用户名' }]}>
            <Input disabled={editing !== 'new'} />
          </Form.Item>
          <Form.Item name="displayName" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="roles" label="角色" rules={[{ required: true, message: '至少一个角色' }]}>
            <Select mode="multiple" options={Object.entries(ROLE_LABEL).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="division" label="部门（庭室）">
            <Input />
          </Form.Item>
          <Form.Item name="email" label="邮箱">
            <Input />
          </Form.Item>
          <Form.Item name="phone" label="电话">
            <Input />
          </Form.Item>
          <Form.Item
            name="password"
            label={editing === 'new' ? '初始密码' : '重置密码（不改请留空）'}
            rules={[{ required: editing === 'new', message: '请设置初始密码' }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="active" label="启用" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
