-- every URL form of every stored article, with the event it is reported in
-- (null when it is in none): how the real-news evaluation reads back grouping.
-- grain: url.
select
    u.url,
    ea.event_id
from article_urls as u
left join v_event_articles as ea on u.article_id = ea.article_id
order by u.url
