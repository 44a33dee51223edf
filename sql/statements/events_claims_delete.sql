-- remove the claims of the given events before they are written again
delete from claims
where list_contains($event_ids::varchar[], event_id)
