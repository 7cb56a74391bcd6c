/* Marks the words search found through their folded spelling ("guaido" finding "Guaidó"),
   which Material's own highlighting, matching letter for letter, misses: in the results
   as they appear, and on the page a result opens (its ?h= terms). Only words whose
   spelling folds are marked; Material marks the rest. Loaded by search-query.js when a
   reader searches or arrives from a result, so no page pays for it up front. */
(function () {
  var folding = window.explainerSearchQuery
  if (!folding) return
  var WORD = /[\p{L}\p{N}\p{M}]+/gu

  function termsOf(query) {
    return folding.rewrite(query || "").split(" ").filter(Boolean)
  }

  function folds(word, terms) {
    var folded = folding.fold(word)
    return folded !== word.toLowerCase() && terms.some(function (term) { return folded.indexOf(term) === 0 })
  }

  function mark(root, terms) {
    if (!root || !terms.length) return
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    var nodes = []
    for (var node = walker.nextNode(); node; node = walker.nextNode())
      if (!node.parentElement.closest("mark, script, style, svg")) nodes.push(node)
    nodes.forEach(function (node) {
      var text = node.nodeValue, parts = [], last = 0, found
      WORD.lastIndex = 0
      while ((found = WORD.exec(text))) {
        if (!folds(found[0], terms)) continue
        var marked = document.createElement("mark")
        marked.setAttribute("data-md-highlight", "")
        marked.textContent = found[0]
        parts.push(text.slice(last, found.index), marked)
        last = found.index + found[0].length
      }
      if (parts.length) node.replaceWith.apply(node, parts.concat(text.slice(last)))
    })
  }

  var page = new URLSearchParams(location.search).get("h")
  if (page) mark(document.querySelector("[data-md-component=content]"), termsOf(page))

  var input = document.querySelector("[data-md-component=search-query]")
  var list = document.querySelector(".md-search-result__list")
  if (!input || !list) return
  function markResults(items) {
    var terms = termsOf(input.value)
    items.forEach(function (item) { if (item.nodeType === 1) mark(item, terms) })
  }
  markResults([].slice.call(list.children))
  new MutationObserver(function (changes) {
    changes.forEach(function (change) { markResults([].slice.call(change.addedNodes)) })
  }).observe(list, { childList: true })
})()
