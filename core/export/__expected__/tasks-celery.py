"""The Celery app of the project: celery -A shop worker -l info."""
import os

os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'shop.settings')

from celery import Celery  # noqa: E402

app = Celery('shop')

# Every setting named CELERY_* in settings.py configures Celery (CELERY_BROKER_URL → broker_url).
app.config_from_object('django.conf:settings', namespace='CELERY')
app.autodiscover_tasks()


@app.task(bind=True, ignore_result=True)
def debug_task(self):
    print(f'Request: {self.request!r}')
