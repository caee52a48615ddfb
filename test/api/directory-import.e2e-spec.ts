import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { createTestApp, TEST_PASSWORD, TestApp } from '../harness';

/**
 * Loading the directory in bulk (issue: a province has about a hundred courts and thousands of
 * agencies): the xlsx/CSV template and the JSON bulk endpoints, all or nothing, idempotent by
 * organization code and username.
 *
 * Checked failing: with the refusal (`throw … DIRECTORY_IMPORT_INVALID`) disabled, the invalid
 * file, the bad JSON lists and the unreadable files were not refused; with `updateIn` saving and
 * auditing without comparing, the re-import left organization.update rows behind; with
 * `readDirectoryFile` numbering data rows from 1, the report said 第2行 where the spreadsheet
 * shows row 3.
 */
/** Text in GB18030 (glibc's iconv; Node can decode GB18030 but not encode it). */
const iconv = (text: string): Buffer => execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text });

describe('directory import', () => {
  let t: TestApp;
  let admin: string;
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const auth = (tok: string) => ({ authorization: `Bearer ${tok}` });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  const ORG_HEAD = ['单位类型', '单位名称', '简称', '单位代码', '行政区划代码', '上级单位代码', '邮箱', '回复需负责人审批', '案号代字'];
  const USER_HEAD = ['所属单位代码', '用户名', '姓名', '角色', '庭室', '邮箱', '电话', '初始密码'];
  async function workbook(orgs: unknown[][], users: unknown[][]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    if (orgs.length) wb.addWorksheet('单位').addRows([ORG_HEAD, ...orgs]);
    if (users.length) wb.addWorksheet('用户').addRows([USER_HEAD, ...users]);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  const upload = (body: Buffer, type = XLSX, token = admin) => t.http().post('/api/v1/directory/import').set(auth(token)).set('content-type', type).send(body);
  /** Everything an import may touch, to compare before and after. */
  const snapshot = async () => ({
    orgs: await t.ds.query(
      `SELECT id, code, name, short_name, region_code, parent_id, path, emails, reply_needs_approval, case_code, version FROM organizations ORDER BY id`,
    ),
    users: await t.ds.query(`SELECT id, username, organization_id, display_name, email, phone, roles, division, version, password_hash FROM users ORDER BY id`),
    audit: (await t.ds.query(`SELECT count(*)::int AS n FROM audit_events`))[0].n as number,
  });

  const GOOD_ORGS = [
    ['法院', '建德市人民法院', '建德', 'COURT-330182', '330182', 'COURT-330100', 'bgs@jdcourt.demo', '', '浙0182'],
    ['建议对象单位', '建德市住房和城乡建设局', '建德住建', 'AG-330182-ZJJ', '330182', '', 'zjj@jd.demo；ban@jd.demo', '是', ''],
  ];
  const GOOD_USERS = [
    ['COURT-330182', 'jd.judge', '建德法官', '承办法官', '民一庭', 'judge@jdcourt.demo', '', ''],
    ['AG-330182-ZJJ', 'jdzjj.clerk', '建德住建经办人', '经办人', '', '', '0579-1234567', 'Clerk@password-1'],
    ['COURT-330700', 'jh.judge', '金华中院法官（改名）', '承办法官、庭长', '民二庭', 'jh.judge@jhcourt.demo', '', ''],
  ];

  it('downloads the template (SYS_ADMIN only)', async () => {
    const res = await t
      .http()
      .get('/api/v1/directory/import-template.xlsx')
      .set(auth(admin))
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain(XLSX);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('通讯录导入模板.xlsx')}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['单位', '用户', '说明']);
    expect((wb.getWorksheet('单位')!.getRow(1).values as string[]).slice(1)).toEqual([
      '单位类型*',
      '单位名称*',
      '简称*',
      '单位代码*',
      '行政区划代码*',
      '上级单位代码',
      '邮箱',
      '回复需负责人审批',
      '案号代字',
    ]);
    expect((wb.getWorksheet('用户')!.getRow(1).values as string[]).slice(1)).toEqual([
      '所属单位代码*',
      '用户名*',
      '姓名*',
      '角色*',
      '庭室',
      '邮箱',
      '电话',
      '初始密码',
    ]);
    expect(
      (
        await t
          .http()
          .get('/api/v1/directory/import-template.xlsx')
          .set(auth(await t.login('lx.admin')))
      ).status,
    ).toBe(403);
    expect((await t.http().get('/api/v1/directory/import-template.xlsx')).status).toBe(401);
  });

  it('refuses a file with errors, names every row, and writes nothing', async () => {
    const before = await snapshot();
    const file = await workbook(
      [
        GOOD_ORGS[0],
        ['法院', '错误区划法院', '错区', 'COURT-X1', '33018', 'COURT-330700', '', '', ''],
        ['建议对象单位', '无上级单位', '无上级', 'AG-X2', '330182', 'NO-SUCH-CODE', 'not-an-email', '也许', ''],
        ['建议对象单位', '重复代码', '重复', 'COURT-330182', '330182', '', '', '', '浙0182'],
      ],
      [
        GOOD_USERS[0],
        ['COURT-330182', 'jd.head', '建德庭长', '庭长', '', '', '', ''],
        ['COURT-330182', 'jd.x', '角色错误', '法官助理', '', '', '', ''],
        ['AG-330182-ZJJ', 'jd.judge', '重复用户名', '经办人', '', '', '', ''],
        ['AG-330182-ZJJ', 'admin', '改管理员', '经办人', '', '', '', ''],
      ],
    );
    const res = await upload(file);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('DIRECTORY_IMPORT_INVALID');
    expect(res.body.message).toMatch(/^导入内容有 \d+ 处错误，未写入任何数据$/);
    const messages = (res.body.details as { message: string }[]).map((d) => d.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        '「单位」第3行：行政区划代码“33018”应为 6 位数字',
        '「单位」第4行：上级单位代码“NO-SUCH-CODE”不存在（既不在本文件中，也未登记）',
        '「单位」第4行：邮箱“not-an-email”格式不正确',
        '「单位」第4行：回复需负责人审批应填“是”或“否”',
        '「单位」第5行：单位代码“COURT-330182”与第2行重复',
        '「单位」第5行：只有法院有案号代字',
        '「用户」第3行：庭长须填写庭室',
        expect.stringMatching(/^「用户」第4行：角色“法官助理”不存在/),
        '「用户」第5行：用户名“jd.judge”与第2行重复',
        '「用户」第6行：“admin”是系统管理员账号，不能通过导入修改',
      ]),
    );
    expect(res.body.details[0]).toMatchObject({ sheet: '单位', row: 3, field: 'regionCode' });
    expect(await snapshot()).toEqual(before);
  });

  it('imports a valid file: creates, updates, audits, ends the sessions of users whose roles changed', async () => {
    const judgeToken = await t.login('jh.judge');
    const res = await upload(await workbook(GOOD_ORGS, GOOD_USERS));
    expect(res.status).toBe(200);
    expect(res.body.organizations).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(res.body.users).toEqual({ created: 2, updated: 1, unchanged: 0 });
    expect(res.body.rows).toEqual(
      expect.arrayContaining([
        { sheet: '单位', row: 2, key: 'COURT-330182', outcome: 'created', changed: [] },
        { sheet: '用户', row: 4, key: 'jh.judge', outcome: 'updated', changed: ['displayName', 'roles'] },
      ]),
    );
    // Only the user without a password got one, shown once.
    expect(res.body.credentials).toEqual([{ username: 'jd.judge', displayName: '建德法官', password: expect.stringMatching(/^.{12}$/) }]);

    const [court] = await t.ds.query(
      `SELECT o.*, p.code AS parent_code FROM organizations o JOIN organizations p ON p.id = o.parent_id WHERE o.code = 'COURT-330182'`,
    );
    expect(court).toMatchObject({
      type: 'COURT',
      name: '建德市人民法院',
      short_name: '建德',
      case_code: '浙0182',
      parent_code: 'COURT-330100',
      emails: ['bgs@jdcourt.demo'],
    });
    const [agency] = await t.ds.query(`SELECT emails, reply_needs_approval, parent_id FROM organizations WHERE code = 'AG-330182-ZJJ'`);
    expect(agency).toEqual({ emails: ['zjj@jd.demo', 'ban@jd.demo'], reply_needs_approval: true, parent_id: null });

    expect((await t.http().post('/api/v1/auth/login').send({ username: 'jd.judge', password: res.body.credentials[0].password })).status).toBe(200);
    const clerk = await t.http().post('/api/v1/auth/login').send({ username: 'jdzjj.clerk', password: 'Clerk@password-1' });
    expect(clerk.body.user).toMatchObject({ roles: ['AGENCY_CLERK'], phone: '0579-1234567' });
    expect((await t.http().get('/api/v1/me').set(auth(judgeToken))).status).toBe(401);
    expect((await t.http().post('/api/v1/auth/login').send({ username: 'jh.judge', password: TEST_PASSWORD })).body.user.roles).toEqual([
      'JUDGE',
      'DIVISION_HEAD',
    ]);

    const audit = await t.ds.query(
      `SELECT action, actor_name, data->>'via' AS via FROM audit_events WHERE action IN ('organization.create','user.create','user.update','directory.import') AND actor_name = 'admin' ORDER BY id`,
    );
    expect(audit).toEqual([
      { action: 'organization.create', actor_name: 'admin', via: 'import' },
      { action: 'organization.create', actor_name: 'admin', via: 'import' },
      { action: 'user.create', actor_name: 'admin', via: 'import' },
      { action: 'user.create', actor_name: 'admin', via: 'import' },
      { action: 'user.update', actor_name: 'admin', via: 'import' },
      { action: 'directory.import', actor_name: 'admin', via: null },
    ]);
  });

  it('changes nothing when the same file is imported again (and the same rows come as GB18030 CSV)', async () => {
    const before = await snapshot();
    const res = await upload(await workbook(GOOD_ORGS, GOOD_USERS));
    expect(res.status).toBe(200);
    expect(res.body.organizations).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(res.body.users).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(res.body.credentials).toEqual([]);
    const after = await snapshot();
    expect({ orgs: after.orgs, users: after.users }).toEqual({ orgs: before.orgs, users: before.users });
    expect(after.audit).toBe(before.audit + 1); // the import itself (directory.import), nothing else

    const csv = [USER_HEAD, ...GOOD_USERS].map((r) => r.join(',')).join('\r\n');
    expect((await upload(Buffer.from(`\ufeff${csv}`), 'text/csv')).body.users).toEqual({ created: 0, updated: 0, unchanged: 3 });
    // As Excel saves CSV on a Chinese Windows: GB18030, which is not valid UTF-8.
    const gb18030 = iconv(csv);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gb18030)).toThrow();
    expect((await upload(gb18030, 'text/csv')).body.users).toEqual({ created: 0, updated: 0, unchanged: 3 });
  });

  it('offers the same through POST /organizations/bulk and /users/bulk, to SYS_ADMIN only', async () => {
    const bad = await t
      .http()
      .post('/api/v1/organizations/bulk')
      .set(auth(admin))
      .send({
        items: [
          { type: 'AGENCY', name: '甲', shortName: '甲', code: 'AG-LOOP-A', regionCode: '330182', parentCode: 'AG-LOOP-B' },
          { type: 'AGENCY', name: '乙', shortName: '乙', code: 'AG-LOOP-B', regionCode: '330182', parentCode: 'AG-LOOP-A' },
          { type: 'AGENCY', name: '改类型', shortName: '改', code: 'COURT-330182', regionCode: '330182' },
        ],
      });
    expect(bad.status).toBe(422);
    expect(bad.body.details.map((d: { message: string }) => d.message)).toEqual([
      '第1条：上级单位“AG-LOOP-B”在本单位之下，形成循环',
      '第2条：上级单位“AG-LOOP-A”在本单位之下，形成循环',
      '第3条：单位“COURT-330182”已登记为法院，单位类型不能更改',
    ]);

    const orgs = await t
      .http()
      .post('/api/v1/organizations/bulk')
      .set(auth(admin))
      .send({
        items: [
          { type: 'AGENCY', name: '建德市市场监督管理局', shortName: '建德市场监管', code: 'AG-330182-SCJG', regionCode: '330182', emails: ['scjg@jd.demo'] },
        ],
      });
    expect(orgs.status).toBe(200);
    expect(orgs.body.organizations).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const users = await t
      .http()
      .post('/api/v1/users/bulk')
      .set(auth(admin))
      .send({ items: [{ organizationCode: 'AG-330182-SCJG', username: 'jdscjg.leader', displayName: '建德市场监管负责人', roles: ['AGENCY_LEADER'] }] });
    expect(users.status).toBe(200);
    expect(users.body.users).toEqual({ created: 1, updated: 0, unchanged: 0 });

    const one = { items: [{ organizationCode: 'AG-330182-SCJG', username: 'x.y', displayName: 'x', roles: ['AGENCY_CLERK'] }] };
    for (const who of ['lx.admin', 'jhzjj.leader', 'jhrd.supervisor']) {
      const tok = await t.login(who);
      expect((await t.http().post('/api/v1/users/bulk').set(auth(tok)).send(one)).status).toBe(403);
      expect((await upload(await workbook(GOOD_ORGS, []), XLSX, tok)).status).toBe(403);
    }
    const court = t.dir.orgs.get('COURT-330781')!;
    const token = await t
      .http()
      .post(`/api/v1/organizations/${court.id}/api-tokens`)
      .set(auth(admin))
      .send({ name: 'OA', roles: ['COURT_ADMIN'] });
    expect(
      (
        await t
          .http()
          .post('/api/v1/organizations/bulk')
          .set(auth(token.body.token))
          .send({ items: [{}] })
      ).status,
    ).toBe(403);
    expect((await t.http().post('/api/v1/users/bulk').send(one)).status).toBe(401);
    expect((await t.ds.query(`SELECT 1 FROM users WHERE username = 'x.y'`)).length).toBe(0);
  });

  it('answers bad input with 4xx and a stable code, never a 500', async () => {
    const json = await t.http().post('/api/v1/directory/import').set(auth(admin)).send({ file: 'x' });
    expect(json.status).toBe(415);
    expect(json.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const broken = await upload(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]));
    expect(broken.status).toBe(422);
    expect(broken.body.details[0].message).toBe('无法读取该 Excel 文件，请用模板重新保存后再导入');
    const noSheet = await upload(Buffer.from('甲,乙\r\n1,2\r\n'), 'text/csv');
    expect(noSheet.status).toBe(422);
    expect(noSheet.body.details[0].message).toMatch(/^文件中没有「单位」或「用户」表/);
    const missingColumn = await upload(Buffer.from('用户名,姓名\r\na.b,甲\r\n'), 'text/csv');
    expect(missingColumn.body.details.map((d: { message: string }) => d.message)).toEqual(['「用户」缺少“所属单位代码”列', '「用户」缺少“角色”列']);
    const notObjects = await t
      .http()
      .post('/api/v1/organizations/bulk')
      .set(auth(admin))
      .send({ items: ['x'] });
    expect(notObjects.status).toBe(400);
    expect(notObjects.body.code).toBe('VALIDATION_FAILED');
    const wrongTypes = await t
      .http()
      .post('/api/v1/organizations/bulk')
      .set(auth(admin))
      .send({ items: [{ type: 'AGENCY', name: { a: 1 }, shortName: 'x', code: 'AG-T', regionCode: '330182', emails: 'a@b.cn' }] });
    expect(wrongTypes.status).toBe(422);
    expect(wrongTypes.body.details[0].message).toBe('第1条：单位名称应为文字');
  });
});
