-- announcements too little is known of to place with other reports: no
-- country, or no date at all; each is an event of its own story until an
-- analyst merges it (pardonwatch events unplaced).  Newest first.
select
    e.event_id,
    e.country,
    e.issuer,
    e.count,
    e.occasion,
    e.sources,
    a.url,
    a.title,
    a.published,
    case
        when e.country_key is null then 'no country'
        else 'no date'
    end as reason
from events as e
inner join claims as c
    on
        e.event_id = c.event_id
        and e.founding_article_id = c.article_id
        and e.founding_decree_index = c.decree_index
inner join articles as a on c.article_id = a.article_id
where e.country_key is null or e.announced_to is null
order by a.published desc nulls last, e.event_id asc
limit $limit
