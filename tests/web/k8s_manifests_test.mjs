// Renders every overlay in k8s/ with `kubectl kustomize`, validates every
// object against the Kubernetes (and prometheus-operator) schemas offline,
// and checks the project's own rules. Exits non-zero listing every problem.
//   node k8s_manifests_test.mjs K8S_DIR
import { execFileSync } from "node:child_process";
import path from "node:path";
import { parseAllDocuments } from "yaml";

const k8sDir = process.argv[2];

// The overlays use `labels` and `patches`, which kustomize reads from 4.1 on
// (kubectl 1.21). Debian's own kubectl (1.20) cannot render them: say so and
// exit 77, which CTest reports as skipped.
const version = execFileSync("kubectl", ["version", "--client"], { encoding: "utf8" });
const kustomize = /Kustomize Version: v(\d+)\.(\d+)/.exec(version);
if (!kustomize || Number(kustomize[1]) < 4 || (Number(kustomize[1]) === 4 && Number(kustomize[2]) < 1)) {
  console.error(`kubectl's kustomize is too old for the overlays (need 4.1 or later): ${version.trim()}`);
  process.exit(77);
}
const problems = [];
const fail = (overlay, what) => problems.push(`${overlay}: ${what}`);

async function modelFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const modulePath =
    group === "monitoring.coreos.com"
      ? `@kubernetes-models/prometheus-operator/${group}/${version}/${kind}`
      : `kubernetes-models/${group ? group + "/" : ""}${version}/${kind}`;
  const module = await import(modulePath);
  return module[kind];
}

function render(overlay) {
  const yaml = execFileSync("kubectl", ["kustomize", path.join(k8sDir, "overlays", overlay)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  return parseAllDocuments(yaml)
    .map((d) => d.toJS())
    .filter(Boolean);
}

const labelsMatch = (selector, labels) =>
  Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);

function checkWorkload(overlay, d, config) {
  const name = d.metadata.name;
  const pod = d.spec.template.spec;
  const annotations = d.spec.template.metadata.annotations ?? {};
  if (annotations["prometheus.io/scrape"] !== "true") fail(overlay, `${name}: no prometheus.io/scrape`);
  const grace = Number(config.VEILIG_GRACE_PERIOD) + Number(config.VEILIG_DRAIN_DELAY_MS) / 1000;
  if (!(pod.terminationGracePeriodSeconds > grace)) {
    fail(overlay, `${name}: terminationGracePeriodSeconds ${pod.terminationGracePeriodSeconds} ` +
                  `does not exceed the server's drain delay plus grace period (${grace} s)`);
  }
  for (const c of pod.containers) {
    const where = `${name}/${c.name}`;
    for (const probe of ["readinessProbe", "livenessProbe"]) {
      if (!c[probe]?.grpc?.port) fail(overlay, `${where}: ${probe} is not a gRPC probe`);
    }
    for (const kind of ["requests", "limits"]) {
      for (const resource of ["cpu", "memory"]) {
        if (!c.resources?.[kind]?.[resource]) fail(overlay, `${where}: no ${kind}.${resource}`);
      }
    }
    const sc = c.securityContext ?? {};
    if (!(sc.runAsNonRoot ?? pod.securityContext?.runAsNonRoot)) fail(overlay, `${where}: may run as root`);
    if (sc.readOnlyRootFilesystem !== true) fail(overlay, `${where}: writable root filesystem`);
    if (sc.allowPrivilegeEscalation !== false) fail(overlay, `${where}: privilege escalation allowed`);
    if (!sc.capabilities?.drop?.includes("ALL")) fail(overlay, `${where}: capabilities not dropped`);
    if (c.lifecycle?.preStop?.exec) fail(overlay, `${where}: a preStop exec needs a shell the image lacks`);
    if (!c.volumeMounts?.some((m) => m.mountPath === "/etc/veilig/auth" && m.readOnly)) {
      fail(overlay, `${where}: the token key is not mounted read-only`);
    }
    const metrics = c.ports.find((p) => p.name === "metrics");
    if (String(metrics?.containerPort) !== annotations["prometheus.io/port"]) {
      fail(overlay, `${where}: prometheus.io/port differs from the metrics port`);
    }
  }
}

const rules = {
  local(objects, deployments) {
    for (const d of deployments) {
      if (d.spec.strategy?.type !== "Recreate") fail("local", `${d.metadata.name}: not Recreate`);
      const data = d.spec.template.spec.volumes.find((v) => v.name === "data");
      if (!data?.persistentVolumeClaim || data.emptyDir) fail("local", `${d.metadata.name}: data is not a PVC`);
    }
  },
  production(objects, deployments, config) {
    const pdbs = objects.filter((o) => o.kind === "PodDisruptionBudget");
    for (const d of deployments) {
      const labels = d.spec.template.metadata.labels;
      if (!pdbs.some((p) => labelsMatch(p.spec.selector.matchLabels, labels))) {
        fail("production", `${d.metadata.name}: no PodDisruptionBudget`);
      }
      if (!(d.spec.replicas >= 2)) fail("production", `${d.metadata.name}: fewer than 2 replicas`);
      const env = d.spec.template.spec.containers[0].env ?? [];
      if (!env.some((e) => e.name === "VEILIG_DATABASE" && e.valueFrom?.secretKeyRef)) {
        fail("production", `${d.metadata.name}: database URL not from a Secret`);
      }
    }
    const hpa = objects.find((o) => o.kind === "HorizontalPodAutoscaler");
    if (hpa?.spec.scaleTargetRef.name !== "veilig-gateway") fail("production", "no autoscaler on the gateway");
    if (config.VEILIG_REFLECTION !== "false") fail("production", "reflection is on");
    if (!config.VEILIG_AUTH_PUBLIC_KEY_FILE) fail("production", "tokens not checked against a public key");
  },
};

for (const overlay of ["local", "production"]) {
  let objects;
  try {
    objects = render(overlay);
  } catch (error) {
    fail(overlay, `kubectl kustomize failed: ${error.message}`);
    continue;
  }
  for (const object of objects) {
    try {
      const Model = await modelFor(object.apiVersion, object.kind);
      new Model(object).validate();
    } catch (error) {
      fail(overlay, `${object.kind}/${object.metadata?.name}: ${error.message}`);
    }
  }
  const deployments = objects.filter((o) => o.kind === "Deployment");
  const config = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name.startsWith("veilig-config")).data;
  if (deployments.length !== 5) fail(overlay, `expected 5 Deployments, got ${deployments.length}`);
  for (const d of deployments) checkWorkload(overlay, d, config);
  for (const service of objects.filter((o) => o.kind === "Service")) {
    const themeService = service.metadata.labels["app.kubernetes.io/component"] === "theme-service";
    if (themeService && service.spec.clusterIP !== "None") {
      fail(overlay, `${service.metadata.name}: a theme service's Service must be headless`);
    }
    if (!service.spec.ports.some((p) => p.name === "metrics")) fail(overlay, `${service.metadata.name}: no metrics port`);
  }
  const keys = ["VEILIG_AUTH_SECRET_FILE", "VEILIG_AUTH_PUBLIC_KEY_FILE"].filter((k) => config[k]);
  if (keys.length !== 1) fail(overlay, `exactly one token key must be configured, got ${keys}`);
  if (config.VEILIG_INSECURE_NO_AUTH) fail(overlay, "authentication must not be off");
  for (const [key, value] of Object.entries(config)) {
    if (key.endsWith("_ADDRESS") && !value.startsWith("dns:///")) fail(overlay, `${key} is not a dns:/// target`);
  }
  const policies = objects.filter((o) => o.kind === "NetworkPolicy");
  const denyAll = policies.find((p) => Object.keys(p.spec.podSelector).length === 0 && !p.spec.ingress && !p.spec.egress);
  if (!denyAll?.spec.policyTypes.includes("Ingress") || !denyAll?.spec.policyTypes.includes("Egress")) {
    fail(overlay, "no default-deny NetworkPolicy for ingress and egress");
  }
  if (!objects.some((o) => o.kind === "ServiceMonitor")) fail(overlay, "no ServiceMonitor");
  rules[overlay](objects, deployments, config);
  console.log(`${overlay}: ${objects.length} objects rendered and validated`);
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
