// htmx requests carry the CSRF token that Spring Security put in the page's meta tags.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// The pages run under a Content-Security-Policy without inline script, so behaviour that used to sit in
// attributes lives here. A day picker marked data-submits-form reloads its page when the day changes; a field
// marked refreshes-slots asks its htmx form for the free slots again (instead of an evaluated trigger filter).
document.addEventListener('change', function (event) {
  var field = event.target;
  if (!field.form) {
    return;
  }
  if (field.hasAttribute('data-submits-form')) {
    field.form.submit();
  } else if (field.classList.contains('refreshes-slots') && window.htmx) {
    window.htmx.trigger(field.form, 'refresh-slots');
  }
});

// The sign-in page warns at once when the browser refuses cookies: signing in needs one.
document.addEventListener('DOMContentLoaded', function () {
  var hint = document.getElementById('cookies-disabled');
  if (hint && !navigator.cookieEnabled) {
    hint.hidden = false;
  }
});

// Reception's car diagram: a click marks damage where it was seen, as per cent of the drawing, with the kind chosen.
document.addEventListener('DOMContentLoaded', function () {
  var diagram = document.getElementById('car-diagram');
  var list = document.getElementById('damage-list');
  var template = document.getElementById('damage-row');
  if (!diagram || !list || !template) {
    return;
  }
  var marks = diagram.querySelector('.marks');
  var kind = document.getElementById('damage-kind');
  var empty = document.getElementById('no-damage');

  function draw(x, y, number) {
    var circle = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
    circle.setAttribute('cx', x);
    circle.setAttribute('cy', y * 2);
    circle.setAttribute('r', 3.5);
    circle.setAttribute('class', 'damage-mark');
    marks.appendChild(circle);
    var label = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    label.setAttribute('x', x);
    label.setAttribute('y', y * 2 + 1.5);
    label.setAttribute('text-anchor', 'middle');
    label.setAttribute('class', 'damage-number');
    label.textContent = number;
    marks.appendChild(label);
  }

  function refreshEmpty() {
    empty.hidden = list.children.length > 0;
  }

  Array.prototype.forEach.call(list.children, function (row, index) {
    var x = parseFloat(row.querySelector('input[name$=".x"]').value);
    var y = parseFloat(row.querySelector('input[name$=".y"]').value);
    draw(x, y, index + 1);
  });
  refreshEmpty();

  diagram.addEventListener('click', function (event) {
    var box = diagram.getBoundingClientRect();
    var x = Math.round((event.clientX - box.left) / box.width * 1000) / 10;
    var y = Math.round((event.clientY - box.top) / box.height * 1000) / 10;
    var index = list.children.length;
    var row = template.content.firstElementChild.cloneNode(true);
    ['x', 'y', 'kind', 'note'].forEach(function (part) {
      row.querySelector('[data-part="' + part + '"]').name = 'damage[' + index + '].' + part;
    });
    row.querySelector('[data-part="x"]').value = x;
    row.querySelector('[data-part="y"]').value = y;
    row.querySelector('[data-part="kind"]').value = kind.value;
    row.querySelector('[data-part="label"]').textContent = kind.options[kind.selectedIndex].text;
    list.appendChild(row);
    draw(x, y, index + 1);
    refreshEmpty();
  });

  document.getElementById('clear-damage').addEventListener('click', function () {
    list.innerHTML = '';
    marks.innerHTML = '';
    refreshEmpty();
  });
});

// The repair order's approval: the customer signs on the tablet's canvas, or the advisor records the call. The
// drawing goes with the form as a PNG data URL; an empty canvas sends nothing, which the server refuses by name.
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('signature-pad');
  var form = document.getElementById('approval-form');
  if (!canvas || !form) {
    return;
  }
  var field = document.getElementById('signature');
  var signatureBox = document.getElementById('signature-box');
  var phoneBox = document.getElementById('phone-box');
  var context = canvas.getContext('2d');
  var drawing = false;
  var signed = false;
  canvas.width = canvas.clientWidth;
  context.lineWidth = 2;
  context.lineCap = 'round';
  context.strokeStyle = '#111';

  function point(event) {
    var box = canvas.getBoundingClientRect();
    return {x: (event.clientX - box.left) * canvas.width / box.width, y: (event.clientY - box.top) * canvas.height / box.height};
  }
  canvas.addEventListener('pointerdown', function (event) {
    var p = point(event);
    drawing = true;
    context.beginPath();
    context.moveTo(p.x, p.y);
    canvas.setPointerCapture(event.pointerId);
  });
  canvas.addEventListener('pointermove', function (event) {
    if (!drawing) {
      return;
    }
    var p = point(event);
    context.lineTo(p.x, p.y);
    context.stroke();
    signed = true;
  });
  canvas.addEventListener('pointerup', function () {
    drawing = false;
  });
  document.getElementById('clear-signature').addEventListener('click', function () {
    context.clearRect(0, 0, canvas.width, canvas.height);
    signed = false;
  });

  function showMethod() {
    var byPhone = document.getElementById('method-phone').checked;
    signatureBox.hidden = byPhone;
    phoneBox.hidden = !byPhone;
  }
  form.addEventListener('change', showMethod);
  showMethod();
  form.addEventListener('submit', function () {
    field.value = signed && !document.getElementById('method-phone').checked ? canvas.toDataURL('image/png') : '';
  });
});

// A button marked data-print prints the page (the bill); scripts cannot run from an onclick here.
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});

// The dispatch board: a waiting job's card dragged onto a technician's row gives them the job, by choosing them in
// the card's own form and submitting it (the same request as the select and button, which work without script).
// Dragged onto a bay's row, it puts the job in that bay: the card's form goes to the bay step instead, with that bay.
(function () {
  var dragged = null;

  function rowUnder(event) {
    return event.target.closest
        ? event.target.closest('.dispatch-row[data-technician-id], .dispatch-row[data-drop-bay]')
        : null;
  }
  document.addEventListener('dragstart', function (event) {
    var card = event.target.closest && event.target.closest('.dispatch-card[data-dispatch-form]');
    if (!card) {
      return;
    }
    dragged = card;
    card.classList.add('dragging');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', card.getAttribute('data-dispatch-form'));
  });
  document.addEventListener('dragend', function () {
    if (dragged) {
      dragged.classList.remove('dragging');
    }
    dragged = null;
    document.querySelectorAll('.dispatch-row.drop-target').forEach(function (row) {
      row.classList.remove('drop-target');
    });
  });
  document.addEventListener('dragover', function (event) {
    var row = rowUnder(event);
    if (dragged && row) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      row.classList.add('drop-target');
    }
  });
  document.addEventListener('dragleave', function (event) {
    var row = rowUnder(event);
    if (row && !row.contains(event.relatedTarget)) {
      row.classList.remove('drop-target');
    }
  });
  document.addEventListener('drop', function (event) {
    var row = rowUnder(event);
    if (!dragged || !row) {
      return;
    }
    event.preventDefault();
    var form = document.getElementById(dragged.getAttribute('data-dispatch-form'));
    if (!form) {
      return;
    }
    var bay = row.getAttribute('data-drop-bay');
    if (bay) {
      var bays = form.querySelector('select[name="bayId"]');
      if (!bays || !form.getAttribute('data-bay-action')) {
        return;
      }
      bays.value = bay;
      if (bays.value === bay) {
        form.action = form.getAttribute('data-bay-action');
        form.submit();
      }
      return;
    }
    var select = form.querySelector('select[name="technicianId"]');
    if (!select) {
      return;
    }
    select.value = row.getAttribute('data-technician-id');
    if (select.value) {
      form.submit();
    }
  });
  // The board refreshes itself every half minute, but not under the foreman's hands: not while a job is being
  // dragged or a technician is being picked.
  document.addEventListener('htmx:beforeRequest', function (event) {
    var board = document.getElementById('dispatch-board');
    if (board && event.detail.elt === board
        && (dragged || (document.activeElement && board.contains(document.activeElement)
            && document.activeElement.tagName === 'SELECT'))) {
      event.preventDefault();
    }
  });
}());

// Quality check: one tap ticks every checklist item in order; an item found not in order is then switched by hand.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('all-items-ok');
  if (!button) {
    return;
  }
  button.addEventListener('click', function () {
    document.querySelectorAll('#check-form .item-ok').forEach(function (radio) {
      var other = radio.closest('.checklist-item').querySelector('.item-not-ok');
      if (!other.checked) {
        radio.checked = true;
      }
    });
  });
});

// A button marked data-copies="<input id>" copies that field (the customer's progress link) and says so.
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('[data-copies]') : null;
  if (!button) {
    return;
  }
  var field = document.getElementById(button.getAttribute('data-copies'));
  if (!field) {
    return;
  }
  field.select();
  var done = function () {
    button.textContent = button.getAttribute('data-copied') || button.textContent;
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(field.value).then(done);
  } else if (document.execCommand && document.execCommand('copy')) {
    done();
  }
});
