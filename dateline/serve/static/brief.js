// The brief: a print button (A4 layout comes from brief.css @media print).
(function () {
  "use strict";
  var button = document.getElementById("print-brief");
  if (!button) return;
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
})();
