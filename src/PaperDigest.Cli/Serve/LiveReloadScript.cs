namespace PaperDigest.Cli.Serve;

/// <summary>
/// The script every served page loads from <c>/__paperdigest/live.js</c>. It listens to the server's events and reloads
/// the page when the site it came from has been replaced by a newer build; when a build fails it shows the diagnostics
/// over the page (built with <c>textContent</c>, never parsed as HTML) until the next good build reloads it. On load,
/// and when the events stream (re)connects, it asks for the current state, so a page opened after a failure, or kept
/// open across a restart of the server, is right too.
/// </summary>
internal static class LiveReloadScript
{
    public const string Source = """
        // PaperDigest dev server: live reload and the build-error overlay. Served only by `paperdigest serve`.
        (() => {
          "use strict";
          const me = document.currentScript;
          let pageVersion = (me && me.dataset.build) || "";
          const overlayId = "__paperdigest-overlay";
          let dismissedBuild = -1;
          let shownBuild = -1;

          function apply(status) {
            if (!status || typeof status !== "object" || !(status.build > 0)) return;
            if (status.succeeded) {
              if (status.version && status.version !== pageVersion) {
                location.reload();
                return;
              }
              hide();
            } else {
              show(status);
            }
          }

          function parse(text) {
            try { return JSON.parse(text); } catch { return null; }
          }

          function el(tag, styles, text) {
            const node = document.createElement(tag);
            Object.assign(node.style, styles);
            if (text !== undefined) node.textContent = text;
            return node;
          }

          function hide() {
            const old = document.getElementById(overlayId);
            if (old) old.remove();
          }

          function plural(n, noun) {
            return n + " " + noun + (n === 1 ? "" : "s");
          }

          function show(status) {
            if (status.build === dismissedBuild) return;
            hide();
            shownBuild = status.build;
            const diagnostics = (Array.isArray(status.diagnostics) ? status.diagnostics : [])
              .slice().sort((a, b) => (a.severity === "error" ? 0 : 1) - (b.severity === "error" ? 0 : 1));
            const errors = diagnostics.filter(d => d.severity === "error").length;
            const overlay = el("div", {
              position: "fixed", inset: "0", zIndex: "2147483647", overflow: "auto", margin: "0",
              padding: "5vh 4vw", boxSizing: "border-box", background: "rgba(0, 0, 0, 0.66)", textAlign: "left"
            });
            overlay.id = overlayId;
            overlay.setAttribute("role", "alert");
            overlay.setAttribute("aria-live", "assertive");
            const panel = el("div", {
              maxWidth: "72rem", margin: "0 auto", padding: "1.25rem 1.5rem", boxSizing: "border-box",
              background: "#1d1f21", color: "#eaeaea", borderTop: "6px solid #e5484d", borderRadius: "6px",
              boxShadow: "0 12px 40px rgba(0, 0, 0, 0.5)",
              font: "15px/1.5 system-ui, -apple-system, 'Segoe UI', sans-serif"
            });
            const head = el("div", { display: "flex", gap: "1rem", alignItems: "baseline", justifyContent: "space-between" });
            head.appendChild(el("strong", { fontSize: "1.15rem", color: "#ff8a8a" },
              "PaperDigest: build failed (" + plural(errors, "error") + ")"));
            const close = el("button", {
              font: "inherit", color: "#eaeaea", background: "transparent", border: "1px solid #666",
              borderRadius: "4px", padding: "0.1rem 0.6rem", cursor: "pointer"
            }, "Close");
            close.type = "button";
            close.addEventListener("click", () => { dismissedBuild = status.build; hide(); });
            head.appendChild(close);
            panel.appendChild(head);
            panel.appendChild(el("p", { margin: "0.5rem 0 1rem", color: "#b8b8b8" },
              "The page shows the last good build. Fix the file and save: this page reloads by itself."));
            const list = el("div", {
              font: "14px/1.55 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
              whiteSpace: "pre-wrap", overflowWrap: "anywhere"
            });
            for (const d of diagnostics) {
              const line = el("div", { margin: "0 0 0.4rem", color: d.severity === "error" ? "#ffb3b3" : "#f5d67b" },
                String(d.text || ""));
              line.className = "__paperdigest-diagnostic";
              list.appendChild(line);
            }
            panel.appendChild(list);
            overlay.appendChild(panel);
            (document.body || document.documentElement).appendChild(overlay);
          }

          document.addEventListener("keydown", e => {
            if (e.key === "Escape" && document.getElementById(overlayId)) {
              dismissedBuild = shownBuild;
              hide();
            }
          });

          function fetchStatus() {
            fetch("/__paperdigest/status", { cache: "no-store" })
              .then(r => (r.ok ? r.json() : null))
              .then(apply, () => {});
          }

          fetchStatus();
          window.addEventListener("pageshow", e => { if (e.persisted) fetchStatus(); });
          if (typeof EventSource === "function") {
            // The page says which it is, so the server can render it first after an edit.
            const events = new EventSource("/__paperdigest/events?page=" + encodeURIComponent(location.pathname)
              + "&build=" + encodeURIComponent(pageVersion));
            events.addEventListener("reload", e => apply(parse(e.data)));
            // A build that left this page as it was: the page is of the new version as it stands.
            events.addEventListener("unchanged", e => {
              const status = parse(e.data);
              if (status && status.version) { pageVersion = status.version; hide(); }
            });
            events.addEventListener("failed", e => apply(parse(e.data)));
          }
        })();

        """;
}
