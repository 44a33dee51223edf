-- remove the given events (their claims are removed by events_claims_delete)
delete from events
where list_contains($event_ids::varchar[], event_id)
