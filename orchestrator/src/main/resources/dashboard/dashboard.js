// benchpilot dashboard: talks only to this server's API, with the token from session storage.
"use strict";
const $ = (id) => document.getElementById(id);
let token = sessionStorage.getItem("benchpilot-token") || "";
let current = null;      // the run being watched
let stream = null;       // its SSE reader
const charts = {};
let stageMarks = [];     // {index, label}: where a phase or stage began, drawn on the live charts

// Draws a dashed vertical line and its label at each stage mark of the live charts.
const stageMarkers = {
  id: "stageMarkers",
  afterDatasetsDraw(c) {
    if (!c.canvas.id.startsWith("chart-") || c.canvas.id === "chart-trend") { return; }
    const { ctx, chartArea, scales } = c;
    ctx.save(); ctx.strokeStyle = "#8893a8"; ctx.fillStyle = "#556"; ctx.setLineDash([4, 3]); ctx.font = "10px sans-serif";
    stageMarks.forEach((m) => {
      if (m.index >= c.data.labels.length) { return; }
      const x = scales.x.getPixelForValue(m.index);
      ctx.beginPath(); ctx.moveTo(x, chartArea.top); ctx.lineTo(x, chartArea.bottom); ctx.stroke();
      ctx.fillText(m.label, x + 3, chartArea.top + 10);
    });
    ctx.restore();
  },
};
Chart.register(stageMarkers);

async function api(path, options = {}) {
  const response = await fetch(path, { ...options, headers: { ...(options.headers || {}), Authorization: "Bearer " + token,
    ...(options.body ? { "Content-Type": "application/json" } : {}) } });
  if (response.status === 401) { showLogin("the token was refused"); throw new Error("unauthorized"); }
  return response;
}

async function json(path, options) {
  const response = await api(path, options);
  const body = await response.json();
  if (!response.ok) { throw new Error(body.error || response.statusText); }
  return body;
}

function showLogin(message) {
  $("login").hidden = false; $("app").hidden = true; $("connection").textContent = message || "not connected";
}

async function connect() {
  token = $("token").value.trim() || token;
  try {
    await json("/api/v1/runs?limit=1");
    sessionStorage.setItem("benchpilot-token", token);
    $("login").hidden = true; $("app").hidden = false; $("connection").textContent = "connected";
    await loadHistory();
  } catch (e) { if (e.message !== "unauthorized") { $("connection").textContent = e.message; } }
}

function chart(id, datasets, yTitle, extraScales) {
  if (charts[id]) { charts[id].destroy(); }
  charts[id] = new Chart($(id), { type: "line", data: { labels: [], datasets: datasets.map((d) => ({ label: d, data: [], pointRadius: 0, borderWidth: 2 })) },
    options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { x: { title: { display: true, text: "second" } }, y: { beginAtZero: true, title: { display: true, text: yTitle } }, ...(extraScales || {}) } } });
  return charts[id];
}

function resetLive(id) {
  current = id; stageMarks = []; $("live").hidden = false; $("live-id").textContent = id; $("markers").innerHTML = "";
  $("checkpoint").hidden = true; $("scenarios").hidden = true; $("report").hidden = true;
  ["n-second", "n-offered", "n-achieved", "n-p95"].forEach((n) => { $(n).textContent = "–"; });
  $("n-errors").textContent = "0";
  chart("chart-rate", ["offered rps", "achieved rps"], "requests / s");
  chart("chart-latency", ["p50", "p95", "p99"], "ms");
  chart("chart-errors", ["errors"], "errors / s");
}

function marker(text, stage) {
  const item = document.createElement("li"); item.textContent = text; $("markers").appendChild(item);
  if (stage) { stageMarks.push({ index: charts["chart-rate"].data.labels.length, label: stage }); }
}

let errorsSoFar = 0;
function onMetrics(m) {
  const second = m.second + 1;
  const push = (c, values) => { c.data.labels.push(second); values.forEach((v, i) => c.data.datasets[i].data.push(v)); c.update("none"); };
  push(charts["chart-rate"], [m.offeredRps, m.achievedRps]);
  push(charts["chart-latency"], [m.p50, m.p95, m.p99]);
  push(charts["chart-errors"], [m.errors]);
  errorsSoFar += m.errors;
  $("n-second").textContent = second; $("n-offered").textContent = m.offeredRps.toFixed(1); $("n-achieved").textContent = m.achievedRps;
  $("n-p95").textContent = m.p95 == null ? "n/a" : m.p95.toFixed(1); $("n-errors").textContent = errorsSoFar;
}

async function onEvent(type, data) {
  if (type === "metrics") { onMetrics(data); return; }
  if (type === "phase") { marker((data.state === "started" ? "▶ " : "✔ ") + data.phase + (data.summary ? ": " + data.summary : "")); }
  if (type === "progress" || type === "warning" || type === "queued") {
    const stage = type === "progress" && /^(stage|step|stress|baseline|ramp|spike|soak|level)/i.test(data.message) ? data.message.split(/[:(]/)[0] : null;
    marker((type === "warning" ? "⚠ " : "") + data.message, stage);
  }
  if (type === "checkpoint") { await showCheckpoint(); }
  if (type === "finished") { marker("■ " + data.status + (data.reason ? ": " + data.reason : "")); }
  await refreshStatus();
  if (type === "finished") { await loadHistory(); await showReport(current); }
}

async function watch(id) {
  if (stream) { stream.cancel(); stream = null; }
  resetLive(id); errorsSoFar = 0;
  await refreshStatus();
  const response = await api("/api/v1/runs/" + encodeURIComponent(id) + "/events", { headers: { Accept: "text/event-stream" } });
  const reader = response.body.getReader(); stream = reader;
  const decoder = new TextDecoder(); let buffer = "";
  for (;;) {
    const { value, done } = await reader.read().catch(() => ({ done: true }));
    if (done || current !== id) { return; }
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end); buffer = buffer.slice(end + 2);
      let type = "message"; let data = "";
      block.split("\n").forEach((line) => {
        if (line.startsWith("event:")) { type = line.slice(6).trim(); }
        if (line.startsWith("data:")) { data += line.slice(5).trim(); }
      });
      if (data) { try { await onEvent(type, JSON.parse(data)); } catch (e) { marker("(unreadable event: " + e.message + ")"); } }
    }
  }
}

async function refreshStatus() {
  if (!current) { return; }
  const run = await json("/api/v1/runs/" + encodeURIComponent(current));
  $("live-status").textContent = run.status;
  $("checkpoint").hidden = run.status !== "awaiting_confirmation";
  if (run.plan) {
    $("plan-text").textContent = run.plan.pattern + ", " + run.plan.targetRps + " rps for " + run.plan.durationSeconds + " s on " + run.plan.tool
      + " — flows: " + run.plan.flows.join(", ") + (run.plan.users ? " — " + run.plan.users.description : "");
    if (!$("adjust-rps").value) { $("adjust-rps").value = run.plan.targetRps; }
    if (run.status === "running" && !stageMarks.some((m) => m.planned)) {
      (run.plan.stages || []).forEach((s) => stageMarks.push({ index: s.startSecond, label: s.name, planned: true }));
    }
  }
}

async function showCheckpoint() { await refreshStatus(); }

async function answer(body) {
  const response = await api("/api/v1/runs/" + encodeURIComponent(current) + "/checkpoint", { method: "POST", body: JSON.stringify(body) });
  const reply = await response.json();
  if (!response.ok) { marker("checkpoint: " + reply.error); return reply; }
  if (body.choice !== "review") { $("checkpoint").hidden = true; }
  return reply;
}

async function showReport(id) {
  $("report").hidden = false; $("report-id").textContent = id;
  const base = "/api/v1/runs/" + encodeURIComponent(id) + "/artifacts/";
  const html = await api(base + "report.html");
  if (html.ok) {
    $("report-frame").srcdoc = await html.text();
  } else {
    const md = await api(base + "final-benchmark-report.md");
    const pre = document.createElement("pre"); pre.textContent = md.ok ? await md.text() : "no report for this run";
    $("report-frame").srcdoc = "<!doctype html><meta charset=utf-8>" + pre.outerHTML;
  }
  $("report-json").onclick = async (e) => { e.preventDefault(); download(id + "-summary.json", await (await api(base + "summary.json")).blob()); };
}

function filterQuery() {
  const params = new URLSearchParams();
  new FormData($("filters")).forEach((value, key) => { if (value) { params.set(key, value); } });
  return params;
}

function cell(row, text, numeric) {
  const td = document.createElement("td"); td.textContent = text == null ? "n/a" : text; if (numeric) { td.className = "n"; } row.appendChild(td);
}

async function loadHistory() {
  const { runs } = await json("/api/v1/runs?" + filterQuery());
  const body = $("runs").querySelector("tbody"); body.innerHTML = "";
  runs.forEach((r) => {
    const row = document.createElement("tr"); row.dataset.id = r.id;
    cell(row, r.id); cell(row, r.startedAt ? r.startedAt.replace("T", " ").replace(/\.\d+Z$/, "") : ""); cell(row, r.target);
    cell(row, r.pattern); cell(row, r.status); cell(row, r.achievedRps == null ? null : r.achievedRps.toFixed(1), true);
    cell(row, r.p95Ms == null ? null : r.p95Ms.toFixed(1), true); cell(row, r.errorRate == null ? null : (r.errorRate * 100).toFixed(2) + "%", true);
    cell(row, r.breakingPointRps == null ? null : r.breakingPointRps.toFixed(0), true);
    row.onclick = () => (r.live ? watch(r.id) : showReport(r.id));
    body.appendChild(row);
  });
  trend(runs);
}

function trend(runs) {
  const target = filterQuery().get("target") || (runs.find((r) => r.startedAt) || {}).target;
  $("trend-target").textContent = target ? "— " + target : "";
  const points = runs.filter((r) => r.target === target && r.status === "completed" && r.startedAt).reverse();
  const c = chart("chart-trend", ["p95 ms", "breaking point rps"], "ms", { y1: { position: "right", beginAtZero: true, title: { display: true, text: "rps" } } });
  c.data.datasets[0].pointRadius = 3; c.data.datasets[1].pointRadius = 3; c.data.datasets[1].yAxisID = "y1";
  c.options.scales.x.title.text = "run started";
  points.forEach((r) => { c.data.labels.push(r.startedAt.slice(0, 16).replace("T", " ")); c.data.datasets[0].data.push(r.p95Ms); c.data.datasets[1].data.push(r.breakingPointRps); });
  c.update("none");
}

function download(name, blob) {
  const link = document.createElement("a"); link.href = URL.createObjectURL(blob); link.download = name; link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

$("connect").onclick = connect;
$("token").addEventListener("keydown", (e) => { if (e.key === "Enter") { connect(); } });
$("run-form").onsubmit = async (e) => {
  e.preventDefault(); $("form-error").textContent = "";
  const body = {};
  new FormData($("run-form")).forEach((value, key) => { if (value !== "") { body[key] = key === "rps" || key === "users" ? Number(value) : value; } });
  if (body.users) { delete body.rps; }
  try {
    const started = await json("/api/v1/runs", { method: "POST", body: JSON.stringify(body) });
    watch(started.id);
  } catch (err) { $("form-error").textContent = err.message; }
};
$("execute").onclick = () => answer({ choice: "execute" });
$("cancel").onclick = () => answer({ choice: "cancel" });
$("adjust").onclick = () => answer({ choice: "adjust", rps: Number($("adjust-rps").value), ...($("adjust-duration").value ? { duration: $("adjust-duration").value } : {}) });
$("review").onclick = async () => {
  const reply = await answer({ choice: "review" });
  $("scenarios").hidden = false;
  $("scenarios").textContent = (reply.scenarios || []).map((f) => f.name + " (weight " + f.weight + "): "
    + (f.steps || []).map((s) => s.method + " " + s.pathTemplate).join(" → ")).join("\n");
};
$("filters").onsubmit = (e) => { e.preventDefault(); loadHistory(); };
$("export-csv").onclick = async () => { const q = filterQuery(); q.set("format", "csv"); download("benchpilot-runs.csv", await (await api("/api/v1/runs?" + q)).blob()); };
$("export-json").onclick = async () => download("benchpilot-runs.json", await (await api("/api/v1/runs?" + filterQuery())).blob());
if (token) { $("token").value = token; connect(); }
