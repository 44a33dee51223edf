-- an ID that is an event again (a split re-created it) is no alias
delete from event_aliases
where list_contains($event_ids::varchar[], alias_id)
