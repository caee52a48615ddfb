/**
 * Generated from apps/api/openapi.json by `npm run openapi:generate` (openapi-typescript). Do not edit:
 * change the api’s DTOs and regenerate; `npm run openapi:check` fails while this file is stale.
 */
export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 存活检查 / Liveness: the process answers */
    get: operations['health_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 就绪检查 / Readiness: Postgres, Redis and the SMTP server answer (503 SERVICE_UNAVAILABLE otherwise, naming what is down) */
    get: operations['health_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 批量导入单位 / Create or update organizations by code, all or nothing (SYS_ADMIN) */
    post: operations['directoryImport_bulkOrganizations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 批量导入用户 / Create or update users by username, all or nothing (SYS_ADMIN); new users without a password get one, answered once */
    post: operations['directoryImport_bulkUsers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/directory/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 导入通讯录文件 / Import the directory from the template (xlsx with sheets 单位 and/or 用户) or a CSV table; the file is the request body
     * @description Send the file itself as the body with Content-Type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or text/csv (UTF-8 or GB18030), at most 10 MB. Organizations by code, then users by username; all or nothing.
     */
    post: operations['directoryImport_importFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/directory/import-template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载通讯录导入模板 / The import template: sheets 单位 and 用户 with their header rows, and 说明 */
    get: operations['directoryImport_template'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 登录 / Log in with username and password
     * @description Answers the token pair and the user as `GET /api/v1/me` describes them (organization name and type included, so a client needs no second round trip), and also sets the refresh token as an httpOnly, SameSite=Strict cookie `sifa_refresh` (path /api/v1/auth; Secure when the public address is https), so a browser keeps its session across tabs and links without storing a token where scripts can read it.
     */
    post: operations['auth_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 刷新令牌 / Spend a refresh token for a new pair (the old refresh token stops working)
     * @description The refresh token comes in the body (API clients) or, when the body has none, from the `sifa_refresh` cookie (the web app); a cookie refresh sets the new token as the cookie and leaves it out of the body. A spent token presented again ends the session — except a cookie presented again within 20 s of its use (two tabs refreshing at once), which gets a pair of its own.
     */
    post: operations['auth_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退出登录 / End the current session: its access and refresh tokens stop working at once, and the refresh cookie is cleared */
    post: operations['auth_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 当前用户 / The caller: user (or API token), organization and roles */
    get: operations['auth_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 修改密码 / Change your own password; your other sessions end */
    post: operations['auth_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 列出用户 / Users: everyone for SYS_ADMIN, your own organization for others */
    get: operations['users_list'];
    put?: never;
    /** 新建用户 / Create a user (SYS_ADMIN) */
    post: operations['users_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查看用户 / One user */
    get: operations['users_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改用户 / Change a user (SYS_ADMIN); `active: false` ends their sessions at once */
    patch: operations['users_update'];
    trace?: never;
  };
  '/api/v1/organizations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 列出单位 / The directory (courts, agencies, 人大, 党委), filtered and paged */
    get: operations['organizations_list'];
    put?: never;
    /** 新建单位 / Create an organization (SYS_ADMIN) */
    post: operations['organizations_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查看单位 / One organization */
    get: operations['organizations_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改单位 / Change an organization (SYS_ADMIN) */
    patch: operations['organizations_update'];
    trace?: never;
  };
  '/api/v1/organizations/{id}/api-tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 列出接口令牌 / An organization's API tokens (SYS_ADMIN, or the organization's own leader/admin) */
    get: operations['organizations_listTokens'];
    put?: never;
    /** 新建接口令牌 / Create an API token for a machine client; the secret is returned once */
    post: operations['organizations_createToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/api-tokens/{tokenId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 吊销接口令牌 / Revoke an API token (it stops working at once) */
    delete: operations['organizations_revokeToken'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审计日志 / Audit events the caller may see (rows about a letter exactly when the letter is visible), newest first */
    get: operations['audit_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 校验审计链 / Recompute the keyed hash chains and check them against every signed checkpoint; names the first broken row */
    get: operations['audit_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/checkpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 列出审计检查点 / Signed checkpoints, newest first */
    get: operations['audit_listCheckpoints'];
    put?: never;
    /** 生成审计检查点 / Sign and store the head of every audit chain now (also taken daily by the worker); mails the digest */
    post: operations['audit_takeCheckpoint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/public-key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审计签名公钥 / The Ed25519 public key that verifies checkpoint signatures (PEM, raw base64, fingerprint) */
    get: operations['audit_publicKey'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/due-date': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 计算期限 / A due date on the legal calendar: from + N months (a last day on a holiday or rest day moves to the next working day, 民事诉讼法 第85条), or from + N working days */
    get: operations['calendar_dueDate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查看法定节假日日历 / One year's legal calendar: statutory holidays and 调休 working weekend days (404 CALENDAR_NOT_LOADED when not entered) */
    get: operations['calendar_get'];
    /** 录入法定节假日日历 / Enter or replace one year's legal calendar (SYS_ADMIN); audited; due dates use it at once */
    put: operations['calendar_put'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 上传附件 / Upload one file (multipart field `file`)
     * @description Streamed to storage under a random name while hashed. Over UPLOAD_MAX_BYTES (default 20 MiB) → 413 PAYLOAD_TOO_LARGE; content not pdf/doc/docx/xls/xlsx/jpg/png/ofd by its magic bytes, or an extension that does not match it → 422 UNSUPPORTED_FILE_TYPE. A body that ends without its closing boundary → 400 MULTIPART_MALFORMED; one not complete within UPLOAD_TIMEOUT_MS (default 60 s) → 408 UPLOAD_TIMEOUT. Nothing is kept in any of these cases. The file stays unattached (visible to the uploading organization only) until a letter, reply, report or message names it in `attachmentIds`.
     */
    post: operations['attachments_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/attachments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 下载附件 / Download a file
     * @description Only to those who may see what it is attached to (unattached: the uploading organization); anyone else gets 404. Sent with Content-Disposition: attachment (RFC 5987 UTF-8 name) and X-Content-Type-Options: nosniff.
     */
    get: operations['attachments_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dev/mails': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 演示邮箱：邮件列表 / Caught mails, newest first (404 unless APP_ENV is demo, development or test) */
    get: operations['devMails_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dev/mails/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 演示邮箱：查看邮件 / One caught mail with its text, HTML and headers */
    get: operations['devMails_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/suggestions/{id}/impact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 治理成效 / 治理成效: the caseload of the letter’s 案由 in its recipient’s region, 12 months before issue vs the 12 months after implementation was confirmed (or to date, annualised), with the region’s whole caseload as control → {cause, region, before, after, change, control, netChange, method} */
    get: operations['impact_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 列出建议书 / Letters the caller may see, filtered and paged */
    get: operations['suggestions_list'];
    put?: never;
    /** 起草建议书 / Draft a suggestion (JUDGE) → DRAFT */
    post: operations['suggestions_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/suggestions/district-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 辖区检查 / Art. 3 before saving: which would-be MAIN recipients lie outside the caller’s court’s district
     * @description The rule sign-off applies (a recipient inside the district has the court’s region code or one inside it). With any recipient outside, sign-off sends the letter up to `higherCourtName` as a 工作建议 instead of numbering it. Unknown or inactive ids → 422 RECIPIENT_INVALID.
     */
    get: operations['suggestions_districtCheck'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/suggestions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查看建议书 / One letter with its items, recipients, deliveries (as the caller may see them), version and allowedActions */
    get: operations['suggestions_get'];
    put?: never;
    post?: never;
    /**
     * 删除草稿 / Delete a draft never submitted (its author) — soft delete, audited; the letter answers 404 from then on
     * @description Only a DRAFT (never submitted); anything else 409 INVALID_TRANSITION. A letter that was sent is withdrawn instead (POST …/withdraw).
     */
    delete: operations['suggestions_remove'];
    options?: never;
    head?: never;
    /** 修改建议书 / Edit while DRAFT or RETURNED (saves a version); a letter adopted from a lower court: its research office (COURT_ADMIN) */
    patch: operations['suggestions_update'];
    trace?: never;
  };
  '/api/v1/suggestions/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交审核 / DRAFT|RETURNED → IN_REVIEW; a letter adopted from a lower court (COURT_ADMIN) → IN_APPROVAL */
    post: operations['suggestions_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/suggestions/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 庭长审核 / 庭长 review: APPROVE → IN_APPROVAL, RETURN (with comment) → RETURNED */
    post: operations['suggestions_review'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/suggestions/{id}/committee': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记录审委会决定 / Record the 审判委员会 decision (required before approving a GOVERNANCE letter) */
    post: operations['suggestions_committee'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/suggestions/{id}/consultations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记录发前沟通 / Log a pre-issue consultation with a recipient (Art. 5) */
    post: operations['suggestions_consult'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/suggestions/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 院领导签发 / 签发: APPROVE issues (number, deliveries) or escalates (Art. 3); RETURN → RETURNED */
    post: operations['suggestions_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/suggestions/{id}/escalation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 上级法院处理报送的建议 / The higher court decides an ESCALATED letter: ADOPT or RETURN
     * @description ADOPT answers the higher court’s new DRAFT (`originalId` = the escalated letter; the original carries `adoptedAsId`), which its research office edits (PATCH) and submits to its leader. RETURN sends the letter back to the drafting judge.
     */
    post: operations['suggestions_escalationDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/suggestions/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤回建议书 / Withdraw — only while no main recipient has signed */
    post: operations['suggestions_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/suggestions/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 归档 / CLOSED → ARCHIVED */
    post: operations['suggestions_archive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/suggestions/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 办理时间线 / Every step with actor, organization, time and the time since the previous step */
    get: operations['suggestions_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 批量导入案件 / Import case records (court admin or the court’s API token), idempotent by 案号: ≤ 10,000 per call → {created, updated, unchanged, errors} */
    post: operations['cases_bulk'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 上传案件文件 / Upload the import template as CSV (UTF-8) or xlsx (multipart field `file`); rows are numbered as in the file (header = row 1) */
    post: operations['cases_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查询案件 / Case records in the caller’s scope: by 案号 (any spelling), 案由 (with children), court subtree */
    get: operations['cases_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/causes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 案由目录 / The 案由 catalogue (民事案件案由规定 2020 and the administrative causes): matches of q, or the first two levels */
    get: operations['cases_causes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/trends': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 案件趋势 / Counts by period with year-on-year change, top organisation parties and causes, from the rollups */
    get: operations['cases_trends'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/leads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 列出类案线索 / Class-case leads (类案线索) of a court in scope (default: your own court’s; a 人大: its region’s) */
    get: operations['cases_listLeads'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/leads/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重新检测类案线索 / Run lead detection now for your court and the courts below it (the worker runs it daily for all) */
    post: operations['cases_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/leads/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查看类案线索 / One lead with its evidence */
    get: operations['cases_getLead'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/leads/{id}/draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 据线索起草 / 据此起草: a CLASS_CASE draft prefilled from the lead (title, figures, sample cases, recipient); the lead becomes DRAFTED */
    post: operations['cases_draft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/leads/{id}/dismiss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 不予采用线索 / NEW → DISMISSED with a reason */
    post: operations['cases_dismiss'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/authorities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 主管机关对照表 / The 案由/领域 → competent authority table leads suggest recipients from */
    get: operations['cases_listAuthorities'];
    /** 替换主管机关对照表 / Replace the authority table (system administrator) */
    put: operations['cases_replaceAuthorities'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/suggestions/{id}/document.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 建议书 PDF / The 司法建议书 as PDF
     * @description File name: the document number (e.g. 金中法建〔2031〕1号.pdf) in Content-Disposition (RFC 5987 filename*). A letter not yet numbered prints as a draft (（草稿，未编号）). The copy of `deliveryId` (default: the caller’s own organization’s delivery): a copy the court sent a recipient’s superior (Art. 9) prints the court’s note.
     */
    get: operations['documents_pdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/suggestions/{id}/document.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 建议书 Word / The 司法建议书 as Word (DOCX)
     * @description Same content and file naming as document.pdf.
     */
    get: operations['documents_docx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/suggestions/{id}/receipt.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 送达回证 PDF / The 送达回证 (proof of service) of one delivery as PDF
     * @description For `deliveryId`, or by default the caller’s own organization’s delivery (a recipient). Court staff must name the delivery (400 VALIDATION_FAILED otherwise). A letter or delivery the caller may not see → 404.
     */
    get: operations['documents_receipt'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 列出送达 / Deliveries the caller may see (an agency: its inbox), by status, colour, organization */
    get: operations['deliveries_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查看送达 / One delivery with its reply, evaluation, implementation, supervision notes and allowedActions */
    get: operations['deliveries_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}/sign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 签收 / Sign for a main delivery → SIGNED; the reply due date is computed */
    post: operations['deliveries_sign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 抄送件已阅 / A copy recipient has read it → READ */
    post: operations['deliveries_read'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退回误送 / Return a misdelivered letter with a reason → REJECTED_BY_RECIPIENT */
    post: operations['deliveries_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}/reroute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 改送其他单位 / Send a rejected delivery on to another organization (a new delivery; the old one stays)
     * @description A MAIN delivery goes only to an organization in the issuing court’s district (Art. 3, the rule of sign-off): elsewhere 422 RECIPIENT_OUT_OF_DISTRICT, nothing written.
     */
    post: operations['deliveries_reroute'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}/extension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 申请延期 / Ask for more time on the running due date */
    post: operations['deliveries_requestExtension'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}/extension/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审批延期 / Grant (the due date moves; the old one stays in history) or refuse an extension */
    post: operations['deliveries_decideExtension'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}/reply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 回复建议 / Reply with a stance per item → REPLIED (or waiting for leader approval); draft: true saves it without submitting (暂存)
     * @description While a reply waits for the leader’s approval no other can be submitted: 409 REPLY_AWAITING_APPROVAL.
     */
    post: operations['deliveries_reply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}/reply/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 负责人审批回复 / The agency leader approves the pending reply → REPLIED */
    post: operations['deliveries_approveReply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}/reply/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 负责人退回回复 / The agency leader returns the pending reply to its writer with a comment (the writer edits and submits again) */
    post: operations['deliveries_returnReply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}/evaluate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 评价回复 / Judge the reply, overall and item by item: ADOPTED/PARTIALLY_ADOPTED → IMPLEMENTING, NOT_ADOPTED → NOT_ADOPTED
     * @description items: one judgement per recommendation (ADOPTED | PARTIALLY_ADOPTED | NOT_ADOPTED, note); any other set 422 EVALUATION_ITEMS_MISMATCH.
     */
    post: operations['deliveries_evaluate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}/implementation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 报告落实情况 / Report implementation (IN_PROGRESS or IMPLEMENTED) */
    post: operations['deliveries_implementation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}/implementation/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 确认落实 / The court confirms the reported implementation → IMPLEMENTED */
    post: operations['deliveries_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 办结 / NOT_ADOPTED|IMPLEMENTED → CLOSED; the letter closes with its last main delivery */
    post: operations['deliveries_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 在线互动消息 / 在线互动: the message thread of a delivery */
    get: operations['deliveries_messages'];
    put?: never;
    /** 发送消息 / Post a message (court side or recipient); the other side is notified */
    post: operations['deliveries_postMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}/supervision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 督办意见 / 督办意见 on a delivery */
    get: operations['deliveries_supervision'];
    put?: never;
    /** 发表督办意见 / Post a 督办意见 (SUPERVISOR, COURT_ADMIN); recipient and court are notified */
    post: operations['deliveries_addSupervision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deliveries/{id}/copy-superior': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 抄送上级单位 / Copy the letter to the recipient’s superior organization (Art. 9), with a note printed on the copy
     * @description The issuing court’s admin, on an open MAIN delivery of an issued letter: a new COPY delivery (read, not answered) for `organizationId`, by default the recipient’s directory parent (422 NO_SUPERIOR_ORGANIZATION when it has none). An organization that already holds the letter, the recipient itself or the court → 422 COPY_TARGET_INVALID. Answers the new copy; the main delivery’s timeline records it.
     */
    post: operations['deliveryCopies_copySuperior'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 站内通知 / The caller's in-app notices, newest first */
    get: operations['notifications_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 全部通知标为已读 / Mark all of your notices read */
    post: operations['notifications_readAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 通知标为已读 / Mark one of your notices read */
    post: operations['notifications_read'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 统计总览 / Every figure of PRODUCT.md as {numerator, denominator, rate}, with definitions */
    get: operations['statistics_overview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/by-agency': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 按建议对象单位统计 / Agencies ranked; an agency sees only its own row and rank among its region’s agencies */
    get: operations['statistics_byAgency'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/by-court': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 按法院统计 / Issuing courts ranked (each court’s own letters) */
    get: operations['statistics_byCourt'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/trend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 月度趋势 / Figures per month (or quarter, year) of issue */
    get: operations['statistics_trend'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/overdue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 逾期清单 / Main deliveries overdue now (sign / reply / follow-up), most overdue first */
    get: operations['statistics_overdueList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/impact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 治理成效排名 / 治理成效 ranking: adopted letters issued in the scope and period, each with GET /suggestions/:id/impact’s figures, ranked by netChange (lowest first); letters without a figure listed with the reason */
    get: operations['statistics_impactRanking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出统计（Excel） / The same figures as a workbook: overview, by agency, by court, trend, overdue, 治理成效 (courts and supervisors), definitions */
    get: operations['statistics_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出统计（CSV） / The by-agency figures as CSV (UTF-8 with BOM for Excel): one row per agency, every metric as numerator, denominator, rate */
    get: operations['statistics_exportCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/annual-report.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 向人大年度报告 / 向人大年度报告 (Art. 11): a court’s figures for a year, its letters and their outcomes, 治理成效 of the adopted ones */
    get: operations['statistics_annualReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 刷新统计 / Rebuild the statistics rollups now (the worker does this on its schedule) */
    post: operations['statistics_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/watchlist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的关注 / My watch list, with each delivery’s state and due dates */
    get: operations['watchlist_list'];
    put?: never;
    /** 关注 / Watch a letter (or one delivery of it) I can see; 404 if I cannot, 409 if already watched */
    post: operations['watchlist_add'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/watchlist/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 取消关注 / Stop watching */
    delete: operations['watchlist_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/worklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 待办工作清单 / Items needing action in my court (paged, most pressing first): overdue, extension requests, returned letters to re-route, replies to evaluate, follow-ups due, implementation to confirm, and anything with 督办意见 or on a supervisor’s watch list */
    get: operations['worklist_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 全文搜索 / Letters, items, replies and messages the caller may see, ranked and highlighted */
    get: operations['search_find'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/suggestions/similar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 起草时查类似建议 / Drafting-time check: letters on the same problem or to the same recipient — those the caller may see, and those other courts nearby have issued
     * @description `elsewhere`: letters issued by the courts under the same higher court or in the same city-level region, with title, number, court, main recipients, issue date and state only (no id, no content). `excludeId` (the draft itself) must be a letter the caller sees, else 404.
     */
    get: operations['similar_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/suggestions/{id}/similar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 类似建议 / Earlier letters on the same problem or to the same recipient (that the caller may see) */
    get: operations['similar_find'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 列出事件推送订阅 / Your organization's webhook subscriptions */
    get: operations['webhooks_list'];
    put?: never;
    /** 订阅事件推送 / Subscribe your organization's own system to events (delivery.created, reminder, message, evaluation) */
    post: operations['webhooks_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 取消事件推送订阅 / Unsubscribe a webhook */
    delete: operations['webhooks_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/mails': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 发出的邮件 / Outgoing emails (filter FAILED to see what needs attention) */
    get: operations['adminMails_listMails'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/mails/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重发邮件 / Send a failed email again (same Message-ID) */
    post: operations['adminMails_retryMail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 发件箱 / Outbox rows (webhook deliveries, event fan-out), newest first */
    get: operations['adminMails_listOutbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/outbox/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重试发件箱记录 / Make a FAILED outbox row (e.g. a webhook delivery) pending again */
    post: operations['adminMails_retryOutbox'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AdoptedLetterLinkDto: {
      /** Format: uuid */
      id: string;
      courtName: string;
      docNumber: string | null;
      /** @description Issued by the higher court (from then on the originating court reads it, its deliveries and replies) */
      issued: boolean;
    };
    AnsweringLetterDto: {
      /** Format: uuid */
      id: string;
      title: string;
      docNumber: string | null;
      status: string;
    };
    ApiTokenDto: {
      /** Format: uuid */
      id: string;
      name: string;
      roles: ('JUDGE' | 'DIVISION_HEAD' | 'COURT_LEADER' | 'COURT_ADMIN' | 'AGENCY_CLERK' | 'AGENCY_LEADER' | 'SUPERVISOR' | 'SYS_ADMIN')[];
      tokenPrefix: string;
      expiresAt: string | null;
      lastUsedAt: string | null;
      revokedAt: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    AttachedFileDto: {
      /** Format: uuid */
      id: string;
      /**
       * @description The client’s file name, sanitized (no directories, no control characters)
       * @example 整改方案.pdf
       */
      fileName: string;
      /**
       * @description Detected from the content (magic bytes), not taken from the client
       * @example application/pdf
       */
      contentType: string;
      /**
       * @description Size in bytes
       * @example 183422
       */
      size: number;
      /**
       * @description SHA-256 of the content, lower-case hex
       * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
       */
      sha256: string;
      /** Format: date-time */
      createdAt: string;
      /**
       * @description What it was attached with (null: not attached yet)
       * @enum {string|null}
       */
      purpose: 'LETTER' | 'REPLY' | 'IMPLEMENTATION' | 'MESSAGE' | 'EXTENSION' | 'OTHER' | null;
    };
    AttachmentDto: {
      /** Format: uuid */
      id: string;
      /**
       * @description The client’s file name, sanitized (no directories, no control characters)
       * @example 整改方案.pdf
       */
      fileName: string;
      /**
       * @description Detected from the content (magic bytes), not taken from the client
       * @example application/pdf
       */
      contentType: string;
      /**
       * @description Size in bytes
       * @example 183422
       */
      size: number;
      /**
       * @description SHA-256 of the content, lower-case hex
       * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
       */
      sha256: string;
      /** Format: date-time */
      createdAt: string;
    };
    AuditCheckpointDto: {
      id: string;
      takenAt: string;
      heads: components['schemas']['CheckpointHeadDto'][];
      /** @description Ed25519 over the canonical JSON of {heads, id, takenAt}, base64 */
      signature: string;
    };
    AuditCheckpointPageDto: {
      items: components['schemas']['AuditCheckpointDto'][];
      total: number;
      page: number;
      pageSize: number;
    };
    AuditEventDto: {
      /**
       * @description Row number (bigint, as a string)
       * @example 1042
       */
      id: string;
      /** Format: date-time */
      occurredAt: string;
      /** Format: uuid */
      actorUserId: string | null;
      /** @example 周承办 */
      actorName: string | null;
      /** Format: uuid */
      actorOrgId: string | null;
      /** @example suggestion.approved */
      action: string;
      /** @example suggestion */
      entityType: string;
      entityId: string | null;
      /** Format: uuid */
      organizationId: string | null;
      /** @description What happened (fields by action) */
      data: {
        [key: string]: unknown;
      };
      ip: string | null;
      correlationId: string | null;
      /** @description HMAC of this row over the previous one (hex) */
      hash: string;
    };
    AuditEventPageDto: {
      items: components['schemas']['AuditEventDto'][];
      total: number;
      page: number;
      pageSize: number;
    };
    AuditProblemDto: {
      /** @description the row concerned (null: a checkpoint signature) */
      id: string | null;
      chain: number | null;
      checkpointId: string | null;
      reason: string;
    };
    AuditPublicKeyDto: {
      /** @example Ed25519 */
      algorithm: string;
      /** @description SPKI PEM */
      pem: string;
      /** @description raw 32-byte key, base64 */
      raw: string;
      /** @description SHA-256 of the raw key, hex */
      fingerprint: string;
    };
    AuditVerificationDto: {
      valid: boolean;
      checked: number;
      /** @description id of the lowest row found broken */
      firstBrokenId: string | null;
      reason: string | null;
      /** @description checkpoints checked */
      checkpoints: number;
      problems: components['schemas']['AuditProblemDto'][];
    };
    AuthorityRuleDto: {
      /**
       * @description 案由 name or code (this cause and its children)
       * @example 物业服务合同纠纷
       */
      cause?: string;
      /**
       * @description A keyword (领域); matched before causes
       * @example 充电桩
       */
      keyword?: string;
      /** @example 住房和城乡建设局 */
      authority: string;
      /**
       * @description Name fragments that find the authority among the agencies of a court’s area
       * @example [
       *       "住房和城乡建设",
       *       "住建局"
       *     ]
       */
      namePatterns: string[];
      /** @example 物业管理 */
      domain?: string;
    };
    AuthorityRuleOutDto: {
      /** Format: uuid */
      id: string;
      causeCode: string | null;
      /** @example 物业服务合同纠纷 */
      causeName: string | null;
      /** @example 充电桩 */
      keyword: string | null;
      /** @example 住房和城乡建设局 */
      authority: string;
      namePatterns: string[];
      domain: string | null;
    };
    AuthorityRulesDto: {
      rules: components['schemas']['AuthorityRuleDto'][];
    };
    AuthorRefDto: {
      /** Format: uuid */
      userId: string | null;
      /** Format: uuid */
      organizationId: string;
      name: string;
    };
    BulkCasesDto: {
      /**
       * @description Case records, at most 10,000 per call (more → 413 TOO_MANY_CASES). Each: {caseNumber, cause (name or code), filedOn, closedOn?, outcome?, parties: [{kind: 自然人|法人|非法人组织|行政机关, name?}], amount?, keywords?}. Rows are checked one by one; a bad row is reported in `errors` ({row (1-based), field, message}) and skipped. A natural person’s name is dropped, never stored.
       * @example [
       *       {
       *         "caseNumber": "(2025)浙0781民初1234号",
       *         "cause": "物业服务合同纠纷",
       *         "filedOn": "2025-03-02",
       *         "parties": [
       *           {
       *             "kind": "法人",
       *             "name": "兰溪某物业服务有限公司"
       *           },
       *           {
       *             "kind": "自然人"
       *           }
       *         ],
       *         "amount": 3200,
       *         "keywords": [
       *           "物业费"
       *         ]
       *       }
       *     ]
       */
      cases: Record<string, never>[];
    };
    BulkOrganizationsDto: {
      /** @description Organizations: {type (COURT|AGENCY|CONGRESS|PARTY_COMMITTEE|OTHER or 法院/建议对象单位/人大/党委/其他), name, shortName, code, regionCode, parentCode?, emails? (array or "a@x; b@y"), replyNeedsApproval?, caseCode? (courts: 浙0781)}; created or updated by code */
      items: Record<string, never>[];
    };
    BulkUsersDto: {
      /** @description Users: {organizationCode, username, displayName, roles (array, or "承办法官、庭长"), division? (required for JUDGE/DIVISION_HEAD), email?, phone?, password? (new users only; generated and answered once when missing)}; created or updated by username */
      items: Record<string, never>[];
    };
    CalendarDto: {
      /** @example 2025 */
      year: number;
      /**
       * @description Statutory holidays (放假日), sorted
       * @example [
       *       "2025-10-01",
       *       "2025-10-02"
       *     ]
       */
      holidays: string[];
      /**
       * @description 调休: weekend days that are working days, sorted
       * @example [
       *       "2025-09-28",
       *       "2025-10-11"
       *     ]
       */
      workdays: string[];
      /** @example 1 */
      version: number;
      /** Format: date-time */
      updatedAt: string;
      /**
       * Format: uuid
       * @description Who last changed it (null: the seeded State Council schedule)
       */
      updatedBy: string | null;
    };
    CaseDto: {
      /** @example (2025)浙0726民初1234号 */
      caseNumber: string;
      /** @example 2025 */
      year: number;
      /** @example 浙0726 */
      courtCode: string;
      /** @example 民初 */
      typeWord: string;
      caseKind: string;
      sequence: number;
      /** Format: uuid */
      courtId: string;
      /** @example 浦江县人民法院 */
      courtName: string;
      cause: components['schemas']['CauseRefDto'];
      /** @example 2025-03-12 */
      filedOn: string;
      closedOn: string | null;
      outcome: string | null;
      parties: components['schemas']['CasePartyDto'][];
      amount: number | null;
      keywords: string[];
    };
    CaseImportResultDto: {
      created: number;
      updated: number;
      unchanged: number;
      errors: components['schemas']['CaseRowErrorDto'][];
      /** @description Names of natural persons dropped before anything was written */
      naturalPersonNamesDropped: number;
      /** @description File uploads: the data rows the file held */
      rows?: number;
    };
    CasePageDto: {
      items: components['schemas']['CaseDto'][];
      total: number;
      page: number;
      pageSize: number;
    };
    CasePartyDto: {
      /**
       * @description Natural persons carry no name
       * @example ORGANIZATION
       */
      kind: string;
      /** @example 浦江县某物业服务有限公司 */
      name?: string;
    };
    CaseRowErrorDto: {
      /** @example 3 */
      row: number;
      /** @example caseNumber */
      field: string;
      /** @example 案号格式不正确 */
      message: string;
    };
    CaseTrendPointDto: {
      /** @example 2025-03 */
      period: string;
      cases: number;
      /** @description The same period one year earlier */
      previousYear: number;
      change: number | null;
    };
    CaseTrendsDto: {
      cause: components['schemas']['CauseRefDto'] | null;
      keyword: string | null;
      /** Format: uuid */
      courtId: string | null;
      regionCode: string | null;
      /** @description Courts counted */
      courts: number;
      /** @example 2025-01 */
      from: string;
      /** @example 2025-12 */
      to: string;
      /** @enum {string} */
      granularity: 'month' | 'quarter' | 'year';
      series: components['schemas']['CaseTrendPointDto'][];
      total: number;
      previousTotal: number;
      change: number | null;
      topParties: components['schemas']['PartyCountDto'][];
      byCause: components['schemas']['CauseCountDto'][];
      method: string;
    };
    CauseCountDto: {
      code: string;
      name: string;
      cases: number;
    };
    CauseDto: {
      /** @example M9301 */
      code: string;
      /** @example 物业服务合同纠纷 */
      name: string;
      /** @example 4 */
      level: number;
      parentCode: string | null;
      /** @enum {string} */
      kind: 'CIVIL' | 'ADMINISTRATIVE';
      /** @description Names from the first level down to this one */
      path: string[];
    };
    CauseRefDto: {
      /** @example 9301 */
      code: string;
      /** @example 物业服务合同纠纷 */
      name: string;
    };
    ChangePasswordDto: {
      currentPassword: string;
      newPassword: string;
    };
    CheckpointHeadDto: {
      chain: number;
      /** @description id of the last row of the chain ("0": empty) */
      lastId: string;
      hash: string;
    };
    CommentDto: {
      /** @description The version you saw; stale → 409 VERSION_CONFLICT */
      version?: number;
      comment?: string;
    };
    CommitteeDecisionDto: {
      /** Format: uuid */
      id: string;
      meetingDate: string;
      resolution: string;
      recordedBy: string | null;
      /** Format: date-time */
      recordedAt: string;
    };
    CommitteeDto: {
      /** @description The version you saw; stale → 409 VERSION_CONFLICT */
      version?: number;
      /** @example 2025-03-12 */
      meetingDate: string;
      /** @example 审判委员会第5次会议讨论通过，同意发出 */
      resolution: string;
    };
    ConsultationDto: {
      /** @description The version you saw; stale → 409 VERSION_CONFLICT */
      version?: number;
      /** @example 2025-03-01 */
      date: string;
      /** Format: uuid */
      organizationId: string;
      summary: string;
    };
    ConsultationOutDto: {
      /** Format: uuid */
      id: string;
      date: string;
      /** Format: uuid */
      organizationId: string;
      organizationName: string;
      summary: string;
      recordedBy: string | null;
      /** Format: date-time */
      recordedAt: string;
    };
    CopySuperiorDto: {
      /** @description The version you saw; stale → 409 VERSION_CONFLICT */
      version?: number;
      /**
       * Format: uuid
       * @description The organization to copy; default: the recipient’s superior in the directory (its parent)
       */
      organizationId?: string;
      /**
       * @description Printed on the copy
       * @example 该单位逾期三十日未反馈，依第九条抄送贵单位，请督促办理。
       */
      note: string;
    };
    CreateApiTokenDto: {
      /** @example 金华市住建局 OA */
      name: string;
      /**
       * @example [
       *       "AGENCY_CLERK"
       *     ]
       */
      roles: ('JUDGE' | 'DIVISION_HEAD' | 'COURT_LEADER' | 'COURT_ADMIN' | 'AGENCY_CLERK' | 'AGENCY_LEADER' | 'SUPERVISOR' | 'SYS_ADMIN')[];
      /** Format: date-time */
      expiresAt?: string;
    };
    CreatedApiTokenDto: {
      /** Format: uuid */
      id: string;
      name: string;
      roles: ('JUDGE' | 'DIVISION_HEAD' | 'COURT_LEADER' | 'COURT_ADMIN' | 'AGENCY_CLERK' | 'AGENCY_LEADER' | 'SUPERVISOR' | 'SYS_ADMIN')[];
      tokenPrefix: string;
      expiresAt: string | null;
      lastUsedAt: string | null;
      revokedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description The secret. Shown once; store it in the client system. */
      token: string;
    };
    CreatedWebhookDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organizationId: string;
      url: string;
      events: ('delivery.created' | 'reminder' | 'message' | 'evaluation')[];
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      version: number;
      /** @description HMAC-SHA256 signing secret, shown once. X-Signature: sha256=hex(HMAC(secret, `${X-Signature-Timestamp}.${body}`)) */
      secret: string;
    };
    CreateOrganizationDto: {
      /** @enum {string} */
      type: 'COURT' | 'AGENCY' | 'CONGRESS' | 'PARTY_COMMITTEE' | 'OTHER';
      /** @example 兰溪市人民法院 */
      name: string;
      /**
       * @description Used in document numbers: 兰溪法建〔2025〕3号
       * @example 兰溪
       */
      shortName: string;
      code?: string;
      /**
       * @description A court’s 法院代字
       * @example 浙0781
       */
      caseCode?: string;
      /** @example 330781 */
      regionCode: string;
      /** Format: uuid */
      parentId?: string;
      emails?: string[];
      replyNeedsApproval?: boolean;
      active?: boolean;
    };
    CreateSuggestionDto: {
      /** @example 关于规范老旧小区电动汽车充电桩建设管理的司法建议 */
      title: string;
      /** @enum {string} */
      category: 'INDIVIDUAL_CASE' | 'CLASS_CASE' | 'GOVERNANCE' | 'WHITE_PAPER';
      /** @example 城市管理 */
      domain?: string;
      /** @description 重大 suggestion */
      major?: boolean;
      background?: string;
      /** @description 原因分析 (optional section of the letter) */
      causeAnalysis?: string;
      /** @description Problem ↔ recommendation pairs, numbered from 1 in this order */
      items: components['schemas']['ItemInputDto'][];
      /**
       * @example [
       *       "(2024)浙0702民初1234号"
       *     ]
       */
      sourceCases?: string[];
      legalBasis?: string;
      /** @default 2 */
      replyPeriodMonths: number;
      /** @description MAIN (主送, at least one) and COPY (抄送) recipients */
      recipients: components['schemas']['RecipientInputDto'][];
      contactName?: string;
      contactPhone?: string;
      /** @description Uploaded files of the letter (POST /api/v1/attachments). On PATCH: the full list — files left out are detached again */
      attachmentIds?: string[];
    };
    CreateUserDto: {
      /** Format: uuid */
      organizationId: string;
      /** @example lanxi.judge */
      username: string;
      /** @example 王法官 */
      displayName: string;
      email?: string;
      phone?: string;
      roles: ('JUDGE' | 'DIVISION_HEAD' | 'COURT_LEADER' | 'COURT_ADMIN' | 'AGENCY_CLERK' | 'AGENCY_LEADER' | 'SUPERVISOR' | 'SYS_ADMIN')[];
      /** @example 民一庭 */
      division?: string;
      password: string;
      /** @default true */
      active: boolean;
    };
    CreateWatchDto: {
      /**
       * Format: uuid
       * @description The letter to watch
       */
      suggestionId: string;
      /**
       * Format: uuid
       * @description One delivery of that letter (optional)
       */
      deliveryId?: string;
      note?: string;
    };
    CreateWebhookDto: {
      /**
       * @description http(s), no credentials; refused (400 WEBHOOK_URL_FORBIDDEN) when its host is or resolves to a loopback, private, link-local, unique-local or other internal address, unless listed in WEBHOOK_ALLOWED_HOSTS
       * @example https://oa.zjj.jinhua.gov.cn/hooks/sifa
       */
      url: string;
      events: ('delivery.created' | 'reminder' | 'message' | 'evaluation')[];
    };
    DecisionDto: {
      /** @description The version you saw; stale → 409 VERSION_CONFLICT */
      version?: number;
      /** @enum {string} */
      decision: 'APPROVE' | 'RETURN';
      /** @description Required when returning */
      comment?: string;
    };
    DeliveryDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      suggestionId: string;
      /** @example 关于规范售楼处人脸识别信息采集的司法建议 */
      suggestionTitle: string;
      docNumber: string | null;
      /** Format: uuid */
      courtId: string;
      /** @example 兰溪市人民法院 */
      courtName: string;
      /** Format: uuid */
      organizationId: string;
      /** @example 兰溪市市场监督管理局 */
      organizationName: string;
      /** @enum {string} */
      kind: 'MAIN' | 'COPY';
      /** @enum {string} */
      status: 'DELIVERED' | 'SIGNED' | 'REPLIED' | 'EVALUATED' | 'IMPLEMENTING' | 'IMPLEMENTED' | 'NOT_ADOPTED' | 'CLOSED' | 'REJECTED_BY_RECIPIENT' | 'READ';
      /** Format: date-time */
      deliveredAt: string;
      /** Format: date-time */
      signedAt: string | null;
      signedBy: components['schemas']['PersonRefDto'] | null;
      /** Format: date-time */
      readAt: string | null;
      /** @example 2025-03-18 */
      signDueDate: string | null;
      replyDueDate: string | null;
      followUpDate: string | null;
      /** @description The running due date (sign-for, reply or follow-up) */
      dueDate: string | null;
      /** @enum {string} */
      colour: 'GREEN' | 'YELLOW' | 'RED';
      /** Format: date-time */
      repliedAt: string | null;
      reply: components['schemas']['ReplyOutDto'] | null;
      evaluation: components['schemas']['EvaluationOutDto'] | null;
      implementation: components['schemas']['ImplementationOutDto'] | null;
      /** @description The latest extension request */
      extension: components['schemas']['ExtensionOutDto'] | null;
      rejection: components['schemas']['RejectionOutDto'] | null;
      /** Format: uuid */
      reroutedFromId: string | null;
      /** Format: uuid */
      reroutedToId: string | null;
      /** @description A COPY the court added for a recipient’s superior (Art. 9): the court’s note, printed on the copy */
      copyNote: string | null;
      /**
       * Format: uuid
       * @description That copy’s main delivery
       */
      copyOfDeliveryId: string | null;
      /** Format: date-time */
      closedAt: string | null;
      closedReason: string | null;
      /** @description Files of this delivery: reply, implementation reports, messages, extension request */
      attachments: components['schemas']['AttachedFileDto'][];
      version: number;
      allowedActions: (
        | 'SIGN'
        | 'READ'
        | 'REJECT'
        | 'REROUTE'
        | 'REQUEST_EXTENSION'
        | 'DECIDE_EXTENSION'
        | 'REPLY'
        | 'APPROVE_REPLY'
        | 'RETURN_REPLY'
        | 'EVALUATE'
        | 'REPORT_IMPLEMENTATION'
        | 'CONFIRM_IMPLEMENTATION'
        | 'CLOSE'
        | 'MESSAGE'
        | 'SUPERVISE'
        | 'COPY_SUPERIOR'
      )[];
      /** @description 督办意见 on this delivery, latest first (GET /deliveries/:id and action answers; not in lists) */
      supervisionNotes?: components['schemas']['DeliverySupervisionNoteDto'][];
      /** @description Whether the caller watches this delivery or its letter */
      watched?: boolean;
      /** @description Who watches the letter or this delivery; always empty for the recipient */
      watchedBy?: components['schemas']['DeliveryWatcherDto'][];
    };
    DeliveryPageDto: {
      items: components['schemas']['DeliveryDto'][];
      total: number;
      page: number;
      pageSize: number;
    };
    DeliverySupervisionNoteDto: {
      /** Format: uuid */
      id: string;
      comment: string;
      /** Format: date-time */
      createdAt: string;
      author: components['schemas']['SupervisionAuthorDto'];
    };
    DeliveryVersionDto: {
      /** @description The version you saw; stale → 409 VERSION_CONFLICT */
      version?: number;
    };
    DeliveryWatcherDto: {
      name: string;
      /** Format: uuid */
      organizationId: string;
      organizationName: string;
      /**
       * @description Watching the whole letter or this delivery
       * @enum {string}
       */
      scope: 'LETTER' | 'DELIVERY';
      /** Format: date-time */
      since: string;
    };
    DevMailDto: {
      /** Format: uuid */
      id: string;
      /** @example <0b6f…@sifa-jianyi.local> */
      messageId: string | null;
      /** @example noreply@sifa-jianyi.local */
      from: string;
      to: string[];
      subject: string;
      /** @description Size of the raw message in bytes */
      size: number;
      /** Format: date-time */
      receivedAt: string;
      text: string | null;
      html: string | null;
      /** @description Header name → value */
      headers: {
        [key: string]: string;
      };
    };
    DevMailPageDto: {
      items: components['schemas']['DevMailSummaryDto'][];
      total: number;
      page: number;
      pageSize: number;
    };
    DevMailSummaryDto: {
      /** Format: uuid */
      id: string;
      /** @example <0b6f…@sifa-jianyi.local> */
      messageId: string | null;
      /** @example noreply@sifa-jianyi.local */
      from: string;
      to: string[];
      subject: string;
      /** @description Size of the raw message in bytes */
      size: number;
      /** Format: date-time */
      receivedAt: string;
    };
    DirectoryImportProblemDto: {
      /** @example 用户 */
      sheet: string | null;
      /** @example 3 */
      row: number;
      /** @example 所属单位代码 */
      field: string;
      /** @example 单位代码不存在 */
      message: string;
    };
    DirectoryImportResultDto: {
      organizations: components['schemas']['ImportCountsDto'];
      users: components['schemas']['ImportCountsDto'];
      rows: components['schemas']['ImportRowDto'][];
      credentials: components['schemas']['ImportCredentialDto'][];
    };
    DismissLeadDto: {
      /** @example 已由其他途径反馈，暂不发建议 */
      reason: string;
      /** @description The version you saw; stale → 409 */
      version?: number;
    };
    DistrictCheckDto: {
      /** Format: uuid */
      courtId: string;
      courtName: string;
      /**
       * Format: uuid
       * @description The court the letter goes up to (Art. 3)
       */
      higherCourtId: string | null;
      higherCourtName: string | null;
      /** @description MAIN recipients outside the court’s district: sign-off escalates instead of issuing */
      outside: components['schemas']['OutsideRecipientDto'][];
    };
    DraftFromLeadDto: {
      /**
       * Format: uuid
       * @description Main recipient instead of the suggested agency
       */
      organizationId?: string;
    };
    DueDateDto: {
      /** @example 2025-08-01 */
      from: string;
      /** @example 2 */
      months?: number;
      /** @example 3 */
      workingDays?: number;
      /** @example 2025-10-09 */
      dueDate: string;
      /** @description True when the calendar moved the plain count (a last day on a holiday or rest day; skipped non-working days) */
      adjusted: boolean;
      /** @example 2025-10-01 is a statutory holiday; the period ends on the first working day after it, 2025-10-09 (民事诉讼法 第85条) */
      reason?: string;
    };
    ErrorResponseDto: {
      /**
       * @description The HTTP status, repeated
       * @example 404
       */
      statusCode: number;
      /**
       * @description Stable machine code (the codes each status may carry are listed with the response)
       * @example NOT_FOUND
       */
      code: string;
      /**
       * @description What a person reads: always Chinese
       * @example 未找到，或您无权查看
       */
      message: string;
      /**
       * @description Field-level problems `[{field, message}]` (messages in Chinese), or facts such as `{currentVersion}`; absent when there are none
       * @example [
       *       {
       *         "field": "legalBasis",
       *         "message": "请填写法律依据"
       *       }
       *     ]
       */
      details?: Record<string, never>[] | Record<string, never>;
      /**
       * @description The request id (header x-correlation-id)
       * @example b7e0d1c2-4f5a-4e8b-9c3d-2a1f0e9d8c7b
       */
      correlationId: string;
    };
    EscalationDecisionDto: {
      /** @description The version you saw; stale → 409 VERSION_CONFLICT */
      version?: number;
      /**
       * @description ADOPT: re-issue in the higher court’s name (goes to its leader); RETURN: back to the drafting court
       * @enum {string}
       */
      decision: 'ADOPT' | 'RETURN';
      comment?: string;
    };
    EvaluateDto: {
      /** @description The version you saw; stale → 409 VERSION_CONFLICT */
      version?: number;
      /** @enum {string} */
      result: 'ADOPTED' | 'PARTIALLY_ADOPTED' | 'NOT_ADOPTED';
      comment?: string;
      /** @description Follow-up date when adopted (default: three months on) */
      followUpDate?: string;
      /** @description The court’s judgement of every recommendation, one per item (counted in the per-item adoption rate); left out, every item takes `result` */
      items?: components['schemas']['EvaluationItemDto'][];
    };
    EvaluationItemDto: {
      /** @description The item number of the letter */
      index: number;
      /**
       * @description The court’s judgement of this recommendation
       * @enum {string}
       */
      result: 'ADOPTED' | 'PARTIALLY_ADOPTED' | 'NOT_ADOPTED';
      note?: string;
    };
    EvaluationItemOutDto: {
      index: number;
      /** @enum {string} */
      result: 'ADOPTED' | 'PARTIALLY_ADOPTED' | 'NOT_ADOPTED';
      note: string;
    };
    EvaluationOutDto: {
      /** @enum {string} */
      result: 'ADOPTED' | 'PARTIALLY_ADOPTED' | 'NOT_ADOPTED';
      comment: string | null;
      /** Format: date-time */
      evaluatedAt: string;
      evaluatedBy: string | null;
      /** @description The court’s judgement of each recommendation (the agency’s stance stays in reply.items) */
      items: components['schemas']['EvaluationItemOutDto'][];
    };
    ExtensionDecisionDto: {
      /** @description The version you saw; stale → 409 VERSION_CONFLICT */
      version?: number;
      approve: boolean;
      /** @description The granted due date (default: the requested one) */
      dueDate?: string;
      comment?: string;
    };
    ExtensionOutDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      clock: 'SIGN' | 'REPLY' | 'FOLLOW_UP';
      /** @enum {string} */
      status: 'PENDING' | 'APPROVED' | 'REFUSED';
      reason: string;
      oldDueDate: string | null;
      requestedDueDate: string;
      newDueDate: string | null;
      requestedByName: string | null;
      requestedAt: string;
      decidedByName: string | null;
      decidedAt: string | null;
      decisionComment: string | null;
    };
    ExtensionRequestDto: {
      /** @description The version you saw; stale → 409 VERSION_CONFLICT */
      version?: number;
      reason: string;
      /** @example 2025-06-30 */
      requestedDueDate: string;
      /** @description Uploaded files supporting the request */
      attachmentIds?: string[];
    };
    ImpactAfterDto: {
      /** @example 2024-10-01 */
      from: string;
      /** @example 2025-09-30 */
      to: string | null;
      /**
       * @description Whole months counted since the month implementation was confirmed (at most 12)
       * @example 12
       */
      months: number;
      /** @example 12 */
      cases: number | null;
      /**
       * @description cases × 12 ÷ months
       * @example 12
       */
      annualised: number | null;
    };
    ImpactBeforeDto: {
      /** @example 2023-07-01 */
      from: string;
      /** @example 2024-06-30 */
      to: string;
      /** @example 24 */
      cases: number;
    };
    ImpactCauseDto: {
      /** @example M040123 */
      code: string;
      /** @example 物业服务合同纠纷 */
      name: string;
      /** @example 充电桩 */
      keyword: string | null;
    };
    ImpactControlDto: {
      /** @example 36 */
      before: number;
      /** @example 24 */
      after: number | null;
      /** @example -0.3333 */
      change: number | null;
    };
    ImpactDto: {
      /** Format: uuid */
      suggestionId: string;
      cause: components['schemas']['ImpactCauseDto'] | null;
      region: components['schemas']['ImpactRegionDto'] | null;
      before: components['schemas']['ImpactBeforeDto'] | null;
      after: components['schemas']['ImpactAfterDto'] | null;
      /**
       * @description annualised after ÷ before − 1
       * @example -0.5
       */
      change: number | null;
      /** @description The same change for every case of the region */
      control: components['schemas']['ImpactControlDto'] | null;
      /**
       * @description change − control.change
       * @example -0.1667
       */
      netChange: number | null;
      /** @description Why there is no figure (no linked 案由, not adopted, not confirmed, no whole month), or that it is annualised */
      note: string | null;
      /** @description The method in words */
      method: string;
    };
    ImpactRankingDto: {
      scope: components['schemas']['StatsScopeDto'];
      /** @description The method in words */
      method: string;
      /**
       * @description Adopted letters issued in the scope and period
       * @example 4
       */
      total: number;
      /** @description Only the 200 most recently issued were measured */
      truncated: boolean;
      /** @description Letters with a figure, by netChange, lowest first */
      items: components['schemas']['ImpactRowDto'][];
      /** @description Adopted letters without a figure yet, most recent first; impact.note says why */
      unmeasured: components['schemas']['ImpactRowDto'][];
    };
    ImpactRegionDto: {
      /**
       * @description The adopting agency’s 行政区划 code
       * @example 330726
       */
      code: string;
      /** Format: uuid */
      organizationId: string;
      /** @example 浦江县住房和城乡建设局 */
      organizationName: string;
      /**
       * @description Courts of that region whose cases are counted
       * @example 1
       */
      courts: number;
    };
    ImpactRowDto: {
      /**
       * @description 1 = the largest fall beyond the control; null without a figure
       * @example 1
       */
      rank: number | null;
      /** Format: uuid */
      suggestionId: string;
      /** @example 关于加强住宅小区物业服务监管的司法建议 */
      title: string;
      /** @example 浦江法建〔2024〕3号 */
      docNumber: string | null;
      /** @example 浦江县人民法院 */
      courtName: string;
      /** @example 2024-07-10 */
      issuedOn: string;
      /** @description The same answer as GET /suggestions/:id/impact */
      impact: components['schemas']['ImpactDto'];
    };
    ImplementationDto: {
      /** @description The version you saw; stale → 409 VERSION_CONFLICT */
      version?: number;
      /** @enum {string} */
      status: 'IN_PROGRESS' | 'IMPLEMENTED';
      note?: string;
      attachmentIds?: string[];
    };
    ImplementationOutDto: {
      /** @enum {string|null} */
      status: 'IN_PROGRESS' | 'IMPLEMENTED' | null;
      note: string | null;
      /** Format: date-time */
      reportedAt: string | null;
      /** Format: date-time */
      confirmedAt: string | null;
    };
    ImportCountsDto: {
      created: number;
      updated: number;
      unchanged: number;
    };
    ImportCredentialDto: {
      username: string;
      displayName: string;
      /** @description generated first password, shown once */
      password: string;
    };
    ImportRowDto: {
      /** @example 单位 */
      sheet: string;
      row: number;
      /** @description organization code or username */
      key: string;
      /** @enum {string} */
      outcome: 'created' | 'updated' | 'unchanged';
      changed: string[];
    };
    IssuedElsewhereDto: {
      docNumber: string | null;
      title: string;
      status: string;
      courtName: string;
      /** @description Its MAIN recipients */
      recipients: string[];
      /** Format: date-time */
      issuedAt: string | null;
      titleSimilarity: number;
      sharedRecipients: string[];
      reasons: ('SAME_PROBLEM' | 'SAME_RECIPIENT')[];
    };
    ItemInputDto: {
      /** @example 老旧小区充电桩安装难，物业以安全为由拒绝出具同意证明 */
      problem: string;
      /** @example 出台老旧小区充电设施建设指引，明确物业配合义务 */
      recommendation: string;
    };
    LeadDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      courtId: string;
      /** @example 金华市中级人民法院 */
      courtName: string;
      /** @enum {string} */
      kind: 'CAUSE_GROWTH' | 'PARTY';
      cause: components['schemas']['CauseRefDto'] | null;
      /** @example 充电桩 */
      keyword: string | null;
      partyName: string | null;
      /**
       * @description First month of the 12 the figures cover
       * @example 2025-01
       */
      periodFrom: string;
      /** @example 2025-12 */
      periodTo: string;
      cases: number;
      previousCases: number;
      growth: number | null;
      evidence: components['schemas']['LeadEvidenceDto'];
      /** @example 发展改革部门 */
      authority: string | null;
      suggestedOrganization: components['schemas']['OrganizationRefDto'] | null;
      /** @description A letter already on this problem to that recipient */
      answeredBy: components['schemas']['AnsweringLetterDto'] | null;
      /** @enum {string} */
      status: 'NEW' | 'DRAFTED' | 'DISMISSED';
      dismissReason: string | null;
      /** Format: uuid */
      draftId: string | null;
      detectedAt: string;
      version: number;
      allowedActions: ('DRAFT' | 'DISMISS')[];
    };
    LeadEvidenceDto: {
      monthly: components['schemas']['MonthCountDto'][];
      cases: number;
      previousCases: number;
      /**
       * @description Year-on-year change (0.52 = +52%); null without cases a year before
       * @example 0.52
       */
      change: number | null;
      topParties: components['schemas']['PartyCountDto'][];
      topCauses: components['schemas']['CauseCountDto'][];
      /**
       * @example [
       *       "(2025)浙0726民初1234号"
       *     ]
       */
      sampleCaseNumbers: string[];
    };
    LeadPageDto: {
      items: components['schemas']['LeadDto'][];
      total: number;
      page: number;
      pageSize: number;
    };
    LeadRefreshResultDto: {
      /** @example 2026-01-05 */
      asOf: string;
      /** @example 2025-01 */
      periodFrom: string;
      /** @example 2025-12 */
      periodTo: string;
      candidates: number;
      /** @description Leads written or refreshed */
      upserted: number;
      durationMs: number;
    };
    LetterLinkDto: {
      /** Format: uuid */
      id: string;
      courtName: string;
      title: string;
    };
    LivenessDto: {
      /** @enum {string} */
      status: 'ok';
    };
    LoginDto: {
      /** @example admin */
      username: string;
      /** @example Sifa@2026demo */
      password: string;
    };
    LoginResponseDto: {
      accessToken: string;
      /** @description Left out when the refresh came by cookie (it is in the cookie instead) */
      refreshToken?: string;
      /** @example Bearer */
      tokenType: string;
      /** @description Access token lifetime in seconds */
      expiresIn: number;
      /** @description The user as GET /api/v1/me answers */
      user: components['schemas']['MeDto'];
    };
    LogoutDto: {
      /** @description Ignored; the session of the access token is ended. */
      refreshToken?: string;
    };
    MailPageDto: {
      items: components['schemas']['MailRowDto'][];
      total: number;
      page: number;
      pageSize: number;
    };
    MailRowDto: {
      /** Format: uuid */
      id: string;
      /** @description Dedupe key: one email per cause and address */
      dedupeKey: string;
      /** @description The Message-ID every attempt carries */
      messageId: string;
      /** @example delivery-notice */
      template: string;
      /**
       * @example [
       *       "zjj@jinhua.gov.cn"
       *     ]
       */
      to: string[];
      /** @example 【司法建议】金中法建〔2025〕1号 请签收 */
      subject: string;
      text: string;
      html: string;
      /** @enum {string} */
      status: 'QUEUED' | 'SENT' | 'FAILED';
      attempts: number;
      lastError: string | null;
      smtpResponse: string | null;
      /** Format: uuid */
      suggestionId: string | null;
      /** Format: uuid */
      deliveryId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: date-time */
      sentAt: string | null;
    };
    MeDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organizationId: string;
      username: string;
      displayName: string;
      email: string | null;
      phone: string | null;
      roles: ('JUDGE' | 'DIVISION_HEAD' | 'COURT_LEADER' | 'COURT_ADMIN' | 'AGENCY_CLERK' | 'AGENCY_LEADER' | 'SUPERVISOR' | 'SYS_ADMIN')[];
      /** @description 庭室, e.g. 民一庭 */
      division: string | null;
      active: boolean;
      version: number;
      /** @enum {string} */
      kind: 'user' | 'apiToken';
      organizationName: string;
      organizationType: string;
    };
    MessageDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      deliveryId: string;
      /** @enum {string} */
      side: 'COURT' | 'RECIPIENT';
      author: components['schemas']['AuthorRefDto'];
      body: string;
      /** @description The files sent with this message */
      attachments: components['schemas']['AttachedFileDto'][];
      /** Format: date-time */
      createdAt: string;
    };
    MessageInputDto: {
      body: string;
      attachmentIds?: string[];
    };
    MetricDefinitionDto: {
      /** @example 反馈率 */
      label: string;
      zh: string;
      en: string;
    };
    MetricDto: {
      /** @example 3 */
      numerator: number;
      /** @example 4 */
      denominator: number;
      /**
       * @description numerator ÷ denominator; null when the denominator is 0
       * @example 0.75
       */
      rate: number | null;
    };
    MetricsDto: {
      issued: components['schemas']['MetricDto'];
      signRate: components['schemas']['MetricDto'];
      feedbackRate: components['schemas']['MetricDto'];
      onTimeFeedbackRate: components['schemas']['MetricDto'];
      adoptionRate: components['schemas']['MetricDto'];
      itemAdoptionRate: components['schemas']['MetricDto'];
      implementationRate: components['schemas']['MetricDto'];
      avgHoursToSign: components['schemas']['MetricDto'];
      p90HoursToSign: components['schemas']['MetricDto'];
      avgDaysToReply: components['schemas']['MetricDto'];
      p90DaysToReply: components['schemas']['MetricDto'];
      overdue: components['schemas']['OverdueMetricsDto'];
      major: components['schemas']['MetricDto'];
      copiedToSuperior: components['schemas']['MetricDto'];
    };
    MonthCountDto: {
      /** @example 2025-03 */
      month: string;
      /** @example 41 */
      cases: number;
    };
    NotificationDto: {
      /** Format: uuid */
      id: string;
      /** @example delivery.created */
      kind: string;
      title: string;
      body: string;
      /** Format: uuid */
      suggestionId: string | null;
      /** Format: uuid */
      deliveryId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      readAt: string | null;
    };
    NotificationPageDto: {
      items: components['schemas']['NotificationDto'][];
      total: number;
      /** @description Unread notices in total */
      unread: number;
      page: number;
      pageSize: number;
    };
    OrganizationDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      type: 'COURT' | 'AGENCY' | 'CONGRESS' | 'PARTY_COMMITTEE' | 'OTHER';
      /** @example 兰溪市人民法院 */
      name: string;
      /** @example 兰溪 */
      shortName: string;
      code: string | null;
      /**
       * @description A court’s 法院代字 (case numbers find their court by it)
       * @example 浙0781
       */
      caseCode: string | null;
      /** @example 330781 */
      regionCode: string;
      /** Format: uuid */
      parentId: string | null;
      emails: string[];
      replyNeedsApproval: boolean;
      active: boolean;
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    OrganizationPageDto: {
      items: components['schemas']['OrganizationDto'][];
      total: number;
      page: number;
      pageSize: number;
    };
    OrganizationRefDto: {
      /** Format: uuid */
      id: string;
      /** @example 金华市发展和改革委员会 */
      name: string;
    };
    OutboxPageDto: {
      items: components['schemas']['OutboxRowDto'][];
      total: number;
      page: number;
      pageSize: number;
    };
    OutboxRetriedDto: {
      /** Format: uuid */
      id: string;
      topic: string;
      /** @enum {string} */
      status: 'PENDING';
    };
    OutboxRowDto: {
      /** Format: uuid */
      id: string;
      /** @example webhook.deliver */
      topic: string;
      /** @enum {string} */
      status: 'PENDING' | 'ENQUEUED' | 'DONE' | 'FAILED';
      attempts: number;
      lastError: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      processedAt: string | null;
    };
    OutsideRecipientDto: {
      /** Format: uuid */
      organizationId: string;
      organizationName: string;
      /** @example 330700 */
      regionCode: string;
    };
    OverdueItemDto: {
      /** Format: uuid */
      deliveryId: string;
      /** Format: uuid */
      suggestionId: string;
      docNumber: string | null;
      title: string;
      /** Format: uuid */
      courtId: string;
      courtName: string;
      /** Format: uuid */
      organizationId: string;
      organizationName: string;
      status: string;
      /** @enum {string} */
      step: 'sign' | 'reply' | 'followUp';
      /** @example 2025-06-01 */
      dueDate: string;
      daysOverdue: number;
      major: boolean;
    };
    OverdueMetricsDto: {
      sign: components['schemas']['MetricDto'];
      reply: components['schemas']['MetricDto'];
      followUp: components['schemas']['MetricDto'];
    };
    OverduePageDto: {
      /** @example 2025-06-30 */
      asOf: string;
      items: components['schemas']['OverdueItemDto'][];
      total: number;
      page: number;
      pageSize: number;
    };
    OverviewDto: {
      issued: components['schemas']['MetricDto'];
      signRate: components['schemas']['MetricDto'];
      feedbackRate: components['schemas']['MetricDto'];
      onTimeFeedbackRate: components['schemas']['MetricDto'];
      adoptionRate: components['schemas']['MetricDto'];
      itemAdoptionRate: components['schemas']['MetricDto'];
      implementationRate: components['schemas']['MetricDto'];
      avgHoursToSign: components['schemas']['MetricDto'];
      p90HoursToSign: components['schemas']['MetricDto'];
      avgDaysToReply: components['schemas']['MetricDto'];
      p90DaysToReply: components['schemas']['MetricDto'];
      overdue: components['schemas']['OverdueMetricsDto'];
      major: components['schemas']['MetricDto'];
      copiedToSuperior: components['schemas']['MetricDto'];
      /** @description 工作建议被上级采用: letters of the scope’s courts that the higher court adopted and issued (Art. 3), by its issue date; numerator = denominator = the count */
      escalatedAdopted: components['schemas']['MetricDto'];
      scope: components['schemas']['StatsScopeDto'];
      /** @description Business date the due/overdue figures were computed for */
      asOf: string | null;
      /**
       * Format: date-time
       * @description When the rollup was last refreshed
       */
      refreshedAt: string | null;
      /** @description The formula of each figure, by key */
      definitions: {
        [key: string]: components['schemas']['MetricDefinitionDto'];
      };
    };
    PartyCountDto: {
      /** @example 浦江县某物业服务有限公司 */
      name: string;
      cases: number;
    };
    PersonRefDto: {
      /** Format: uuid */
      userId: string | null;
      name: string | null;
    };
    PutCalendarDto: {
      /**
       * @description Statutory holidays of that year (YYYY-MM-DD)
       * @example [
       *       "2027-01-01"
       *     ]
       */
      holidays: string[];
      /**
       * @description 调休 working days of that year: Saturdays or Sundays only (YYYY-MM-DD)
       * @example [
       *       "2027-02-06"
       *     ]
       */
      workdays: string[];
      /** @description The version you edited; a stale one is refused with 409 VERSION_CONFLICT */
      version?: number;
    };
    RankedRowDto: {
      /** @example 1 */
      rank: number | null;
      /** Format: uuid */
      id: string;
      name: string | null;
      metrics: components['schemas']['MetricsDto'];
    };
    RankingDto: {
      scope: components['schemas']['StatsScopeDto'];
      asOf: string | null;
      /** Format: date-time */
      refreshedAt: string | null;
      /** @example feedbackRate */
      sort: string;
      /** @description How many were ranked */
      total: number;
      /** @description For an agency: who it is ranked among (their names and figures are not shown) */
      peers?: string | null;
      items: components['schemas']['RankedRowDto'][];
    };
    ReadAllResultDto: {
      /** @description Notices marked read by this call */
      marked: number;
      /** @description Unread notices left (0) */
      unread: number;
    };
    RecipientInputDto: {
      /** Format: uuid */
      organizationId: string;
      /** @enum {string} */
      kind: 'MAIN' | 'COPY';
    };
    RefreshDto: {
      /** @description The refresh token; without it, the sifa_refresh cookie is used (the web app) */
      refreshToken?: string;
    };
    RefreshResultDto: {
      /** @enum {string} */
      mode: 'full' | 'incremental' | 'skipped';
      asOf: string;
      touchedKeys: number;
      durationMs: number;
    };
    RejectDto: {
      /** @description The version you saw; stale → 409 VERSION_CONFLICT */
      version?: number;
      /** @example 该事项不属于本单位职责，应由市综合行政执法局办理 */
      reason: string;
    };
    RejectionOutDto: {
      reason: string;
      /** Format: date-time */
      rejectedAt: string;
    };
    ReplyDto: {
      /** @description The version you saw; stale → 409 VERSION_CONFLICT */
      version?: number;
      /** @description Required unless draft */
      content?: string;
      measures?: string;
      /** @description One stance per item of the letter (a draft may leave some out) */
      items: components['schemas']['ReplyItemDto'][];
      attachmentIds?: string[];
      /** @description 暂存: true saves the reply for the agency without submitting it (nobody is told) */
      draft?: boolean;
    };
    ReplyItemDto: {
      /** @description The item number of the letter */
      index: number;
      /** @enum {string} */
      stance: 'ADOPT' | 'PARTIAL' | 'DECLINE';
      note?: string;
    };
    ReplyOutDto: {
      /**
       * Format: uuid
       * @description Absent while the reply awaits the agency leader’s approval, for everyone outside the recipient organization (they see only `status`)
       */
      id?: string;
      /**
       * @description DRAFT: saved, not submitted (暂存); RETURNED: sent back by the agency leader
       * @enum {string}
       */
      status: 'DRAFT' | 'PENDING_APPROVAL' | 'RETURNED' | 'SUBMITTED';
      /** @description Absent while the reply awaits the agency leader’s approval, for everyone outside the recipient organization (they see only `status`) */
      content?: string;
      /** @description Absent while the reply awaits the agency leader’s approval, for everyone outside the recipient organization (they see only `status`) */
      measures?: string | null;
      /** @description Absent while the reply awaits the agency leader’s approval, for everyone outside the recipient organization (they see only `status`) */
      items?: {
        index: number;
        /** @enum {string} */
        stance: 'ADOPT' | 'PARTIAL' | 'DECLINE';
        note?: string | null;
      }[];
      /** @description Absent while the reply awaits the agency leader’s approval, for everyone outside the recipient organization (they see only `status`) */
      writtenByName?: string | null;
      /** @description Absent while the reply awaits the agency leader’s approval, for everyone outside the recipient organization (they see only `status`) */
      writtenAt?: string | null;
      /** @description Absent while the reply awaits the agency leader’s approval, for everyone outside the recipient organization (they see only `status`) */
      approvedByName?: string | null;
      /** @description Absent while the reply awaits the agency leader’s approval, for everyone outside the recipient organization (they see only `status`) */
      submittedAt?: string | null;
      /** @description The agency leader’s comment on a RETURNED reply */
      returnComment?: string | null;
      returnedByName?: string | null;
      returnedAt?: string | null;
    };
    ReplyReturnDto: {
      /** @description The version you saw; stale → 409 VERSION_CONFLICT */
      version?: number;
      /** @example 第2项的整改时限请再明确 */
      comment: string;
    };
    RerouteDto: {
      /** @description The version you saw; stale → 409 VERSION_CONFLICT */
      version?: number;
      /** Format: uuid */
      organizationId: string;
    };
    SearchHitDto: {
      /** @enum {string} */
      source: 'LETTER' | 'REPLY' | 'MESSAGE';
      /** Format: uuid */
      suggestionId: string;
      /** Format: uuid */
      deliveryId: string | null;
      docNumber: string | null;
      title: string;
      /** @description HTML: the title escaped, matches in <em> */
      titleHighlight: string;
      /** @description HTML: a window of the matching text escaped, matches in <em> */
      snippet: string;
      score: number;
      /** Format: date-time */
      updatedAt: string;
    };
    SearchPageDto: {
      terms: string[];
      items: components['schemas']['SearchHitDto'][];
      total: number;
      page: number;
      pageSize: number;
    };
    SimilarCheckDto: {
      /** @description Letters the caller may see */
      visible: components['schemas']['SimilarLetterDto'][];
      /** @description Letters issued by courts under the same higher court or in the same region (no content) */
      elsewhere: components['schemas']['IssuedElsewhereDto'][];
    };
    SimilarLetterDto: {
      /** Format: uuid */
      id: string;
      docNumber: string | null;
      title: string;
      status: string;
      /** Format: uuid */
      courtId: string;
      courtName: string;
      /** Format: date-time */
      issuedAt: string | null;
      /** @description Trigram similarity of the core titles, 0..1 */
      titleSimilarity: number;
      sharedRecipients: string[];
      reasons: ('SAME_PROBLEM' | 'SAME_RECIPIENT')[];
    };
    StatsScopeDto: {
      /** @enum {string} */
      viewer: 'court' | 'region' | 'agency';
      courtId: string | null;
      regionPrefix: string | null;
      organizationId: string | null;
      category: string | null;
      domain: string | null;
      from: string | null;
      to: string | null;
    };
    SuggestionDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      courtId: string;
      /** @example 兰溪市人民法院 */
      courtName: string;
      /** Format: uuid */
      authorId: string;
      /** @example 周承办 */
      authorName: string;
      division: string | null;
      /** @enum {string} */
      status: 'DRAFT' | 'IN_REVIEW' | 'IN_APPROVAL' | 'RETURNED' | 'ESCALATED' | 'ISSUED' | 'CLOSED' | 'ARCHIVED' | 'WITHDRAWN' | 'DELETED';
      /** @enum {string} */
      category: 'INDIVIDUAL_CASE' | 'CLASS_CASE' | 'GOVERNANCE' | 'WHITE_PAPER';
      domain: string | null;
      major: boolean;
      /** @example 关于规范售楼处人脸识别信息采集的司法建议 */
      title: string;
      /** @example 兰溪法建〔2025〕3号 */
      docNumber: string | null;
      /** @example 2 */
      replyPeriodMonths: number;
      /** Format: date-time */
      issuedAt: string | null;
      /** Format: date-time */
      closedAt: string | null;
      /** Format: date-time */
      archivedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      /** @description What the caller may do next (from the transition table) */
      allowedActions: (
        | 'EDIT'
        | 'SUBMIT'
        | 'REVIEW_APPROVE'
        | 'REVIEW_RETURN'
        | 'RECORD_COMMITTEE'
        | 'CONSULT'
        | 'APPROVE'
        | 'APPROVAL_RETURN'
        | 'WITHDRAW'
        | 'DELETE'
        | 'ESCALATION_RETURN'
        | 'ESCALATION_ADOPT'
        | 'ARCHIVE'
        | 'CLOSE'
      )[];
      /** @example 审理中发现多个楼盘售楼处未经同意采集购房人人脸信息，用于区分客户来源渠道。 */
      background: string;
      /** @description 原因分析 (empty when not written) */
      causeAnalysis: string;
      /** @example 《中华人民共和国个人信息保护法》第十三条、第二十六条 */
      legalBasis: string;
      /**
       * @example [
       *       "(2024)浙0781民初3321号"
       *     ]
       */
      sourceCases: string[];
      /** @example 周承办 */
      contactName: string | null;
      /** @example 0579-88880000 */
      contactPhone: string | null;
      /** Format: date-time */
      withdrawnAt: string | null;
      withdrawReason: string | null;
      /** @description The latest review/approval comment (the issuing court only: null for recipients, supervisors and higher courts) */
      lastComment: string | null;
      /** Format: uuid */
      escalatedFromCourtId: string | null;
      /** Format: uuid */
      escalatedToCourtId: string | null;
      /**
       * Format: uuid
       * @description The escalated letter this one re-issues
       */
      adoptedFromId: string | null;
      /**
       * Format: uuid
       * @description The higher court’s letter that adopted this one
       */
      adoptedAsId: string | null;
      /**
       * Format: uuid
       * @description The lower court’s escalated letter this one was made from (= adoptedFromId)
       */
      originalId: string | null;
      original: components['schemas']['LetterLinkDto'] | null;
      /** @description On an escalated letter: the higher court’s letter made from it */
      adoptedAs: components['schemas']['AdoptedLetterLinkDto'] | null;
      /** @description The issuing court only: Art. 3 for the letter’s MAIN recipients (null for others) */
      district: components['schemas']['DistrictCheckDto'] | null;
      items: components['schemas']['SuggestionItemDto'][];
      recipients: components['schemas']['SuggestionRecipientDto'][];
      /** @description Deliveries the caller may see (an agency: only its own) */
      deliveries: components['schemas']['DeliveryDto'][];
      /** @description Files attached to the letter itself (purpose LETTER) */
      attachments: components['schemas']['AttachedFileDto'][];
      committeeDecisions: components['schemas']['CommitteeDecisionDto'][];
      consultations: components['schemas']['ConsultationOutDto'][];
    };
    SuggestionItemDto: {
      /** @example 1 */
      index: number;
      /** @example 售楼处违规采集人脸信息 */
      problem: string;
      /** @example 开展售楼处人脸识别设备专项检查 */
      recommendation: string;
    };
    SuggestionPageDto: {
      items: components['schemas']['SuggestionSummaryDto'][];
      total: number;
      page: number;
      pageSize: number;
    };
    SuggestionRecipientDto: {
      /** Format: uuid */
      organizationId: string;
      /** @example 兰溪市市场监督管理局 */
      organizationName: string;
      /** @enum {string} */
      kind: 'MAIN' | 'COPY';
    };
    SuggestionSummaryDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      courtId: string;
      /** @example 兰溪市人民法院 */
      courtName: string;
      /** Format: uuid */
      authorId: string;
      /** @example 周承办 */
      authorName: string;
      division: string | null;
      /** @enum {string} */
      status: 'DRAFT' | 'IN_REVIEW' | 'IN_APPROVAL' | 'RETURNED' | 'ESCALATED' | 'ISSUED' | 'CLOSED' | 'ARCHIVED' | 'WITHDRAWN' | 'DELETED';
      /** @enum {string} */
      category: 'INDIVIDUAL_CASE' | 'CLASS_CASE' | 'GOVERNANCE' | 'WHITE_PAPER';
      domain: string | null;
      major: boolean;
      /** @example 关于规范售楼处人脸识别信息采集的司法建议 */
      title: string;
      /** @example 兰溪法建〔2025〕3号 */
      docNumber: string | null;
      /** @example 2 */
      replyPeriodMonths: number;
      /** Format: date-time */
      issuedAt: string | null;
      /** Format: date-time */
      closedAt: string | null;
      /** Format: date-time */
      archivedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      /** @description What the caller may do next (from the transition table) */
      allowedActions: (
        | 'EDIT'
        | 'SUBMIT'
        | 'REVIEW_APPROVE'
        | 'REVIEW_RETURN'
        | 'RECORD_COMMITTEE'
        | 'CONSULT'
        | 'APPROVE'
        | 'APPROVAL_RETURN'
        | 'WITHDRAW'
        | 'DELETE'
        | 'ESCALATION_RETURN'
        | 'ESCALATION_ADOPT'
        | 'ARCHIVE'
        | 'CLOSE'
      )[];
    };
    SupervisionAuthorDto: {
      /** Format: uuid */
      userId: string | null;
      name: string;
      /** Format: uuid */
      organizationId: string;
      organizationName: string;
    };
    SupervisionInputDto: {
      /** @example 请抓紧研究落实，按期书面回复法院 */
      comment: string;
    };
    SupervisionNoteDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      deliveryId: string;
      author: components['schemas']['AuthorRefDto'];
      comment: string;
      /** Format: date-time */
      createdAt: string;
    };
    TimelineActorDto: {
      /** Format: uuid */
      userId: string | null;
      /** Format: uuid */
      organizationId: string | null;
      name: string | null;
    };
    TimelineEntryDto: {
      id: string;
      /** Format: date-time */
      at: string;
      /** @example delivery.signed */
      action: string;
      /** Format: uuid */
      deliveryId: string | null;
      /**
       * Format: uuid
       * @description The recipient of that delivery
       */
      organizationId: string | null;
      organizationName: string | null;
      actor: components['schemas']['TimelineActorDto'];
      fromStatus: string | null;
      toStatus: string | null;
      data: {
        [key: string]: unknown;
      };
      /** @description Milliseconds since the previous event shown */
      sincePreviousMs: number | null;
      /** @description Milliseconds since the previous event of the same delivery */
      sincePreviousOnDeliveryMs?: number | null;
    };
    TokenPairDto: {
      accessToken: string;
      /** @description Left out when the refresh came by cookie (it is in the cookie instead) */
      refreshToken?: string;
      /** @example Bearer */
      tokenType: string;
      /** @description Access token lifetime in seconds */
      expiresIn: number;
    };
    TrendDto: {
      scope: components['schemas']['StatsScopeDto'];
      asOf: string | null;
      /** Format: date-time */
      refreshedAt: string | null;
      /** @enum {string} */
      granularity: 'month' | 'quarter' | 'year';
      items: components['schemas']['TrendPointDto'][];
    };
    TrendPointDto: {
      /** @example 2025-03 */
      period: string;
      metrics: components['schemas']['MetricsDto'];
    };
    UpdateOrganizationDto: {
      version?: number;
      name?: string;
      shortName?: string;
      code?: string;
      /**
       * @description A court’s 法院代字
       * @example 浙0781
       */
      caseCode?: string;
      regionCode?: string;
      /** Format: uuid */
      parentId?: string | null;
      emails?: string[];
      replyNeedsApproval?: boolean;
      active?: boolean;
    };
    UpdateSuggestionDto: {
      /** @example 关于规范老旧小区电动汽车充电桩建设管理的司法建议 */
      title?: string;
      /** @enum {string} */
      category?: 'INDIVIDUAL_CASE' | 'CLASS_CASE' | 'GOVERNANCE' | 'WHITE_PAPER';
      /** @example 城市管理 */
      domain?: string;
      /** @description 重大 suggestion */
      major?: boolean;
      background?: string;
      /** @description 原因分析 (optional section of the letter) */
      causeAnalysis?: string;
      /** @description Problem ↔ recommendation pairs, numbered from 1 in this order */
      items?: components['schemas']['ItemInputDto'][];
      /**
       * @example [
       *       "(2024)浙0702民初1234号"
       *     ]
       */
      sourceCases?: string[];
      legalBasis?: string;
      /** @default 2 */
      replyPeriodMonths: number;
      /** @description MAIN (主送, at least one) and COPY (抄送) recipients */
      recipients?: components['schemas']['RecipientInputDto'][];
      contactName?: string;
      contactPhone?: string;
      /** @description Uploaded files of the letter (POST /api/v1/attachments). On PATCH: the full list — files left out are detached again */
      attachmentIds?: string[];
      /** @description The version you edited; stale → 409 VERSION_CONFLICT */
      version?: number;
    };
    UpdateUserDto: {
      /** @description The version you read; stale → 409 VERSION_CONFLICT */
      version?: number;
      displayName?: string;
      email?: string;
      phone?: string;
      roles?: ('JUDGE' | 'DIVISION_HEAD' | 'COURT_LEADER' | 'COURT_ADMIN' | 'AGENCY_CLERK' | 'AGENCY_LEADER' | 'SUPERVISOR' | 'SYS_ADMIN')[];
      division?: string;
      /** @description false disables the account and ends its sessions at once */
      active?: boolean;
      /** Format: uuid */
      organizationId?: string;
      /** @description Reset the password (ends every session) */
      password?: string;
    };
    UploadAttachmentDto: {
      /**
       * Format: binary
       * @description One file ≤ UPLOAD_MAX_BYTES (default 20 MiB): pdf, doc, docx, xls, xlsx, jpg, png or ofd; the extension must match the content
       */
      file: string;
    };
    UserDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organizationId: string;
      username: string;
      displayName: string;
      email: string | null;
      phone: string | null;
      roles: ('JUDGE' | 'DIVISION_HEAD' | 'COURT_LEADER' | 'COURT_ADMIN' | 'AGENCY_CLERK' | 'AGENCY_LEADER' | 'SUPERVISOR' | 'SYS_ADMIN')[];
      /** @description 庭室, e.g. 民一庭 */
      division: string | null;
      active: boolean;
      version: number;
    };
    UserPageDto: {
      items: components['schemas']['UserDto'][];
      total: number;
      page: number;
      pageSize: number;
    };
    VersionDto: {
      /** @description The version you saw; stale → 409 VERSION_CONFLICT */
      version?: number;
    };
    WatchDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      suggestionId: string;
      /** Format: uuid */
      deliveryId: string | null;
      note: string;
      /** Format: date-time */
      createdAt: string;
      docNumber: string | null;
      title: string;
      suggestionStatus: string;
      organizationId: string | null;
      organizationName: string | null;
      deliveryStatus: string | null;
      signDueDate: string | null;
      replyDueDate: string | null;
      followUpDate: string | null;
    };
    WebhookDataDto: {
      /** Format: uuid */
      deliveryId: string;
      letter: components['schemas']['WebhookLetterDto'];
      /** @description `reminder` events only */
      reminder?: components['schemas']['WebhookReminderDto'];
    };
    WebhookDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organizationId: string;
      url: string;
      events: ('delivery.created' | 'reminder' | 'message' | 'evaluation')[];
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      version: number;
    };
    WebhookLetterDto: {
      /** Format: uuid */
      suggestionId: string;
      /** @example 兰溪法建〔2025〕3号 */
      docNumber: string | null;
      /** @example 关于规范住宅小区物业服务收费公示的司法建议 */
      title: string;
      /** @example 兰溪市人民法院 */
      courtName: string;
      /**
       * @description The recipient of the delivery
       * @example 兰溪市市场监督管理局
       */
      organizationName: string;
      /** @enum {string} */
      kind: 'MAIN' | 'COPY';
      /** @example 2025-06-05 */
      signDueDate: string | null;
      /** @example 2025-08-04 */
      replyDueDate: string | null;
      /**
       * @description The delivery in the web app
       * @example https://sifa.example.gov.cn/deliveries/0b6c…
       */
      url: string;
    };
    WebhookPayloadDto: {
      /**
       * Format: uuid
       * @description This message (also X-Delivery-Id; stable across retries: de-duplicate by it)
       */
      id: string;
      /** @enum {string} */
      event: 'delivery.created' | 'reminder' | 'message' | 'evaluation';
      /** Format: date-time */
      occurredAt: string;
      /**
       * Format: uuid
       * @description The delivery (one recipient’s copy of a letter) the event is about
       */
      deliveryId: string;
      /** @description The event’s own facts (e.g. messageId) plus `letter`, and `reminder` for reminders */
      data: components['schemas']['WebhookDataDto'];
    };
    WebhookReminderDto: {
      /** @enum {string} */
      kind:
        | 'DELIVERY_NOTICE'
        | 'SIGN_DUE_SOON'
        | 'SIGN_OVERDUE'
        | 'REPLY_DUE_SOON'
        | 'REPLY_DUE_TODAY'
        | 'REPLY_OVERDUE'
        | 'COPY_SUPERIOR_SUGGESTED'
        | 'EXTENSION_PENDING'
        | 'FOLLOW_UP_DUE';
      /**
       * @description Escalation stage of this kind (1 = first reminder)
       * @example 1
       */
      stage: number;
      /**
       * @description Which repetition of the stage
       * @example 0
       */
      period: number;
      /** @example 2025-08-04 */
      dueDate: string | null;
      /** @example 3 */
      daysOverdue: number;
    };
    WithdrawDto: {
      /** @description The version you saw; stale → 409 VERSION_CONFLICT */
      version?: number;
      reason: string;
    };
    WorkItemDto: {
      /** @enum {string} */
      kind: 'DELIVERY' | 'LETTER';
      /**
       * @description The most pressing reason
       * @enum {string}
       */
      type: 'OVERDUE' | 'EXTENSION_PENDING' | 'REJECTED_TO_REROUTE' | 'REPLY_TO_EVALUATE' | 'FOLLOW_UP_DUE' | 'IMPLEMENTATION_TO_CONFIRM' | 'SUPERVISED';
      /** @description Every reason it is listed */
      reasons: ('OVERDUE' | 'EXTENSION_PENDING' | 'REJECTED_TO_REROUTE' | 'REPLY_TO_EVALUATE' | 'FOLLOW_UP_DUE' | 'IMPLEMENTATION_TO_CONFIRM' | 'SUPERVISED')[];
      /** Format: uuid */
      suggestionId: string;
      /** Format: uuid */
      deliveryId: string | null;
      docNumber: string | null;
      title: string;
      /** Format: uuid */
      organizationId: string | null;
      /** @description The recipient (a letter item: its main recipients) */
      organizationName: string | null;
      deliveryStatus: string | null;
      /** @description The running due date */
      dueDate: string | null;
      /** @enum {string} */
      colour: 'GREEN' | 'YELLOW' | 'RED';
      supervision: components['schemas']['WorkSupervisionDto'];
    };
    WorkListDto: {
      /** @description The business date the colours are computed for */
      asOf: string;
      /** @description Items after the type filter (all pages) */
      total: number;
      page: number;
      pageSize: number;
      /** @description Items per reason (before the type filter) */
      counts: {
        [key: string]: number;
      };
      items: components['schemas']['WorkItemDto'][];
    };
    WorkNoteDto: {
      comment: string;
      authorName: string;
      organizationName: string;
      /** Format: date-time */
      createdAt: string;
    };
    WorkSupervisionDto: {
      /** @description 督办意见 on the delivery (a letter item: on any of its deliveries) */
      notes: number;
      latestNote: components['schemas']['WorkNoteDto'] | null;
      /** @description Watched by someone outside the court (人大, higher court) */
      watched: boolean;
      watchers: components['schemas']['WorkWatcherDto'][];
    };
    WorkWatcherDto: {
      name: string;
      organizationName: string;
      /** @enum {string} */
      scope: 'LETTER' | 'DELIVERY';
      /** Format: date-time */
      since: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  health_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LivenessDto'];
        };
      };
    };
  };
  health_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example ok
             * @enum {string}
             */
            status?: 'ok' | 'degraded';
            /**
             * @example {
             *       "database": {
             *         "status": "up",
             *         "responseTime": 12
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example {} */
            error?: {
              [key: string]: {
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up",
             *         "responseTime": 12
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  directoryImport_bulkOrganizations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BulkOrganizationsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectoryImportResultDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /**
       * @description 内容不符合业务规则 / Input breaks a business rule — code: DIRECTORY_IMPORT_INVALID
       *
       *     DIRECTORY_IMPORT_INVALID: nothing written; details name every problem as {sheet, row, field, message} (「用户」第37行：…)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  directoryImport_bulkUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BulkUsersDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectoryImportResultDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /**
       * @description 内容不符合业务规则 / Input breaks a business rule — code: DIRECTORY_IMPORT_INVALID
       *
       *     DIRECTORY_IMPORT_INVALID: nothing written; details name every problem as {sheet, row, field, message} (「用户」第37行：…)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  directoryImport_importFile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        'text/csv': string;
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectoryImportResultDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 不支持的内容类型 / Unsupported media type — code: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /**
       * @description 内容不符合业务规则 / Input breaks a business rule — code: DIRECTORY_IMPORT_INVALID
       *
       *     DIRECTORY_IMPORT_INVALID: nothing written; details name every problem as {sheet, row, field, message} (「用户」第37行：…)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  directoryImport_template: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description xlsx workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  auth_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponseDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description INVALID_CREDENTIALS or ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /**
       * @description 操作过于频繁 / Throttled — code: TOO_MANY_REQUESTS
       *
       *     TOO_MANY_REQUESTS: too many failed logins for this username or from this address; the message names the minutes to wait (details.retryAfterSeconds, Retry-After header)
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  auth_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: REFRESH_TOKEN_INVALID, REFRESH_TOKEN_REUSED, SESSION_REVOKED, ACCOUNT_DISABLED, UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  auth_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LogoutDto'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  auth_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  auth_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: WRONG_PASSWORD */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  users_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        organizationId?: string;
        role?: 'JUDGE' | 'DIVISION_HEAD' | 'COURT_LEADER' | 'COURT_ADMIN' | 'AGENCY_CLERK' | 'AGENCY_LEADER' | 'SUPERVISOR' | 'SYS_ADMIN';
        q?: string;
        active?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPageDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  users_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: USERNAME_TAKEN, VERSION_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: ORGANIZATION_NOT_FOUND, ROLE_NOT_ALLOWED_FOR_ORGANIZATION, DIVISION_REQUIRED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  users_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  users_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The version the edit is based on (`"3"`), instead of `version` in the body; a stale one → 409 VERSION_CONFLICT */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: ROLE_NOT_ALLOWED_FOR_ORGANIZATION, DIVISION_REQUIRED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  organizations_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        type?: 'COURT' | 'AGENCY' | 'CONGRESS' | 'PARTY_COMMITTEE' | 'OTHER';
        parentId?: string;
        /** @description Organizations whose region lies inside this code */
        regionCode?: string;
        q?: string;
        active?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationPageDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  organizations_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrganizationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: CODE_TAKEN, CASE_CODE_TAKEN, VERSION_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: PARENT_NOT_FOUND, PARENT_TYPE_MISMATCH, CASE_CODE_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  organizations_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  organizations_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The version the edit is based on (`"3"`), instead of `version` in the body; a stale one → 409 VERSION_CONFLICT */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrganizationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, CODE_TAKEN, CASE_CODE_TAKEN, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: CYCLE, PARENT_NOT_FOUND, PARENT_TYPE_MISMATCH, CASE_CODE_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  organizations_listTokens: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiTokenDto'][];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  organizations_createToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateApiTokenDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedApiTokenDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: ROLE_NOT_ALLOWED_FOR_ORGANIZATION, TOKEN_ROLE_EXCEEDS_CREATOR */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  organizations_revokeToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        tokenId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  audit_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Events about this entity */
        entityId?: string;
        action?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEventPageDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  audit_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditVerificationDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  audit_listCheckpoints: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditCheckpointPageDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  audit_takeCheckpoint: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditCheckpointDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  audit_publicKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPublicKeyDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  calendar_dueDate: {
    parameters: {
      query: {
        /** @description Start of the period (the day itself is not counted), YYYY-MM-DD */
        from: string;
        /** @description A period in months (reply period); give months or workingDays */
        months?: number;
        /** @description A span of working days (sign-for period); give months or workingDays */
        workingDays?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DueDateDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: CALENDAR_NOT_LOADED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  calendar_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: CALENDAR_NOT_LOADED, NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  calendar_put: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PutCalendarDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  attachments_upload: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['UploadAttachmentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: FILE_REQUIRED, MULTIPART_MALFORMED, UPLOAD_INCOMPLETE, VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 上传超时 / Upload timed out — code: UPLOAD_TIMEOUT */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 不支持的内容类型 / Unsupported media type — code: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: UNSUPPORTED_FILE_TYPE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  attachments_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file content, sent with the type detected from its content at upload */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/msword': string;
          'application/vnd.ms-excel': string;
          'image/jpeg': string;
          'image/png': string;
          'application/ofd': string;
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  devMails_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Only mails with this recipient */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DevMailPageDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  devMails_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DevMailDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  impact_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImpactDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  suggestions_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        status?: 'DRAFT' | 'IN_REVIEW' | 'IN_APPROVAL' | 'RETURNED' | 'ESCALATED' | 'ISSUED' | 'CLOSED' | 'ARCHIVED' | 'WITHDRAWN' | 'DELETED';
        category?: 'INDIVIDUAL_CASE' | 'CLASS_CASE' | 'GOVERNANCE' | 'WHITE_PAPER';
        courtId?: string;
        /** @description Words in the title or the document number */
        q?: string;
        /** @description Issued on or after (YYYY-MM-DD) */
        from?: string;
        /** @description Issued on or before (YYYY-MM-DD) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionPageDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  suggestions_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSuggestionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: RECIPIENT_INVALID, CASE_NUMBER_INVALID, ATTACHMENT_NOT_FOUND */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  suggestions_districtCheck: {
    parameters: {
      query: {
        /** @description Comma-separated ids of the would-be MAIN recipients (1–50) */
        organizationIds: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DistrictCheckDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: RECIPIENT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  suggestions_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  suggestions_remove: {
    parameters: {
      query?: {
        /** @description The version you saw; stale → 409 VERSION_CONFLICT */
        version?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  suggestions_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The version the edit is based on (`"3"`), instead of `version` in the body; a stale one → 409 VERSION_CONFLICT */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSuggestionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: RECIPIENT_INVALID, CASE_NUMBER_INVALID, ATTACHMENT_NOT_FOUND */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  suggestions_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VersionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: LETTER_INCOMPLETE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  suggestions_review: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecisionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION, SELF_APPROVAL */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  suggestions_committee: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CommitteeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  suggestions_consult: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConsultationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: RECIPIENT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  suggestions_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecisionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION, COMMITTEE_DECISION_REQUIRED, NO_HIGHER_COURT, SELF_APPROVAL */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  suggestions_escalationDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EscalationDecisionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION, ESCALATION_ALREADY_ADOPTED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  suggestions_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION, MAIN_DELIVERY_SIGNED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  suggestions_archive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VersionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  suggestions_timeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimelineEntryDto'][];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  cases_bulk: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BulkCasesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseImportResultDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: NO_CASE_SCOPE, FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: TOO_MANY_CASES, PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: CASE_NUMBER_INVALID, CAUSE_UNKNOWN */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  cases_upload: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseImportResultDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: CASE_FILE_UNREADABLE, VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: NO_CASE_SCOPE, FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 不支持的内容类型 / Unsupported media type — code: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: CASE_FILE_UNREADABLE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  cases_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Any spelling of a 案号 (normalized before the lookup) */
        caseNumber?: string;
        /** @description 案由 name or code, with its children */
        cause?: string;
        /** @description A court: its subtree */
        courtId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CasePageDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: NO_CASE_SCOPE, FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: CASE_NUMBER_INVALID, CAUSE_UNKNOWN */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  cases_causes: {
    parameters: {
      query?: {
        /** @description Part of a name, or a code prefix; none: the first two levels */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CauseDto'][];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  cases_trends: {
    parameters: {
      query?: {
        /** @description 案由 name or code (any level, with its children); none: every case */
        cause?: string;
        /** @description Only cases carrying this keyword */
        keyword?: string;
        /** @description A court: its subtree. Outside the caller's scope → 404 */
        courtId?: string;
        /** @description Courts whose region lies inside this 行政区划 code */
        regionCode?: string;
        /** @description First month (YYYY-MM or a date in it); default: 11 months before `to` */
        from?: string;
        /** @description Last month (inclusive); default: this month */
        to?: string;
        granularity?: 'month' | 'quarter' | 'year';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseTrendsDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: NO_CASE_SCOPE, FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: CAUSE_UNKNOWN */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  cases_listLeads: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description The leads of this court (in scope); default: your own court’s (a 人大: every court of its region) */
        courtId?: string;
        status?: 'NEW' | 'DRAFTED' | 'DISMISSED';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadPageDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: NO_CASE_SCOPE, FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  cases_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadRefreshResultDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: NO_CASE_SCOPE, FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  cases_getLead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: NO_CASE_SCOPE, FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  cases_draft: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DraftFromLeadDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: NO_CASE_SCOPE, FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: LEAD_NOT_OPEN, VERSION_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: LEAD_NOT_OPEN */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  cases_dismiss: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DismissLeadDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: NO_CASE_SCOPE, FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, LEAD_NOT_OPEN, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  cases_listAuthorities: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthorityRuleOutDto'][];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  cases_replaceAuthorities: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AuthorityRulesDto'];
      };
    };
    responses: {
      /** @description The table as it is now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthorityRuleOutDto'][];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: CAUSE_UNKNOWN */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  documents_pdf: {
    parameters: {
      query?: {
        /** @description The delivery whose 送达回证 to print. Default: the caller’s own organization’s delivery (a recipient); court staff must name one. */
        deliveryId?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  documents_docx: {
    parameters: {
      query?: {
        /** @description The delivery whose 送达回证 to print. Default: the caller’s own organization’s delivery (a recipient); court staff must name one. */
        deliveryId?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The DOCX */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  documents_receipt: {
    parameters: {
      query?: {
        /** @description The delivery whose 送达回证 to print. Default: the caller’s own organization’s delivery (a recipient); court staff must name one. */
        deliveryId?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deliveries_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        status?:
          'DELIVERED' | 'SIGNED' | 'REPLIED' | 'EVALUATED' | 'IMPLEMENTING' | 'IMPLEMENTED' | 'NOT_ADOPTED' | 'CLOSED' | 'REJECTED_BY_RECIPIENT' | 'READ';
        colour?: 'GREEN' | 'YELLOW' | 'RED';
        organizationId?: string;
        suggestionId?: string;
        kind?: 'MAIN' | 'COPY';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryPageDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deliveries_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deliveries_sign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeliveryVersionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION, DELIVERY_NOT_MAIN, LETTER_NOT_OPEN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deliveries_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeliveryVersionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION, DELIVERY_NOT_A_COPY */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deliveries_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deliveries_reroute: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RerouteDto'];
      };
    };
    responses: {
      /** @description The rejected delivery, with reroutedToId */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION, DELIVERY_ALREADY_REROUTED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: REROUTE_TARGET_INVALID, RECIPIENT_OUT_OF_DISTRICT */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deliveries_requestExtension: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExtensionRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION, EXTENSION_ALREADY_PENDING */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: DUE_DATE_INVALID, ATTACHMENT_NOT_FOUND */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deliveries_decideExtension: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExtensionDecisionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION, NO_PENDING_EXTENSION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: DUE_DATE_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deliveries_reply: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION, REPLY_AWAITING_APPROVAL */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: REPLY_ITEMS_MISMATCH, ATTACHMENT_NOT_FOUND */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deliveries_approveReply: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeliveryVersionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION, NO_PENDING_REPLY, SELF_APPROVAL */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deliveries_returnReply: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplyReturnDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION, NO_PENDING_REPLY */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deliveries_evaluate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EvaluateDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: EVALUATION_ITEMS_MISMATCH, DUE_DATE_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deliveries_implementation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ImplementationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: ATTACHMENT_NOT_FOUND */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deliveries_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CommentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION, IMPLEMENTATION_NOT_REPORTED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deliveries_close: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CommentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deliveries_messages: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MessageDto'][];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deliveries_postMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MessageInputDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MessageDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: ATTACHMENT_NOT_FOUND */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deliveries_supervision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupervisionNoteDto'][];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deliveries_addSupervision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SupervisionInputDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupervisionNoteDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  deliveryCopies_copySuperior: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CopySuperiorDto'];
      };
    };
    responses: {
      /** @description The new COPY delivery */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: VERSION_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容不符合业务规则 / Input breaks a business rule — code: NO_SUPERIOR_ORGANIZATION, COPY_TARGET_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  notifications_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Only unread notices */
        unread?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPageDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  notifications_readAll: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadAllResultDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  notifications_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  statistics_overview: {
    parameters: {
      query?: {
        /** @description Issue date from (inclusive), YYYY-MM-DD */
        from?: string;
        /** @description Issue date to (inclusive), YYYY-MM-DD */
        to?: string;
        /** @description A court: its whole subtree. Outside the caller's jurisdiction → 404 */
        courtId?: string;
        /** @description 6-digit 行政区划 code: courts whose region lies inside it */
        regionCode?: string;
        /** @description A recipient agency (an agency caller always gets its own figures) */
        organizationId?: string;
        category?: 'INDIVIDUAL_CASE' | 'CLASS_CASE' | 'GOVERNANCE' | 'WHITE_PAPER';
        /** @description Subject domain (领域) as written on the letter */
        domain?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OverviewDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  statistics_byAgency: {
    parameters: {
      query?: {
        /** @description Issue date from (inclusive), YYYY-MM-DD */
        from?: string;
        /** @description Issue date to (inclusive), YYYY-MM-DD */
        to?: string;
        /** @description A court: its whole subtree. Outside the caller's jurisdiction → 404 */
        courtId?: string;
        /** @description 6-digit 行政区划 code: courts whose region lies inside it */
        regionCode?: string;
        /** @description A recipient agency (an agency caller always gets its own figures) */
        organizationId?: string;
        category?: 'INDIVIDUAL_CASE' | 'CLASS_CASE' | 'GOVERNANCE' | 'WHITE_PAPER';
        /** @description Subject domain (领域) as written on the letter */
        domain?: string;
        /** @description Rank by this figure (descending) */
        sort?: 'feedbackRate' | 'onTimeFeedbackRate' | 'adoptionRate' | 'implementationRate' | 'signRate' | 'issued';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RankingDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  statistics_byCourt: {
    parameters: {
      query?: {
        /** @description Issue date from (inclusive), YYYY-MM-DD */
        from?: string;
        /** @description Issue date to (inclusive), YYYY-MM-DD */
        to?: string;
        /** @description A court: its whole subtree. Outside the caller's jurisdiction → 404 */
        courtId?: string;
        /** @description 6-digit 行政区划 code: courts whose region lies inside it */
        regionCode?: string;
        /** @description A recipient agency (an agency caller always gets its own figures) */
        organizationId?: string;
        category?: 'INDIVIDUAL_CASE' | 'CLASS_CASE' | 'GOVERNANCE' | 'WHITE_PAPER';
        /** @description Subject domain (领域) as written on the letter */
        domain?: string;
        /** @description Rank by this figure (descending) */
        sort?: 'feedbackRate' | 'onTimeFeedbackRate' | 'adoptionRate' | 'implementationRate' | 'signRate' | 'issued';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RankingDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  statistics_trend: {
    parameters: {
      query?: {
        /** @description Issue date from (inclusive), YYYY-MM-DD */
        from?: string;
        /** @description Issue date to (inclusive), YYYY-MM-DD */
        to?: string;
        /** @description A court: its whole subtree. Outside the caller's jurisdiction → 404 */
        courtId?: string;
        /** @description 6-digit 行政区划 code: courts whose region lies inside it */
        regionCode?: string;
        /** @description A recipient agency (an agency caller always gets its own figures) */
        organizationId?: string;
        category?: 'INDIVIDUAL_CASE' | 'CLASS_CASE' | 'GOVERNANCE' | 'WHITE_PAPER';
        /** @description Subject domain (领域) as written on the letter */
        domain?: string;
        granularity?: 'month' | 'quarter' | 'year';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrendDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  statistics_overdueList: {
    parameters: {
      query?: {
        /** @description Issue date from (inclusive), YYYY-MM-DD */
        from?: string;
        /** @description Issue date to (inclusive), YYYY-MM-DD */
        to?: string;
        /** @description A court: its whole subtree. Outside the caller's jurisdiction → 404 */
        courtId?: string;
        /** @description 6-digit 行政区划 code: courts whose region lies inside it */
        regionCode?: string;
        /** @description A recipient agency (an agency caller always gets its own figures) */
        organizationId?: string;
        category?: 'INDIVIDUAL_CASE' | 'CLASS_CASE' | 'GOVERNANCE' | 'WHITE_PAPER';
        /** @description Subject domain (领域) as written on the letter */
        domain?: string;
        /** @description Only this step */
        step?: 'sign' | 'reply' | 'followUp';
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OverduePageDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  statistics_impactRanking: {
    parameters: {
      query?: {
        /** @description Issue date from (inclusive), YYYY-MM-DD */
        from?: string;
        /** @description Issue date to (inclusive), YYYY-MM-DD */
        to?: string;
        /** @description A court: its whole subtree. Outside the caller's jurisdiction → 404 */
        courtId?: string;
        /** @description 6-digit 行政区划 code: courts whose region lies inside it */
        regionCode?: string;
        /** @description A recipient agency (an agency caller always gets its own figures) */
        organizationId?: string;
        category?: 'INDIVIDUAL_CASE' | 'CLASS_CASE' | 'GOVERNANCE' | 'WHITE_PAPER';
        /** @description Subject domain (领域) as written on the letter */
        domain?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImpactRankingDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  statistics_export: {
    parameters: {
      query?: {
        /** @description Issue date from (inclusive), YYYY-MM-DD */
        from?: string;
        /** @description Issue date to (inclusive), YYYY-MM-DD */
        to?: string;
        /** @description A court: its whole subtree. Outside the caller's jurisdiction → 404 */
        courtId?: string;
        /** @description 6-digit 行政区划 code: courts whose region lies inside it */
        regionCode?: string;
        /** @description A recipient agency (an agency caller always gets its own figures) */
        organizationId?: string;
        category?: 'INDIVIDUAL_CASE' | 'CLASS_CASE' | 'GOVERNANCE' | 'WHITE_PAPER';
        /** @description Subject domain (领域) as written on the letter */
        domain?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description xlsx workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  statistics_exportCsv: {
    parameters: {
      query?: {
        /** @description Issue date from (inclusive), YYYY-MM-DD */
        from?: string;
        /** @description Issue date to (inclusive), YYYY-MM-DD */
        to?: string;
        /** @description A court: its whole subtree. Outside the caller's jurisdiction → 404 */
        courtId?: string;
        /** @description 6-digit 行政区划 code: courts whose region lies inside it */
        regionCode?: string;
        /** @description A recipient agency (an agency caller always gets its own figures) */
        organizationId?: string;
        category?: 'INDIVIDUAL_CASE' | 'CLASS_CASE' | 'GOVERNANCE' | 'WHITE_PAPER';
        /** @description Subject domain (领域) as written on the letter */
        domain?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV, UTF-8 with BOM */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv; charset=utf-8': string;
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  statistics_annualReport: {
    parameters: {
      query: {
        /** @description The court reporting */
        courtId: string;
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description xlsx workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  statistics_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RefreshResultDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  watchlist_list: {
    parameters: {
      query?: {
        /** @description Only watches of this letter */
        suggestionId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WatchDto'][];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  watchlist_add: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWatchDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WatchDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: ALREADY_WATCHED, VERSION_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  watchlist_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  worklist_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Only items with this reason */
        type?: 'OVERDUE' | 'EXTENSION_PENDING' | 'REJECTED_TO_REROUTE' | 'REPLY_TO_EVALUATE' | 'FOLLOW_UP_DUE' | 'IMPLEMENTATION_TO_CONFIRM' | 'SUPERVISED';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkListDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  search_find: {
    parameters: {
      query: {
        /** @description Words to find (each ≥ 2 characters; whitespace separates words, all must occur) */
        q: string;
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SearchPageDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  similar_check: {
    parameters: {
      query: {
        /** @description The title being drafted */
        title: string;
        /** @description The MAIN recipients chosen so far (comma-separated) */
        recipientIds?: string[];
        /** @description The draft itself, once saved (left out of the answer) */
        excludeId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SimilarCheckDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  similar_find: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SimilarLetterDto'][];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  webhooks_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDto'][];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  webhooks_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWebhookDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedWebhookDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: WEBHOOK_URL_INVALID, WEBHOOK_URL_FORBIDDEN, WEBHOOK_URL_UNRESOLVABLE, VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 内容过大 / Payload too large — code: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  webhooks_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  adminMails_listMails: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        status?: 'QUEUED' | 'SENT' | 'FAILED';
        deliveryId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailPageDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  adminMails_retryMail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailRowDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: MAIL_NOT_FAILED, VERSION_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  adminMails_listOutbox: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        status?: 'PENDING' | 'ENQUEUED' | 'DONE' | 'FAILED';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxPageDto'];
        };
      };
      /** @description 请求有误 / Bad input — code: VALIDATION_FAILED, MALFORMED_REQUEST */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
  adminMails_retryOutbox: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxRetriedDto'];
        };
      };
      /** @description 未登录或登录已失效 / No, bad or expired token — code: UNAUTHENTICATED, INVALID_TOKEN, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 无权执行此操作 / Role not allowed — code: FORBIDDEN, PERSON_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 未找到，或您无权查看 / Not found or not visible to you — code: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 状态或版本冲突 / State or version conflict — code: OUTBOX_NOT_FAILED, VERSION_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
      /** @description 服务暂时不可用 / Database or another dependency unavailable — code: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponseDto'];
        };
      };
    };
  };
}
