import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, Radio, Row, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { errorText } from '../../api/client';
import type { AttachedFile, CreateSuggestion } from '../../api/types';
import * as api from '../../api/suggestions';
import { AttachmentUpload } from '../../components/Files';
import { CATEGORY_LABEL } from '../../components/labels';
import { OrgSelect } from '../../components/OrgSelect';
import { DistrictWarning } from './DistrictWarning';
import { LETTER_TEMPLATES } from './letter-templates';
import { SimilarCheck } from './SimilarCheck';

type Values = Omit<CreateSuggestion, 'attachmentIds'>;

/** Fields a letter needs before it goes to review (the server answers 422 LETTER_INCOMPLETE naming them). */
const FORM_FIELDS = ['legalBasis', 'contactName', 'contactPhone'];
const FOR_SUBMIT = '提交审核前须填写';

const EMPTY: Partial<Values> = {
  category: 'CLASS_CASE',
  major: false,
  replyPeriodMonths: 2,
  items: [{ problem: '', recommendation: '' }],
  recipients: [{ organizationId: undefined as unknown as string, kind: 'MAIN' }],
  sourceCases: [],
};

/** Drafting (new) and editing (DRAFT/RETURNED) a letter. */
export default function SuggestionFormPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [version, setVersion] = useState<number>();
  const [kept, setKept] = useState<AttachedFile[]>([]);
  const [added, setAdded] = useState<string[]>([]);
  const [loading, setLoading] = useState(!!id);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!id) return;
    api
      .getSuggestion(id)
      .then((s) => {
        form.setFieldsValue({
          title: s.title,
          category: s.category,
          domain: s.domain ?? undefined,
          major: s.major,
          background: s.background,
          causeAnalysis: s.causeAnalysis,
          items: s.items.map((i) => ({ problem: i.problem, recommendation: i.recommendation })),
          sourceCases: s.sourceCases,
          legalBasis: s.legalBasis,
          replyPeriodMonths: s.replyPeriodMonths,
          recipients: s.recipients.map((r) => ({ organizationId: r.organizationId, kind: r.kind })),
          contactName: s.contactName ?? undefined,
          contactPhone: s.contactPhone ?? undefined,
        });
        setVersion(s.version);
        setKept(s.attachments.filter((a) => a.purpose === 'LETTER'));
      })
      .catch((e) => message.error(errorText(e)))
      .finally(() => setLoading(false));
  }, [id, form, message]);

  const save = async (v: Values, andSubmit = false) => {
    setSaving(true);
    let saved: { id: string; version: number } | null = null;
    try {
      const body = { ...v, attachmentIds: [...kept.map((k) => k.id), ...added] };
      saved = draftId ? await api.updateSuggestion(draftId, { ...body, version }) : await api.createSuggestion(body);
      if (andSubmit) await api.submit(saved.id, saved.version);
      message.success(andSubmit ? '已提交庭长审核' : draftId ? '已保存修改' : '草稿已保存');
      navigate(`/suggestions/${saved.id}`);
    } catch (e) {
      message.error(errorText(e));
      // Saved but not complete: the form stays, on the saved draft, with the missing fields marked.
      if (saved) {
        setVersion(saved.version);
        setDraftId(saved.id);
      }
      markMissing(e);
    } finally {
      setSaving(false);
    }
  };
  /** Fills the empty parts of the form with the chosen category's template (what is written stays). */
  const applyTemplate = () => {
    const category = form.getFieldValue('category') as keyof typeof LETTER_TEMPLATES;
    const t = LETTER_TEMPLATES[category];
    if (!t) return;
    const v = form.getFieldsValue();
    const empty = (x: unknown) => !x || (typeof x === 'string' && !x.trim());
    const itemsEmpty = !v.items?.some((i) => i && (!empty(i.problem) || !empty(i.recommendation)));
    form.setFieldsValue({
      title: empty(v.title) ? t.title : v.title,
      background: empty(v.background) ? t.background : v.background,
      causeAnalysis: empty(v.causeAnalysis) ? t.causeAnalysis : v.causeAnalysis,
      legalBasis: empty(v.legalBasis) ? t.legalBasis : v.legalBasis,
      items: itemsEmpty ? t.items.map((i) => ({ ...i })) : v.items,
    });
    message.info(`已套用“${CATEGORY_LABEL[category]}”范本，已填写的内容未改动`);
  };
  /** 422 LETTER_INCOMPLETE names the missing fields: each is marked on the form. */
  const markMissing = (e: unknown) => {
    const details = (e as { code?: string; details?: { field: string; message: string }[] }).details;
    if ((e as { code?: string }).code !== 'LETTER_INCOMPLETE' || !Array.isArray(details)) return;
    setMissing(details.map((d) => d.message));
    form.setFields(details.filter((d) => FORM_FIELDS.includes(d.field)).map((d) => ({ name: d.field as keyof Values, errors: [d.message] })));
  };
  const [missing, setMissing] = useState<string[]>([]);
  const [draftId, setDraftId] = useState(id);
  if (loading) return <Skeleton active />;
  return (
    <>
      <div className="page-head">
        <Typography.Title level={4}>{id ? '修改司法建议' : '起草司法建议'}</Typography.Title>
      </div>
      <Form form={form} layout="vertical" initialValues={EMPTY} onFinish={(v) => save(v)} scrollToFirstError data-testid="draft-form">
        <Card title="基本信息" size="small" style={{ marginBottom: 12 }}>
          <Form.Item name="title" label="标题" rules={[{ required: true, message: '请填写标题' }]}>
            <Input placeholder="关于……的司法建议" maxLength={200} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item label="类别" required>
                <Space.Compact style={{ width: '100%' }}>
                  <Form.Item name="category" noStyle rules={[{ required: true }]}>
                    <Select options={Object.entries(CATEGORY_LABEL).map(([value, label]) => ({ value, label }))} />
                  </Form.Item>
                  <Button onClick={applyTemplate} data-testid="apply-template">
                    套用范本
                  </Button>
                </Space.Compact>
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="domain" label="领域">
                <Input placeholder="如：城市管理、金融、生态环境" />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="replyPeriodMonths" label="回复期限">
                <Radio.Group
                  options={[
                    { value: 1, label: '1个月' },
                    { value: 2, label: '2个月' },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="major" label="重大建议" valuePropName="checked">
                <Checkbox>重大</Checkbox>
              </Form.Item>
            </Col>
          </Row>
          <Form.Item noStyle shouldUpdate={(a, b) => a.category !== b.category}>
            {() =>
              form.getFieldValue('category') === 'GOVERNANCE' && (
                <Typography.Paragraph type="warning">综合治理类司法建议须经审判委员会讨论决定后由院长签发（法释〔2023〕11号 第七条）。</Typography.Paragraph>
              )
            }
          </Form.Item>
          <Form.Item name="background" label="基本情况">
            <Input.TextArea rows={4} placeholder="审判、执行中发现的情况" />
          </Form.Item>
          <Form.Item name="causeAnalysis" label="原因分析（可选）">
            <Input.TextArea rows={3} placeholder="问题产生的原因；不填则建议书中不列此节" />
          </Form.Item>
        </Card>
        <Card title="问题与建议（一一对应）" size="small" style={{ marginBottom: 12 }}>
          <Form.List name="items" rules={[{ validator: async (_, v) => (v?.length ? undefined : Promise.reject(new Error('至少一项'))) }]}>
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <div key={f.key} className="letter-item" data-testid="item-row">
                    <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                      <Typography.Text strong>第 {i + 1} 项</Typography.Text>
                      {fields.length > 1 && <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="删除此项" />}
                    </Space>
                    <Form.Item name={[f.name, 'problem']} label="问题" rules={[{ required: true, message: '请填写问题' }]}>
                      <Input.TextArea rows={2} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'recommendation']} label="建议" rules={[{ required: true, message: '请填写建议' }]}>
                      <Input.TextArea rows={2} />
                    </Form.Item>
                  </div>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ problem: '', recommendation: '' })} block type="dashed">
                  增加一项
                </Button>
              </>
            )}
          </Form.List>
        </Card>
        <Card title="依据与来源" size="small" style={{ marginBottom: 12 }}>
          <Form.Item name="sourceCases" label="关联案号" tooltip="输入案号后回车，可输入多个">
            <Select mode="tags" tokenSeparators={[',', '，', ' ']} placeholder="如：(2024)浙0781民初1234号" open={false} suffixIcon={null} />
          </Form.Item>
          <Form.Item name="legalBasis" label="法律依据" tooltip={FOR_SUBMIT} extra="建议书中写作：根据《……》第×条的规定，特提出如下建议：">
            <Input.TextArea rows={2} placeholder="如：《物业管理条例》第六条" />
          </Form.Item>
        </Card>
        <Card title="收件单位" size="small" style={{ marginBottom: 12 }}>
          <Form.List
            name="recipients"
            rules={[
              { validator: async (_, v) => (v?.some((r: { kind: string }) => r?.kind === 'MAIN') ? undefined : Promise.reject(new Error('至少一个主送单位'))) },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((f) => (
                  <Row gutter={8} key={f.key} align="top" data-testid="recipient-row">
                    <Col flex="96px">
                      <Form.Item name={[f.name, 'kind']}>
                        <Select
                          options={[
                            { value: 'MAIN', label: '主送' },
                            { value: 'COPY', label: '抄送' },
                          ]}
                        />
                      </Form.Item>
                    </Col>
                    <Col flex="auto" style={{ minWidth: 0 }}>
                      <Form.Item noStyle shouldUpdate>
                        {() => (
                          <Form.Item name={[f.name, 'organizationId']} rules={[{ required: true, message: '请选择单位' }]}>
                            <OrgSelect type={form.getFieldValue(['recipients', f.name, 'kind']) === 'MAIN' ? 'AGENCY' : undefined} style={{ width: '100%' }} />
                          </Form.Item>
                        )}
                      </Form.Item>
                    </Col>
                    <Col flex="32px">
                      <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="删除收件单位" />
                    </Col>
                  </Row>
                ))}
                <Form.ErrorList errors={errors} />
                <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'COPY' })} block type="dashed">
                  增加收件单位
                </Button>
                <DistrictWarning form={form} />
              </>
            )}
          </Form.List>
        </Card>
        <Card title="联系人与附件" size="small" style={{ marginBottom: 12 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="contactName" label="联系人" tooltip={FOR_SUBMIT}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="contactPhone" label="联系电话" tooltip={FOR_SUBMIT}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
          {kept.length > 0 && (
            <div style={{ marginBottom: 8 }}>
              {kept.map((k) => (
                <Tag key={k.id} closable onClose={() => setKept(kept.filter((x) => x.id !== k.id))}>
                  {k.fileName}
                </Tag>
              ))}
            </div>
          )}
          <AttachmentUpload onChange={setAdded} testId="letter-upload" />
        </Card>
        <Form.Item noStyle shouldUpdate>
          {() => (
            <SimilarCheck
              title={form.getFieldValue('title') ?? ''}
              recipientIds={((form.getFieldValue('recipients') ?? []) as { organizationId?: string; kind?: string }[])
                .filter((r) => r?.kind === 'MAIN' && r.organizationId)
                .map((r) => r.organizationId!)}
              excludeId={draftId}
            />
          )}
        </Form.Item>
        {missing.length > 0 && (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} data-testid="missing-fields" title="尚不能提交审核" description={missing.join('；')} />
        )}
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="save-draft">
            保存草稿
          </Button>
          <Button
            loading={saving}
            onClick={() =>
              form.validateFields().then(
                (v) => save(v, true),
                () => undefined,
              )
            }
            data-testid="save-submit"
          >
            保存并提交审核
          </Button>
          <Button onClick={() => navigate(-1)}>取消</Button>
        </Space>
      </Form>
    </>
  );
}
