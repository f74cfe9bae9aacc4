/** The web chat page: one self-contained document (no build step), readable on a phone. */
export const WEB_PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>Spark</title>
<style>
  :root { color-scheme: light dark; --bg:#f5f6f8; --me:#2f6feb; --bot:#fff; --text:#1d2330; --muted:#6b7385; }
  @media (prefers-color-scheme: dark) { :root { --bg:#12151b; --bot:#1d2230; --text:#e6e9ef; --muted:#8a93a6; } }
  * { box-sizing: border-box; }
  body { margin:0; font:16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background:var(--bg); color:var(--text); height:100dvh; display:flex; flex-direction:column; }
  header { padding:10px 16px; font-weight:600; display:flex; justify-content:space-between; align-items:center; border-bottom:1px solid #8882; }
  header button { font:inherit; font-size:14px; background:none; border:1px solid #8885; color:var(--text); border-radius:8px; padding:4px 10px; cursor:pointer; }
  #banner { display:none; background:#b5470b; color:#fff; padding:8px 16px; font-size:14px; }
  #log { flex:1; overflow-y:auto; padding:16px; display:flex; flex-direction:column; gap:10px; }
  .msg { max-width:min(80ch, 88%); padding:9px 13px; border-radius:16px; overflow-wrap:anywhere; }
  .me { align-self:flex-end; background:var(--me); color:#fff; border-bottom-right-radius:4px; white-space:pre-wrap; }
  .bot { align-self:flex-start; background:var(--bot); border-bottom-left-radius:4px; box-shadow:0 1px 2px #0002; }
  .bot.streaming { white-space:pre-wrap; }
  .bot p { margin:0 0 .5em; } .bot p:last-child { margin-bottom:0; }
  .bot pre { background:#0001; padding:8px; border-radius:8px; overflow-x:auto; } .bot code { font-family: ui-monospace, monospace; font-size:.92em; }
  .note { align-self:center; color:var(--muted); font-size:13px; }
  .fb { margin-top:4px; display:flex; gap:6px; } .fb button { border:none; background:none; cursor:pointer; font-size:15px; opacity:.55; padding:0; } .fb button:hover, .fb button.on { opacity:1; }
  #typing { color:var(--muted); font-size:13px; padding:0 16px 4px; min-height:18px; }
  form { display:flex; gap:8px; padding:10px 12px calc(10px + env(safe-area-inset-bottom)); border-top:1px solid #8882; }
  textarea { flex:1; resize:none; font:inherit; padding:10px 12px; border-radius:12px; border:1px solid #8885; background:var(--bot); color:var(--text); max-height:40vh; }
  form button { font:inherit; font-weight:600; border:none; border-radius:12px; padding:0 18px; background:var(--me); color:#fff; cursor:pointer; }
</style>
</head>
<body>
<header><span>Spark</span><button id="new" type="button" title="Start a new conversation">New chat</button></header>
<div id="banner" role="status"></div>
<main id="log" aria-live="polite"></main>
<div id="typing"></div>
<form id="form"><textarea id="input" rows="1" placeholder="Message Spark" aria-label="Message" autofocus></textarea><button type="submit">Send</button></form>
<script>
(() => {
  const $ = (id) => document.getElementById(id);
  const log = $("log"), input = $("input"), typing = $("typing"), banner = $("banner");
  const rid = () => (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2)).replace(/[^A-Za-z0-9_-]/g, "");
  let conv = localStorage.getItem("spark.conv") || rid();
  localStorage.setItem("spark.conv", conv);
  let streaming = null, source = null;
  const add = (cls, text) => { const d = document.createElement("div"); d.className = "msg " + cls; d.textContent = text; log.appendChild(d); log.scrollTop = log.scrollHeight; return d; };
  const feedback = (el, turnRef) => {
    const fb = document.createElement("div"); fb.className = "fb";
    for (const [v, label] of [["up", "\\u{1F44D}"], ["down", "\\u{1F44E}"]]) {
      const b = document.createElement("button"); b.type = "button"; b.textContent = label; b.setAttribute("aria-label", "thumbs " + v);
      b.onclick = () => { fetch("/api/web/feedback", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ conversationId: conv, replyId: turnRef, value: v }) }).catch(() => {}); fb.querySelectorAll("button").forEach((x) => x.classList.remove("on")); b.classList.add("on"); };
      fb.appendChild(b);
    }
    el.appendChild(fb);
  };
  const connect = () => {
    if (source) source.close();
    source = new EventSource("/api/web/conversations/" + encodeURIComponent(conv) + "/events");
    source.addEventListener("delta", (e) => { const d = JSON.parse(e.data); if (!streaming) { streaming = add("bot streaming", ""); } streaming.textContent += d.text; log.scrollTop = log.scrollHeight; });
    source.addEventListener("reset", () => { if (streaming) streaming.textContent = ""; });
    source.addEventListener("progress", (e) => { typing.textContent = JSON.parse(e.data).note; });
    source.addEventListener("typing", (e) => { typing.textContent = JSON.parse(e.data).typing ? "Spark is typing..." : ""; });
    source.addEventListener("reply", (e) => {
      const d = JSON.parse(e.data);
      const el = streaming && d.part === 0 ? streaming : add("bot", "");
      streaming = null; el.classList.remove("streaming");
      el.innerHTML = d.html || ""; if (!d.html) el.textContent = d.text;
      el.dataset.replyId = e.lastEventId; if (d.part === d.parts - 1) feedback(el, e.lastEventId);
      typing.textContent = ""; log.scrollTop = log.scrollHeight;
    });
  };
  const status = () => fetch("/api/web/status").then((r) => r.json()).then((s) => {
    banner.style.display = s.model && !s.model.ready ? "block" : "none";
    banner.textContent = s.model && !s.model.ready ? "No model is available right now: " + (s.model.reason || "answers are paused") + "." : "";
  }).catch(() => {});
  $("form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = input.value.trim(); if (!text) return;
    input.value = ""; add("me", text);
    try {
      const r = await fetch("/api/web/messages", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ conversationId: conv, messageId: rid(), text }) });
      if (!r.ok) { const b = await r.json().catch(() => ({})); add("note", "Not sent: " + ((b.error && b.error.message) || r.status)); }
    } catch { add("note", "Not sent: the connection failed. Try again."); }
  });
  input.addEventListener("keydown", (e) => { if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); $("form").requestSubmit(); } });
  $("new").onclick = () => { conv = rid(); localStorage.setItem("spark.conv", conv); log.innerHTML = ""; connect(); };
  connect(); status(); setInterval(status, 15000);
})();
</script>
</body>
</html>
`;
