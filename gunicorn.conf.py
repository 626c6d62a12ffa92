"""gunicorn settings, read from the environment (see README, "Configuration")."""

import os

bind = os.environ.get("DASHBOARD_BIND", "127.0.0.1:8050")
workers = int(os.environ.get("DASHBOARD_WORKERS", "2"))
threads = int(os.environ.get("DASHBOARD_THREADS", "4"))
worker_class = "gthread"
# Above the slowest request (a cold image export starts a browser: a few seconds).
timeout = int(os.environ.get("DASHBOARD_TIMEOUT", "60"))
graceful_timeout = 20
# gunicorn 27 opens a control socket in $HOME shared by every instance; we need none.
control_socket_disable = True
accesslog = os.environ.get("DASHBOARD_ACCESS_LOG") or None
errorlog = "-"
