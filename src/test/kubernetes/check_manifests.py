#!/usr/bin/env python3
"""Checks the Kubernetes manifests the build generated (target/kubernetes/kubernetes.json, from application.properties
and src/main/kubernetes/kubernetes.yml) for what a rolling, autoscaled deployment of Jisr relies on.

    python3 src/test/kubernetes/check_manifests.py [target/kubernetes/kubernetes.json]

No cluster is needed (none runs here); README, Kubernetes, deploys them.
"""
import json
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "target/kubernetes/kubernetes.json"
with open(path) as f:
    resources = json.load(f)
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def one(kind, name="jisr"):
    found = [r for r in resources if r["kind"] == kind and r["metadata"]["name"] == name]
    check(len(found) == 1, f"one {kind} {name}, found {len(found)}")
    return found[0] if found else {}


deployment, service, hpa, pdb = one("Deployment"), one("Service"), one("HorizontalPodAutoscaler"), \
    one("PodDisruptionBudget")
config = one("ConfigMap", "jisr-config")
spec = deployment.get("spec", {})
pod = spec.get("template", {}).get("spec", {})
labels = spec.get("template", {}).get("metadata", {}).get("labels", {})
container = (pod.get("containers") or [{}])[0]

check(spec.get("replicas", 0) >= 2, "the Deployment runs several replicas")
strategy = spec.get("strategy", {})
check(strategy.get("type") == "RollingUpdate" and str(strategy.get("rollingUpdate", {}).get("maxUnavailable")) == "0",
      "rolling updates never take a replica away before its successor is ready (maxUnavailable 0)")
selector = spec.get("selector", {}).get("matchLabels", {})
check("app.kubernetes.io/version" not in selector, "the selector leaves the version out, so a new version can roll out")
check(selector.items() <= labels.items(), "the Deployment's selector matches its pods")
check(not pod.get("initContainers"), "no init containers (every replica migrates under Flyway's lock)")
check(pod.get("terminationGracePeriodSeconds", 0) >= 30,
      "the grace period outlasts the shutdown delay (5 s) and the time requests get to finish (20 s)")
for probe, path_ in (("livenessProbe", "/q/health/live"), ("readinessProbe", "/q/health/ready"),
                     ("startupProbe", "/q/health/started")):
    check(container.get(probe, {}).get("httpGet", {}).get("path") == path_, f"{probe} on {path_}")
resources_ = container.get("resources", {})
for bound in ("requests", "limits"):
    check({"cpu", "memory"} <= set(resources_.get(bound, {})), f"CPU and memory {bound}")
sources = container.get("envFrom", [])
check({"configMapRef": {"name": "jisr-config"}} in sources, "configuration from the ConfigMap jisr-config")
check({"secretRef": {"name": "jisr-secrets"}} in sources, "secrets from the Secret jisr-secrets")
check(not any(e.get("name") == "QUARKUS_FLYWAY_ACTIVE" for e in container.get("env", [])),
      "Flyway stays active in the pods")
mounts = {m["name"]: m["mountPath"] for m in container.get("volumeMounts", [])}
check(config.get("data", {}).get("JISR_JWT_PUBLIC_KEY_LOCATION", "").startswith(mounts.get("jwt", "?") + "/"),
      "the token key location points into the mounted jisr-jwt ConfigMap")
check("JISR_DB_URL" in config.get("data", {}), "the ConfigMap names the database")
ports = {p.get("containerPort") for p in container.get("ports", [])}
check(all(p.get("targetPort") in ports for p in service.get("spec", {}).get("ports", [])),
      "the Service targets the container's port")
check(service.get("spec", {}).get("selector", {}).items() <= labels.items(), "the Service selects the pods")
target = hpa.get("spec", {}).get("scaleTargetRef", {})
check(target.get("kind") == "Deployment" and target.get("name") == "jisr", "the autoscaler scales the Deployment")
check(hpa.get("spec", {}).get("minReplicas", 0) >= 2, "the autoscaler keeps several replicas")
check(pdb.get("spec", {}).get("selector", {}).get("matchLabels", {}).items() <= labels.items(),
      "the disruption budget covers the pods")

if problems:
    print("Kubernetes manifests: " + "; ".join(problems))
    sys.exit(1)
print(f"Kubernetes manifests: {', '.join(sorted(r['kind'] for r in resources))} — all checks passed")
