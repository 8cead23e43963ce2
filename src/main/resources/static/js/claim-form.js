// Shows the fields of the chosen category and marks the required ones; the server checks everything again.
(function () {
  const select = document.getElementById('category');
  if (!select) return;
  function update() {
    const category = select.value;
    document.getElementById('choose-first').classList.toggle('d-none', category !== '');
    document.querySelectorAll('.claim-field, .claim-file').forEach(function (el) {
      const shown = category !== '' && (el.dataset.categories || '').split(' ').includes(category);
      el.classList.toggle('d-none', !shown);
      el.querySelectorAll('input, select, textarea').forEach(function (input) { input.disabled = !shown; });
      const req = el.querySelector('.req');
      if (req) req.classList.toggle('d-none', !(el.dataset.required || '').split(' ').includes(category));
    });
    document.getElementById('f-attachments').classList.toggle('d-none', category === '');
  }
  select.addEventListener('change', update);
  update();

  // The photos the warehouse took at the on-site appeal, asked for again whenever the appeal reference changes.
  const appeal = document.getElementById('appealReference');
  const onFile = document.getElementById('photos-on-file');
  if (appeal && onFile) {
    appeal.addEventListener('change', function () {
      const url = onFile.dataset.lookup + '&appealReference=' + encodeURIComponent(appeal.value.trim());
      fetch(url, {headers: {'Accept': 'text/html'}})
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (html === null) return;
          document.getElementById('photos-on-file-list').outerHTML = html;
        });
    });
  }
})();
