// @ts-check
/**
 * index.html's first script: a plain deferred script of its own, so that it listens before any
 * of the app's modules run (bundled with them it would run after the modules it imports, the
 * ones that may fail). If the app fails before its first render (a module that throws while
 * loading, such as package data that could not be read from a damaged install), the window says
 * so instead of staying blank. The message is set as text, never as HTML.
 */
(function () {
  /** @param {unknown} reason */
  function showStartFailure(reason) {
    var root = document.getElementById('root');
    if (!root || root.childElementCount > 0) return;
    var box = document.createElement('div');
    box.className = 'start-failure';
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'start-failure');
    var title = document.createElement('h1');
    title.textContent = 'Django Stack Builder could not start';
    var detail = document.createElement('p');
    detail.textContent = reason instanceof Error ? reason.message : String(reason);
    var hint = document.createElement('p');
    hint.textContent = 'Reinstall the app, or reload the page. Your diagrams and the recovery copy are not touched.';
    box.append(title, detail, hint);
    root.append(box);
  }
  window.addEventListener('error', function (event) {
    showStartFailure(event.error || event.message);
  });
  window.addEventListener('unhandledrejection', function (event) {
    showStartFailure(event.reason);
  });
})();
