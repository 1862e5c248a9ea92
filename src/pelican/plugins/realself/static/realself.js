/* Re-check give-first offers against the visitor's own clock.
   The build stamps each offer with its status "as of" the build; a page built
   days ago must not present an expired offer as open. Without JavaScript the
   build-time status stands. No dependencies, no network. */
(function () {
  "use strict";
  var DAY = 86400000;

  function when(el, name) {
    var value = el.getAttribute(name);
    var time = value ? Date.parse(value) : NaN;
    return isNaN(time) ? null : time;
  }

  function statusAt(el, now) {
    var opens = when(el, "data-opens");
    var closes = when(el, "data-closes");
    var soon = parseInt(el.getAttribute("data-closing-soon-days") || "0", 10) * DAY;
    if (closes !== null && now >= closes) return "closed";
    if (opens !== null && now < opens) return "upcoming";
    if (el.getAttribute("data-full") === "true") return "full";
    if (closes !== null && now >= closes - soon) return "closing-soon";
    return "open";
  }

  function update(el, now) {
    var state = statusAt(el, now);
    if (state === el.getAttribute("data-state")) return;
    el.setAttribute("data-state", state);
    var label = el.querySelector("[data-realself-status]");
    if (label) {
      label.textContent = el.getAttribute("data-label-" + state) || state;
      label.className = label.className.replace(/realself-status-[a-z-]+/, "realself-status-" + state);
    }
    var claimable = state === "open" || state === "closing-soon";
    var buttons = el.querySelectorAll("[data-realself-claim]");
    for (var i = 0; i < buttons.length; i++) buttons[i].hidden = !claimable;
  }

  function run() {
    var now = Date.now();
    var offers = document.querySelectorAll("[data-realself-offer]");
    for (var i = 0; i < offers.length; i++) update(offers[i], now);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", run);
  } else {
    run();
  }
})();
