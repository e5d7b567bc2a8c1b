// What a person at a 1024 px tablet or a 1366 px laptop would see as broken on the page in view. Returns one line
// per defect, empty when the page is fine. Run by BrowserJourneyTest through executeScript (the result is returned).
const defects = [];
const viewport = document.documentElement.clientWidth;
const describe = (element) => {
  const id = element.id ? '#' + element.id : '';
  const classes = typeof element.className === 'string' && element.className.trim()
    ? '.' + element.className.trim().split(/\s+/).slice(0, 3).join('.') : '';
  const text = (element.innerText || element.value || element.getAttribute('aria-label') || '').trim();
  return element.tagName.toLowerCase() + id + classes + ' "' + text.replace(/\s+/g, ' ').slice(0, 30) + '"';
};
const shown = (element) => {
  // What a closed <details> holds is not on screen, though Chromium still lays it out.
  const details = element.parentElement && element.parentElement.closest('details:not([open])');
  if (details && !element.closest('summary')) {
    return false;
  }
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) {
    return false;
  }
  const style = getComputedStyle(element);
  return style.visibility !== 'hidden' && style.display !== 'none';
};

const lineCount = (element) => {
  const range = document.createRange();
  range.selectNodeContents(element);
  return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
};

// The page itself never scrolls sideways.
if (document.documentElement.scrollWidth > viewport + 1) {
  defects.push('the page is ' + document.documentElement.scrollWidth + ' px wide in a ' + viewport + ' px window');
}

const main = document.querySelector('main') || document.body;

// Every action can be reached without scrolling sideways: buttons, links and form controls lie inside the window,
// also those inside a scrolling table (a table that hides its actions to the right is the defect itself).
for (const element of main.querySelectorAll('a, button, summary, input:not([type=hidden]), select, textarea, label.btn')) {
  if (!shown(element) || element.closest('.dropdown-menu, template, .visually-hidden, .scrolls-sideways')) {
    continue;
  }
  const box = element.getBoundingClientRect();
  if (box.right > viewport + 0.5 || box.left < -0.5) {
    defects.push(describe(element) + ' lies outside the window (' + Math.round(box.left) + '..'
      + Math.round(box.right) + ' of ' + viewport + ' px)');
  }
  // A button whose own text does not fit it is clipped, or breaks its label over two lines (a link may wrap).
  if (element.matches('.btn') && element.scrollWidth > element.clientWidth + 1) {
    defects.push(describe(element) + ' is too narrow for its text');
  }
  if (element.matches('.btn:not(.btn-link)') && lineCount(element) > 1) {
    defects.push(describe(element) + ' breaks its label over ' + lineCount(element) + ' lines');
  }
}

// No table squeezes a column below about two characters, and tables do not hide columns by scrolling.
for (const cell of main.querySelectorAll('td, th')) {
  if (!shown(cell) || cell.closest('.scrolls-sideways')) {
    continue;
  }
  const text = cell.innerText.trim();
  if ([...text].length < 2) {
    continue;
  }
  const style = getComputedStyle(cell);
  const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  if (inner < 2 * parseFloat(style.fontSize) - 1) {
    defects.push(describe(cell) + ' is squeezed to ' + Math.round(inner) + ' px');
  }
}
// A table the size of the file it shows (an import's columns) may scroll, when marked so; no other may.
for (const scroller of main.querySelectorAll('.table-responsive:not(.scrolls-sideways)')) {
  if (shown(scroller) && scroller.scrollWidth > scroller.clientWidth + 1) {
    defects.push(describe(scroller.querySelector('table') || scroller) + ' needs scrolling sideways ('
      + scroller.scrollWidth + ' px in ' + scroller.clientWidth + ' px)');
  }
}

// Plates, VINs, dates, times and numbers stay on one line: their text's line boxes all share one top.
for (const value of main.querySelectorAll('.plate, .vin, .date, .time, .number')) {
  if (!shown(value) || !value.innerText.trim()) {
    continue;
  }
  const lines = lineCount(value);
  if (lines > 1) {
    defects.push(describe(value) + ' wraps onto ' + lines + ' lines');
  }
}
return defects;
