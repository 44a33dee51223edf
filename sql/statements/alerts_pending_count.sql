select count(*) as pending
from alerts
where status in ('pending', 'sending')
