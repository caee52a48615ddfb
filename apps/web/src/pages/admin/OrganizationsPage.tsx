import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorText } from '../../api/client';
import * as dir from '../../api/directory';
import type { Organization } from '../../api/types';
import { ORG_TYPE } from '../../components/labels';
import { OrgSelect } from '../../components/OrgSelect';
import { useAsync } from '../../hooks/useAsync';
import { DirectoryImportButton } from './DirectoryImport';

interface OrgForm {
  type: Organization['type'];
  name: string;
  shortName: string;
  code?: string;
  regionCode: string;
  parentId?: string;
  caseCode?: string;
  emails?: string;
  replyNeedsApproval?: boolean;
  active?: boolean;
}

/** 机构管理 (SYS_ADMIN): courts, agencies, congresses; create and edit. */
export default function OrganizationsPage() {
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [type, setType] = useState<string>();
  const [page, setPage] = useState(1);
  const list = useAsync(() => dir.listOrganizations({ q: q || undefined, type, page, pageSize: 20 }), [q, type, page]);
  const [editing, setEditing] = useState<Organization | 'new' | null>(null);
  const [form] = Form.useForm<OrgForm>();
  const [busy, setBusy] = useState(false);
  const open = (o: Organization | 'new') => {
    setEditing(o);
    form.setFieldsValue(
      o === 'new'
        ? { type: 'AGENCY', active: true, replyNeedsApproval: false, emails: '' }
        : { ...o, code: o.code ?? undefined, parentId: o.parentId ?? undefined, caseCode: o.caseCode ?? undefined, emails: o.emails.join(', ') },
    );
  };
  const save = async () => {
    const v = await form.validateFields();
    const body = {
      ...v,
      emails: (v.emails ?? '').split(/[,，\s]+/).filter(Boolean),
      code: v.code || undefined,
      parentId: v.parentId || undefined,
      caseCode: v.caseCode || undefined,
    };
    setBusy(true);
    try {
      if (editing === 'new') await dir.createOrganization(body);
      else if (editing) await dir.updateOrganization(editing.id, { ...body, type: undefined, version: editing.version } as never);
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
        <Typography.Title level={4}>机构管理</Typography.Title>
        <Space wrap>
          <DirectoryImportButton onImported={list.reload} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
            新建机构
          </Button>
        </Space>
      </div>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Input.Search placeholder="名称" allowClear onSearch={(v) => (setQ(v), setPage(1))} style={{ width: 220 }} />
          <Select
            placeholder="类型"
            allowClear
            value={type}
            onChange={(v) => (setType(v), setPage(1))}
            style={{ width: 160 }}
            options={Object.entries(ORG_TYPE).map(([value, label]) => ({ value, label }))}
          />
        </Space>
      </Card>
      <Table<Organization>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 个` }}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '简称', dataIndex: 'shortName' },
          { title: '类型', dataIndex: 'type', render: (t: string) => ORG_TYPE[t] ?? t },
          { title: '代码', dataIndex: 'code' },
          { title: '行政区划', dataIndex: 'regionCode' },
          { title: '法院代字', dataIndex: 'caseCode', render: (c: string | null) => c ?? '' },
          { title: '回复需审批', dataIndex: 'replyNeedsApproval', render: (b: boolean) => (b ? '是' : '否') },
          { title: '状态', dataIndex: 'active', render: (a: boolean) => (a ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>) },
          {
            title: '',
            key: 'op',
            render: (_, o) => (
              <Button type="link" onClick={() => open(o)}>
                编辑
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={!!editing}
        title={editing === 'new' ? '新建机构' : '编辑机构'}
        onOk={save}
        onCancel={() => setEditing(null)}
        confirmLoading={busy}
        okText="保存"
        cancelText="取消"
        forceRender
      >
        <Form form={form} layout="vertical">
          <Form.Item name="type" label="类型" rules={[{ required: true }]}>
            <Select disabled={editing !== 'new'} options={Object.entries(ORG_TYPE).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="name" label="名称" rules={[{ required: true, message: '请填写名称' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="shortName" label="简称（用于文号）" rules={[{ required: true, message: '请填写简称' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="code" label="机构代码">
            <Input />
          </Form.Item>
          <Form.Item name="regionCode" label="行政区划代码（6位）" rules={[{ required: true, pattern: /^\d{6}$/, message: '6位数字' }]}>
            <Input maxLength={6} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.type !== b.type}>
            {({ getFieldValue }) =>
              getFieldValue('type') === 'COURT' ? (
                <Form.Item
                  name="caseCode"
                  label="法院代字（案号中的代字，如 浙0781）"
                  rules={[{ pattern: /^(最高法|[\u4e00-\u9fff]{1,2}\d{0,6})$/, message: '格式如 浙0781' }]}
                >
                  <Input maxLength={10} />
                </Form.Item>
              ) : null
            }
          </Form.Item>
          <Form.Item name="parentId" label="上级机构">
            <OrgSelect allowClear style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="emails" label="接收邮箱（逗号分隔）">
            <Input />
          </Form.Item>
          <Space size="large">
            <Form.Item name="replyNeedsApproval" label="回复需负责人审批" valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="active" label="启用" valuePropName="checked">
              <Switch />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
    </>
  );
}
