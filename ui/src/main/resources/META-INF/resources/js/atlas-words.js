/*
 * Words Vaadin's grid says in English however the page is set: a sortable column's sorter is named "Sort by <column>"
 * by Flow's grid connector. On a page in another language (the server puts its words for "Sort by" in the body's
 * data-sort-by attribute: layout/ComponentWords.java) each sorter is renamed as it appears.
 */
(function () {
  var PREFIX = 'Sort by ';

  function words() {
    return document.body ? document.body.getAttribute('data-sort-by') : null;
  }

  function rename(sorter) {
    var sortBy = words();
    var label = sorter.getAttribute('aria-label');
    if (sortBy && sortBy !== 'Sort by' && label && label.indexOf(PREFIX) === 0) {
      sorter.setAttribute('aria-label', sortBy + ' ' + label.substring(PREFIX.length));
    }
  }

  function renameWithin(node) {
    if (node.nodeType !== 1) {
      return;
    }
    if (node.localName === 'vaadin-grid-sorter') {
      rename(node);
    } else if (node.querySelectorAll) {
      node.querySelectorAll('vaadin-grid-sorter').forEach(rename);
    }
  }

  new MutationObserver(function (records) {
    records.forEach(function (record) {
      if (record.type === 'attributes') {
        renameWithin(record.target === document.body ? document.body : record.target);
      } else {
        record.addedNodes.forEach(renameWithin);
      }
    });
  }).observe(document.documentElement, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label', 'data-sort-by']
  });
  if (document.body) {
    renameWithin(document.body);
  }
})();
