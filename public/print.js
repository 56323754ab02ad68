// The article page's "In bài" button: the page prints well as it is (the print style in
// styles.css), so the button only opens the browser's print dialog. It is laid out but invisible
// in the HTML and shown here, so a reader without JavaScript never meets a button that does
// nothing, and showing it moves nothing on the page.
//
// Photos in the body load lazily, and Chromium prints a photo not yet scrolled to as an empty
// box (its caption alone): before printing, the article's photos are loaded and decoded. From
// the browser's own Print command there is no time to wait, so that only starts the loading.
function loadPhotos() {
  const lazy = [...document.querySelectorAll(".article img[loading=lazy]")];
  for (const image of lazy) image.loading = "eager";
  return Promise.all(lazy.map((image) => image.decode().catch(() => undefined)));
}

addEventListener("beforeprint", loadPhotos);
for (const action of document.querySelectorAll("[data-print-action]")) {
  action.querySelector("button")?.addEventListener("click", () => loadPhotos().then(() => print()));
  action.dataset.ready = "";
}
