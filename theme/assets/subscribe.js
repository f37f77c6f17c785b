// Adds a "Copy" button beside each feed address of the subscribe block (partials/subscribe.sbn-html). Without
// script the addresses are plain text to select; the button only saves selecting.
(function () {
  "use strict";
  if (!navigator.clipboard) {
    return;
  }

  document.querySelectorAll(".subscribe .feed-address").forEach(function (address) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-address";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy the address " + address.textContent);
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(address.textContent).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = "Copy"; }, 2000);
      }, function () {
        // Refused (an insecure page, a denied permission): select the text so a key press copies it.
        var range = document.createRange();
        range.selectNodeContents(address);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      });
    });
    address.parentNode.appendChild(button);
  });
})();
