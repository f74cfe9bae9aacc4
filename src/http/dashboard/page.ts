/** Sign-in page shown at /admin when ADMIN_TOKEN is set and the browser has not presented it. */
export const LOGIN_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Spark operator sign-in</title>
<style>body{font:16px system-ui,sans-serif;display:grid;place-items:center;height:100dvh;margin:0;background:#f4f5f7}
form{background:#fff;padding:24px;border-radius:12px;box-shadow:0 2px 8px #0002;display:grid;gap:12px;width:min(360px,90vw)}
input,button{font:inherit;padding:10px;border-radius:8px;border:1px solid #ccd}button{background:#2f6feb;color:#fff;border:none;cursor:pointer}
#err{color:#b00020;min-height:1.2em;margin:0}</style></head>
<body><form id="f"><strong>Spark operator dashboard</strong><label>Admin token <input id="t" type="password" autocomplete="current-password" required></label>
<button>Sign in</button><p id="err"></p></form>
<script>document.getElementById("f").onsubmit=async(e)=>{e.preventDefault();
const r=await fetch("/admin/login",{method:"POST",headers:{"content-type":"application/json"},body:JSON.stringify({token:document.getElementById("t").value})});
if(r.ok)location.reload();else document.getElementById("err").textContent="That token was not accepted.";};</script></body></html>`;

/** The operator dashboard: live charts, queues, rollout controls, partner keys, feedback, WhatsApp pairing. */
export const DASHBOARD_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Spark operator dashboard</title>
<style>
  :root { --bg:#f4f5f7; --card:#fff; --text:#1d2330; --muted:#6b7385; --ok:#1a7f37; --bad:#b00020; }
  * { box-sizing:border-box; }
  body { margin:0; font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif; background:var(--bg); color:var(--text); }
  header { padding:12px 16px; display:flex; flex-wrap:wrap; gap:8px 16px; align-items:baseline; background:var(--card); border-bottom:1px solid #0001; }
  header h1 { font-size:18px; margin:0; } header span { color:var(--muted); font-size:13px; }
  main { padding:12px; display:grid; gap:12px; grid-template-columns:repeat(auto-fit, minmax(min(100%, 460px), 1fr)); }
  section { background:var(--card); border-radius:10px; padding:12px 14px; box-shadow:0 1px 3px #0001; min-width:0; }
  h2 { font-size:15px; margin:0 0 8px; }
  table { width:100%; border-collapse:collapse; font-size:14px; } th,td { text-align:left; padding:5px 6px; border-bottom:1px solid #0001; }
  th { color:var(--muted); font-weight:500; } .num { text-align:right; font-variant-numeric:tabular-nums; }
  .ok { color:var(--ok); } .bad { color:var(--bad); } .muted { color:var(--muted); }
  .chart { position:relative; height:220px; }
  input[type=number] { width:5.5em; } input, button { font:inherit; font-size:14px; }
  button { border:1px solid #0002; background:#fff; border-radius:6px; padding:3px 10px; cursor:pointer; }
  button.primary { background:#2f6feb; color:#fff; border:none; }
  .scroll { overflow-x:auto; } #qr img { max-width:240px; width:100%; }
  a { color:#2f6feb; }
</style>
</head>
<body>
<header><h1>Spark operator dashboard</h1><span id="model">model: ...</span><span id="updated"></span></header>
<main>
  <section><h2>Throughput per channel (messages in / minute, last hour)</h2><div class="chart"><canvas id="throughput"></canvas></div></section>
  <section><h2>Latency per channel (average turn, ms)</h2><div class="chart"><canvas id="latency"></canvas></div></section>
  <section><h2>Channels</h2><div class="scroll"><table id="health"><thead><tr><th>check</th><th>state</th></tr></thead><tbody></tbody></table></div></section>
  <section><h2>Queues <a href="/admin/queues" style="font-size:13px;font-weight:400">open the queue browser</a></h2>
    <div class="scroll"><table id="queues"><thead><tr><th>queue</th><th class="num">waiting</th><th class="num">active</th><th class="num">delayed</th><th class="num">failed</th></tr></thead><tbody></tbody></table></div></section>
  <section><h2>Rollout</h2><div class="scroll"><table id="rollout"><thead><tr><th>channel</th><th>on</th><th>% users</th><th>kill</th><th>cohorts</th><th></th></tr></thead><tbody></tbody></table></div><p id="rollout-msg" class="muted"></p></section>
  <section><h2>Feedback by cohort</h2><div class="scroll"><table id="feedback"><thead><tr><th>channel</th><th>cohort</th><th>model</th><th class="num">up</th><th class="num">down</th></tr></thead><tbody></tbody></table></div></section>
  <section><h2>Partner keys</h2><div class="scroll"><table id="keys"><thead><tr><th>id</th><th>partner</th><th>created</th><th>state</th><th></th></tr></thead><tbody></tbody></table></div></section>
  <section id="wa"><h2>WhatsApp</h2><p id="wa-state" class="muted">not running in this process</p><div id="qr"></div><button id="wa-repair" hidden>Pair again</button></section>
</main>
<script src="/admin/assets/chart.umd.js"></script>
<script>
(() => {
  const $ = (id) => document.getElementById(id);
  const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  const api = async (path, init) => { const r = await fetch(path, { credentials: "same-origin", ...init }); if (!r.ok) throw new Error(path + " " + r.status); return r.status === 204 ? null : r.json(); };
  const palette = ["#2f6feb", "#1a7f37", "#d97706", "#b00020", "#7c3aed", "#0891b2"];
  const mk = (id, unit) => new Chart($(id), { type: "line", data: { labels: [], datasets: [] },
    options: { responsive: true, maintainAspectRatio: false, animation: false, spanGaps: true, interaction: { mode: "index", intersect: false },
      scales: { y: { beginAtZero: true, title: { display: true, text: unit } } }, plugins: { legend: { position: "bottom" } } } });
  const charts = { throughput: mk("throughput", "messages / min"), latency: mk("latency", "ms") };
  window.__charts = charts;
  const setSeries = (chart, labels, series) => {
    chart.data.labels = labels;
    chart.data.datasets = Object.entries(series).map(([name, data], i) => ({ label: name, data, borderColor: palette[i % palette.length], backgroundColor: palette[i % palette.length], tension: 0.25, pointRadius: 2 }));
    chart.update();
  };
  const rows = (id, html) => { $(id).querySelector("tbody").innerHTML = html || '<tr><td colspan="6" class="muted">nothing yet</td></tr>'; };

  async function overview() {
    const o = await api("/admin/api/overview");
    const labels = o.stats.minutes.map((m) => new Date(m).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }));
    const ins = {}, lat = {};
    for (const [ch, s] of Object.entries(o.stats.channels)) { ins[ch] = s.in; lat[ch] = s.latencyAvgMs; }
    setSeries(charts.throughput, labels, ins);
    setSeries(charts.latency, labels, lat);
    rows("health", o.health.map((h) => '<tr><td>' + esc(h.name) + '</td><td class="' + (h.ok ? "ok" : "bad") + '">' + (h.ok ? "ok" : "down") + (h.detail ? " - " + esc(h.detail) : "") + "</td></tr>").join(""));
    rows("queues", o.queues.map((q) => "<tr><td>" + esc(q.name) + '</td><td class="num">' + q.counts.waiting + '</td><td class="num">' + q.counts.active + '</td><td class="num">' + q.counts.delayed + '</td><td class="num ' + (q.counts.failed ? "bad" : "") + '">' + q.counts.failed + "</td></tr>").join(""));
    rows("feedback", o.feedback.map((f) => "<tr><td>" + esc(f.channel) + "</td><td>" + esc(f.cohort) + "</td><td>" + esc(f.model) + '</td><td class="num">' + f.up + '</td><td class="num">' + f.down + "</td></tr>").join(""));
    $("model").textContent = "model: " + (o.model ? (o.model.ready ? "ready" : "unavailable - " + (o.model.reason || "")) : "no worker seen");
    $("updated").textContent = "updated " + new Date(o.generatedAt).toLocaleTimeString();
    const wa = o.health.find((h) => h.name === "channel:whatsapp");
    if (wa) {
      $("wa-state").textContent = "state: " + (wa.detail || (wa.ok ? "connected" : "down"));
      $("wa-repair").hidden = !/logged-out|failed/.test(wa.detail || "");
      if (!wa.ok) whatsappQr(); else $("qr").innerHTML = "";
    }
  }
  async function whatsappQr() {
    try { const q = await api("/admin/whatsapp/qr"); $("qr").innerHTML = q.qr ? '<img alt="WhatsApp pairing QR code" src="' + esc(q.qr) + '"><p class="muted">WhatsApp > Linked devices > Link a device</p>' : (q.pairingCode ? "<p>Pairing code: <strong>" + esc(q.pairingCode) + "</strong></p>" : ""); } catch {}
  }
  async function rollout() {
    const r = await api("/admin/api/rollout");
    rows("rollout", Object.entries(r.channels).map(([ch, c]) =>
      '<tr data-channel="' + esc(ch) + '"><td>' + esc(ch) + '</td><td><input type="checkbox" name="enabled" ' + (c.enabled ? "checked" : "") + '></td>' +
      '<td><input type="number" name="percent" min="0" max="100" step="0.1" value="' + c.percent + '"></td>' +
      '<td><input type="checkbox" name="killed" ' + (c.killed ? "checked" : "") + '></td>' +
      "<td>" + (c.variants.length ? c.variants.map((v) => esc(v.name) + " " + v.percent + "% " + esc(v.model)).join("<br>") : '<span class="muted">default</span>') + "</td>" +
      '<td><button class="primary" data-save="' + esc(ch) + '">Save</button></td></tr>').join(""));
  }
  async function keys() {
    const k = await api("/admin/api/keys");
    rows("keys", k.keys.map((x) => "<tr><td>" + esc(x.id) + "</td><td>" + esc(x.partner) + "</td><td>" + new Date(x.createdAt).toLocaleDateString() + "</td><td>" + (x.revokedAt ? '<span class="bad">revoked</span>' : '<span class="ok">live</span>') + "</td><td>" + (x.revokedAt ? "" : '<button data-revoke="' + esc(x.id) + '">Revoke</button>') + "</td></tr>").join(""));
  }
  document.addEventListener("click", async (e) => {
    const save = e.target.closest("[data-save]");
    if (save) {
      const tr = save.closest("tr"), ch = save.dataset.save;
      const body = { enabled: tr.querySelector('[name="enabled"]').checked, percent: Number(tr.querySelector('[name="percent"]').value), killed: tr.querySelector('[name="killed"]').checked };
      try { await api("/admin/api/rollout/" + encodeURIComponent(ch), { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }); $("rollout-msg").textContent = "Saved " + ch + " at " + new Date().toLocaleTimeString(); await rollout(); }
      catch (err) { $("rollout-msg").textContent = "Could not save: " + err.message; }
    }
    const revoke = e.target.closest("[data-revoke]");
    if (revoke && confirm("Revoke key " + revoke.dataset.revoke + "?")) { await api("/admin/api/keys/" + encodeURIComponent(revoke.dataset.revoke), { method: "DELETE" }); await keys(); }
  });
  $("wa-repair").onclick = async () => { await api("/admin/whatsapp/repair", { method: "POST" }).catch(() => {}); $("wa-repair").hidden = true; };
  const tick = () => overview().catch((e) => ($("updated").textContent = "update failed: " + e.message));
  tick(); rollout().catch(() => rows("rollout", "")); keys().catch(() => rows("keys", ""));
  setInterval(tick, 5000);
})();
</script>
</body>
</html>`;
