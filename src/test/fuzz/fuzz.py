#!/usr/bin/env python3
"""Bounded fuzzing of the GraphQL endpoint: requests generated from the served schema, valid and mangled.

Fails on any 5xx, any answer from /graphql that is not JSON, any error without `extensions.code` or with INTERNAL, or
any message that names a Java class. Deterministic for a seed. Usage:

    python3 src/test/fuzz/fuzz.py --url http://127.0.0.1:8080/graphql [--requests 3000] [--seed 1]

Run it against a service whose rate limit is raised (JISR_RATE_LIMIT_REQUESTS_PER_MINUTE), or it measures that.
"""
import argparse
import json
import random
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

INTROSPECTION = """{ __schema { queryType { name } types { name kind
  fields { name args { name type { ...T } } type { ...T } }
  inputFields { name type { ...T } } enumValues { name } } } }
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }"""
JAVA_NAME = re.compile(r"\b(java|javax|jakarta|io\.jisr|io\.smallrye|io\.quarkus|io\.vertx|org\.hibernate|"
                       r"org\.jboss|graphql\.[a-z]+)\.[A-Za-z]|[A-Z][A-Za-z]+Exception\b")
STRINGS = ["", "ai", "C++", "100%", "%zz", "a+b", "' OR 1=1 --", "\u0000", "\ud800", "العربية", "é" * 300, "{", "\\",
           "x" * 5000, "test-slug", "U2VjdG9yOjE", "not-an-id", "#%0A", "\n", "null"]
NUMBERS = [0, 1, -1, 20, 100, 101, 2025, 2 ** 31, 2 ** 32 + 1, -2 ** 63, 1e309, 0.5, -0.0]


def call(url, method, body=None, params=None, headers=None, raw_suffix=""):
    # Lone surrogates cannot be encoded; they travel as the replacement character, as a browser sends them.
    target = url + ("?" + urllib.parse.urlencode(params, errors="replace") if params else "") + raw_suffix
    request = urllib.request.Request(target, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def unwrap(t):
    while t.get("ofType"):
        t = t["ofType"]
    return t


class Generator:
    def __init__(self, schema, rnd):
        self.types = {t["name"]: t for t in schema["types"]}
        self.query = self.types[schema["queryType"]["name"]]
        self.rnd = rnd

    def value(self, t, depth=0):
        r = self.rnd
        if t["kind"] == "NON_NULL":
            return self.value(t["ofType"], depth)
        if t["kind"] == "LIST":
            return "[" + ", ".join(self.value(t["ofType"], depth + 1) for _ in range(r.randint(0, 3))) + "]"
        named = self.types.get(t["name"], {})
        if r.random() < 0.05:
            return r.choice(["null", "1", '"x"', "true", "[]", "{}", "$undefined"])
        if named.get("kind") == "ENUM":
            return r.choice([v["name"] for v in named["enumValues"]] + ["NOT_A_VALUE"])
        if named.get("kind") == "INPUT_OBJECT":
            if depth > 2:
                return "{}"
            fields = r.sample(named["inputFields"], k=min(len(named["inputFields"]), r.randint(0, 4)))
            return "{ " + ", ".join(f"{f['name']}: {self.value(f['type'], depth + 1)}" for f in fields) + " }"
        if t["name"] in ("Int", "Float", "BigDecimal"):
            return str(r.choice(NUMBERS))
        if t["name"] == "Boolean":
            return r.choice(["true", "false"])
        return json.dumps(r.choice(STRINGS), ensure_ascii=r.random() < 0.5)

    def selection(self, type_name, depth):
        named = self.types[type_name]
        if named["kind"] in ("SCALAR", "ENUM"):
            return ""
        fields = [f for f in named.get("fields") or [] if not f["name"].startswith("__")]
        if named["kind"] in ("INTERFACE", "UNION") or not fields:
            return "{ __typename }"
        picked = self.rnd.sample(fields, k=min(len(fields), self.rnd.randint(1, 4)))
        parts = []
        for f in picked:
            inner = unwrap(f["type"])
            if depth > 3 and self.types[inner["name"]]["kind"] not in ("SCALAR", "ENUM"):
                continue
            args = [a for a in f["args"] if a["type"]["kind"] == "NON_NULL" or self.rnd.random() < 0.4]
            arg_text = "(" + ", ".join(f"{a['name']}: {self.value(a['type'])}" for a in args) + ")" if args else ""
            parts.append(f["name"] + arg_text + " " + self.selection(inner["name"], depth + 1))
        return "{ " + (" ".join(parts) or "__typename") + " }"

    def document(self):
        return self.selection(self.query["name"], 0)


def mangle(text, rnd):
    if not text:
        return text
    i = rnd.randrange(len(text))
    return rnd.choice([
        lambda: text[:i] + text[i + 1:],
        lambda: text[:i] + rnd.choice("{}()[]:$@!\"\\#%\n\u0000") + text[i:],
        lambda: text[:i],
        lambda: text * 2,
        lambda: text.replace("{", "{ a: __typename ", 1),
        lambda: "mutation " + text,
        lambda: "subscription " + text,
    ])()


def request(gen, url, rnd):
    document = gen.document()
    if rnd.random() < 0.5:
        document = mangle(document, rnd)
    accept = rnd.choice(["application/json", "application/graphql-response+json", "*/*", None, "text/html"])
    headers = {"Accept": accept} if accept else {}
    variables = rnd.choice([None, {}, {"x": 1}, "[]", "not json", {"first": 2 ** 40}])
    operation = rnd.choice([None, None, "A", 1, {}, []])
    if rnd.random() < 0.3:
        params = {"query": document}
        if variables is not None:
            params["variables"] = variables if isinstance(variables, str) else json.dumps(variables)
        if operation is not None:
            params["operationName"] = json.dumps(operation) if not isinstance(operation, str) else operation
        # Now and then a broken escape, which clients built by hand send.
        suffix = rnd.choice([""] * 9 + ["%", "%zz", "&x=%E2%82"])
        return "GET", call(url, "GET", params=params, headers=headers, raw_suffix=suffix)
    body = {"query": document}
    if variables is not None:
        body["variables"] = variables
    if operation is not None:
        body["operationName"] = operation
    raw = json.dumps(body).encode("utf-8", "surrogatepass")
    if rnd.random() < 0.1:
        raw = mangle(raw.decode(), rnd).encode("utf-8", "surrogatepass")
    content_type = rnd.choice(["application/json"] * 6 + ["application/json; charset=utf-8", "text/plain",
                                                          "application/graphql", "application/json, application/json"])
    if content_type == "application/graphql":
        raw = document.encode("utf-8", "surrogatepass")
    return "POST", call(url, "POST", raw, headers={**headers, "Content-Type": content_type})


def problems(status, content_type, body):
    found = []
    if status >= 500:
        found.append(f"HTTP {status}")
    try:
        answer = json.loads(body)
    except ValueError:
        return found + [f"not JSON ({content_type}): {body[:80]!r}"]
    for error in answer.get("errors") or []:
        code = (error.get("extensions") or {}).get("code")
        if not code:
            found.append(f"error without code: {error.get('message', '')[:120]}")
        elif code == "INTERNAL":
            found.append(f"INTERNAL: {json.dumps(answer)[:300]}")
        if JAVA_NAME.search(error.get("message", "")):
            found.append(f"Java name in message: {error.get('message', '')[:160]}")
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    status, _, body = call(args.url, "POST", json.dumps({"query": INTROSPECTION}).encode(),
                           headers={"Content-Type": "application/json"})
    gen = Generator(json.loads(body)["data"]["__schema"], rnd)
    failures = {}
    for _ in range(args.requests):
        method, (status, content_type, body) = request(gen, args.url, rnd)
        for problem in problems(status, content_type, body):
            kind = problem.split(":")[0]
            failures.setdefault(kind, []).append(f"{method} {problem}")
    total = sum(len(v) for v in failures.values())
    for kind, examples in failures.items():
        print(f"{len(examples)} × {kind}; e.g. {examples[0]}")
    print(f"fuzz: {args.requests} requests (seed {args.seed}), {total} problems")
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
