"""SSRF: every way of naming a private address is refused with private networks off.

Each case is fetched through the real client; DNS answers come from a table
and every connection the guard allows is routed to the loopback test server,
so a case that got through would reach it and show up in ``nat.dialed``.
"""

from __future__ import annotations

import ssl

import pytest
from network_fakes import PUBLIC, FakeDNS, Nat, certificate_pair
from support import Reply, WebServer

from pipeline.http import HttpClient

DNS = {
    "public.example": [PUBLIC],
    "localhost": ["127.0.0.1", "::1"],
    "internal.example": ["10.1.2.3"],
    "mixed.example": [PUBLIC, "192.168.0.5"],
    "cgnat.example": ["100.100.100.100"],
    "ula.example": ["fd00::1"],
    "metadata.example": ["169.254.169.254"],
    "garbage.example": ["not-an-address"],
}

# (label, URL fetched); redirect cases start on public.example, whose server
# answers /hop/<n> with a redirect to the URL after "->"
CASES = [
    ("loopback", "http://127.0.0.1/secret"),
    ("short dotted", "http://127.1/secret"),
    ("decimal", "http://2130706433/secret"),
    ("hexadecimal", "http://0x7f000001/secret"),
    ("hexadecimal dotted", "http://0x7f.0.0.1/secret"),
    ("octal", "http://017700000001/secret"),
    ("zero", "http://0/secret"),
    ("unspecified", "http://0.0.0.0/secret"),
    ("IPv6 loopback", "http://[::1]/secret"),
    ("IPv6 unspecified", "http://[::]/secret"),
    ("IPv4-mapped IPv6", "http://[::ffff:127.0.0.1]/secret"),
    ("IPv4-mapped IPv6, hex", "http://[::ffff:7f00:1]/secret"),
    ("IPv4-mapped IPv6, long", "http://[0:0:0:0:0:ffff:127.0.0.1]/secret"),
    ("6to4 of loopback", "http://[2002:7f00:1::]/secret"),
    ("NAT64 of metadata", "http://[64:ff9b::a9fe:a9fe]/secret"),
    ("IPv4-compatible IPv6", "http://[::7f00:1]/secret"),
    ("link-local metadata", "http://169.254.169.254/secret"),
    ("IPv6 link-local", "http://[fe80::1]/secret"),
    ("IPv6 unique local", "http://[fc00::1]/secret"),
    ("private 10/8", "http://10.0.0.1/secret"),
    ("private 172.16/12", "http://172.16.0.1/secret"),
    ("private 192.168/16", "http://192.168.1.1/secret"),
    ("CGNAT start", "http://100.64.0.1/secret"),
    ("CGNAT end", "http://100.127.255.254/secret"),
    ("IETF protocol block", "http://192.0.0.8/secret"),
    ("benchmarking 198.18/15", "http://198.18.0.1/secret"),
    ("multicast", "http://224.0.0.1/secret"),
    ("broadcast", "http://255.255.255.255/secret"),
    ("reserved 240/4", "http://240.0.0.1/secret"),
    ("name to loopback", "http://localhost/secret"),
    ("name to private", "http://internal.example/secret"),
    ("name to public and private", "http://mixed.example/secret"),
    ("name to CGNAT", "http://cgnat.example/secret"),
    ("name to IPv6 unique local", "http://ula.example/secret"),
    ("name to metadata", "http://metadata.example/secret"),
    ("unresolvable name", "http://nowhere.example/secret"),
    ("resolver answers garbage", "http://garbage.example/secret"),
    ("redirect to loopback", "->http://127.0.0.1/secret"),
    ("redirect to IPv6 loopback", "->http://[::1]/secret"),
    ("redirect to decimal loopback", "->http://2130706433/secret"),
    ("redirect to private name", "->http://internal.example/secret"),
    ("redirect to CGNAT", "->http://100.64.0.1/secret"),
    ("two redirects to metadata", "->->http://169.254.169.254/secret"),
    ("redirect to file:", "->file:///etc/passwd"),
]


@pytest.fixture(scope="module")
def server():
    # one server for the module: stopping one takes half a second
    server = WebServer()
    server.thread.start()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


@pytest.fixture
def web(server):
    server.routes.clear()
    server.requests.clear()
    server.routes["/secret"] = Reply(200, b"internal data")
    return server


@pytest.fixture
def net(web):
    return Nat(web.httpd.server_address[1])


def _client(settings, net, dns=None):
    settings = settings.replace(allow_private_networks=False, request_deadline=5.0)
    return HttpClient(settings, resolver=dns or FakeDNS(DNS), network=net)


def _start(web, target: str) -> str:
    """A chain of redirects on public.example ending at ``target``."""
    hops = target.count("->")
    final = target.replace("->", "")
    for n in range(1, hops + 1):
        location = final if n == hops else f"http://public.example/hop/{n + 1}"
        web.routes[f"/hop/{n}"] = Reply(302, b"", {"Location": location})
    return "http://public.example/hop/1" if hops else final


@pytest.mark.parametrize(("label", "target"), CASES, ids=[c[0] for c in CASES])
def test_private_address_is_refused(web, settings, net, label, target):
    with _client(settings, net) as client:
        result = client.get(_start(web, target), max_bytes=10_000)
    assert result.error is not None and not result.ok
    assert web.hits("/secret") == 0
    assert all(address == PUBLIC for address in net.dialed)


def test_redirect_chain_reaches_the_public_hops_before_refusing(web, settings, net):
    with _client(settings, net) as client:
        result = client.get(_start(web, "->->http://10.0.0.1/secret"), max_bytes=10_000)
    assert web.hits("/hop/1") == web.hits("/hop/2") == 1
    assert "refused" in result.error and "10.0.0.1" in result.error


def test_refusal_names_the_address_and_the_setting(web, settings, net):
    with _client(settings, net) as client:
        result = client.get("http://cgnat.example/secret", max_bytes=10_000)
    assert "100.100.100.100" in result.error
    assert "PARDONWATCH_ALLOW_PRIVATE_NETWORKS" in result.error


def test_unresolvable_name_fails_closed(web, settings, net):
    with _client(settings, net) as client:
        result = client.get("http://nowhere.example/secret", max_bytes=10_000)
    assert "DNS lookup failed" in result.error and net.dialed == []


def test_rebinding_name_is_connected_to_the_address_that_was_checked(web, settings, net):
    dns = FakeDNS({"rebind.example": [[PUBLIC], ["127.0.0.1"]]})
    web.routes["/page"] = Reply(200, b"public page")
    with _client(settings, net, dns) as client:
        result = client.get("http://rebind.example/page", max_bytes=10_000)
    assert result.ok and result.body == b"public page"
    assert dns.lookups == ["rebind.example"] and net.dialed == [PUBLIC]


def test_public_name_is_fetched(web, settings, net):
    web.routes["/page"] = Reply(200, b"public page")
    with _client(settings, net) as client:
        result = client.get("http://public.example/page", max_bytes=10_000)
    assert result.ok and net.dialed == [PUBLIC]


def test_allowing_private_networks_still_reaches_loopback(web, settings):
    # the setting the tests and the demo use stays
    web.routes["/page"] = Reply(200, b"local page")
    with HttpClient(settings.replace(allow_private_networks=True)) as client:
        result = client.get(web.url("/page"), max_bytes=10_000)
    assert result.ok and result.body == b"local page"


@pytest.fixture
def tls_web(tmp_path):
    ca, cert, key = certificate_pair(tmp_path, "news.example")
    server = WebServer()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.httpd.socket = context.wrap_socket(server.httpd.socket, server_side=True)
    server.thread.start()
    yield server, ssl.create_default_context(cafile=str(ca))
    server.httpd.shutdown()
    server.httpd.server_close()


def test_tls_is_verified_against_the_host_name_not_the_pinned_address(tls_web, settings):
    server, trust = tls_web
    server.routes["/page"] = Reply(200, b"over TLS")
    dns = FakeDNS({"news.example": [PUBLIC], "other.example": [PUBLIC]})
    net = Nat(server.httpd.server_address[1])
    guarded = settings.replace(allow_private_networks=False)
    with HttpClient(guarded, resolver=dns, network=net, verify=trust) as client:
        good = client.get("https://news.example/page", max_bytes=10_000)
        wrong_name = client.get("https://other.example/page", max_bytes=10_000)
    assert good.ok and good.body == b"over TLS"
    assert net.dialed == [PUBLIC, PUBLIC]  # both connected to the pinned address
    assert "certificate" in wrong_name.error.lower() and server.hits("/page") == 1
