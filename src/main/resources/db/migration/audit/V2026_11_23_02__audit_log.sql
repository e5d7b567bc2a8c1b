-- Append-only audit log: who did what, when. Changes to business tables are recorded by a trigger, so no code
-- path can forget; sign-ins and sensitive views are appended by the application.
CREATE SCHEMA audit;
GRANT USAGE ON SCHEMA audit TO ${appRole};

CREATE TABLE audit.audit_event
(
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dealer_id   bigint,           -- NULL: a network-level event, or a failed sign-in of an unknown username
    occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor_id    bigint,           -- NULL: the system itself
    actor_name  text,
    action      text        NOT NULL,
    entity_type text,
    entity_id   text,
    details     jsonb,
    client_ip   text
);
CREATE INDEX audit_event_by_dealer ON audit.audit_event (dealer_id, id DESC);
CREATE INDEX audit_event_by_dealer_entity ON audit.audit_event (dealer_id, entity_type, entity_id);

SELECT dealer.isolate('audit.audit_event');
REVOKE UPDATE, DELETE, TRUNCATE ON audit.audit_event FROM ${appRole};

CREATE FUNCTION audit.refuse_rewrite() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_event_is_append_only
    BEFORE UPDATE OR DELETE ON audit.audit_event
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_rewrite();
CREATE TRIGGER audit_event_is_never_truncated
    BEFORE TRUNCATE ON audit.audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_rewrite();

-- Trigger body for tracked tables. Arguments: the table's dealer column, then columns too noisy to record.
-- Columns whose name mentions a password or a hash are recorded as changed but never with their value.
CREATE FUNCTION audit.record_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
$$
DECLARE
    dealer_column text   := TG_ARGV[0];
    ignored       text[] := TG_ARGV[1:];
    old_row       jsonb;
    new_row       jsonb;
    changes       jsonb;
    secret        text;
BEGIN
    IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD) - ignored; END IF;
    IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW) - ignored; END IF;
    FOR secret IN SELECT k FROM jsonb_object_keys(coalesce(new_row, old_row)) k
                  WHERE k LIKE '%password%' OR k LIKE '%\_hash'
        LOOP
            IF old_row ? secret THEN old_row := old_row || jsonb_build_object(secret, md5(old_row ->> secret)); END IF;
            IF new_row ? secret THEN new_row := new_row || jsonb_build_object(secret, md5(new_row ->> secret)); END IF;
        END LOOP;
    IF TG_OP = 'UPDATE' THEN
        SELECT jsonb_object_agg(n.key, jsonb_build_object('from', old_row -> n.key, 'to', n.value))
        INTO changes
        FROM jsonb_each(new_row) n
        WHERE old_row -> n.key IS DISTINCT FROM n.value;
        IF changes IS NULL THEN RETURN NULL; END IF;
    ELSE
        changes := coalesce(new_row, old_row);
    END IF;
    -- secrets: keep only the fact that they changed
    FOR secret IN SELECT k FROM jsonb_object_keys(changes) k WHERE k LIKE '%password%' OR k LIKE '%\_hash'
        LOOP
            changes := changes || jsonb_build_object(secret, '***');
        END LOOP;
    INSERT INTO audit.audit_event (dealer_id, actor_id, actor_name, action, entity_type, entity_id, details)
    VALUES ((coalesce(new_row, old_row) ->> dealer_column)::bigint,
            nullif(current_setting('shinrai.user_id', true), '')::bigint,
            nullif(current_setting('shinrai.username', true), ''),
            TG_OP,
            TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME,
            coalesce(new_row, old_row) ->> 'id',
            changes);
    RETURN NULL;
END
$$;

-- One call per business table, in the owning module's migration.
CREATE FUNCTION audit.track_changes(tbl regclass, dealer_column text DEFAULT 'dealer_id',
                                    ignored_columns text[] DEFAULT '{}') RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    EXECUTE format('CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON %s FOR EACH ROW '
                       || 'EXECUTE FUNCTION audit.record_change(%s)', tbl,
                   (SELECT string_agg(quote_literal(a), ', ') FROM unnest(dealer_column || ignored_columns) a));
END
$$;

-- Sign-ins happen before a scope exists; the application appends them through this function.
CREATE FUNCTION audit.record_sign_in(p_dealer_id bigint, p_user_id bigint, p_username text, p_action text,
                                     p_reason text, p_client_ip text) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
$$
INSERT INTO audit.audit_event (dealer_id, actor_id, actor_name, action, entity_type, entity_id, details, client_ip)
VALUES (p_dealer_id, p_user_id, p_username, p_action, 'dealer.user_account', p_user_id::text,
        CASE WHEN p_reason IS NULL THEN NULL ELSE jsonb_build_object('reason', p_reason) END, p_client_ip)
$$;

REVOKE ALL ON FUNCTION audit.record_sign_in(bigint, bigint, text, text, text, text),
    audit.track_changes(regclass, text, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit.record_sign_in(bigint, bigint, text, text, text, text) TO ${appRole};
