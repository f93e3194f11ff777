"""`make serve`: N `streamlit run asgi.py` workers on local ports behind HAProxy, under
supervisord. Renders haproxy.cfg.in and supervisord.conf.in into .serve/ and runs supervisord
in the foreground (Ctrl-C or SIGTERM stops HAProxy and every worker).

    python deploy/serve.py --workers 2 --port 8501 [--bind 127.0.0.1]
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import secrets
import shutil
import socket
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
RUN = ROOT / ".serve"


def free_ports(n: int) -> list[int]:
    socks = [socket.socket() for _ in range(n)]
    try:
        for s in socks:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def public_url(bind: str, port: int) -> str | None:
    """The proxy's address as a phone in the room reaches it, for the rooms' students' links;
    None when the proxy listens on this machine only."""
    if bind in ("127.0.0.1", "localhost", "::1"):
        return None
    if bind in ("0.0.0.0", "::"):
        from streamlit import net_util

        bind = net_util.get_internal_ip() or socket.gethostname()
    return f"http://{bind}:{port}"


def rooms_store() -> str:
    """Where the workers keep predict-and-reveal rooms (ui/room_store.py reads the same
    variables): a Redis URL, or the SQLite file every worker of this machine opens."""
    setting = os.environ.get("LOSSLAB_ROOMS", "").strip()
    if setting not in ("", "sqlite"):
        return setting
    state = os.environ.get("LOSSLAB_STATE", "").strip()
    return f"SQLite, {Path(state).expanduser() if state else ROOT / '.cache'}/rooms.sqlite"


def worker(name: str, port: int, cookie_secret: str, public: str | None = None) -> str:
    env = {
        # One secret for every worker: a session's signed cookies stay valid whichever
        # worker the proxy picks (the setting that matters across replicas).
        "STREAMLIT_SERVER_COOKIE_SECRET": cookie_secret,
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        "LOSSLAB_WARMUP": "on",
    } | ({"LOSSLAB_PUBLIC_URL": public} if public else {})
    environment = ",".join(f'{k}="{v}"' for k, v in env.items())
    return f"""[program:{name}]
command={sys.executable} -m streamlit run asgi.py --server.port {port} --server.address 127.0.0.1 --server.headless true --server.fileWatcherType none
directory={ROOT}
environment={environment}
autorestart=true
startsecs=3
stopasgroup=true
killasgroup=true
redirect_stderr=true
stdout_logfile=%(here)s/{name}.log
"""


def render(workers: int, port: int, bind: str) -> dict:
    RUN.mkdir(exist_ok=True)
    haproxy = shutil.which("haproxy")
    if haproxy is None:
        sys.exit("haproxy is missing: `make serve` installs it (apt-get install haproxy)")
    ports = free_ports(workers)
    names = [f"worker-{i + 1}" for i in range(workers)]
    cookie_secret = secrets.token_hex(32)
    servers = "\n".join(
        f"    server {name} 127.0.0.1:{p} cookie {name}"
        for name, p in zip(names, ports, strict=True)
    )
    cfg = string.Template((HERE / "haproxy.cfg.in").read_text()).substitute(
        bind=bind, port=port, servers=servers
    )
    (RUN / "haproxy.cfg").write_text(cfg)
    public = public_url(bind, port)
    programs = [
        worker(name, p, cookie_secret, public) for name, p in zip(names, ports, strict=True)
    ]
    programs.append(
        f"""[program:haproxy]
command={haproxy} -db -W -f {RUN / "haproxy.cfg"}
autorestart=true
redirect_stderr=true
stdout_logfile=%(here)s/haproxy.log
"""
    )
    conf = string.Template((HERE / "supervisord.conf.in").read_text()).substitute(
        run=RUN,
        programs="\n".join(programs),
        user=getpass.getuser(),
        password=secrets.token_hex(16),
    )
    (RUN / "supervisord.conf").write_text(conf)
    layout = {"port": port, "bind": bind, "workers": dict(zip(names, ports, strict=True))}
    (RUN / "layout.json").write_text(json.dumps(layout, indent=2))
    return layout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--port", type=int, default=8501)
    parser.add_argument("--bind", default="127.0.0.1", help="0.0.0.0: reachable from the room")
    args = parser.parse_args()
    if args.workers < 1:
        sys.exit("--workers must be at least 1")
    layout = render(args.workers, args.port, args.bind)
    host = socket.gethostname() if args.bind in ("0.0.0.0", "::") else args.bind
    print(f"Loss Landscape Lab: {args.workers} workers behind HAProxy", flush=True)
    print(f"  Students' address: http://{host}:{args.port}/", flush=True)
    print(f"  Workers: {', '.join(f'{n} :{p}' for n, p in layout['workers'].items())}", flush=True)
    print(f"  Rooms kept in: {rooms_store()} (every worker's)", flush=True)
    print(f"  Logs and config: {RUN}/   (Ctrl-C stops everything)", flush=True)
    supervisord = shutil.which("supervisord") or str(Path(sys.executable).parent / "supervisord")
    os.execv(supervisord, [supervisord, "-n", "-c", str(RUN / "supervisord.conf")])


if __name__ == "__main__":
    main()
