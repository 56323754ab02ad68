// Gives the cookie notice its behaviour: stores the reader's answer in the one cookie the
// policy names, confirms it with focus, reopens from the footer, and starts consent-gated
// scripts only after "yes". Whether the notice shows was decided in <head> before first paint.
const notice = document.getElementById("thong-bao-cookie");

if (notice) {
  const root = document.documentElement;
  const { cookieName, cookieVersion, cookieMaxAge } = notice.dataset;
  const question = notice.querySelector(".cookie-question");
  const confirmation = notice.querySelector(".cookie-confirmation");
  const answered = (choice) => ("; " + document.cookie + ";").includes(`; ${cookieName}=${cookieVersion}.${choice};`);

  const runConsented = () => {
    if (!answered("yes")) return;
    for (const inert of document.querySelectorAll("script[data-consent-src]")) {
      const script = document.createElement("script");
      script.src = inert.dataset.consentSrc;
      inert.replaceWith(script);
    }
  };

  // Shows the question (choice "") or the confirmation of a choice.
  const show = (choice) => {
    question.hidden = choice !== "";
    confirmation.hidden = choice === "";
    for (const message of confirmation.querySelectorAll("[data-choice]")) message.hidden = message.dataset.choice !== choice;
  };

  notice.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    if (!button.value) {
      root.classList.add("cookie-chosen");
      return;
    }
    const secure = location.protocol === "https:" ? "; Secure" : "";
    document.cookie = `${cookieName}=${cookieVersion}.${button.value}; Max-Age=${cookieMaxAge}; Path=/; SameSite=Lax${secure}`;
    show(button.value);
    confirmation.focus();
    runConsented();
  });

  document.addEventListener("click", (event) => {
    if (!event.target.closest("[data-cookie-settings]")) return;
    event.preventDefault();
    show("");
    root.classList.remove("cookie-chosen");
    notice.focus();
  });

  runConsented();
}
