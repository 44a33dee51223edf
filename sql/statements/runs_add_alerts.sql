-- add one alert delivery's counts and errors to a run: the cycle's own row
-- when it exists (pardonwatch run), else a row of kind 'alerts' (the alerts
-- DAG); a re-run that sends nothing adds nothing
insert into runs (
    run_id, kind, started_at, finished_at, alerts_sent, alerts_failed, errors
)
values (
    $run_id, 'alerts', $started_at, $finished_at, $sent, $failed, $errors::varchar[]
)
on conflict (run_id) do update set
    alerts_sent = runs.alerts_sent + excluded.alerts_sent,
    alerts_failed = runs.alerts_failed + excluded.alerts_failed,
    errors = list_concat(coalesce(runs.errors, []), excluded.errors),
    finished_at = greatest(runs.finished_at, excluded.finished_at)
