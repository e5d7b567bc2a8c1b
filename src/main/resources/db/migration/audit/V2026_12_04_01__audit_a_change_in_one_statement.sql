-- The audit trigger runs on every write of every business table, so its cost is paid by every step of every user.
-- The first version asked the database up to four questions per row (the secret columns of the row, the changed
-- columns, the secret columns among them, then the insert); this one writes the same audit event in one statement:
-- the changed columns (every column for an insert or a delete), a secret one (a name mentioning a password, or ending
-- in _hash) recorded as changed but shown as '***', and nothing at all for an update that changed nothing.
CREATE OR REPLACE FUNCTION audit.record_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
$$
DECLARE
    ignored text[] := TG_ARGV[1:];
    old_row jsonb;
    new_row jsonb;
BEGIN
    IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD) - ignored; END IF;
    IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW) - ignored; END IF;
    INSERT INTO audit.audit_event (dealer_id, actor_id, actor_name, action, entity_type, entity_id, details)
    SELECT (coalesce(new_row, old_row) ->> TG_ARGV[0])::bigint,
           nullif(current_setting('shinrai.user_id', true), '')::bigint,
           nullif(current_setting('shinrai.username', true), ''),
           TG_OP,
           TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME,
           coalesce(new_row, old_row) ->> 'id',
           changes
    FROM (SELECT jsonb_object_agg(
                         c.key,
                         CASE
                             WHEN c.key LIKE '%password%' OR c.key LIKE '%\_hash' THEN to_jsonb('***'::text)
                             WHEN TG_OP = 'UPDATE' THEN jsonb_build_object('from', old_row -> c.key, 'to', c.value)
                             ELSE c.value
                         END) AS changes
          FROM jsonb_each(coalesce(new_row, old_row)) c
          WHERE TG_OP <> 'UPDATE' OR old_row -> c.key IS DISTINCT FROM c.value) changed
    WHERE changes IS NOT NULL;
    RETURN NULL;
END
$$;
