/* Folds accents out of search queries and drops lunr's stop words, as the index was
   treated: see hooks/explainer/search.py. Material 9.8 posts {type: 2, data: query}.
   When a reader searches, or opens a result (?h=), it loads search-highlight.js.
   Material fetches the search index (XMLHttpRequest) as a page loads, parses it and
   copies it to its worker: the longest tasks on a phone's first load, and 80 KB for
   readers who never search. The request waits here until a reader reaches for
   search (pointer or focus on the search box, its hotkeys, a ?q= link). */
(function () {
  var wanted = false
  var held = []
  function wantSearch() {
    if (wanted) return
    wanted = true
    held.splice(0).forEach(function (send) { send() })
  }
  var open = XMLHttpRequest.prototype.open
  var send = XMLHttpRequest.prototype.send
  XMLHttpRequest.prototype.open = function (method, url) {
    this.explainerIndex = /\/search\/search_index\.json$/.test(String(url))
    return open.apply(this, arguments)
  }
  XMLHttpRequest.prototype.send = function () {
    var request = this
    var args = arguments
    if (!request.explainerIndex || wanted) return send.apply(request, args)
    held.push(function () { send.apply(request, args) })
  }
  function nearSearch(event) {
    var target = event.target
    if (target && target.closest && target.closest(".md-search, label[for='__search']")) wantSearch()
  }
  document.addEventListener("focusin", nearSearch)
  document.addEventListener("pointerdown", nearSearch, true)
  document.addEventListener("pointerover", nearSearch)
  document.addEventListener("change", function (event) {
    if (event.target && event.target.id === "__search") wantSearch()
  })
  var asked = new URLSearchParams(location.search)
  if (asked.has("q") || asked.has("h")) wantSearch()

  var here = document.currentScript && document.currentScript.src
  var highlighting = false
  function highlightFolded() {
    if (highlighting || !here) return
    highlighting = true
    var script = document.createElement("script")
    script.src = new URL("search-highlight.js", here).href
    document.head.appendChild(script)
  }
  var stop = new Set(("a able about across after all almost also am among an and any are as at be because been " +
    "but by can cannot could dear did do does either else ever every for from get got had has have he her hers him " +
    "his how however i if in into is it its just least let like likely may me might most must my neither no nor not " +
    "of off often on only or other our own rather said say says she should since so some than that the their them " +
    "then there these they this tis to too twas us wants was we were what when where which while who whom why will " +
    "with would yet you your").split(" "))
  var undecomposed = { "ø": "o", "đ": "d", "ł": "l", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th" }
  function fold(text) {
    return text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "")
      .replace(/[øđłıßæœþ]/g, function (c) { return undecomposed[c] })
  }
  function rewrite(query) {
    var words = fold(query).split(/\s+/).filter(Boolean)
    var kept = words.filter(function (word) { return !stop.has(word) })
    return (kept.length ? kept : words).join(" ")
  }
  [window.Worker, window.IFrameWorker].forEach(function (Worker) {
    if (typeof Worker !== "function" || Worker.prototype.explainerQueries) return
    var post = Worker.prototype.postMessage
    Worker.prototype.postMessage = function (message) {
      var args = [].slice.call(arguments)
      if (message && message.type === 2 && typeof message.data === "string") {
        args[0] = Object.assign({}, message, { data: rewrite(message.data) })
        if (message.data.trim()) highlightFolded()
      }
      return post.apply(this, args)
    }
    Worker.prototype.explainerQueries = true
  })
  window.explainerSearchQuery = { fold: fold, rewrite: rewrite }
  if (new URLSearchParams(location.search).has("h")) highlightFolded()
})()
