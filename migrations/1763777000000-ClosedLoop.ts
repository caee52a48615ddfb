import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The closed loop: letters (suggestions) with their items, planned recipients, draft versions,
 * consultations and 审委会 decisions; per-court-year document numbers; deliveries with replies,
 * extensions, messages and supervision notes; the timeline; in-app notices.
 * Indexes serve the list endpoints at millions of rows and the reminder scans (partial indexes
 * on the open clocks: sign due while DELIVERED, reply due while SIGNED, follow-up while IMPLEMENTING).
 */
export class ClosedLoop1763777000000 implements MigrationInterface {
  name = 'ClosedLoop1763777000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE suggestions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        court_id uuid NOT NULL REFERENCES organizations(id),
        author_id uuid NOT NULL REFERENCES users(id),
        division text,
        status text NOT NULL CHECK (status IN ('DRAFT','IN_REVIEW','IN_APPROVAL','RETURNED','ESCALATED','ISSUED','CLOSED','ARCHIVED','WITHDRAWN')),
        category text NOT NULL CHECK (category IN ('INDIVIDUAL_CASE','CLASS_CASE','GOVERNANCE','WHITE_PAPER')),
        domain text,
        major boolean NOT NULL DEFAULT false,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        background text NOT NULL DEFAULT '',
        legal_basis text NOT NULL DEFAULT '',
        source_cases text[] NOT NULL DEFAULT '{}',
        reply_period_months integer NOT NULL DEFAULT 2 CHECK (reply_period_months BETWEEN 1 AND 2),
        contact_name text,
        contact_phone text,
        doc_number text UNIQUE,
        doc_year integer,
        doc_seq integer,
        issued_at timestamptz,
        closed_at timestamptz,
        archived_at timestamptz,
        withdrawn_at timestamptz,
        withdraw_reason text,
        last_comment text,
        escalated_from_court_id uuid REFERENCES organizations(id),
        escalated_to_court_id uuid REFERENCES organizations(id),
        adopted_from_id uuid REFERENCES suggestions(id),
        adopted_as_id uuid REFERENCES suggestions(id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK ((doc_number IS NULL) = (doc_seq IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_suggestions_doc_seq ON suggestions (court_id, doc_year, doc_seq) WHERE doc_seq IS NOT NULL`);
    await q.query(`CREATE INDEX ix_suggestions_court_status_issued ON suggestions (court_id, status, issued_at DESC)`);
    await q.query(`CREATE INDEX ix_suggestions_author ON suggestions (author_id, created_at DESC)`);
    await q.query(`CREATE INDEX ix_suggestions_court_division ON suggestions (court_id, division) WHERE status IN ('IN_REVIEW','DRAFT','RETURNED')`);
    await q.query(`CREATE INDEX ix_suggestions_issued ON suggestions (issued_at DESC) WHERE issued_at IS NOT NULL`);
    await q.query(`CREATE INDEX ix_suggestions_created ON suggestions (created_at DESC)`);
    await q.query(`CREATE INDEX ix_suggestions_escalated_to ON suggestions (escalated_to_court_id) WHERE status = 'ESCALATED'`);

    await q.query(`
      CREATE TABLE suggestion_items (
        suggestion_id uuid NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
        index integer NOT NULL CHECK (index >= 1),
        problem text NOT NULL,
        recommendation text NOT NULL,
        PRIMARY KEY (suggestion_id, index)
      )`);
    await q.query(`
      CREATE TABLE suggestion_recipients (
        suggestion_id uuid NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        kind text NOT NULL CHECK (kind IN ('MAIN','COPY')),
        position integer NOT NULL,
        PRIMARY KEY (suggestion_id, organization_id)
      )`);
    await q.query(`
      CREATE TABLE suggestion_versions (
        id bigserial PRIMARY KEY,
        suggestion_id uuid NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
        version integer NOT NULL,
        snapshot jsonb NOT NULL,
        changed_fields text[] NOT NULL DEFAULT '{}',
        changed_by uuid,
        changed_by_name text,
        changed_at timestamptz NOT NULL,
        UNIQUE (suggestion_id, version)
      )`);
    await q.query(`
      CREATE TABLE consultations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        suggestion_id uuid NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
        date date NOT NULL,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        summary text NOT NULL,
        recorded_by uuid,
        recorded_by_name text,
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_consultations_suggestion ON consultations (suggestion_id)`);
    await q.query(`
      CREATE TABLE committee_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        suggestion_id uuid NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
        meeting_date date NOT NULL,
        resolution text NOT NULL,
        recorded_by uuid,
        recorded_by_name text,
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_committee_decisions_suggestion ON committee_decisions (suggestion_id)`);
    await q.query(`
      CREATE TABLE doc_number_counters (
        court_id uuid NOT NULL REFERENCES organizations(id),
        year integer NOT NULL,
        last_value integer NOT NULL CHECK (last_value >= 1),
        PRIMARY KEY (court_id, year)
      )`);

    await q.query(`
      CREATE TABLE deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        suggestion_id uuid NOT NULL REFERENCES suggestions(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        kind text NOT NULL CHECK (kind IN ('MAIN','COPY')),
        status text NOT NULL CHECK (status IN ('DELIVERED','SIGNED','REPLIED','EVALUATED','IMPLEMENTING','IMPLEMENTED','NOT_ADOPTED','CLOSED','REJECTED_BY_RECIPIENT','READ')),
        delivered_at timestamptz NOT NULL,
        sign_due_date date,
        signed_at timestamptz,
        signed_by uuid,
        signed_by_name text,
        read_at timestamptz,
        reply_due_date date,
        replied_at timestamptz,
        evaluation_result text CHECK (evaluation_result IN ('ADOPTED','PARTIALLY_ADOPTED','NOT_ADOPTED')),
        evaluation_comment text,
        evaluated_at timestamptz,
        evaluated_by_name text,
        follow_up_date date,
        implementation_status text CHECK (implementation_status IN ('IN_PROGRESS','IMPLEMENTED')),
        implementation_note text,
        implementation_reported_at timestamptz,
        implementation_confirmed_at timestamptz,
        rejected_reason text,
        rejected_at timestamptz,
        rerouted_from_id uuid REFERENCES deliveries(id),
        rerouted_to_id uuid REFERENCES deliveries(id),
        closed_at timestamptz,
        closed_reason text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_deliveries_suggestion ON deliveries (suggestion_id)`);
    await q.query(`CREATE INDEX ix_deliveries_org_status ON deliveries (organization_id, status, delivered_at DESC)`);
    await q.query(`CREATE INDEX ix_deliveries_status_delivered ON deliveries (status, delivered_at DESC)`);
    // Reminder scans and colour filters: only open clocks are indexed.
    await q.query(`CREATE INDEX ix_deliveries_sign_due ON deliveries (sign_due_date) WHERE status = 'DELIVERED' AND kind = 'MAIN'`);
    await q.query(`CREATE INDEX ix_deliveries_reply_due ON deliveries (reply_due_date) WHERE status = 'SIGNED'`);
    await q.query(`CREATE INDEX ix_deliveries_follow_up ON deliveries (follow_up_date) WHERE status = 'IMPLEMENTING'`);

    await q.query(`
      CREATE TABLE delivery_replies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        delivery_id uuid NOT NULL REFERENCES deliveries(id),
        status text NOT NULL CHECK (status IN ('PENDING_APPROVAL','SUBMITTED','SUPERSEDED')),
        content text NOT NULL,
        measures text NOT NULL DEFAULT '',
        items jsonb NOT NULL,
        written_by uuid,
        written_by_name text,
        written_at timestamptz NOT NULL,
        approved_by uuid,
        approved_by_name text,
        submitted_at timestamptz
      )`);
    await q.query(`CREATE INDEX ix_delivery_replies_delivery ON delivery_replies (delivery_id, written_at DESC)`);
    await q.query(`CREATE UNIQUE INDEX ux_delivery_replies_current ON delivery_replies (delivery_id) WHERE status <> 'SUPERSEDED'`);

    await q.query(`
      CREATE TABLE delivery_extensions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        delivery_id uuid NOT NULL REFERENCES deliveries(id),
        clock text NOT NULL CHECK (clock IN ('SIGN','REPLY','FOLLOW_UP')),
        status text NOT NULL CHECK (status IN ('PENDING','APPROVED','REFUSED')),
        reason text NOT NULL,
        old_due_date date,
        requested_due_date date NOT NULL,
        new_due_date date,
        requested_by uuid,
        requested_by_name text,
        requested_at timestamptz NOT NULL,
        decided_by uuid,
        decided_by_name text,
        decided_at timestamptz,
        decision_comment text
      )`);
    await q.query(`CREATE INDEX ix_delivery_extensions_delivery ON delivery_extensions (delivery_id, requested_at)`);
    await q.query(`CREATE UNIQUE INDEX ux_delivery_extensions_pending ON delivery_extensions (delivery_id) WHERE status = 'PENDING'`);

    await q.query(`
      CREATE TABLE delivery_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        delivery_id uuid NOT NULL REFERENCES deliveries(id),
        author_user_id uuid,
        author_org_id uuid NOT NULL REFERENCES organizations(id),
        author_name text NOT NULL,
        side text NOT NULL CHECK (side IN ('COURT','RECIPIENT')),
        body text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_delivery_messages_delivery ON delivery_messages (delivery_id, created_at)`);
    await q.query(`
      CREATE TABLE supervision_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        delivery_id uuid NOT NULL REFERENCES deliveries(id),
        author_user_id uuid,
        author_org_id uuid NOT NULL REFERENCES organizations(id),
        author_name text NOT NULL,
        comment text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_supervision_notes_delivery ON supervision_notes (delivery_id, created_at)`);

    await q.query(`
      CREATE TABLE timeline_events (
        id bigserial PRIMARY KEY,
        suggestion_id uuid NOT NULL REFERENCES suggestions(id),
        delivery_id uuid REFERENCES deliveries(id),
        at timestamptz NOT NULL,
        actor_user_id uuid,
        actor_org_id uuid,
        actor_name text,
        action text NOT NULL,
        from_status text,
        to_status text,
        data jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX ix_timeline_suggestion ON timeline_events (suggestion_id, at, id)`);
    await q.query(`CREATE INDEX ix_timeline_delivery ON timeline_events (delivery_id, at) WHERE delivery_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE in_app_notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL DEFAULT '',
        suggestion_id uuid,
        delivery_id uuid,
        created_at timestamptz NOT NULL,
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX ix_in_app_notifications_user ON in_app_notifications (user_id, created_at DESC)`);
    await q.query(`CREATE INDEX ix_in_app_notifications_unread ON in_app_notifications (user_id) WHERE read_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'in_app_notifications',
      'timeline_events',
      'supervision_notes',
      'delivery_messages',
      'delivery_extensions',
      'delivery_replies',
      'deliveries',
      'doc_number_counters',
      'committee_decisions',
      'consultations',
      'suggestion_versions',
      'suggestion_recipients',
      'suggestion_items',
      'suggestions',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
