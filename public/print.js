// The article page's "In bài" button: the page prints well as it is (the print style in
// styles.css), so the button only calls the browser's print dialog. It is hidden in the HTML
// and shown here, so a reader without JavaScript never meets a button that does nothing.
for (const action of document.querySelectorAll("[data-print-action]")) {
  action.querySelector("button")?.addEventListener("click", () => window.print());
  action.hidden = false;
}
