-- every URL form of every stored article, with the event of the article's
-- main decree (its first, decree_index 0 when placed; null when it is in
-- none): how the real-news evaluation reads back grouping.  A text that
-- reports several decrees is placed by its first, as it is labelled.
-- grain: url.
select
    u.url,
    c.event_id
from article_urls as u
left join claims as c on u.article_id = c.article_id
qualify
    row_number() over (
        partition by u.url order by c.decree_index asc nulls last
    ) = 1
order by u.url
