-- forget the indexed sketch values of articles about to be re-extracted
delete from article_sketch
where article_id in (select unnest($ids));
